import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { a11ySnapshotPlugin, sendKeysPlugin, setViewportPlugin, emulateMediaPlugin } from '@web/test-runner-commands/plugins';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium-path.mjs';
import {
  FIREFOX_PREFS,
  chosenEngines,
  findFirefox,
  installHint,
  missingPackages,
  startWebKitDriver,
  webkitCapabilities,
} from './scripts/browsers.mjs';
import { engineCommandsPlugin } from './test/server/engine-commands.mjs';
import { faultProxyPlugin } from './test/server/fault-proxy.mjs';

/**
 * `ax-tree`: the page's full accessibility tree from Chromium (via Puppeteer), including the
 * group/radiogroup nodes that the stock a11ySnapshot command prunes as "uninteresting".
 * Chromium only: Firefox over WebDriver BiDi and WebKit over WebDriver have no such tree.
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
 * emulateMedia command ignores for Chromium via Puppeteer. Chromium only (CDP).
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

/**
 * After the run: passed, failed and skipped tests per engine, and why tests were skipped (the
 * reason is in the name of every test that an engine cannot run, see test/helpers/engine.ts).
 */
function engineSummaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const byEngine = new Map();
      for (const session of sessions) {
        const name = session.browser.name;
        const c = byEngine.get(name) ?? { passed: 0, failed: 0, skipped: 0, reasons: new Map() };
        byEngine.set(name, c);
        const walk = (suite) => {
          if (!suite) return;
          for (const t of suite.tests ?? []) {
            if (t.skipped) {
              c.skipped++;
              const why = /\[(Chromium only|not in [^:\]]+): ([^\]]+)\]$/.exec(t.name);
              const key = why ? `${why[1]}: ${why[2]}` : 'skipped in the test file';
              c.reasons.set(key, (c.reasons.get(key) ?? 0) + 1);
            } else if (t.passed) c.passed++;
            else c.failed++;
          }
          for (const s of suite.suites ?? []) walk(s);
        };
        walk(session.testResults);
      }
      const lines = ['', 'Per engine:'];
      for (const [name, c] of byEngine) {
        lines.push(`  ${name}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`);
        for (const [why, n] of c.reasons) lines.push(`    ${n} skipped — ${why}`);
      }
      console.log(lines.join('\n'));
    },
  };
}

// Engines: SOC_BROWSERS=chromium,firefox,webkit (default all three; see scripts/browsers.mjs).
const engines = chosenEngines();
if (missingPackages(engines)) {
  console.error(installHint(engines));
  process.exit(1);
}

const browsers = [];
if (engines.includes('chromium')) {
  browsers.push(
    chromeLauncher({
      launchOptions: { executablePath: findChromium(), headless: true, args: [...CHROMIUM_ARGS, '--disable-quic'] },
    }),
  );
}
if (engines.includes('firefox')) {
  browsers.push(
    puppeteerLauncher({
      launchOptions: {
        browser: 'firefox',
        executablePath: findFirefox(),
        headless: true,
        extraPrefsFirefox: FIREFOX_PREFS,
      },
    }),
  );
}
if (engines.includes('webkit')) {
  const port = await startWebKitDriver();
  browsers.push(webdriverLauncher({ hostname: '127.0.0.1', port, path: '/', capabilities: webkitCapabilities() }));
}

const faults = faultProxyPlugin();

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  middleware: [faults.middleware],
  // Two cores on CI: one test file at a time per engine keeps focus-dependent tests honest
  // (and WebDriver's one-window session needs it).
  concurrency: 1,
  concurrentBrowsers: Number(process.env.SOC_CONCURRENT_BROWSERS ?? 1),
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 300_000,
  // A test that checks an element in every language (axe in each of the 8 locales of
  // lit-localize.json) does 8 times the work of one language; WebKit's axe is the slowest.
  testFramework: { config: { timeout: 30_000 } },
  plugins: [
    engineCommandsPlugin(),
    a11ySnapshotPlugin(),
    axTreePlugin(),
    forcedColorsPlugin(),
    sendKeysPlugin(),
    setViewportPlugin(),
    emulateMediaPlugin(),
    faults,
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
  ],
  browsers,
  reporters: [defaultReporter(), engineSummaryReporter()],
};
