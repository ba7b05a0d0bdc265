/** `guidelint compile <template>`: print the schema a template compiles to. */
import { createTemplateLoader } from '../../engine/template-loader.js';
import { resolveTemplateRef } from '../../engine/templates.js';
import { printSchema } from '../../template/print.js';
import type { CompileCommand } from '../args.js';
import type { CliIo } from '../io.js';

export async function runCompile(command: CompileCommand, io: CliIo): Promise<number> {
  const template = resolveTemplateRef(command.template, io.cwd);
  const schema = await createTemplateLoader(io.cwd)(template);
  io.stdout.write(printSchema(schema, command.format));
  return 0;
}
