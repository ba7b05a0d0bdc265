/**
 * The fixture repository end to end (fixtures/repo/EXPECTED.md): config discovery, which template
 * each document follows, ignores, the config's rules and a template's overrides. Run as a user
 * would, at its root; the findings are pinned exactly.
 */
import { describe, expect, it } from '@jest/globals';
import { symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LintResult, ProblemCounts } from '../../src/engine/results.js';
import { makeTree, removeTree } from '../files/tree.js';
import { runCli } from './run-cli.js';

const repo = fileURLToPath(new URL('../../fixtures/repo/', import.meta.url));
const inRepo = (...args: string[]) => runCli(args, { cwd: repo });

/** The JSON report with each file path relative to the repository. */
function relative(stdout: string): LintResult[] {
  return (JSON.parse(stdout) as LintResult[]).map((result) => ({ ...result, filePath: result.filePath.slice(repo.length) }));
}

const counts = (
  errorCount: number,
  warningCount: number,
  fatalErrorCount: number,
  fixableErrorCount: number,
  fixableWarningCount: number,
): ProblemCounts => ({ errorCount, warningCount, fatalErrorCount, fixableErrorCount, fixableWarningCount });

const clean = (filePath: string, template: string): LintResult => ({ filePath, template, messages: [], ...counts(0, 0, 0, 0, 0) });

/** `guidelint` with no argument: the documents globs of .guidelintrc.yaml. */
const STYLISH = [
  "",
  "docs/adr/0004-single-monorepo.md",
  "  9:1  error  Placeholder \"[Describe the problem or opportunity that calls for a decision, and the forces at play: deadlines, constraints, costs, what the team knows.]\" left in from the template (adr)  placeholder",
  "",
  "docs/adr/0006-opentelemetry-tracing.md",
  "  5:1  error  Missing required field \"Deciders\" (adr)  required-field",
  "",
  "docs/adr/0007-self-hosted-feature-flags.md",
  "  3:13  error  Field \"Status\" (adr) must be one of \"Proposed\", \"Accepted\", \"Deprecated\", \"Superseded\", found \"Superseded by ADR-0009\"  field-value",
  "",
  "docs/design/billing/invoice-export-scheduler.md",
  "  241:1  warning  Unknown section \"## Open Questions\": the template (design-doc) has no such section  unknown-section",
  "",
  "docs/design/payments/currency-conversion.md",
  "  206:1  error  Section \"## Security Considerations\" (design-doc) is out of order, expected after \"## Performance Considerations\"  section-order",
  "",
  "docs/design/payments/refund-workflow.md",
  "  4:14  error  Field \"Created\" (design-doc) must be a date (YYYY-MM-DD), found \"2026-13-01\"  field-value",
  "",
  "docs/design/platform/config-service.md",
  "  3:15  error  Field \"Status\" (design-doc) must be one of \"Draft\", \"Planning\", \"In Progress\", \"Implemented\", \"Deprecated\", found \"WIP\"  field-value",
  "",
  "docs/design/platform/log-pipeline.md",
  "  238:1  error  Missing required section \"## Security Considerations\" (design-doc), expected after \"## Performance Considerations\"  required-section",
  "",
  "docs/design/search/query-autocomplete.md",
  "  192:15  error  Placeholder \"[Why this was not chosen]\" left in from the template (design-doc)  placeholder",
  "",
  "docs/guides/payments/idempotency-keys.md",
  "  216:1  error  Table in \"## Change Log\" (implementation-guide) needs the columns \"Date\", \"Version\", \"Description of Changes\" in this order, found \"Date\", \"Author\", \"Change\"  table-columns",
  "",
  "docs/guides/platform/secrets-rotation.md",
  "  76:1  warning  Missing label \"**Verification:**\" in \"### Step 2: Render Credentials Into the Pod\" (implementation-guide)  required-label",
  "",
  "✖ 11 problems (9 errors, 2 warnings)",
  "  2 errors and 0 warnings potentially fixable with the `--fix` option.",
  "",
].join('\n');

