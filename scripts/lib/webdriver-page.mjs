// A page over classic W3C WebDriver (HTTP), for engines Puppeteer cannot drive (WebKitGTK's
// WebKitWebDriver + MiniBrowser). It offers what the keyboard journeys use of Puppeteer's page:
// `keyboard.press/down/up/type`, `evaluate`, `$eval`, `goto`, `reload`, `goBack`, `url`,
// `waitForFunction` (polling), `cookies`, `close`, plus what classic WebDriver makes explicit:
// - no event stream: `watch(source)` installs a script in each document the page loads (after the
//   load, so errors thrown before it cannot be seen), and every `evaluate` brings back what the
//   collector recorded since (console errors, uncaught errors, rejections, CSP violations, resource
//   URLs from the Resource Timing API), handed to `on('console' | 'pageerror' | 'resource')`;
// - user prompts are left open by the session and reported to `on('dialog')`, then accepted;
//   WebKitGTK under WebDriver shows no `beforeunload` prompt, so whether the page asked for one
//   (cancelled the event) is recorded in the tab's sessionStorage as the document goes, and
//   reported to `on('beforeunload', warned)` by the next document of that origin in the tab;
// - role and name of an element come from WebDriver's Get Computed Role / Get Computed Label.
// One WebDriver session (one MiniBrowser) per page: pages share nothing, as tabs of one profile
// would not.
import { startWebKitDriver, webkitCapabilities } from '../browsers.mjs';
import { wdKey } from './webdriver-keys.mjs';

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
const UNLOAD_KEY = '__socJourney:beforeunload';

class WebDriverError extends Error {
  constructor(status, body) {
    super(`WebDriver ${status}: ${body?.value?.error ?? ''} ${body?.value?.message ?? JSON.stringify(body)}`.trim());
    this.error = body?.value?.error;
  }
}

/** Runs after each load: records errors, CSP violations and resource URLs for `evaluate` to collect. */
const COLLECTOR = `(() => {
  if (window.__socCollected) return;
  const c = (window.__socCollected = { console: [], pageerror: [], resource: [] });
  const text = (a) => (a instanceof Error ? a.message : typeof a === 'string' ? a : (() => { try { return JSON.stringify(a); } catch { return String(a); } })());
  const error = console.error.bind(console);
  console.error = (...args) => { c.console.push(args.map(text).join(' ')); error(...args); };
  addEventListener('error', (e) => c.pageerror.push(e.message || String(e.error)));
  addEventListener('unhandledrejection', (e) => c.pageerror.push('unhandled rejection: ' + text(e.reason)));
  try { performance.setResourceTimingBufferSize(10000); } catch {}
  const seen = new Set();
  const take = (list) => { for (const e of list) if (!seen.has(e)) { seen.add(e); c.resource.push(e.name); } };
  take(performance.getEntriesByType('resource'));
  new PerformanceObserver((l) => take(l.getEntries())).observe({ type: 'resource', buffered: true });
  // Whether the page asked for a "leave the page?" warning when this document went away (read by
  // the next document of the same origin in this tab: WebDriver shows no beforeunload prompt).
  // Added after the page's own listeners, so it sees what they did. Only the first event counts:
  // when the next address cannot be resolved (offline), WebKitGTK fires beforeunload a second
  // time on the same document as it shows its error page; that is not the citizen leaving.
  let recorded = false;
  addEventListener('beforeunload', (e) => {
    if (recorded) return;
    recorded = true;
    try { sessionStorage.setItem('${UNLOAD_KEY}', e.defaultPrevented ? 'warned' : 'no warning'); } catch {}
  });
})();`;

/** What the last document of this origin in the tab did on beforeunload; removed once read. */
const TAKE_UNLOAD = `const v = sessionStorage.getItem('${UNLOAD_KEY}'); sessionStorage.removeItem('${UNLOAD_KEY}'); return v;`;

const DRAIN = `(() => { const c = window.__socCollected; if (!c) return null; const out = { console: c.console.splice(0), pageerror: c.pageerror.splice(0), resource: c.resource.splice(0) }; return out; })()`;

