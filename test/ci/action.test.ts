/**
 * The GitHub Action: action.yml's shape, the project's workflow and the README's workflow that use
 * it, and scripts/action.sh run as the action runs it — the inputs as INPUT_* variables, mapped and
 * defaulted as action.yml says — on a copy of the fixture repository, with the current sources.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Log } from 'sarif';
import { parse } from 'yaml';
import type { LintResult } from '../../src/engine/results.js';
import { builtCli } from '../built-cli.js';
import { runCli } from '../cli/run-cli.js';
import { validateSarif } from '../report/sarif-validator.js';
import { ciSnippet, COMMIT_SHA, commitHolds, parseWorkflow, type WorkflowStep } from './readme.js';

const project = fileURLToPath(new URL('../../', import.meta.url));

/** Each test below starts guidelint once or twice: generous, for a loaded machine. */
const RUN_TIMEOUT = 30_000;

interface ActionInput {
  description?: unknown;
  required?: unknown;
  default?: string;
}

interface ActionStep {
  name?: string;
  id?: string;
  shell?: string;
  run?: string;
  env?: Record<string, string>;
}

interface ActionManifest {
  name?: unknown;
  description?: unknown;
  inputs: Record<string, ActionInput>;
  outputs: Record<string, { description?: unknown; value?: unknown }>;
  runs: { using?: unknown; steps: ActionStep[] };
}

const action = parse(readFileSync(join(project, 'action.yml'), 'utf8')) as ActionManifest;
const runStep = action.runs.steps.find((step) => step.id === 'run');

/** What GitHub gives the run step for the `with:` of a workflow step: action.yml's env, inputs defaulted. */
function actionEnvironment(inputs: Readonly<Record<string, string | number | boolean>>): Record<string, string> {
  const environment: Record<string, string> = {};
  for (const [variable, expression] of Object.entries(runStep?.env ?? {})) {
    const name = /^\$\{\{ inputs\.([\w-]+) \}\}$/u.exec(expression)?.[1];
    if (name === undefined) throw new Error(`${variable}: not an input expression: ${expression}`);
    environment[variable] = String(inputs[name] ?? action.inputs[name]?.default ?? '');
  }
  return environment;
}

describe('action.yml', () => {
  it('names and describes the action and every input, and runs composite steps with a shell', () => {
    expect(action.name).toBe('guidelint');
    expect(typeof action.description).toBe('string');
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs)).toEqual(['paths', 'template', 'config', 'format', 'fail-on-warnings', 'sarif-file']);
    for (const input of Object.values(action.inputs)) {
      expect([typeof input.description, input.required, typeof input.default]).toEqual(['string', false, 'string']);
    }
    expect(action.runs.steps.map((step) => [step.name, step.shell])).toEqual([
      ['Install guidelint', 'bash'],
      ['Run guidelint', 'bash'],
    ]);
    expect(action.outputs).toEqual({
      'sarif-file': { description: "The SARIF report's path, when one was written.", value: '${{ steps.run.outputs.sarif-file }}' },
    });
  });

  it('passes every input to scripts/action.sh, which reads exactly those variables', () => {
    const variables = Object.keys(actionEnvironment({}));
    expect(variables).toEqual(Object.keys(action.inputs).map((name) => `INPUT_${name.toUpperCase().replace(/-/gu, '_')}`));
    const script = readFileSync(join(project, 'scripts/action.sh'), 'utf8');
    const read = new Set(script.match(/\bINPUT_[A-Z_]+/gu));
    expect([...read].sort()).toEqual([...variables].sort());
    expect(runStep?.run).toBe('bash "$GITHUB_ACTION_PATH/scripts/action.sh"');
  });
});

/** The steps before and the step that uses `uses`, in the one job that has it. */
function stepUsing(steps: readonly WorkflowStep[], uses: (value: string) => boolean): { before: WorkflowStep[]; step: WorkflowStep } {
  const index = steps.findIndex((step) => step.uses !== undefined && uses(step.uses));
  if (index === -1) throw new Error('no such step');
  return { before: steps.slice(0, index), step: steps[index]! };
}