const JSON_REPORT: LintResult[] = [
    clean("docs/adr/0001-record-architecture-decisions.md", "adr"),
    clean("docs/adr/0002-postgres-as-system-of-record.md", "adr"),
    clean("docs/adr/0003-kafka-for-domain-events.md", "adr"),
    {
      filePath: "docs/adr/0004-single-monorepo.md",
      template: "adr",
      messages: [
        {
          "ruleId": "placeholder",
          "severity": 2,
          "message": "Placeholder \"[Describe the problem or opportunity that calls for a decision, and the forces at play: deadlines, constraints, costs, what the team knows.]\" left in from the template (adr)",
          "line": 9,
          "column": 1,
          "endLine": 9,
          "endColumn": 141,
          "section": "Context",
        }
      ],
      ...counts(1, 0, 0, 0, 0),
    },
    clean("docs/adr/0005-grpc-for-service-apis.md", "adr"),
    {
      filePath: "docs/adr/0006-opentelemetry-tracing.md",
      template: "adr",
      messages: [
        {
          "ruleId": "required-field",
          "severity": 2,
          "message": "Missing required field \"Deciders\" (adr)",
          "line": 5,
          "column": 1,
          "endLine": 5,
          "endColumn": 1,
          "field": "Deciders",
          "fix": {
            "range": [
              115,
              115
            ],
            "text": "**Deciders:** [Names]\n"
          }
        }
      ],
      ...counts(1, 0, 0, 1, 0),
    },
    {
      filePath: "docs/adr/0007-self-hosted-feature-flags.md",
      template: "adr",
      messages: [
        {
          "ruleId": "field-value",
          "severity": 2,
          "message": "Field \"Status\" (adr) must be one of \"Proposed\", \"Accepted\", \"Deprecated\", \"Superseded\", found \"Superseded by ADR-0009\"",
          "line": 3,
          "column": 13,
          "endLine": 3,
          "endColumn": 35,
          "field": "Status",
          "suggestions": [
            {
              "desc": "Set to \"Proposed\"",
              "fix": {
                "range": [
                  64,
                  86
                ],
                "text": "Proposed"
              }
            },
            {
              "desc": "Set to \"Accepted\"",
              "fix": {
                "range": [
                  64,
                  86
                ],
                "text": "Accepted"
              }
            },
            {
              "desc": "Set to \"Deprecated\"",
              "fix": {
                "range": [
                  64,
                  86
                ],
                "text": "Deprecated"
              }
            },
            {
              "desc": "Set to \"Superseded\"",
              "fix": {
                "range": [
                  64,
                  86
                ],
                "text": "Superseded"
              }
            }
          ]
        }
      ],
      ...counts(1, 0, 0, 0, 0),
    },
    clean("docs/adr/0008-connect-rpc-for-service-apis.md", "adr"),
    clean("docs/adr/0009-managed-feature-flag-service.md", "adr"),
    {
      filePath: "docs/design/billing/invoice-export-scheduler.md",
      template: "design-doc",
      messages: [
        {
          "ruleId": "unknown-section",
          "severity": 1,
          "message": "Unknown section \"## Open Questions\": the template (design-doc) has no such section",
          "line": 241,
          "column": 1,
          "endLine": 241,
          "endColumn": 18
        }
      ],
      ...counts(0, 1, 0, 0, 0),
    },
    clean("docs/design/billing/usage-metering.md", "design-doc"),
    {
      filePath: "docs/design/payments/currency-conversion.md",
      template: "design-doc",
      messages: [
        {
          "ruleId": "section-order",
          "severity": 2,
          "message": "Section \"## Security Considerations\" (design-doc) is out of order, expected after \"## Performance Considerations\"",
          "line": 206,
          "column": 1,
          "endLine": 206,
          "endColumn": 27,
          "section": "Security Considerations",
        }
      ],
      ...counts(1, 0, 0, 0, 0),
    },
    {
      filePath: "docs/design/payments/refund-workflow.md",
      template: "design-doc",
      messages: [
        {
          "ruleId": "field-value",
          "severity": 2,
          "message": "Field \"Created\" (design-doc) must be a date (YYYY-MM-DD), found \"2026-13-01\"",
          "line": 4,
          "column": 14,
          "endLine": 4,
          "endColumn": 24,
          "field": "Created",
        }
      ],
      ...counts(1, 0, 0, 0, 0),
    },
    clean("docs/design/payments/webhook-signatures.md", "design-doc"),
    {
      filePath: "docs/design/platform/config-service.md",
      template: "design-doc",
      messages: [
        {
          "ruleId": "field-value",
          "severity": 2,
          "message": "Field \"Status\" (design-doc) must be one of \"Draft\", \"Planning\", \"In Progress\", \"Implemented\", \"Deprecated\", found \"WIP\"",
          "line": 3,
          "column": 15,
          "endLine": 3,
          "endColumn": 18,
          "field": "Status",
          "suggestions": [
            {
              "desc": "Set to \"Draft\"",
              "fix": {
                "range": [
                  47,
                  50
                ],
                "text": "Draft"
              }
            },
            {
              "desc": "Set to \"Planning\"",
              "fix": {
                "range": [
                  47,
                  50
                ],
                "text": "Planning"
              }
            },
            {
              "desc": "Set to \"In Progress\"",
              "fix": {
                "range": [
                  47,
                  50
                ],
                "text": "In Progress"
              }
            },
            {
              "desc": "Set to \"Implemented\"",
              "fix": {
                "range": [
                  47,
                  50
                ],
                "text": "Implemented"
              }
            },
            {
              "desc": "Set to \"Deprecated\"",
              "fix": {
                "range": [
                  47,
                  50
                ],
                "text": "Deprecated"
              }
            }
          ]
        }
      ],
      ...counts(1, 0, 0, 0, 0),
    },
    clean("docs/design/platform/edge-rate-limiter.md", "design-doc"),
    {
      filePath: "docs/design/platform/log-pipeline.md",
      template: "design-doc",
      messages: [
        {
          "ruleId": "required-section",
          "severity": 2,
          "message": "Missing required section \"## Security Considerations\" (design-doc), expected after \"## Performance Considerations\"",
          "line": 238,
          "column": 1,
          "endLine": 238,
          "endColumn": 1,
          "section": "Security Considerations",
          "fix": {
            "range": [
              6759,
              6759
            ],
            "text": "## Security Considerations\n\n**Potential Risks:**\n1. [Risk 1] - [mitigation]\n2. [Risk 2] - [mitigation]\n\n**Input Validation:**\n- [What needs validation]\n- [Validation approach]\n\n**Dependencies:**\n- [New dependencies and their security posture]\n\n"
          }
        }
      ],
      ...counts(1, 0, 0, 1, 0),
    },
    clean("docs/design/platform/service-mesh-mtls.md", "design-doc"),
    clean("docs/design/search/incremental-index.md", "design-doc"),
    {
      filePath: "docs/design/search/query-autocomplete.md",
      template: "design-doc",
      messages: [
        {
          "ruleId": "placeholder",
          "severity": 2,
          "message": "Placeholder \"[Why this was not chosen]\" left in from the template (design-doc)",
          "line": 192,
          "column": 15,
          "endLine": 192,
          "endColumn": 40,
          "section": "Alternatives Considered > Alternative {n}",
        }
      ],
      ...counts(1, 0, 0, 0, 0),
    },
    clean("docs/guides/integrations/netsuite-sync.md", "integration-guide"),
    clean("docs/guides/integrations/shopify-catalog-import.md", "integration-guide"),
    clean("docs/guides/orders/ord-1130-slow-query-panel.md", "task-guide"),
    clean("docs/guides/orders/transactional-outbox.md", "implementation-guide"),
    {
      filePath: "docs/guides/payments/idempotency-keys.md",
      template: "implementation-guide",
      messages: [
        {
          "ruleId": "table-columns",
          "severity": 2,
          "message": "Table in \"## Change Log\" (implementation-guide) needs the columns \"Date\", \"Version\", \"Description of Changes\" in this order, found \"Date\", \"Author\", \"Change\"",
          "line": 216,
          "column": 1,
          "endLine": 216,
          "endColumn": 25,
          "section": "Change Log",
        }
      ],
      ...counts(1, 0, 0, 0, 0),
    },
    clean("docs/guides/platform/audit-log-shipping.md", "implementation-guide"),
    clean("docs/guides/platform/feature-flags.md", "implementation-guide"),
    {
      filePath: "docs/guides/platform/secrets-rotation.md",
      template: "implementation-guide",
      messages: [
        {
          "ruleId": "required-label",
          "severity": 1,
          "message": "Missing label \"**Verification:**\" in \"### Step 2: Render Credentials Into the Pod\" (implementation-guide)",
          "line": 76,
          "column": 1,
          "endLine": 76,
          "endColumn": 1,
          "section": "Implementation Steps > Step {n}",
        }
      ],
      ...counts(0, 1, 0, 0, 0),
    },
];

