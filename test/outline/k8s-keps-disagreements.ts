/** KEPs on which remark and markdown-it build different trees (see equality.ts). */
export const k8sKepsDisagreements: Readonly<Record<string, string>> = {
  'sig-storage--2644-honor-pv-reclaim-policy.md':
    'item `11.  text` (content at column 6), lazy lines indented 4, a blank line, then lines indented 6: ' +
    'remark keeps these in item 11, markdown-it has closed the list and reads them as indented code',
};
