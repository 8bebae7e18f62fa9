/**
 * Which engine the tests run in, and tests that only one engine can run. A test that is skipped in
 * an engine says why in its name (the same name in every engine), and the runner prints how many
 * were skipped per engine (web-test-runner.config.mjs).
 */
export type Engine = 'chromium' | 'firefox' | 'webkit';

const ua = navigator.userAgent;
export const engine: Engine = /Firefox\//.test(ua) ? 'firefox' : /Chrome\//.test(ua) ? 'chromium' : 'webkit';

/** Reasons a test can only run in Chromium: each needs Chromium's DevTools protocol (CDP). */
export const CDP = {
  axTree: 'reads the accessibility tree over CDP',
  forcedColors: 'emulates forced-colors over CDP',
  print: 'emulates print media over CDP',
} as const;

/** A test that runs in Chromium only; elsewhere it is skipped, with the reason in its name. */
export function itChromium(reason: string, title: string, fn: Mocha.AsyncFunc | Mocha.Func): Mocha.Test {
  const name = `${title} [Chromium only: ${reason}]`;
  return engine === 'chromium' ? it(name, fn) : it.skip(name, fn);
}

/** True where the accessibility tree can be read (Chromium). */
export const hasAxTree = engine === 'chromium';

/** Reasons a test cannot run in an engine's test driver (not a difference of the product). */
export const DRIVER = {
  narrowWebKit: 'WebKit’s MiniBrowser window cannot be narrower than its toolbar (447 px)',
} as const;

/** A test skipped in the given engines, with the reason in its name (the same name everywhere). */
export function itExcept(engines: Engine[], reason: string, title: string, fn: Mocha.AsyncFunc | Mocha.Func): Mocha.Test {
  const name = `${title} [not in ${engines.map((e) => e[0].toUpperCase() + e.slice(1)).join(', ')}: ${reason}]`;
  return engines.includes(engine) ? it.skip(name, fn) : it(name, fn);
}
