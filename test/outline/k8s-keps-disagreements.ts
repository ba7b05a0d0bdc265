/** KEPs on which remark and markdown-it build different trees (see equality.ts). */
export const k8sKepsDisagreements: Readonly<Record<string, string>> = {
  'sig-storage--2644-honor-pv-reclaim-policy.md':
    '`11.  text` (content at column 6) then code indented 4: remark keeps the lines after the next ' +
    'blank line in item 11 (indented 6), markdown-it has closed the list and reads them as indented code',
};
