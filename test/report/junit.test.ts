import { describe, expect, it } from '@jest/globals';
import { escapeXmlAttribute, escapeXmlText, formatJunit } from '../../src/report/junit.js';
import { CONTEXT, RESULTS } from './results.js';

describe('junit', () => {
  it('writes one test case per file: failures with errors, an error when unreadable, warnings as output', () => {
    expect(formatJunit(RESULTS, CONTEXT)).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="guidelint" tests="4" failures="1" errors="1">',
        '  <testsuite name="guidelint" tests="4" failures="1" errors="1" skipped="0">',
        '    <testcase name="docs/clean.md" classname="design-doc" time="0"/>',
        '    <testcase name="docs/my design.md" classname="design-doc" time="0">',
        '      <failure message="2 errors, 1 warning" type="error">docs/my design.md:40:1: error: Missing required section "## Security Considerations" (design-doc), expected after "## Performance Considerations" (required-section)',
        'docs/my design.md:3:15: error: Field "Status": "50% done, maybe:',
        'later" is not one of Draft, Planning (field-value)',
        'docs/my design.md:12:1: warning: Missing label "**Goals:**" in "## Problem Statement" &lt;design-doc&gt; &amp; more (required-label)</failure>',
        '    </testcase>',
        '    <testcase name="docs/image.md" classname="design-doc" time="0">',
        '      <error message="1 error" type="fatal">docs/image.md:1:1: error: File is binary (NUL byte at offset 3)</error>',
        '    </testcase>',
        '    <testcase name="docs/warn.md" classname="task-guide" time="0">',
        '      <system-out>docs/warn.md:7:1: warning: Missing label "**Verification:**" in "### Step 1" (required-label)</system-out>',
        '    </testcase>',
        '  </testsuite>',
        '</testsuites>',
        '',
      ].join('\n'),
    );
  });

  it('escapes markup, keeps line breaks in attributes and replaces characters XML forbids', () => {
    expect(escapeXmlText('a < b && "c"\n\u0007\ud800')).toBe('a &lt; b &amp;&amp; "c"\n\ufffd\ufffd');
    expect(escapeXmlAttribute(`"it's"\n<x>\t`)).toBe('&quot;it&apos;s&quot;&#10;&lt;x&gt;&#9;');
    expect(escapeXmlText('😀')).toBe('😀');
  });
});
