// Finds the Chromium that browser tests run in: $CHROME_PATH, else the Debian package's binary.
import { existsSync } from 'node:fs';

const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** @returns {string | undefined} */
export function findChromium() {
  return candidates.find((p) => p && existsSync(p));
}

export const installHint =
  'soc-elements: no Chromium found. Install it with `sudo apt-get install -y chromium` (Debian/Ubuntu) or set CHROME_PATH to a Chrome/Chromium binary.';

/** Flags for headless Chromium in tests and checks: no sandbox (containers), no GPU, no network chatter. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
