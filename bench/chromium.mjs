// Debian's chromium as the bench and the browser test launch it: headless, and quiet (no network,
// updates or sync of its own, which would cost time the measurements do not mean).
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
