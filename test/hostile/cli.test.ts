/**
 * Issue 17 (hostile and unlucky input), every case through the built CLI or language server. Each
 * point's cases are a module of their own; they are gathered here so that the test modules are
 * loaded once. Most runs of the CLI in a module share one process (runsInOneProcess in
 * built-cli.ts); a run about the process itself (--output to its own standard output) has its own.
 */
import './terminal-injection.js';
import './output-targets.js';
import './yaml-bombs.js';
import './parse-cliff.js';
import './fix.js';
import './language-server.js';
import './config-yaml-bomb.js';
import './redos.js';
import './glob-limits.js';
import './outside-paths.js';
