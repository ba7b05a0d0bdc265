import { expect, it } from '@jest/globals';
import { compileTemplate } from '../../src/template/compile.js';
import { findRule } from './find-rule.js';
import { describeIfCorpora, readCorpusTemplate, type Corpus } from './template-files.js';

describeIfCorpora('corpora templates', () => {
  it('MADR: optional frontmatter fields read line by line, optional sections from comments', () => {
    const schema = compileTemplate(readCorpusTemplate('madr'), { name: 'madr' });
    expect(schema.title?.pattern).toBe('^.+$');
    expect(schema.metadata).toMatchObject({ form: 'frontmatter', line: 3 });
    expect(schema.metadata?.fields.map((field) => [field.key, field.required, field.type.kind])).toEqual([
      ['status', false, 'text'],
      ['date', false, 'date'],
      ['decision-makers', false, 'text'],
      ['consulted', false, 'text'],
      ['informed', false, 'text'],
    ]);
    expect(schema.sections.map((rule) => [rule.display, rule.required])).toEqual([
      ['Context and Problem Statement', true],
      ['Decision Drivers', false],
      ['Considered Options', true],
      ['Decision Outcome', true],
      ['Pros and Cons of the Options', false],
      ['More Information', false],
    ]);
    expect(findRule(schema, 'Decision Outcome').children.map((rule) => [rule.display, rule.required])).toEqual([
      ['Consequences', false],
      ['Confirmation', false],
    ]);
    expect(findRule(schema, 'Pros and Cons of the Options > {title of option 1}')).toMatchObject({ kind: 'slot', anyHeading: true });
  });

  it('Rust RFCs: list metadata and H2 sections with no title', () => {
    const schema = compileTemplate(readCorpusTemplate('rust-rfcs'), { name: 'rust-rfcs' });
    expect(schema.title).toBeNull();
    expect(schema.metadata).toMatchObject({ form: 'list', line: 1 });
    expect(schema.metadata?.fields.map((field) => [field.key, field.required, field.type.kind])).toEqual([
      ['Feature Name', true, 'text'],
      ['Start Date', true, 'date'],
      ['RFC PR', true, 'link'],
      ['Rust Issue', true, 'link'],
    ]);
    expect(schema.sections.map((rule) => [rule.display, rule.level, rule.required])).toEqual([
      ['Summary', 2, true],
      ['Motivation', 2, true],
      ['Guide-level explanation', 2, true],
      ['Reference-level explanation', 2, true],
      ['Drawbacks', 2, true],
      ['Rationale and alternatives', 2, true],
      ['Prior art', 2, true],
      ['Unresolved questions', 2, true],
      ['Future possibilities', 2, true],
    ]);
    expect(schema.placeholders.map((placeholder) => placeholder.text)).toContain(
      '(fill me in with a unique ident, `my_awesome_feature`)',
    );
  });

  it.each<Corpus>(['swift-evolution', 'dapr-proposals', 'tensorflow-rfcs'])('%s: the sample title takes any H1', (corpus) => {
    expect(compileTemplate(readCorpusTemplate(corpus), { name: corpus }).title?.pattern).toBe('^.+$');
  });

  it('KEPs: id title, (Optional) headings, the sign-off checklist and pick-one lists', () => {
    const schema = compileTemplate(readCorpusTemplate('k8s-keps'), { name: 'k8s-keps' });
    expect(schema.title).toEqual({
      display: 'KEP-NNNN: Your short, descriptive title',
      pattern: '^[a-z][a-z0-9]*-(?:\\d+|x{2,}|y{2,}|z{2,}|n{2,}).+$',
      line: 68,
    });
    expect(findRule(schema, 'Proposal').children.map((rule) => [rule.display, rule.required])).toEqual([
      ['User Stories (Optional)', false],
      ['Notes/Constraints/Caveats (Optional)', false],
      ['Risks and Mitigations', true],
    ]);
    expect(findRule(schema, 'Infrastructure Needed (Optional)').required).toBe(false);
    const signoff = findRule(schema, 'Release Signoff Checklist').body.tasks;
    expect(signoff?.items).toHaveLength(14);
    expect(signoff?.items.every((item) => item.required)).toBe(true);
    const enablement = findRule(
      schema,
      'Production Readiness Review Questionnaire > Feature Enablement and Rollback > How can this feature be enabled / disabled in a live cluster?',
    );
    expect(enablement.body.tasks).toMatchObject({ atLeastOne: false, items: [{ required: false }, { required: false }] });
    expect(
      findRule(
        schema,
        'Production Readiness Review Questionnaire > Dependencies > Does this feature depend on any specific services running in the cluster?',
      ).required,
    ).toBe(true);
    expect(schema.placeholders.map((placeholder) => placeholder.text)).toEqual(['KEP-NNNN', '<test coverage>']);
  });
});
