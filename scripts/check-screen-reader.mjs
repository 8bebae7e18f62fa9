// `npm run test:screen-reader` (after `npm run build`): a real screen reader, Orca, reads the
// elements in a real Chromium window and a real Firefox ESR window on a virtual X screen (Xvfb),
// while the script presses keys with xdotool as a user would. What Orca speaks is taken from its debug output ("SPEECH OUTPUT:"
// lines; speech-dispatcher runs with a module that synthesizes nothing, so no sound device is
// needed and Orca never waits for audio). Each scenario runs twice, on our page
// (test/screen-reader/<name>.html) and on the same page written in plain HTML
// (<name>.plain.html), and must pass two checks:
// - its own assertions: the phrases a user must hear (label, role, state, error text, …);
// - "at least the plain page": every word of the plain page's transcript (label, role and state
//   words, error and description text) is also in ours.
// A scenario whose check fails is run again from a new browser (three attempts in all); the
// assertions are never loosened. Needs: orca, Xvfb, dbus-launch (dbus-x11), at-spi2-core,
// speech-dispatcher, xdotool, Chromium and Firefox ESR (`.ci/run` installs them). About five
// minutes for both browsers on two shared cores.
//
// SOC_SR_BROWSERS=chromium or =firefox runs one browser (default: both, as in CI). Where the plain
// page says nothing in a browser (`plainSilent`, with the reason), "at least the plain page" is
// met by anything, and our page is held to its own assertions only; anywhere else a silent plain
// page fails the run (a sign that the run, not the page, went wrong).
// SOC_ORCA_DEBUG=1 prints what Orca said and where the focus was after every step;
// SOC_ORCA_KEEP=1 keeps the work folder (Orca's whole debug log); names of scenarios as arguments
// run only those.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from './chromium-path.mjs';
import { FIREFOX_PREFS, findFirefox } from './browsers.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const ATTEMPTS = Number(process.env.SOC_ORCA_ATTEMPTS ?? 3);
/** `node scripts/check-screen-reader.mjs radio-reveal quick-exit` runs only those scenarios. */
const only = process.argv.slice(2);
const started = Date.now();

// ——— what is needed ———

const tools = { orca: 'orca', Xvfb: 'xvfb', 'dbus-launch': 'dbus-x11', xdotool: 'xdotool', 'speech-dispatcher': 'speech-dispatcher' };
const missing = Object.entries(tools).filter(([bin]) => spawnSync('sh', ['-c', `command -v ${bin}`]).status !== 0);
const chromium = findChromium();
if (missing.length || !chromium || !existsSync(join(root, 'dist/soc-elements.js'))) {
  if (missing.length) console.error(`missing: ${missing.map(([b]) => b).join(', ')} — sudo apt-get install -y orca xvfb dbus-x11 at-spi2-core speech-dispatcher xdotool`);
  if (!chromium) console.error('no Chromium: sudo apt-get install -y chromium');
  if (!existsSync(join(root, 'dist/soc-elements.js'))) console.error('no dist/soc-elements.js: run `npm run build` first');
  process.exit(1);
}

// ——— the scenarios ———

const MARK = { mark: true };
/** As the first step: the transcript starts with what Orca says when the page loads. */
const LOAD = { load: true };

/**
 * steps: a key name for xdotool ("Tab", "shift+Tab", "space"), `{ type }` to type text,
 * `{ wait }` ms, `{ settle }` to wait (up to 10 s, no failure) until Orca has said `settle` (a
 * RegExp) since the step before began, `{ key, until }` to press a key until Orca has said `until`,
 * `{ key, focused, said }` until the focused control's value/id is `focused` (in Firefox, which
 * runs without puppeteer: until Orca has said `said`), and MARK: the transcript
 * starts there. check(t, text): assertions on our transcript (lines) and its joined text.
 * plainSilent: { [browser]: reason } where the plain page is known to say nothing.
 */
