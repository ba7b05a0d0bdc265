// The remark language server as vscode-remark and other editors run it: unified-language-server
// with remark, over standard input and output (`--stdio`); the workspace's `.remarkrc.mjs` decides
// the plugins.
import { remark } from 'remark';
import { createUnifiedLanguageServer } from 'unified-language-server';

createUnifiedLanguageServer({
  configurationSection: 'remark',
  defaultProcessor: remark,
  ignoreName: '.remarkignore',
  packageField: 'remarkConfig',
  pluginPrefix: 'remark',
  processorName: 'remark',
  processorSpecifier: 'remark',
  rcName: '.remarkrc',
});
