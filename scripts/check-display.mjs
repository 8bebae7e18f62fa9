// `npm run test:display` (after `npm run build`): the display conditions of DESIGN.md, asserted.
// Starts server/start.mjs (strict CSP + Trusted Types) and opens demo/gallery.html — every tag the
// library defines, in its important states — in headless Chromium (device scale 1), once per
// condition. Every check walks the flat tree: the document, each shadow root and slotted children.
//   gallery        every `define('soc-…')` tag in src/ is on the page and every promised state
//                  (errors shown, reveal open, open/closed, disclosure open …) was reached.
//   320px          320 CSS px wide: the page does not scroll sideways, no box sticks out of the
//                  window, no box's content is wider than the box (WCAG 1.4.10), nothing clipped.
//   text-200       the root font size doubled (what a larger browser text size does): every text is
//                  twice as large (none sized in px); at 1280 px and at 640 px nothing is cut off —
//                  no overflow hidden/clip box whose content is larger, no text outside a clipping
//                  ancestor, no content spilling out of its box — and at 640 px no sideways
//                  scrolling (WCAG 1.4.4 / 1.4.10).
//   forced-colors  emulated `forced-colors: active`: every tab stop, reached with the Tab key, has
//                  an outline (≥ 1 px, ≥ 3:1 against the background behind it, not cut off by a
//                  clipping ancestor). A border alone does not count: inputs have one unfocused too.
//                  Every field showing an error still shows its message (≥ 4.5:1), its error bar
//                  and a border on the invalid input; error summaries show their border.
//   reduced-motion `prefers-reduced-motion: reduce`: after opening disclosures, choosing a reader,
//                  switching a conditional reveal, moving the process steps' current step, going to
//                  a form's next/previous step, the quick-exit dots and typing, no animation or
//                  transition runs (document and every shadow root); none is declared in computed
//                  styles (elements, ::before, ::after) and no scroll-behavior is smooth; following
//                  an error-summary link scrolls at once.
//   rtl            `<html lang="ar" dir="rtl">` (the first right-to-left locale of lit-localize.json)
//                  against the same page in LTR: labels, controls, messages, bars and buttons
//                  sit as far from the right edge of their specimen as from the left in LTR;
//                  radios and checkboxes are right of their labels; bars and borders on the
//                  inline start are on the right; step numbers at the right; the first answer of
//                  an inline group and the "yes" branch are right of the next one; the
//                  quick-exit button moves to the left.
// Screenshots of every specimen per condition: .tmp/display/<condition>/<specimen>.png (`ltr/` next
// to `rtl/` for comparison). Prints one line per condition; exits 1 with one line per problem:
// "condition: specimen: host › element “text”: problem".
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterFrames, installPageHelpers, launchBrowser, startDemo } from './lib/browser.mjs';
import { definedElements } from './lib/elements.mjs';
import { LOCALES } from './lib/locales.mjs';

const OUT = resolve('.tmp/display');
if (!existsSync('dist/soc-elements.js')) {
  console.error('No dist/soc-elements.js: run `npm run build` first.');
  process.exit(1);
}
const started = Date.now();

/** Every tag the library registers (scripts/lib/elements.mjs), so the gallery cannot fall behind. */
const libraryTags = () => [...definedElements().keys()].sort();

/**
 * Installed in the page as `window.__display`: a walk over the flat tree (shadow roots and slotted
 * children, as rendered) and the measurements each condition asserts.
 */
