// One place for how every script and test runner starts Debian's Chromium (never a downloaded
// browser). The binary itself, not the /usr/bin/chromium wrapper, whose shell prologue prints a
// harmless "[: unexpected operator" line at each start.
export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/lib/chromium/chromium';

// --no-sandbox: CI runs as root. The rest keep a headless run offline and quiet.
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

// A headless page can count as backgrounded; its timers and rendering must not be throttled
// where a test or benchmark waits on them.
export const CHROMIUM_FOREGROUND_ARGS = [...CHROMIUM_ARGS, '--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows'];
