import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin, sendKeysPlugin, setViewportPlugin, emulateMediaPlugin } from '@web/test-runner-commands/plugins';
import { CHROMIUM_ARGS, findChromium, installHint } from './scripts/chromium-path.mjs';
import { faultProxyPlugin } from './test/server/fault-proxy.mjs';

/**
 * `ax-tree`: the page's full accessibility tree from Chromium (via Puppeteer), including the
 * group/radiogroup nodes that the stock a11ySnapshot command prunes as "uninteresting".
 */
function axTreePlugin() {
  return {
    name: 'ax-tree',
    async executeCommand({ command, session }) {
      if (command !== 'ax-tree') return undefined;
      const page = session.browser.getPage(session.id);
      return page.accessibility.snapshot({ interestingOnly: false });
    },
  };
}

/**
 * `forced-colors`: emulates Windows High Contrast (`forced-colors: active`), which the stock
 * emulateMedia command ignores for Chromium via Puppeteer.
 */
function forcedColorsPlugin() {
  return {
    name: 'forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'forced-colors') return undefined;
      const page = session.browser.getPage(session.id);
      await page.emulateMediaFeatures([{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }]);
      return true;
    },
  };
}

const executablePath = findChromium();
if (!executablePath) {
  console.error(installHint);
  process.exit(1);
}

const faults = faultProxyPlugin();

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  middleware: [faults.middleware],
  // Two cores on CI: one browser page at a time keeps focus-dependent tests honest.
  concurrency: 1,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 10_000 } },
  plugins: [
    a11ySnapshotPlugin(),
    axTreePlugin(),
    forcedColorsPlugin(),
    sendKeysPlugin(),
    setViewportPlugin(),
    emulateMediaPlugin(),
    faults,
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [...CHROMIUM_ARGS, '--disable-quic'],
      },
    }),
  ],
};