function installHelpers() {
  const CONTROLS = new Set(['input', 'textarea', 'select']);
  // Element's own `children`: a <form> with a control named "children" answers with that control.
  const childrenOf = Object.getOwnPropertyDescriptor(Element.prototype, 'children').get;
  const kids = (el) => [...childrenOf.call(el)];
  const flatChildren = (el) => {
    if (el.shadowRoot) return [...el.shadowRoot.children];
    if (el.localName === 'slot' && el.getRootNode() instanceof ShadowRoot) {
      const assigned = el.assignedElements({ flatten: true });
      return assigned.length ? assigned : kids(el);
    }
    return kids(el);
  };
  const flatText = (el) => {
    const nodes = el.shadowRoot
      ? el.shadowRoot.childNodes
      : el.localName === 'slot' && el.getRootNode() instanceof ShadowRoot && el.assignedNodes({ flatten: true }).length
        ? el.assignedNodes({ flatten: true })
        : el.childNodes;
    return [...nodes].filter((n) => n.nodeType === Node.TEXT_NODE && n.data.trim());
  };
  const flatParent = (el) => el.assignedSlot ?? el.parentElement ?? (el.parentNode instanceof ShadowRoot ? el.parentNode.host : null);
  function* walk(el = document.documentElement) {
    yield el;
    for (const c of flatChildren(el)) yield* walk(c);
  }
  const specimen = (el) => {
    for (let e = el; e; e = e.parentElement ?? e.getRootNode().host) if (e.classList?.contains('specimen')) return e.id;
    return 'page';
  };
  const label = (el) => {
    let s = el.localName;
    if (el.id) s += `#${el.id}`;
    const cls = [...el.classList].slice(0, 2);
    if (cls.length) s += `.${cls.join('.')}`;
    const part = el.getAttribute('part');
    if (part) s += `[part=${part}]`;
    return s;
  };
  const describe = (el) => {
    const hosts = [];
    for (let r = el.getRootNode(); r instanceof ShadowRoot; r = r.host.getRootNode()) hosts.unshift(label(r.host));
    const text = el === document.documentElement || el === document.body ? '' : (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
    return `${specimen(el)}: ${[...hosts, label(el)].join(' › ')}${text ? ` “${text}”` : ''}`;
  };
  /** Visually hidden (GOV.UK's 1 px clip) or inside something that is. */
  const hiddenByClip = (el) => {
    for (let e = el; e && e !== document.body; e = flatParent(e)) {
      const cs = getComputedStyle(e);
      if (cs.clipPath !== 'none' && (e.clientWidth <= 1 || e.clientHeight <= 1)) return true;
      if (cs.position === 'absolute' && e.clientWidth <= 1 && e.clientHeight <= 1) return true;
    }
    return false;
  };
  const clips = (cs) => cs.overflowX !== 'visible' || cs.overflowY !== 'visible' || cs.clipPath !== 'none' || /paint|strict|content/.test(cs.contain);
  const innerBox = (a) => {
    const b = a.getBoundingClientRect();
    const left = b.left + a.clientLeft;
    const top = b.top + a.clientTop;
    return { left, top, right: left + a.clientWidth, bottom: top + a.clientHeight };
  };

  // Colours: "rgb(…)" / "rgba(…)" parsed, the background behind an element, WCAG contrast.
  const rgba = (c) => {
    const m = c.match(/rgba?\(([^)]+)\)/);
    if (!m) return null;
    const [r, g, b, a = 1] = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
    return { r, g, b, a };
  };
  let canvas = null;
  const canvasColor = () => {
    if (canvas) return canvas;
    const probe = document.createElement('div');
    probe.style.backgroundColor = 'Canvas'; // CSSOM, which a strict style-src allows
    document.body.append(probe);
    canvas = getComputedStyle(probe).backgroundColor;
    probe.remove();
    return canvas;
  };
  const backgroundOf = (el) => {
    for (let e = el; e; e = flatParent(e)) {
      const c = rgba(getComputedStyle(e).backgroundColor);
      if (c && c.a > 0.5) return getComputedStyle(e).backgroundColor;
    }
    const root = rgba(getComputedStyle(document.documentElement).backgroundColor);
    return root && root.a > 0.5 ? getComputedStyle(document.documentElement).backgroundColor : canvasColor();
  };
  const luminance = ({ r, g, b }) => {
    const ch = (v) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * ch(r) + 0.7152 * ch(g) + 0.0722 * ch(b);
  };
  const contrast = (a, b) => {
    const x = rgba(a);
    const y = rgba(b);
    if (!x || !y || x.a === 0) return 1;
    const [l1, l2] = [luminance(x), luminance(y)].sort((p, q) => q - p);
    return (l1 + 0.05) / (l2 + 0.05);
  };
  // test/helpers/dom.ts, installed first by `open` (scripts/lib/browser.mjs).
  const { deepActive } = window.__socHelpers;
  const round = (n) => Math.round(n);

  /** 320 px / 640 px: sideways scrolling, boxes outside the window, content wider than its box. */
  function overflow() {
    const problems = [];
    const de = document.documentElement;
    const vw = de.clientWidth;
    if (de.scrollWidth > vw) problems.push(`page: the page scrolls sideways (content ${de.scrollWidth}px wide in a ${vw}px window)`);
    let boxes = 0;
    // Deepest first: a parent is only reported when none of its children explains the problem.
    const visit = (el) => {
      let below = false;
      for (const c of flatChildren(el)) if (visit(c)) below = true;
      if (below) return true;
      if (!(el instanceof HTMLElement) || el === de || el === document.body) return false;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) return false;
      if (hiddenByClip(el)) return false;
      boxes++;
      const found = [];
      if (r.right > vw + 0.5 || r.left < -0.5) found.push(`sticks out of the ${vw}px window (${round(r.left)}px to ${round(r.right)}px)`);
      const cs = getComputedStyle(el);
      if (!CONTROLS.has(el.localName) && cs.display !== 'inline' && el.scrollWidth > el.clientWidth + 1) {
        found.push(`content ${el.scrollWidth}px wide overflows its ${el.clientWidth}px box`);
      }
      if (!found.length) return false;
      problems.push(`${describe(el)}: ${found.join('; ')}`);
      return true;
    };
    visit(de);
    return { problems, boxes };
  }

  /** 200 % text (and 320 px): content cut off by overflow hidden/clip, text outside its clip. */
  function clipping() {
    const problems = [];
    let texts = 0;
    for (const el of walk()) {
      if (!(el instanceof HTMLElement) || CONTROLS.has(el.localName) || el === document.documentElement || el === document.body) continue;
      const cs = getComputedStyle(el);
      if (cs.display === 'none' || hiddenByClip(el)) continue;
      if (/hidden|clip/.test(cs.overflowX) && el.scrollWidth > el.clientWidth + 1) {
        problems.push(`${describe(el)}: cuts off its content (${el.scrollWidth}px wide content in ${el.clientWidth}px, overflow-x: ${cs.overflowX})`);
      }
      if (/hidden|clip/.test(cs.overflowY) && el.scrollHeight > el.clientHeight + 1) {
        problems.push(`${describe(el)}: cuts off its content (${el.scrollHeight}px tall content in ${el.clientHeight}px, overflow-y: ${cs.overflowY})`);
      }
      if (cs.overflowY === 'visible' && cs.display !== 'inline' && el.clientHeight > 0 && el.scrollHeight > el.clientHeight + 1) {
        problems.push(`${describe(el)}: content ${el.scrollHeight}px tall spills out of its ${el.clientHeight}px box onto what follows`);
      }
    }
    for (const el of walk()) {
      for (const t of flatText(el)) {
        const range = document.createRange();
        range.selectNodeContents(t);
        const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
        if (!rects.length || hiddenByClip(el)) continue;
        texts++;
        for (let a = el; a && a !== document.body && a !== document.documentElement; a = flatParent(a)) {
          if (!(a instanceof HTMLElement) || !clips(getComputedStyle(a))) continue;
          const box = innerBox(a);
          const out = rects.some((r) => r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1);
          if (out) {
            problems.push(`${describe(el)}: text “${t.data.trim().slice(0, 30)}” is cut off by ${describe(a).replace(/^[^:]+: /, '')}`);
            break;
          }
        }
      }
    }
    return { problems, texts };
  }

  /**
   * Text size: records each text's font size (`record`), or compares with the recorded sizes and
   * lists texts that did not grow by `factor` — a size in px ignores the reader's text size.
   */
  const sizes = new Map();
  function fontSizes(factor) {
    const problems = [];
    let texts = 0;
    for (const el of walk()) {
      if (!flatText(el).length || hiddenByClip(el)) continue;
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (!factor) sizes.set(el, size);
      else if (sizes.has(el)) {
        texts++;
        if (size < sizes.get(el) * factor * 0.95) problems.push(`${describe(el)}: text is ${size}px, was ${sizes.get(el)}px: it does not follow the text size`);
      }
    }
    return { problems, texts };
  }

  /** The focused element's focus indicator (forced colours). */
  const seen = new Set();
  function focusStop() {
    const el = deepActive();
    if (!el || el === document.body || el === document.documentElement) return { none: true };
    if (seen.has(el)) return { repeat: true };
    seen.add(el);
    const cs = getComputedStyle(el);
    const width = cs.outlineStyle === 'none' ? 0 : parseFloat(cs.outlineWidth);
    const bg = backgroundOf(flatParent(el) ?? el);
    const ratio = contrast(cs.outlineColor, bg);
    const problems = [];
    if (width < 1) problems.push(`no focus outline (outline: ${cs.outlineStyle} ${cs.outlineWidth})`);
    else if (ratio < 3) problems.push(`focus outline ${cs.outlineColor} has ${ratio.toFixed(1)}:1 against the background ${bg} (needs 3:1)`);
    if (width >= 1) {
      // The whole ring must be visible: not cut off by an ancestor that clips.
      const grow = width + Math.max(0, parseFloat(cs.outlineOffset) || 0);
      const r = el.getBoundingClientRect();
      for (let a = flatParent(el); a && a !== document.body && a !== document.documentElement; a = flatParent(a)) {
        if (!(a instanceof HTMLElement) || !clips(getComputedStyle(a))) continue;
        const box = innerBox(a);
        if (r.left - grow < box.left - 0.5 || r.right + grow > box.right + 0.5 || r.top - grow < box.top - 0.5 || r.bottom + grow > box.bottom + 0.5) {
          problems.push(`focus outline is cut off by ${describe(a).replace(/^[^:]+: /, '')}`);
          break;
        }
      }
    }
    return { where: describe(el), problems };
  }

  /** Forced colours: fields with an error show message and bar; error summaries their border. */
  function errorsVisible() {
    const problems = [];
    let fields = 0;
    let summaries = 0;
    for (const el of walk()) {
      if (!el.localName.startsWith('soc-') || !el.shadowRoot) continue;
      const root = el.shadowRoot;
      if (typeof el.visibleError === 'string' && el.visibleError) {
        fields++;
        const message = root.querySelector('[part~="error"]');
        const box = message?.getBoundingClientRect();
        if (!message || !box.width || !box.height) problems.push(`${describe(el)}: the error message is not shown`);
        else {
          const cs = getComputedStyle(message);
          const ratio = contrast(cs.color, backgroundOf(message));
          if (ratio < 4.5) problems.push(`${describe(el)}: error text ${cs.color} has ${ratio.toFixed(1)}:1 against its background (needs 4.5:1)`);
        }
        const field = root.querySelector('.field');
        const fcs = field && getComputedStyle(field);
        const side = fcs && (document.documentElement.dir === 'rtl' ? 'Right' : 'Left');
        const bar = fcs ? parseFloat(fcs[`border${side}Width`]) : 0;
        if (!fcs || bar < 2 || contrast(fcs[`border${side}Color`], backgroundOf(field)) < 3) {
          problems.push(`${describe(el)}: the error bar beside the field is not visible (${bar}px ${fcs?.[`border${side}Color`]})`);
        }
        const control = root.querySelector('input[aria-invalid="true"]:not([type="radio"], [type="checkbox"]), textarea[aria-invalid="true"]');
        if (control) {
          const ccs = getComputedStyle(control);
          if (parseFloat(ccs.borderTopWidth) < 1 || contrast(ccs.borderTopColor, backgroundOf(control.parentElement)) < 3) {
            problems.push(`${describe(control)}: the invalid field has no visible border (${ccs.borderTopWidth} ${ccs.borderTopColor})`);
          }
        }
      }
      if (el.localName === 'soc-error-summary') {
        const box = root.querySelector('[part~="summary"]');
        if (!box) continue;
        summaries++;
        const cs = getComputedStyle(box);
        if (parseFloat(cs.borderTopWidth) < 2 || contrast(cs.borderTopColor, backgroundOf(box)) < 3) {
          problems.push(`${describe(el)}: the error summary's border is not visible (${cs.borderTopWidth} ${cs.borderTopColor})`);
        }
        for (const a of root.querySelectorAll('a')) {
          const acs = getComputedStyle(a);
          if (contrast(acs.color, backgroundOf(a)) < 4.5) problems.push(`${describe(a)}: link text ${acs.color} is hard to see`);
        }
      }
    }
    return { problems, fields, summaries };
  }

  /** Reduced motion: animations and transitions running now, in the document and every shadow root. */
  function running() {
    const problems = [];
    const animations = new Set(document.getAnimations());
    for (const el of walk()) {
      if (el.shadowRoot) for (const a of el.shadowRoot.getAnimations()) animations.add(a);
    }
    for (const a of animations) {
      if (a.playState !== 'running' && a.playState !== 'pending') continue;
      const target = a.effect?.target;
      const what = a.transitionProperty ? `transition of ${a.transitionProperty}` : a.animationName ? `animation ${a.animationName}` : 'animation';
      problems.push(`${target ? describe(target) : 'page'}: ${what} runs`);
    }
    return problems;
  }

  /** Reduced motion: transitions, animations or smooth scrolling still declared in computed styles. */
  function declared() {
    const problems = [];
    let styles = 0;
    for (const el of walk()) {
      for (const pseudo of [null, '::before', '::after']) {
        const cs = getComputedStyle(el, pseudo);
        styles++;
        const long = (list) => list.split(',').some((d) => parseFloat(d) > 0);
        if (cs.transitionProperty !== 'none' && long(cs.transitionDuration)) {
          problems.push(`${describe(el)}${pseudo ?? ''}: declares a transition (${cs.transitionProperty} ${cs.transitionDuration})`);
        }
        if (cs.animationName !== 'none' && long(cs.animationDuration)) {
          problems.push(`${describe(el)}${pseudo ?? ''}: declares an animation (${cs.animationName} ${cs.animationDuration})`);
        }
        if (!pseudo && cs.scrollBehavior !== 'auto') problems.push(`${describe(el)}: scroll-behavior: ${cs.scrollBehavior}`);
      }
    }
    return { problems, styles };
  }

  /** An element by a path: a selector in the document, then one in each next shadow root. */
  const find = (path) => {
    let el = document.querySelector(path[0]);
    for (const sel of path.slice(1)) el = el && (el.shadowRoot ?? el).querySelector(sel);
    return el;
  };
  /** Where an element sits, in px from its specimen's inline start and end (RTL-aware). */
  function place(path) {
    const el = find(path);
    if (!el) return null;
    const sec = el.closest?.('.specimen') ?? document.querySelector(path[0]).closest('.specimen');
    const s = sec.getBoundingClientRect();
    const r = el.getBoundingClientRect();
    const rtl = getComputedStyle(sec).direction === 'rtl';
    const cs = getComputedStyle(el);
    return {
      where: describe(el),
      start: rtl ? s.right - r.right : r.left - s.left,
      end: rtl ? r.left - s.left : s.right - r.right,
      left: r.left,
      right: r.right,
      width: r.width,
      borderLeft: parseFloat(cs.borderLeftWidth),
      borderRight: parseFloat(cs.borderRightWidth),
      direction: cs.direction,
    };
  }
  /** An absolutely positioned ::before: how far from the left and right of its element. */
  function marker(path) {
    const el = find(path);
    if (!el) return null;
    const cs = getComputedStyle(el, '::before');
    return { where: describe(el), left: parseFloat(cs.left), right: parseFloat(cs.right) };
  }

  window.__display = { overflow, clipping, fontSizes, focusStop, errorsVisible, running, declared, place, marker, find, deepActive, describe };
}