describe('the workflows that use the action', () => {
  it('the README’s: checks out, runs the action with known inputs, uploads its SARIF file even on failure', () => {
    const workflow = parseWorkflow(ciSnippet('upload-sarif'));
    const job = Object.values(workflow.jobs)[0]!;
    expect(job.permissions).toEqual({ contents: 'read', 'security-events': 'write' });
    const { before, step } = stepUsing(job.steps, (uses) => uses.startsWith('guidelint/guidelint@'));
    // Pinned by commit while no release is tagged, to one that has the action.
    const pinned = step.uses!.slice('guidelint/guidelint@'.length);
    expect(pinned).toMatch(COMMIT_SHA);
    expect(commitHolds(pinned, 'action.yml')).not.toBe(false);
    expect(before.map((earlier) => earlier.uses)).toEqual(['actions/checkout@v4', 'actions/setup-node@v4']);
    expect(Object.keys(step.with ?? {}).filter((name) => !(name in action.inputs))).toEqual([]);
    const upload = stepUsing(job.steps, (uses) => uses === 'github/codeql-action/upload-sarif@v3');
    expect(upload.before).toContain(step);
    expect(upload.step.if).toBe('${{ !cancelled() }}');
    expect(upload.step.with?.['sarif_file']).toBe(step.with?.['sarif-file']);
  });

  it('the project’s CI: the action from the checkout on the fixture repository, expecting its findings', () => {
    const workflow = parseWorkflow(readFileSync(join(project, '.github/workflows/ci.yml'), 'utf8'));
    const steps = workflow.jobs['action']!.steps;
    const { before, step } = stepUsing(steps, (uses) => uses === './');
    expect(before.map((earlier) => earlier.uses)).toEqual(['actions/checkout@v4', 'actions/setup-node@v4']);
    expect(step.with).toEqual({ paths: 'fixtures/repo', config: 'fixtures/repo/.guidelintrc.yaml', 'sarif-file': 'guidelint.sarif' });
    expect(Object.keys(step.with ?? {}).filter((name) => !(name in action.inputs))).toEqual([]);
    const check = steps[steps.indexOf(step) + 1]!;
    expect(check.env).toEqual({ OUTCOME: `\${{ steps.${step.id}.outcome }}`, SARIF_FILE: `\${{ steps.${step.id}.outputs.sarif-file }}` });
  });

  it('the project’s CI: pre-commit installed, and the hook’s install test run apart from npm test', () => {
    const steps = parseWorkflow(readFileSync(join(project, '.github/workflows/ci.yml'), 'utf8')).jobs['test']!.steps;
    expect(steps.map((step) => step.run ?? step.uses)).toEqual([
      'actions/checkout@v4',
      'actions/setup-node@v4',
      'sudo apt-get update && sudo apt-get install -y pre-commit',
      'npm ci',
      'npm test',
      'npx jest test/ci/pre-commit-install.test.ts',
    ]);
    expect(steps[5]!.env?.['GUIDELINT_TEST_PRE_COMMIT_INSTALL']).toBe('1');
    expect(existsSync(join(project, 'test/ci/pre-commit-install.test.ts'))).toBe(true);
  });
});

/** The project CI's action step and the number of findings its next step expects in the SARIF report. */
function projectCiAction(): { inputs: Record<string, string | number | boolean>; findings: number } {
  const steps = parseWorkflow(readFileSync(join(project, '.github/workflows/ci.yml'), 'utf8')).jobs['action']!.steps;
  const { step } = stepUsing(steps, (uses) => uses === './');
  const findings = /results\.length !== (\d+)/u.exec(steps[steps.indexOf(step) + 1]?.run ?? '')?.[1];
  return { inputs: step.with ?? {}, findings: Number(findings) };
}

interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  /** What the script appended to $GITHUB_OUTPUT. */
  outputs: string;
}