const scenarios = [
  {
    name: 'personnummer',
    what: 'a personnummer field with an error: label, required, invalid, the error text',
    steps: ['Tab', { type: '123' }, 'Tab', MARK, 'shift+Tab'],
    check: (t, text) => {
      expectIn(text, /Personnummer/, 'the label');
      expectIn(text, /\brequired\b/, 'required');
      expectIn(text, /\binvalid\b/, 'invalid');
      expectIn(text, /Skriv personnumret med 10 eller 12 siffror/, 'the error text');
    },
  },
  {
    name: 'error-summary',
    what: 'the error summary takes focus: its heading and the problems are heard without tabbing',
    // GOV.UK's markup focuses a <div tabindex="-1"> with neither role nor name: Firefox's Orca says nothing.
    plainSilent: { firefox: 'the focused GOV.UK box has no role and no name' },
    steps: ['Tab', 'Tab', { key: 'Tab', focused: 'Skicka', said: /^Skicka push button/ }, MARK, 'Return'],
    check: (t, text) => {
      expectIn(text, /Det finns problem/, 'the heading');
      expectIn(text, /Fyll i ditt namn/, 'the first problem');
      expectIn(text, /Fyll i ditt personnummer/, 'the second problem');
    },
  },
  {
    name: 'radio-reveal',
    what: 'a radio with revealed content: choosing it says "selected" and what was revealed',
    steps: ['Tab', { key: 'Down', focused: 'annan', said: /^Någon annan/ }, { wait: 500 }, MARK, 'space'],
    check: (t, text) => {
      expectIn(text, /\bselected\b/, 'selected');
      expectIn(text, /Vem är du\?/, 'the revealed question');
    },
  },
  {
    name: 'character-count',
    what: 'the character count: heard once after typing stops, not per key',
    // Orca may answer the Tab after more than the quiet time: the mark waits for the hint it says.
    steps: ['Tab', { settle: /Du kan skriva upp till 20 tecken/ }, MARK, { type: 'Hej hej' }, { wait: 2500 }],
    check: (t) => {
      const counts = t.filter((l) => /tecken (kvar|för mycket)/.test(l));
      if (counts.length !== 1 || !/Du har 13 tecken kvar/.test(counts[0])) {
        throw new Error(`the count once, "Du har 13 tecken kvar.": heard ${JSON.stringify(counts)}`);
      }
    },
  },
  {
    name: 'process-steps',
    what: 'a process step marked current: "Du är här" with the step heading',
    steps: [MARK, { key: 'h', until: /Socialtjänsten utreder/ }],
    check: (t, text) => {
      // In the heading's own line, after a comma (a pause); Orca joins the hidden ", " to the
      // badge without the space, "utreder,Du är här", which its voices read as the plain page's.
      expectIn(text, /Socialtjänsten utreder, ?Du är här heading level 3/, 'the current step with "Du är här", in its heading');
    },
  },
  {
    name: 'contact-hours',
    what: 'the contact hours: the open/closed status after the heading',
    steps: [MARK, { key: 'h', until: /Kontakta socialtjänsten/ }, 'Down'],
    check: (t, text) => {
      expectIn(text, /Kontakta socialtjänsten/, 'the heading');
      expectIn(text, /Öppet nu, stänger kl\. 12/, 'the status');
    },
  },
  {
    name: 'quick-exit',
    what: 'the quick exit button',
    // Orca puts its caret on the first thing of a page and says it: the button is heard on load.
    steps: [LOAD, 'Tab'],
    check: (t, text) => {
      expectIn(text, /Lämna sidan snabbt/, 'the name');
      expectIn(text, /push button/, 'the role');
    },
  },
];

function expectIn(text, re, what) {
  if (!re.test(text)) throw new Error(`${what}: ${re} not heard`);
}