// ——— the page ———

const tags = libraryTags();
const demo = await startDemo();
const browser = await launchBrowser();
const problems = [];
const report = (condition, list) => {
  for (const p of list) problems.push(`${condition}: ${p}`);
  return list.length;
};
rmSync(OUT, { recursive: true, force: true });

async function open(condition, { query = '', width = 1024, height = 800, media = [] } = {}) {
  const page = await browser.newPage();
  await page.bringToFront();
  page.on('console', (m) => m.type() === 'error' && problems.push(`${condition}: console error: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`${condition}: page error: ${e.message}`));
  // The demo page would warn before leaving a form with answers; closing the tab accepts.
  page.on('dialog', (d) => void d.accept());
  await page.setViewport({ width, height, deviceScaleFactor: 1 });
  if (media.length) await page.emulateMediaFeatures(media);
  await page.goto(`${demo.url}demo/gallery.html${query}`, { waitUntil: 'load' });
  await page.waitForSelector('html[data-gallery-ready]', { timeout: 20_000 });
  await installPageHelpers(page);
  await page.evaluate(installHelpers);
  return page;
}

const settle = (page) => afterFrames(page, 2);

/** One PNG per specimen in .tmp/display/<condition>/. */
async function screenshots(page, condition) {
  const dir = join(OUT, condition);
  mkdirSync(dir, { recursive: true });
  // Only the tab in front renders frames; element screenshots wait for one.
  await page.bringToFront();
  await page.evaluate(() => {
    window.__display.deepActive()?.blur();
    window.scrollTo(0, 0);
  });
  for (const section of await page.$$('section.specimen')) {
    const id = await section.evaluate((s) => s.id);
    await section.screenshot({ path: join(dir, `${id}.png`) });
  }
}

/** The gallery shows every element, in the states it promises. */
async function checkGallery(page) {
  const found = await page.evaluate((tags) => {
    const missing = tags.filter((t) => !document.querySelector(`main ${t}`));
    const q = (path) => window.__display.find(path);
    const states = {
      'text field shows its error': !!q(['#pnr-error', '[part~="error"]']),
      'radio reveal is open': !!q(['#radio-group-reveal soc-radio-group', '.reveal:not([hidden])']),
      'textarea shows a count': !!q(['#textarea soc-textarea', '[part~="count"]']),
      'error summary lists errors': q(['#summary', 'li']) !== null,
      'contact hours open': !!q(['#hours-open', 'section.open']),
      'contact hours closed': !!q(['#hours-closed', 'section.closed']),
      'confidentiality disclosure open': !!q(['#secrecy', 'details[open]']),
      'process steps have a current step': !!q(['#steps', '[aria-current="step"]']),
      'concern report shows step errors': !!q(['#concern', 'soc-error-summary', 'li']),
      'application form shows step errors': !!q(['#application', 'soc-error-summary', 'li']),
      'quick exit shows its button': !!q(['#quick-exit soc-quick-exit', 'button']),
    };
    return { missing, broken: Object.entries(states).filter(([, ok]) => !ok).map(([s]) => s) };
  }, tags);
  return [
    ...found.missing.map((t) => `<${t}> is not on demo/gallery.html`),
    ...found.broken.map((s) => `state not reached: ${s}`),
  ];
}

const lines = [];
const verdict = (n) => (n ? `${n} problem(s)` : 'ok');
try {
  // ——— 320 px ———
  {
    const page = await open('320px', { width: 320, height: 640 });
    const n = report('gallery', await checkGallery(page));
    lines.push(`gallery: ${n ? `${n} problem(s)` : 'ok'} (all ${tags.length} tags, every state reached)`);
    const width = await page.evaluate(() => window.innerWidth);
    if (width !== 320) problems.push(`320px: the window is ${width}px wide, not 320px`);
    const o = await page.evaluate(() => window.__display.overflow());
    const c = await page.evaluate(() => window.__display.clipping());
    const found = report('320px', [...o.problems, ...c.problems]);
    lines.push(`320px: ${verdict(found)} (page width, ${o.boxes} boxes inside the window and their own width, ${c.texts} texts not clipped)`);
    await screenshots(page, '320px');
    await page.close();
  }

  // ——— 200 % text ———
  {
    const page = await open('text-200', { width: 1280, height: 900 });
    await page.evaluate(() => window.__display.fontSizes());
    // What a larger text size in the browser does to a page that sizes text in rem/em: the root
    // font size doubles. A constructed sheet, so the strict CSP allows it (gallery.js does the same
    // for ?text=200).
    await page.evaluate(() => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('html { font-size: 200%; }');
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    });
    await settle(page);
    const grew = await page.evaluate(() => window.__display.fontSizes(2));
    if (grew.texts < 100) problems.push(`text-200: only ${grew.texts} texts compared; the gallery has more`);
    const wide = await page.evaluate(() => window.__display.clipping());
    let found = report('text-200', grew.problems) + report('text-200 @1280px', wide.problems);
    await page.setViewport({ width: 640, height: 900, deviceScaleFactor: 1 });
    await settle(page);
    const o = await page.evaluate(() => window.__display.overflow());
    const c = await page.evaluate(() => window.__display.clipping());
    found += report('text-200 @640px', [...o.problems, ...c.problems]);
    lines.push(`text-200: ${verdict(found)} (${grew.texts} texts twice as large, nothing cut off at 1280px and 640px, page width at 640px)`);
    await screenshots(page, 'text-200');
    await page.close();
  }

  // ——— forced colours ———
  {
    const page = await open('forced-colors', { media: [{ name: 'forced-colors', value: 'active' }] });
    if (!(await page.evaluate(() => matchMedia('(forced-colors: active)').matches))) problems.push('forced-colors: emulation did not apply');
    // Start where a keyboard user starts: a click on the page's top edge, then Tab until focus
    // comes round to the first stop again.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.mouse.click(2, 2);
    const stops = [];
    let found = 0;
    for (let i = 0, outside = 0; i < 400; i++) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => window.__display.focusStop());
      if (stop.repeat || (stop.none && ++outside > 1)) break;
      if (stop.none) continue;
      stops.push(stop);
      found += report('forced-colors', stop.problems.map((p) => `${stop.where}: ${p}`));
    }
    if (stops.length < 40) problems.push(`forced-colors: only ${stops.length} tab stops reached; the gallery has more`);
    const e = await page.evaluate(() => window.__display.errorsVisible());
    found += report('forced-colors', e.problems);
    if (e.fields < 8 || e.summaries < 3) problems.push(`forced-colors: expected ≥ 8 fields with errors and 3 error summaries, found ${e.fields} and ${e.summaries}`);
    lines.push(`forced-colors: ${verdict(found)} (focus outline at ${stops.length} tab stops, ${e.fields} field errors and ${e.summaries} error summaries)`);
    await screenshots(page, 'forced-colors');
    await page.close();
  }

  // ——— reduced motion ———
  {
    const page = await open('reduced-motion', { media: [{ name: 'prefers-reduced-motion', value: 'reduce' }] });
    if (!(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches))) problems.push('reduced-motion: emulation did not apply');
    let found = 0;
    const still = async (action) => {
      await settle(page);
      found += report('reduced-motion', (await page.evaluate(() => window.__display.running())).map((p) => `after “${action}”: ${p}`));
    };
    /** Things a user does; after each, nothing may move. */
    const actions = {
      'open a confidentiality question': () => window.__display.find(['#secrecy', 'details:nth-of-type(2) summary']).click(),
      'choose another reader': () => window.__display.find(['#secrecy', 'input[value="child"]']).click(),
      'switch the conditional reveal': () => {
        window.__display.find(['#radio-group-reveal soc-radio-group', '#o1']).click();
        window.__display.find(['#radio-group-reveal soc-radio-group', '#o0']).click();
      },
      'open a compact process step': () => window.__display.find(['#custom-steps', 'li:last-child summary']).click(),
      'move the current process step': () => (document.querySelector('#steps').current = 'beviljas'),
      'check a checkbox': () => window.__display.find(['#checkbox-group soc-checkbox-group', '#o1']).click(),
      'press Fortsätt in the concern report': () => window.__display.find(['#concern', 'button.primary']).click(),
      'go back in the application form': () => window.__display.find(['#application', 'button.secondary']).click(),
    };
    for (const [action, fn] of Object.entries(actions)) {
      await page.evaluate(fn);
      await still(action);
    }
    // Keys: the quick-exit dots after one Shift press (another key then resets), typing.
    await page.keyboard.press('Shift');
    await still('one Shift press');
    await page.keyboard.press('Control');
    await page.evaluate(() => window.__display.find(['#textarea soc-textarea', 'textarea']).focus());
    await page.keyboard.type('Hej');
    await still('typing in a textarea');
    // Following an error-summary link: the field is in view at once, not after a smooth scroll.
    const jump = await page.evaluate(() => {
      const link = window.__display.find(['#summary', 'li:last-child a']);
      link.scrollIntoView({ block: 'end' });
      const before = window.scrollY;
      link.click();
      return { before, after: window.scrollY };
    });
    await settle(page);
    const later = await page.evaluate(() => window.scrollY);
    if (jump.after === jump.before || Math.abs(later - jump.after) > 1) {
      found += report('reduced-motion', [`error-summary link: the page scrolled smoothly or not at all (${jump.before} → ${jump.after} → ${later}px)`]);
    }
    const d = await page.evaluate(() => window.__display.declared());
    found += report('reduced-motion', d.problems);
    lines.push(`reduced-motion: ${verdict(found)} (nothing runs after ${Object.keys(actions).length + 2} interactions, no transition/animation/smooth scrolling in ${d.styles} computed styles, instant jump to a field)`);
    await screenshots(page, 'reduced-motion');
    await page.close();
  }

  // ——— right to left ———
  {
    const ltr = await open('ltr');
    // Without a right-to-left locale the Swedish page is mirrored, as on a host page with dir="rtl".
    const rtl = await open('rtl', { query: `?lang=${LOCALES.find((l) => l.dir === 'rtl')?.lang ?? 'sv'}&dir=rtl` });
    const found = [];
    const placeBoth = async (path) => [await ltr.evaluate((p) => window.__display.place(p), path), await rtl.evaluate((p) => window.__display.place(p), path)];
    // Same distance from the inline start in both directions (mirrored), within 2 px.
    const mirrored = [
      ['#text-field soc-text-field', 'label'],
      ['#text-field soc-text-field', 'input'],
      ['#pnr-error', '[part~="error"]'],
      ['#pnr-error', 'input'],
      ['#radio-group-reveal soc-radio-group', 'legend'],
      ['#radio-group-reveal soc-radio-group', '#o0'],
      ['#radio-group-reveal soc-radio-group', 'label[for="o0"]'],
      ['#radio-group-reveal soc-radio-group', '.reveal'],
      ['#radio-group-reveal soc-text-field', 'input'],
      ['#consent-error', 'input'],
      ['#summary', '[part~="summary"]'],
      ['#summary', 'a'],
      ['#steps', 'li.current .step-heading'],
      ['#hours-open', '[part~="status"]'],
      ['#hours-open', 'dt'],
      ['#secrecy', '.answer'],
      ['#secrecy', 'summary'],
      ['#concern', 'button.primary'],
      ['#concern', '.notice'],
      ['#application', 'soc-checkbox-group', '#o0'],
    ];
    for (const path of mirrored) {
      const [l, r] = await placeBoth(path);
      if (!l || !r) {
        found.push(`${path.join(' › ')}: not found (${l ? 'rtl' : 'ltr'})`);
        continue;
      }
      if (Math.abs(l.start - r.start) > 2) found.push(`${r.where}: ${round(r.start)}px from the right edge in RTL but ${round(l.start)}px from the left in LTR (not mirrored)`);
      if (r.direction !== 'rtl') found.push(`${r.where}: direction is ${r.direction}`);
    }
    // The quick-exit button sits at the inline end: right in LTR, left in RTL.
    const [ql, qr] = await placeBoth(['#quick-exit soc-quick-exit', 'button']);
    if (Math.abs(ql.end - qr.end) > 2) found.push(`${qr.where}: ${round(qr.end)}px from the left edge in RTL but ${round(ql.end)}px from the right in LTR`);
    // Radios and checkboxes before their labels: right of the label text in RTL.
    for (const [path, labelSel] of [
      [['#radio-group-reveal soc-radio-group', '#o0'], 'label[for="o0"]'],
      [['#consent-error', 'input'], 'label'],
      [['#application', 'soc-checkbox-group', '#o0'], 'label[for="o0"]'],
    ]) {
      const [, control] = await placeBoth(path);
      const [, text] = await placeBoth([...path.slice(0, -1), labelSel]);
      if (control && text && control.left < text.right - 1) found.push(`${control.where}: the control is not right of its label in RTL`);
    }
    // Answers side by side and the two process branches: the first one on the right in RTL.
    for (const [first, second] of [
      [['#radio-error', '#o0'], ['#radio-error', '#o1']],
      [['#steps', '.branch:nth-child(1)'], ['#steps', '.branch:nth-child(2)']],
    ]) {
      const [l1, r1] = await placeBoth(first);
      const [l2, r2] = await placeBoth(second);
      if (l1.left >= l2.left) found.push(`${l1.where}: not left of the next one in LTR (the check's premise)`);
      if (r1.left <= r2.left) found.push(`${r1.where}: not right of the next one in RTL`);
    }
    // Bars and borders on the inline-start side: right in RTL.
    for (const path of [
      ['#pnr-error', '.field.invalid'],
      ['#radio-group-reveal soc-radio-group', '.reveal'],
      ['#hours-open', '[part~="status"]'],
      ['#secrecy', '.answer'],
      ['#concern', '.notice'],
    ]) {
      const [l, r] = await placeBoth(path);
      if (!(l.borderLeft > 0 && l.borderRight === 0)) found.push(`${l.where}: LTR bar is not on the left (the check's premise)`);
      if (!(r.borderRight > 0 && r.borderLeft === 0)) found.push(`${r.where}: the bar is not on the right in RTL (left ${r.borderLeft}px, right ${r.borderRight}px)`);
    }
    // The numbered circles of the process steps: at the right edge of each step in RTL.
    for (const path of [['#steps', 'li.current'], ['#custom-steps', 'li.current']]) {
      const l = await ltr.evaluate((p) => window.__display.marker(p), path);
      const r = await rtl.evaluate((p) => window.__display.marker(p), path);
      if (Math.abs(l.left) > 0.5) found.push(`${l.where}: the step number is not at the left in LTR (the check's premise)`);
      if (Math.abs(r.right) > 0.5) found.push(`${r.where}: the step number is not at the right in RTL (${r.left}px from the left, ${r.right}px from the right)`);
    }
    report('rtl', found);
    lines.push(`rtl: ${verdict(found.length)} (${mirrored.length} boxes at their mirrored LTR place; controls right of labels; bars, step numbers and first items on the right)`);
    await screenshots(ltr, 'ltr');
    await screenshots(rtl, 'rtl');
    await ltr.close();
    await rtl.close();
  }
} finally {
  await browser.close();
  await demo.stop();
}

function round(n) {
  return Math.round(n);
}

for (const line of lines) console.log(line);
console.log(`Screenshots: ${OUT}/<condition>/<specimen>.png (${((Date.now() - started) / 1000).toFixed(0)} s)`);
if (problems.length) {
  console.error(`Display check failed (${problems.length}):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('Display check passed: 320 px, 200 % text, forced colours, reduced motion and RTL.');
