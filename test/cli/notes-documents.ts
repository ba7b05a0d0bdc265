/** A small template and documents written from it: conforming, with a warning, with an error. */

export const TEMPLATE = `# [Project] Notes

## Summary

[Describe the project in a few words]

## Details

[Explain how it works]

**Verification:** [How to check it works]
`;

export const GOOD = `# Alpha Notes

## Summary

Alpha sorts things.

## Details

It sorts them quickly.

**Verification:** Run the tests.
`;

/** Details without its **Verification:** label: a warning (required-label). */
export const WARN = GOOD.replace('**Verification:** Run the tests.\n', '');

/** No Details section: an error (required-section). */
export const BAD = GOOD.slice(0, GOOD.indexOf('## Details'));