/** The words of a transcript: lower case letters and digits, for "ours says at least the plain one". */
const words = (lines) => new Set(lines.join(' ').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

// ——— the desktop: Xvfb, a session bus, speech-dispatcher with no sound, Orca ———

const work = mkdtempSync(join(tmpdir(), 'soc-orca-'));
const children = [];
const env = {
  ...process.env,
  HOME: join(work, 'home'),
  XDG_CONFIG_HOME: join(work, 'home/.config'),
  XDG_DATA_HOME: join(work, 'home/.local/share'),
  XDG_CACHE_HOME: join(work, 'home/.cache'),
  XDG_RUNTIME_DIR: join(work, 'run'),
  LANG: 'C.UTF-8',
  LANGUAGE: 'en',
  LC_ALL: 'C.UTF-8',
};
delete env.NO_AT_BRIDGE;
for (const d of ['home/.config/speech-dispatcher/modules', 'home/.local/share', 'home/.cache', 'run', 'orca']) mkdirSync(join(work, d), { recursive: true, mode: 0o700 });
// A speech-dispatcher module that says nothing: Orca's speech is read from its log.
writeFileSync(
  join(work, 'home/.config/speech-dispatcher/speechd.conf'),
  'AddModule "silent" "sd_generic" "silent.conf"\nDefaultModule silent\nLanguageDefaultModule "sv" "silent"\nLanguageDefaultModule "en" "silent"\nTimeout 5\n',
);
writeFileSync(
  join(work, 'home/.config/speech-dispatcher/modules/silent.conf'),
  'GenericExecuteSynth "true"\nGenericCmdDependency "true"\nAddVoice "sv" "MALE1" "sv"\nAddVoice "en" "MALE1" "en"\n',
);

function start(cmd, args) {
  const child = spawn(cmd, args, { env, stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  let err = '';
  child.stderr.on('data', (d) => (err = (err + d).slice(-4000)));
  child.errText = () => err;
  children.push(child);
  return child;
}

function stopAll() {
  for (const c of children.reverse()) {
    try {
      process.kill(-c.pid, 'SIGTERM');
    } catch {}
  }
  if (env.DBUS_SESSION_BUS_PID) {
    try {
      process.kill(Number(env.DBUS_SESSION_BUS_PID), 'SIGTERM');
    } catch {}
  }
}
/**
 * Removes the work folder. The session's document portal (started by a browser over D-Bus) has a
 * FUSE mount in run/doc that goes away only as the portal exits: retried for up to 3 s, and a
 * folder left behind is reported, not failed (the transcripts decide the result).
 */
function removeWork() {
  for (let i = 0; ; i++) {
    try {
      rmSync(work, { recursive: true, force: true });
      return;
    } catch (e) {
      if (i === 10) {
        console.warn(`could not remove ${work}: ${e.message}`);
        return;
      }
      spawnSync('sleep', ['0.3']);
    }
  }
}
process.on('exit', () => {
  stopAll();
  if (!process.env.SOC_ORCA_KEEP) removeWork();
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => process.exit(130));

let display = 0;
for (let n = 90 + Math.floor(Math.random() * 100); ; n++) {
  if (!existsSync(`/tmp/.X11-unix/X${n}`) && !existsSync(`/tmp/.X${n}-lock`)) {
    display = n;
    break;
  }
}
env.DISPLAY = `:${display}`;
start('Xvfb', [env.DISPLAY, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp']);
for (let i = 0; !existsSync(`/tmp/.X11-unix/X${display}`); i++) {
  if (i > 100) throw new Error('Xvfb did not start');
  await sleep(100);
}
for (const line of execFileSync('dbus-launch', ['--sh-syntax'], { env }).toString().split('\n')) {
  const m = /^(DBUS_SESSION_BUS_ADDRESS|DBUS_SESSION_BUS_PID)='?([^';]*)'?;/.exec(line);
  if (m) env[m[1]] = m[2];
}

// Orca's defaults but for reading the whole page aloud when it loads, which would talk over the keys.
writeFileSync(
  join(work, 'orca/user-settings.conf'),
  JSON.stringify({
    general: { sayAllOnLoad: false },
    profiles: { default: { profile: ['Default', 'default'], sayAllOnLoad: false } },
    pronunciations: {},
    keybindings: {},
  }),
);
// Orca writes its debug file through a buffer: flush it at every line, so speech is read as it is said.
writeFileSync(
  join(work, 'orca/orca-customizations.py'),
  'import orca.debug\nif orca.debug.debugFile:\n    orca.debug.debugFile.reconfigure(line_buffering=True)\n',
);
const orcaLog = join(work, 'orca.log');
writeFileSync(orcaLog, '');
// Not --replace: that kills every Orca of this user, also one that is not ours.
start('orca', [`--debug-file=${orcaLog}`, '-u', join(work, 'orca')]);

/** Orca's log from byte `from`: the speech lines (not the echo of pressed keys). */
function speech(from = 0) {
  const text = readFileSync(orcaLog).subarray(from).toString('utf8');
  const out = [];
  for (const m of text.matchAll(/SPEECH OUTPUT: '(.*)'(?=\{|\[|$)/gm)) {
    // The window's title as the window appears ("Chromium frame." or the page's) is not the page.
    // Firefox's kiosk window also loads an empty new tab page in the background.
    if (!/^[^.]* frame\.$/.test(m[1]) && m[1] !== 'Finished loading New Tab.') out.push(m[1]);
  }
  return out;
}
const logSize = () => statSync(orcaLog).size;

async function waitForSpeech(from, re, ms) {
  for (const end = Date.now() + ms; Date.now() < end; await sleep(100)) if (speech(from).some((l) => re.test(l))) return true;
  return false;
}

/** Waits until Orca has said nothing new for `quiet` ms (at most `max` ms). */
async function idle(quiet = 900, max = 6000) {
  const end = Date.now() + max;
  let n = speech().length;
  let since = Date.now();
  while (Date.now() < end) {
    await sleep(100);
    const m = speech().length;
    if (m !== n) {
      n = m;
      since = Date.now();
    } else if (Date.now() - since >= quiet) return;
  }
}

if (!(await waitForSpeech(0, /Screen reader on/, 30000))) {
  console.error(`Orca did not start:\n${children.at(-1).errText()}`);
  process.exit(1);
}

// ——— the pages ———

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.map': 'application/json', '.css': 'text/css', '.json': 'application/json' };
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
  const file = join(root, path);
  if (!/^\/(dist|test\/screen-reader)\//.test(path) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
  res.end(readFileSync(file));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}/test/screen-reader/`;
process.on('exit', () => server.close());

const xdo = (...args) => execFileSync('xdotool', args, { env });

/** The focused control deep in shadow roots: its value, id or text. */
const focusedText = (page) =>
  page.evaluate(() => {
    let a = document.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    return [a?.value, a?.id, a?.textContent?.trim()].filter(Boolean);
  });

/**
 * Firefox ESR on its own, in a kiosk window with a new profile (no puppeteer: a page it opens
 * leaves the keyboard focus in the toolbar), so the keys start in the page as in Chromium's app
 * window. Resolves with a stop function.
 */
function openFirefox(url) {
  const profile = join(work, `firefox-${Date.now()}`);
  mkdirSync(profile, { recursive: true });
  const prefs = {
    ...FIREFOX_PREFS,
    'browser.translations.enable': false,
    'browser.translations.automaticallyPopup': false,
    'browser.aboutwelcome.enabled': false,
    'browser.startup.homepage_override.mstone': 'ignore',
    'startup.homepage_welcome_url': '',
    'datareporting.policy.firstRunURL': '',
    'toolkit.telemetry.reportingpolicy.firstRun': false,
    'browser.sessionstore.resume_from_crash': false,
    'browser.tabs.warnOnClose': false,
    // No spell checking: its English dictionary marks Swedish words "misspelled", on one page
    // and not the other depending on timing.
    'layout.spellcheckDefault': 0,
  };
  writeFileSync(join(profile, 'user.js'), Object.entries(prefs).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});\n`).join(''));
  const child = spawn(findFirefox(), ['--no-remote', '--profile', profile, '--kiosk', url], { env, stdio: 'ignore', detached: true });
  const exited = new Promise((r) => child.on('exit', r));
  return async () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {}
    await Promise.race([exited, sleep(5000)]);
    rmSync(profile, { recursive: true, force: true });
  };
}

/** Runs one page: a new browser window, the steps, and Orca's speech from the mark on. */
async function runPage(file, steps, engine) {
  const url = base + file;
  if (engine === 'firefox') {
    const before = logSize();
    const stop = openFirefox(url);
    try {
      return await drive(null, file, steps, before);
    } finally {
      await stop();
    }
  }
  const profile = join(work, `chrome-${Date.now()}`);
  mkdirSync(join(profile, 'Default'), { recursive: true });
  // No "Translate this page?" bubble over a Swedish page.
  writeFileSync(join(profile, 'Default/Preferences'), JSON.stringify({ translate: { enabled: false } }));
  const before = logSize();
  const browser = await puppeteer.launch({
    executablePath: chromium,
    headless: false,
    env,
    defaultViewport: null,
    ignoreDefaultArgs: ['--enable-automation'],
    args: [
      ...CHROMIUM_ARGS,
      `--user-data-dir=${profile}`,
      '--force-renderer-accessibility',
      // No "unsupported command-line flag" bar taking the focus from the page.
      '--test-type',
      '--disable-features=Translate',
      '--lang=sv',
      '--window-position=0,0',
      '--window-size=1200,900',
      `--app=${url}`,
    ],
  });
  try {
    const target = await browser.waitForTarget((t) => t.url() === url, { timeout: 15000 });
    return await drive(await target.page(), file, steps, before);
  } finally {
    await browser.close().catch(() => {});
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Waits for the page and Orca's "Finished loading", runs the steps, returns the speech from the mark. */
async function drive(page, file, steps, before) {
  if (page) {
    await page
      .waitForFunction(
        () => document.readyState === 'complete' && [...document.querySelectorAll('*')].every((e) => !e.localName.includes('-') || customElements.get(e.localName)),
        { timeout: 15000, polling: 100 },
      )
      .catch((e) => {
        throw new Error(`the page did not load: ${e.message}`);
      });
  }
  const title = /<title>(.*)<\/title>/.exec(readFileSync(join(root, 'test/screen-reader', file), 'utf8'))[1];
  // Firefox starts a whole browser with a new profile for each page: after Chromium has run, on two
  // shared cores, its first window took 11 s and Orca's switch to it 3 s more.
  const loadMs = page ? 15000 : 45000;
  if (!(await waitForSpeech(before, new RegExp(`Finished loading ${title}`), loadMs))) throw new Error('Orca did not say the page finished loading');
  await idle(1000);
  let mark = steps[0] === LOAD ? before : logSize();
  const debug = process.env.SOC_ORCA_DEBUG;
  if (debug) console.log(`  [${file}] loaded: ${JSON.stringify(speech(before))}`);
  let from = logSize();
  for (const step of steps) {
    const previous = from;
    from = logSize();
    await runStep(step, previous);
    if (debug) console.log(`  [${file}] ${JSON.stringify(step)} → focus ${JSON.stringify(page ? await focusedText(page) : '?')}: ${JSON.stringify(speech(from))}`);
  }
  async function runStep(step, previous) {
    if (step === LOAD) return;
    if (step.settle) {
      await waitForSpeech(previous, step.settle, 10000);
      await idle();
      return;
    }
    if (step === MARK) {
      await idle(600);
      mark = logSize();
    } else if (typeof step === 'string') {
      xdo('key', step);
      await idle();
    } else if (step.type) {
      xdo('type', '--delay', '150', step.type);
      await idle();
    } else if (step.wait) {
      await sleep(step.wait);
    } else if (step.until || (step.focused && !page)) {
      const until = step.until ?? step.said;
      const from = logSize();
      for (let i = 0; ; i++) {
        if (i === 8) throw new Error(`pressed ${step.key} 8 times; Orca never said ${until}`);
        xdo('key', step.key);
        await idle();
        if (speech(from).some((l) => until.test(l))) break;
      }
    } else if (step.focused) {
      for (let i = 0; !(await focusedText(page)).includes(step.focused); i++) {
        if (i === 8) throw new Error(`pressed ${step.key} 8 times; focus never on ${step.focused} (on ${await focusedText(page)})`);
        xdo('key', step.key);
        await idle();
      }
    }
  }
  await idle();
  return speech(mark);
}

// ——— run ———

// SOC_SR_BROWSERS=chromium,firefox picks the browsers (default: both).
const engines = (process.env.SOC_SR_BROWSERS ?? 'chromium,firefox').split(',').map((e) => e.trim()).filter(Boolean);
if (engines.includes('firefox') && !findFirefox()) {
  console.error('no Firefox: sudo apt-get install -y firefox-esr');
  process.exit(1);
}
const failures = [];
const runs = engines.flatMap((engine) => scenarios.filter((x) => !only.length || only.includes(x.name)).map((s) => ({ engine, s })));
for (const { engine, s } of runs) {
  let last;
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const result = { plain: [], ours: [], problems: [] };
    try {
      result.plain = await runPage(`${s.name}.plain.html`, s.steps, engine);
      result.ours = await runPage(`${s.name}.html`, s.steps, engine);
      try {
        s.check(result.ours, result.ours.join(' | '));
      } catch (e) {
        result.problems.push(`ours: ${e.message}`);
      }
      try {
        s.check(result.plain, result.plain.join(' | '));
      } catch (e) {
        result.problems.push(`(plain page: ${e.message})`);
      }
      const ours = words(result.ours);
      const lacking = [...words(result.plain)].filter((w) => !ours.has(w));
      if (lacking.length) result.problems.push(`ours lacks what the plain page says: ${lacking.join(', ')}`);
      if (!result.plain.length) {
        const why = s.plainSilent?.[engine];
        result.problems.push(why ? `(the plain page said nothing, as expected in ${engine}: ${why})` : 'the plain page said nothing');
      }
    } catch (e) {
      result.problems.push(`run: ${e.message}`);
    }
    // Only our page has to pass its assertions; the plain page's own misses are reported, not failed.
    const failed = result.problems.filter((p) => !p.startsWith('(plain') && !p.startsWith('(the plain'));
    last = { ...result, failed, attempt };
    if (!failed.length) break;
    console.log(`  ${engine}: ${s.name}: attempt ${attempt} failed: ${failed.join('; ')}`);
  }
  const ok = !last.failed.length;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${engine}: ${s.name} — ${s.what}${last.attempt > 1 ? ` (attempt ${last.attempt})` : ''}`);
  console.log(`     plain: ${last.plain.map((l) => JSON.stringify(l)).join(' ')}`);
  console.log(`     ours:  ${last.ours.map((l) => JSON.stringify(l)).join(' ')}`);
  for (const p of last.problems) console.log(`     ${p}`);
  if (!ok) failures.push(`${engine}: ${s.name}`);
}

const version = (bin) => execFileSync(bin, ['--version'], { env, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
const browserVersions = engines.map((e) => version(e === 'firefox' ? findFirefox() : chromium)).join(', ');
console.log(`\nOrca ${version('orca')} in ${browserVersions}: ${runs.length - failures.length}/${runs.length} scenarios passed in ${Math.round((Date.now() - started) / 1000)} s`);
if (failures.length) {
  console.error(`screen reader: failed: ${failures.join(', ')}`);
  process.exitCode = 1;
}
process.exit();
