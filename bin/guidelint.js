#!/usr/bin/env node
// CommonJS (bin/package.json): an ES module here would start Node's ES module loader in every run.
require('../dist/cli/launch.cjs')
  .launch(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