describe('the fixture repository', () => {
  it('gives the pinned findings when run with no argument at its root', async () => {
    expect(await inRepo()).toEqual({ code: 1, stdout: STYLISH, stderr: '' });
  });

  it('gives the same findings as JSON, one entry for every document checked', async () => {
    const run = await inRepo('--format', 'json');
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(relative(run.stdout)).toEqual(JSON_REPORT);
  });

  it('checks the documents that name their template in a frontmatter too with "."', async () => {
    const run = await inRepo('.', '--format', 'json');
    const results = relative(run.stdout);
    expect(results.length).toBe(33);
    expect(results.filter((result) => result.messages.length > 0).map((result) => result.filePath)).toEqual([
      'docs/adr/0004-single-monorepo.md',
      'docs/adr/0006-opentelemetry-tracing.md',
      'docs/adr/0007-self-hosted-feature-flags.md',
      'docs/design/billing/invoice-export-scheduler.md',
      'docs/design/payments/currency-conversion.md',
      'docs/design/payments/refund-workflow.md',
      'docs/design/platform/config-service.md',
      'docs/design/platform/log-pipeline.md',
      'docs/design/search/query-autocomplete.md',
      'docs/guides/payments/idempotency-keys.md',
      'docs/guides/platform/secrets-rotation.md',
      'docs/tasks/ntf-031-digest-emails.md',
    ]);
    const tasks = results.filter((result) => result.filePath.startsWith('docs/tasks/'));
    expect(tasks.map((result) => [result.filePath, result.template, result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`)])).toEqual([
      ['docs/tasks/catalog-response-caching.md', 'phased-guide', []],
      ['docs/tasks/ntf-031-digest-emails.md', 'task-guide', ['131:1 section-series']],
      ['docs/tasks/pay-014-payout-export.md', 'task-guide', []],
      ['docs/tasks/payables-invoice-ocr.md', 'phased-guide', []],
      ['docs/tasks/srch-207-synonym-sets.md', 'task-guide', []],
    ]);
    expect(run.code).toBe(1);
  });

  it('says with --verbose which files follow no template, and which is the configured template', async () => {
    const run = await inRepo('.', '--verbose', '--quiet');
    const skipped = run.stderr.split('\n').filter((line) => line.includes(': skipped, '));
    expect(skipped).toEqual([
      'CONTRIBUTING.md: skipped, no "template:" in its frontmatter and no documents entry matches',
      'EXPECTED.md: skipped, no "template:" in its frontmatter and no documents entry matches',
      'README.md: skipped, no "template:" in its frontmatter and no documents entry matches',
      'docs/notes/incident-2026-01-14-checkout-latency.md: skipped, no "template:" in its frontmatter and no documents entry matches',
      'docs/notes/meeting-2026-03.md: skipped, no "template:" in its frontmatter and no documents entry matches',
      'docs/templates/adr.md: skipped, it is the template "adr"',
    ]);
    expect(run.stderr).toContain('\ndocs/guides/integrations/netsuite-sync.md: follows integration-guide, from documents[1] "docs/guides/integrations/**/*.md"\n');
    expect(run.stderr).toContain('\ndocs/guides/orders/ord-1130-slow-query-panel.md: follows task-guide, from frontmatter "template: task-guide"\n');
    expect(run.stderr.split('\n')[0]).toBe('config: .guidelintrc.yaml');
  });

  it("owes a clean integration guide to its template's overrides", async () => {
    const run = await inRepo('--template', 'implementation-guide', '--format', 'json', 'docs/guides/integrations/netsuite-sync.md');
    const [result] = relative(run.stdout);
    expect(result?.messages.map((message) => [`${message.line}:${message.column}`, message.ruleId, message.severity])).toEqual([
      ['52:1', 'code-block', 1],
      ['190:1', 'required-section', 2],
      ['196:1', 'required-section', 2],
    ]);
  });

  it('skips a named file that an ignore pattern covers, with a warning', async () => {
    expect(await inRepo('docs/archive/adr-0000-mongodb-for-invoices.md', 'generated/api/payments-api.md')).toEqual({
      code: 0,
      stdout: '',
      stderr: [
        'guidelint: warning: docs/archive/adr-0000-mongodb-for-invoices.md: file ignored because of a matching ignore pattern ("docs/archive/**" in the config\'s ignore)',
        'guidelint: warning: generated/api/payments-api.md: file ignored because of a matching ignore pattern ("generated/" in .guidelintignore)',
        'guidelint: no Markdown file to check',
        '',
      ].join('\n'),
    });
  });
});

describe('a repository with a symbolic link loop', () => {
  it('warns about the loop and checks the rest', async () => {
    const root = await makeTree({
      '.guidelintrc.yaml': 'documents:\n  - { files: "docs/**/*.md", template: design-doc }\n',
      'docs/design/a.md': '# A\n',
    });
    try {
      await symlink(join(root, 'docs'), join(root, 'docs/design/back'));
      const run = await runCli(['--format', 'json'], { cwd: root });
      expect(run.stderr).toBe('guidelint: warning: docs/design/back: symbolic link loop, not followed\n');
      expect((JSON.parse(run.stdout) as LintResult[]).map((result) => result.filePath)).toEqual([join(root, 'docs/design/a.md')]);
      expect(run.code).toBe(1);
    } finally {
      await removeTree(root);
    }
  });
});