describe('scripts/action.sh', () => {
  let temporary: string;
  let script: string;
  let repository: string;

  beforeAll(() => {
    temporary = mkdtempSync(join(tmpdir(), 'guidelint-action-'));
    const packageRoot = join(temporary, 'package');
    // The action's script runs ../bin/guidelint.js from its own folder.
    mkdirSync(join(packageRoot, 'scripts'), { recursive: true });
    symlinkSync(dirname(builtCli()), join(packageRoot, 'bin'));
    script = join(packageRoot, 'scripts', 'action.sh');
    copyFileSync(join(project, 'scripts/action.sh'), script);
    repository = join(temporary, 'larkspur repo');
    cpSync(join(project, 'fixtures/repo'), repository, { recursive: true });
  }, RUN_TIMEOUT);

  afterAll(() => rmSync(temporary, { recursive: true, force: true }));

  /** Runs the script with the action's environment, as GitHub would; by default in the repository copy. */
  function runAction(inputs: Record<string, string | number | boolean>, cwd = repository, github: Record<string, string> = {}): Promise<ActionRun> {
    const outputFile = join(temporary, 'github-output');
    writeFileSync(outputFile, '');
    const inherited = Object.entries(process.env).filter(([name]) => !/^(INPUT_|GITHUB_)/u.test(name));
    const env = { ...Object.fromEntries(inherited), NODE_OPTIONS: '', GITHUB_OUTPUT: outputFile, ...github, ...actionEnvironment(inputs) };
    return new Promise((resolve, reject) => {
      execFile('bash', [script], { cwd, env }, (error, stdout, stderr) => {
        const code = error === null ? 0 : error.code;
        if (typeof code !== 'number') reject(error);
        else resolve({ code, stdout, stderr, outputs: readFileSync(outputFile, 'utf8') });
      });
    });
  }

  /** `<file>:<line>:<col> <kind> <rule>` of each annotation. */
  function annotations(stdout: string): string[] {
    return stdout
      .trimEnd()
      .split('\n')
      .map((line) => {
        const command = /^::(error|warning) file=([^,]*),line=(\d+),col=(\d+),.*title=guidelint \(([\w-]+)\)::/u.exec(line);
        if (!command) throw new Error(`not an annotation: ${line}`);
        return `${command[2]}:${command[3]}:${command[4]} ${command[1]} ${command[5]}`;
      });
  }

  it('with the README’s inputs: annotations of the fixture repository’s findings, a valid SARIF file, exit code 1', async () => {
    const { step } = stepUsing(Object.values(parseWorkflow(ciSnippet('upload-sarif')).jobs)[0]!.steps, (uses) =>
      uses.startsWith('guidelint/guidelint@'),
    );
    const run = await runAction(step.with ?? {});
    expect([run.code, run.stderr, run.outputs]).toEqual([1, '', 'sarif-file=guidelint.sarif\n']);
    // fixtures/repo/EXPECTED.md: the `documents` globs' drifted documents (docs/tasks/ is not covered).
    const expected = [
      'docs/adr/0004-single-monorepo.md:9:1 error placeholder',
      'docs/adr/0006-opentelemetry-tracing.md:5:1 error required-field',
      'docs/adr/0007-self-hosted-feature-flags.md:3:13 error field-value',
      'docs/design/billing/invoice-export-scheduler.md:241:1 warning unknown-section',
      'docs/design/payments/currency-conversion.md:206:1 error section-order',
      'docs/design/payments/refund-workflow.md:4:14 error field-value',
      'docs/design/platform/config-service.md:3:15 error field-value',
      'docs/design/platform/log-pipeline.md:238:1 error required-section',
      'docs/design/search/query-autocomplete.md:192:15 error placeholder',
      'docs/guides/payments/idempotency-keys.md:216:1 error table-columns',
      'docs/guides/platform/secrets-rotation.md:76:1 warning required-label',
    ];
    expect(annotations(run.stdout).sort()).toEqual(expected);

    const log = JSON.parse(readFileSync(join(repository, 'guidelint.sarif'), 'utf8')) as Log;
    expect(validateSarif(log)).toBe(true);
    const located = (log.runs[0]!.results ?? []).map((result) => {
      const { artifactLocation, region } = result.locations![0]!.physicalLocation!;
      return `${artifactLocation!.uri}:${region!.startLine}:${region!.startColumn} ${result.level} ${result.ruleId}`;
    });
    expect(located.sort()).toEqual(expected);
  }, RUN_TIMEOUT);

  it('with the project CI’s inputs, from the checkout: the number of findings its check step expects', async () => {
    // Without the SARIF file (one run instead of two): the first test shows it holds the annotations' findings.
    const { inputs, findings } = projectCiAction();
    const run = await runAction({ ...inputs, 'sarif-file': '' }, project);
    expect([run.code, run.stderr, annotations(run.stdout).length]).toEqual([1, '', findings]);
    expect(findings).toBe(12);
  }, RUN_TIMEOUT);

  it('passes globs to guidelint unexpanded and splits paths at new lines', async () => {
    // bash would expand `docs/**/*.md` as `docs/*/*.md`, leaving out docs/design/*/ and docs/guides/*/.
    const run = await runAction({ paths: 'docs/adr/0004-single-monorepo.md\ndocs/**/*.md', format: 'json' });
    expect(run.code).toBe(1);
    const checked = (JSON.parse(run.stdout) as LintResult[]).map((result) => result.filePath.slice(repository.length + 1));
    // Every Markdown file under docs/ but the ignored archive, the untemplated notes and the adr template (EXPECTED.md).
    const documents = readdirSync(join(repository, 'docs'), { recursive: true })
      .map((file) => `docs/${String(file)}`)
      .filter((file) => file.endsWith('.md') && !/^docs\/(archive|notes|templates)\//u.test(file));
    expect(documents.length).toBe(33);
    expect(checked.sort()).toEqual(documents.sort());
  }, RUN_TIMEOUT);

  it('applies the template input to every file', async () => {
    const run = await runAction({ paths: 'docs/guides/integrations/netsuite-sync.md', template: 'implementation-guide' });
    expect([run.code, run.outputs]).toEqual([1, '']);
    expect(annotations(run.stdout)).toEqual([
      'docs/guides/integrations/netsuite-sync.md:52:1 warning code-block',
      'docs/guides/integrations/netsuite-sync.md:190:1 error required-section',
      'docs/guides/integrations/netsuite-sync.md:196:1 error required-section',
    ]);
  }, RUN_TIMEOUT);

  it('appends the conformance report in Markdown to the job summary, for the same files and templates', async () => {
    const summary = join(temporary, 'step-summary.md');
    writeFileSync(summary, 'An earlier step’s summary.\n');
    const inputs = { paths: 'docs/adr', 'fail-on-warnings': 'true' };
    const run = await runAction(inputs, repository, { GITHUB_STEP_SUMMARY: summary, SOURCE_DATE_EPOCH: '1796463000' });
    expect([run.code, run.stderr, annotations(run.stdout).length]).toEqual([1, '', 3]);
    const expected = await runCli(['report', 'docs/adr', '--format', 'markdown'], { cwd: repository, env: { SOURCE_DATE_EPOCH: '1796463000' } });
    expect(expected.stdout).toContain('| `adr` | 9 | 6 (66 %) | 3 | 0 |');
    expect(readFileSync(summary, 'utf8')).toBe(`An earlier step’s summary.\n${expected.stdout}`);
  }, RUN_TIMEOUT);

  it('fails on warnings only when fail-on-warnings is true, and rejects other values', async () => {
    const warningsOnly = { paths: 'docs/guides/platform/secrets-rotation.md', format: 'stylish' };
    const lenient = await runAction(warningsOnly);
    expect([lenient.code, lenient.stderr]).toEqual([0, '']);
    const strict = await runAction({ ...warningsOnly, 'fail-on-warnings': 'true' });
    expect([strict.code, strict.stderr]).toEqual([1, 'guidelint: too many warnings (1, maximum: 0)\n']);
    const invalid = await runAction({ ...warningsOnly, 'fail-on-warnings': 'yes' });
    expect([invalid.code, invalid.stdout]).toEqual([2, '::error title=guidelint::fail-on-warnings must be true or false, not "yes"\n']);
  }, RUN_TIMEOUT);
});
