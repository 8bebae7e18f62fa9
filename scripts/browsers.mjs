// The three engines the browser tests and the keyboard journeys run in, all from Debian packages:
// Chromium (`chromium`), Firefox ESR (`firefox-esr`, driven over WebDriver BiDi by puppeteer-core)
// and WebKitGTK (`webkit2gtk-driver`: WebKitWebDriver + MiniBrowser, under Xvfb when there is no
// display). SOC_BROWSERS=chromium,firefox,webkit picks engines (default: all three).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { findChromium } from './chromium-path.mjs';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

/** Engines chosen by $SOC_BROWSERS (comma separated), default all three. */
export function chosenEngines(env = process.env.SOC_BROWSERS) {
  if (!env) return [...ENGINES];
  const list = env.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  const unknown = list.filter((e) => !ENGINES.includes(e));
  if (unknown.length) throw new Error(`SOC_BROWSERS: unknown engine ${unknown.join(', ')} (known: ${ENGINES.join(', ')})`);
  return list;
}

export function findFirefox() {
  return [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => p && existsSync(p));
}

export function findWebKitDriver() {
  return [process.env.WEBKIT_DRIVER_PATH, '/usr/bin/WebKitWebDriver'].find((p) => p && existsSync(p));
}

/** MiniBrowser of the installed WebKitGTK (webkit2gtk-4.1 on Debian 12, 4.0 or 6.0 elsewhere). */
export function findMiniBrowser() {
  if (process.env.MINIBROWSER_PATH && existsSync(process.env.MINIBROWSER_PATH)) return process.env.MINIBROWSER_PATH;
  for (const lib of ['/usr/lib/x86_64-linux-gnu', '/usr/lib/aarch64-linux-gnu', '/usr/lib', '/usr/libexec']) {
    let dirs = [];
    try {
      dirs = readdirSync(lib).filter((d) => /^webkit(2)?gtk-[0-9.]+$/.test(d)).sort().reverse();
    } catch {
      continue;
    }
    for (const d of dirs) if (existsSync(`${lib}/${d}/MiniBrowser`)) return `${lib}/${d}/MiniBrowser`;
  }
  return undefined;
}

export const PACKAGES = { chromium: 'chromium', firefox: 'firefox-esr', webkit: 'webkit2gtk-driver xvfb' };

/** The Debian packages missing for these engines ('' when all are there). */
export function missingPackages(engines) {
  const miss = [];
  if (engines.includes('chromium') && !findChromium()) miss.push(PACKAGES.chromium);
  if (engines.includes('firefox') && !findFirefox()) miss.push(PACKAGES.firefox);
  if (engines.includes('webkit') && (!findWebKitDriver() || !findMiniBrowser() || (!process.env.DISPLAY && !existsSync('/usr/bin/Xvfb'))))
    miss.push(PACKAGES.webkit);
  return miss.join(' ');
}

export function installHint(engines) {
  return `soc-elements: browsers missing. Install them with \`sudo apt-get install -y ${missingPackages(engines)}\` (Debian/Ubuntu), set SOC_BROWSERS to the engines you have (chromium,firefox,webkit), or CHROME_PATH / FIREFOX_PATH / WEBKIT_DRIVER_PATH / MINIBROWSER_PATH.`;
}

/** Firefox prefs for tests: no first-run pages, no network chatter, focus follows the test. */
export const FIREFOX_PREFS = {
  'browser.shell.checkDefaultBrowser': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'app.update.enabled': false,
  'network.captive-portal-service.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  // Tab reaches links as well as form controls (macOS-like defaults would skip them).
  'accessibility.tabfocus': 7,
};

export async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (srv.address());
      srv.close(() => resolve(port));
    });
  });
}

const children = new Set();
function track(child) {
  children.add(child);
  child.on('exit', () => children.delete(child));
  return child;
}
let hooked = false;
function hookExit() {
  if (hooked) return;
  hooked = true;
  const stopAll = () => {
    for (const c of children) c.kill('SIGTERM');
  };
  process.on('exit', stopAll);
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => (stopAll(), process.exit(130)));
}

/** A display for WebKit: $DISPLAY if set, else a private Xvfb that ends with this process. */
export async function ensureDisplay() {
  if (process.env.DISPLAY) return process.env.DISPLAY;
  hookExit();
  for (let n = 90 + (process.pid % 50); n < 400; n++) {
    if (existsSync(`/tmp/.X11-unix/X${n}`) || existsSync(`/tmp/.X${n}-lock`)) continue;
    const xvfb = track(spawn('Xvfb', [`:${n}`, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: 'ignore' }));
    const ok = await new Promise((resolve) => {
      const t0 = Date.now();
      const poll = () => {
        if (xvfb.exitCode !== null) return resolve(false);
        if (existsSync(`/tmp/.X11-unix/X${n}`)) return resolve(true);
        if (Date.now() - t0 > 10_000) return resolve(false);
        setTimeout(poll, 50);
      };
      poll();
    });
    if (ok) {
      process.env.DISPLAY = `:${n}`;
      return process.env.DISPLAY;
    }
    xvfb.kill();
  }
  throw new Error('soc-elements: could not start Xvfb');
}

/** Starts WebKitWebDriver on a free port (on a display) and returns the port; it ends with this process. */
export async function startWebKitDriver() {
  await ensureDisplay();
  hookExit();
  const port = await freePort();
  const driver = track(spawn(findWebKitDriver(), [`--port=${port}`], { stdio: 'ignore', env: process.env }));
  const t0 = Date.now();
  for (;;) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      if (res.ok) break;
    } catch {
      /* not up yet */
    }
    if (driver.exitCode !== null) throw new Error('soc-elements: WebKitWebDriver exited at start');
    if (Date.now() - t0 > 15_000) throw new Error('soc-elements: WebKitWebDriver did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
  return port;
}

/** W3C capabilities for MiniBrowser under WebKitWebDriver. */
export function webkitCapabilities() {
  return {
    browserName: 'MiniBrowser',
    // webdriverio asks for WebDriver BiDi (webSocketUrl) by default, which WebKitWebDriver refuses.
    'wdio:enforceWebDriverClassic': true,
    'webkitgtk:browserOptions': { binary: findMiniBrowser(), args: ['--automation'] },
  };
}
