/**
 * A problem with the configuration or with the template a run was told to use. guidelint cannot
 * run (exit code 2); the message is one line naming the file, the key and what was expected.
 */
export class ConfigError extends Error {
  override name = 'ConfigError';
}
