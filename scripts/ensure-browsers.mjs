// Run before the browser tests and the journeys: use the engines that are installed, install the
// missing Debian packages when we are root on Debian/Ubuntu (chromium, firefox-esr,
// webkit2gtk-driver + xvfb), or stop with one line that says how to get them.
// SOC_BROWSERS=chromium,firefox,webkit picks the engines (default: all three).
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chosenEngines, installHint, missingPackages } from './browsers.mjs';

const engines = chosenEngines();
const missing = missingPackages(engines);
if (missing) {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (root && existsSync('/usr/bin/apt-get')) {
    console.log(`soc-elements: installing the Debian packages ${missing}…`);
    try {
      execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing}`, { stdio: 'inherit' });
    } catch {
      /* reported below */
    }
  }
  if (missingPackages(engines)) {
    console.error(installHint(engines));
    process.exit(1);
  }
}
