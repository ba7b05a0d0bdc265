/** A string as YAML text: plain when it reads back as the same string, else double-quoted (JSON is YAML). */
export function yamlScalar(value: string): string {
  const plain = /^[A-Za-z_./][\w./-]*$/u.test(value) && !/^(?:true|false|null|yes|no|on|off)$/iu.test(value);
  return plain ? value : JSON.stringify(value);
}
