// Run before the browser tests: use an existing Chromium, install the OS package when we are root
// on Debian/Ubuntu, or stop with one line that says how to get one.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium, installHint } from './chromium-path.mjs';

if (!findChromium()) {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (root && existsSync('/usr/bin/apt-get')) {
    console.log('soc-elements: Chromium missing, installing the Debian package "chromium"…');
    try {
      execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
        stdio: 'inherit',
      });
    } catch {
      /* reported below */
    }
  }
  if (!findChromium()) {
    console.error(installHint);
    process.exit(1);
  }
}
