// web-test-runner commands that behave the same in the three engines, so tests do not depend on
// Chromium's DevTools protocol where a neutral way exists.
//
// - `soc-keys` (test/helpers/commands.ts sendKeys): Puppeteer's keyboard in Chromium and Firefox,
//   W3C key actions over WebDriver in WebKit (the stock send-keys cannot send WebDriver `down`/`up`
//   and cannot be overridden: web-test-runner puts its own plugins first).
// - `soc-viewport`: Puppeteer's setViewport; in WebKit the window is resized until the page's
//   viewport has the size asked.
// - `engine`: which engine the session runs in (chromium, firefox, webkit), for skips that say why.

import { wdKey } from '../../scripts/lib/webdriver-keys.mjs';

function actionsFor(payload) {
  const out = [];
  if (typeof payload.type === 'string') for (const ch of payload.type) out.push({ type: 'keyDown', value: ch }, { type: 'keyUp', value: ch });
  if (typeof payload.press === 'string') {
    const keys = payload.press.split('+').filter(Boolean).map((k) => wdKey(k, 'send-keys'));
    for (const k of keys) out.push({ type: 'keyDown', value: k });
    for (const k of [...keys].reverse()) out.push({ type: 'keyUp', value: k });
  }
  if (typeof payload.down === 'string') out.push({ type: 'keyDown', value: wdKey(payload.down, 'send-keys') });
  if (typeof payload.up === 'string') out.push({ type: 'keyUp', value: wdKey(payload.up, 'send-keys') });
  return out;
}

/** The engine of a web-test-runner session. */
export function engineOf(session) {
  const type = session.browser.type;
  if (type === 'webdriver') return 'webkit';
  const name = String(session.browser.name ?? '').toLowerCase();
  if (name.includes('firefox')) return 'firefox';
  return 'chromium';
}

function driverOf(session) {
  // @web/test-runner-webdriver keeps its webdriverio session on the launcher (one per browser;
  // concurrency 1 uses one window for all test files).
  const driver = session.browser.driver;
  if (!driver) throw new Error('engine-commands: no WebDriver session');
  return driver;
}

async function puppeteerKeys(page, payload) {
  if (typeof payload.type === 'string') await page.keyboard.type(payload.type);
  if (typeof payload.press === 'string') await page.keyboard.press(payload.press);
  if (typeof payload.down === 'string') await page.keyboard.down(payload.down);
  if (typeof payload.up === 'string') await page.keyboard.up(payload.up);
}

async function webdriverKeys(driver, payload) {
  if (typeof payload.type === 'string') {
    // One action sequence per character: WebKitGTK drops a key from a long sequence when the
    // page is busy (a field that reformats itself on input), and repeated letters ("Anna").
    for (const ch of payload.type) {
      await driver.performActions([{ type: 'key', id: 'soc-keyboard', actions: [{ type: 'keyDown', value: ch }, { type: 'keyUp', value: ch }] }]);
    }
    return;
  }
  const actions = actionsFor(payload);
  if (!actions.length) throw new Error('soc-keys: nothing to send');
  // A held modifier (down without up) stays down across calls: WebDriver keeps the input
  // source's state until the matching keyUp.
  await driver.performActions([{ type: 'key', id: 'soc-keyboard', actions }]);
}

export function engineCommandsPlugin() {
  return {
    name: 'engine-commands',
    async executeCommand({ command, payload, session }) {
      if (command === 'engine') return engineOf(session);
      if (command === 'soc-keys') {
        if (session.browser.type === 'webdriver') await webdriverKeys(driverOf(session), payload ?? {});
        else await puppeteerKeys(session.browser.getPage(session.id), payload ?? {});
        return true;
      }
      if (command === 'soc-viewport') {
        const { width, height } = payload;
        if (session.browser.type !== 'webdriver') {
          await session.browser.getPage(session.id).setViewport({ width, height });
          return true;
        }
        const driver = driverOf(session);
        // The window has chrome around the page: resize, measure the viewport, correct.
        let w = width;
        let h = height;
        for (let i = 0; i < 3; i++) {
          await driver.setWindowSize(Math.max(w, 100), Math.max(h, 100));
          const [iw, ih] = await driver.execute('return [window.innerWidth, window.innerHeight]');
          if (iw === width && ih === height) return true;
          w += width - iw;
          h += height - ih;
        }
        return true;
      }
      return undefined;
    },
  };
}
