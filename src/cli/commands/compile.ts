/** `guidelint compile <template>`: print the schema a template compiles to, the config's overrides applied. */
import { loadConfig } from '../../config/load.js';
import { createTemplateLoader } from '../../engine/template-loader.js';
import { resolveTemplate } from '../../engine/templates.js';
import { printSchema } from '../../template/print.js';
import type { CompileCommand } from '../args.js';
import type { CliIo } from '../io.js';

export async function runCompile(command: CompileCommand, io: CliIo): Promise<number> {
  const config = await loadConfig({ cwd: io.cwd, configPath: command.config });
  const template = resolveTemplate(command.template, io.cwd, config);
  const schema = await createTemplateLoader(io.cwd)(template);
  io.stdout.write(printSchema(schema, command.format));
  return 0;
}