export class WebDriverPage {
  /** @param {string} base the session's URL (http://127.0.0.1:port/session/id) */
  constructor(base) {
    this.base = base;
    this.timeout = 10_000;
    this.listeners = { console: [], pageerror: [], resource: [], dialog: [], beforeunload: [] };
    this.scripts = [];
    const wd = (key) => wdKey(key, 'webdriver-page');
    const press = (key) => this.#keys([{ type: 'keyDown', value: wd(key) }, { type: 'keyUp', value: wd(key) }]);
    this.keyboard = {
      press,
      down: (key) => this.#keys([{ type: 'keyDown', value: wd(key) }]),
      up: (key) => this.#keys([{ type: 'keyUp', value: wd(key) }]),
      async type(text) {
        // One action sequence per character: WebKitGTK drops keys from a long sequence while the
        // page is busy (a field that reformats itself on input) and repeated letters.
        for (const ch of text) await press(ch);
      },
    };
  }

  static async #request(url, method, body) {
    const res = await fetch(url, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await res.json().catch(() => ({}));
    if (!res.ok) throw new WebDriverError(res.status, json);
    return json.value;
  }

  /** A WebDriver command; an open user prompt is reported as a dialog, accepted, and the command sent again. */
  async cmd(method, path, body) {
    for (let attempt = 0; ; attempt++) {
      try {
        return await WebDriverPage.#request(this.base + path, method, body);
      } catch (e) {
        if (e.error !== 'unexpected alert open' || attempt > 2) throw e;
        await this.acceptDialog();
      }
    }
  }

  /** Reports and accepts an open user prompt; false when there is none. */
  async acceptDialog() {
    let text;
    try {
      text = await WebDriverPage.#request(`${this.base}/alert/text`, 'GET');
    } catch (e) {
      if (e.error === 'no such alert') return false;
      throw e;
    }
    for (const l of this.listeners.dialog) l({ message: text });
    await WebDriverPage.#request(`${this.base}/alert/accept`, 'POST', {});
    return true;
  }

  on(event, listener) {
    this.listeners[event].push(listener);
  }

  setDefaultTimeout(ms) {
    this.timeout = ms;
  }

  #keys(actions) {
    return this.cmd('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
  }

  /** Hands what the collector recorded in the current document to the listeners. */
  #deliver(collected) {
    if (!collected) return;
    for (const [event, items] of Object.entries(collected)) for (const item of items) for (const l of this.listeners[event]) l(item);
  }

  /**
   * Puppeteer's evaluate: a function (called with JSON-serializable `args`, awaited) or an
   * expression string. Also collects what the page's collector recorded since the last call.
   */
  async evaluate(fn, ...args) {
    const call = typeof fn === 'function' ? `(${fn})(...${JSON.stringify(args)})` : `(${fn})`;
    const script = `const done = arguments[arguments.length - 1];
      const drain = () => { try { return ${DRAIN}; } catch { return null; } };
      Promise.resolve().then(() => ${call}).then(
        (value) => done({ value, collected: drain() }),
        (e) => done({ error: String(e && e.stack || e), collected: drain() }));`;
    const out = await this.cmd('POST', '/execute/async', { script, args: [] });
    this.#deliver(out?.collected);
    if (out?.error) throw new Error(`evaluate: ${out.error}`);
    return out?.value;
  }

  /** Runs a classic script (statements) in the current document. */
  run(source) {
    return this.cmd('POST', '/execute/sync', { script: `${source}\n;return null;`, args: [] });
  }

  $eval(selector, fn, ...args) {
    return this.evaluate(`((sel, args) => (${fn})(document.querySelector(sel), ...args))(${JSON.stringify(selector)}, ${JSON.stringify(args)})`);
  }

  /** Like Puppeteer's evaluateOnNewDocument, except that it runs once the document has loaded. */
  async watch(source) {
    this.scripts.push(source);
  }

  async #afterLoad() {
    await this.acceptDialog();
    const unload = await this.cmd('POST', '/execute/sync', { script: `try { ${TAKE_UNLOAD} } catch { return null; }`, args: [] });
    if (unload) for (const l of this.listeners.beforeunload) l(unload === 'warned');
    await this.run(COLLECTOR);
    for (const s of this.scripts) await this.run(s);
  }

  /** Collects what the current document recorded (before it goes away). */
  async collect() {
    try {
      this.#deliver(await this.cmd('POST', '/execute/sync', { script: `return ${DRAIN};`, args: [] }));
    } catch {
      /* the document is gone or is an error page */
    }
  }

  async goto(url) {
    await this.collect();
    await this.cmd('POST', '/url', { url });
    await this.#afterLoad();
  }

  async reload() {
    await this.collect();
    await this.cmd('POST', '/refresh', {});
    await this.#afterLoad();
  }

  async goBack() {
    await this.collect();
    await this.cmd('POST', '/back', {});
    await this.#afterLoad();
  }

  url() {
    return this.cmd('GET', '/url');
  }

  /**
   * Polls `fn` (a function) until it returns something truthy; resolves to `{ jsonValue() }` like
   * Puppeteer's handle (an object or function comes back as `true`: it may not be serializable).
   */
  async waitForFunction(fn, { timeout = this.timeout, polling = 50 } = {}, ...args) {
    const t0 = Date.now();
    const check = `((v) => (v && (typeof v === 'object' || typeof v === 'function') ? true : v))((${fn})(...${JSON.stringify(args)}))`;
    for (;;) {
      const v = await this.evaluate(check);
      if (v) return { jsonValue: async () => v };
      if (Date.now() - t0 > timeout) throw new Error(`waitForFunction timed out after ${timeout} ms: ${String(fn).slice(0, 120)}`);
      await new Promise((r) => setTimeout(r, polling));
    }
  }

  cookies() {
    return this.cmd('GET', '/cookie');
  }

  /**
   * The focused element, deep through shadow roots: its WebDriver element id (null when none) and
   * what `describe(el)` (a function, run in the page) returns for it.
   */
  async deepActiveElement(describe = () => null) {
    const [ref, described] = await this.cmd('POST', '/execute/sync', {
      script: `let a = document.activeElement; while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
        return a ? [a, (${describe})(a)] : [null, null];`,
      args: [],
    });
    return { id: ref?.[ELEMENT] ?? null, described };
  }

  /** WebDriver's Get Computed Role and Get Computed Label of an element. */
  async computedAccessibility(id) {
    const [role, name] = await Promise.all([this.cmd('GET', `/element/${id}/computedrole`), this.cmd('GET', `/element/${id}/computedlabel`)]);
    return { role, name };
  }

  async close() {
    await this.collect();
    await WebDriverPage.#request(this.base, 'DELETE').catch(() => {});
  }
}

/**
 * WebKitGTK's MiniBrowser over WebKitWebDriver (on Xvfb when there is no display), as a
 * `browser` with `newPage()` and `close()` like Puppeteer's. Prompts are left to the page, which
 * reports and accepts them.
 */
export async function launchWebKit() {
  const port = await startWebKitDriver();
  const server = `http://127.0.0.1:${port}`;
  const pages = new Set();
  return {
    async newPage() {
      const res = await fetch(`${server}/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ capabilities: { alwaysMatch: { ...stripWdio(webkitCapabilities()), unhandledPromptBehavior: 'ignore' } } }),
      });
      const json = await res.json();
      if (!res.ok) throw new WebDriverError(res.status, json);
      const page = new WebDriverPage(`${server}/session/${json.value.sessionId}`);
      await page.cmd('POST', '/timeouts', { script: 30_000, pageLoad: 30_000 });
      const close = page.close.bind(page);
      page.close = async () => {
        pages.delete(page);
        await close();
      };
      pages.add(page);
      return page;
    },
    async close() {
      for (const p of [...pages]) await p.close();
    },
  };
}

/** webdriverio's own keys are not W3C capabilities. */
function stripWdio(caps) {
  return Object.fromEntries(Object.entries(caps).filter(([k]) => !k.startsWith('wdio:')));
}
