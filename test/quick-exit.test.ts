import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from './helpers/commands.js';
import '../src/index.js';
import '../src/patterns/quick-exit.js';
import { DEFAULT_EXIT_HREF, SocQuickExit, safeExitHref } from '../src/patterns/quick-exit.js';
import { DRAFT_PREFIX, clearDrafts, draftKey } from '../src/patterns/drafts.js';
import type { SocTextField } from '../src/fields/text-field.js';
import { LOCALES, setLocale } from './helpers/locale.js';
import { axFind, axFindAll } from './helpers/a11y.js';
import { nextTask as settle } from './helpers/dom.js';
import { CDP, DRIVER, engine, itChromium, itExcept } from './helpers/engine.js';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Every address the element tried to leave for, in order. */
let visited: string[] = [];
const original = SocQuickExit.navigate;

const button = (el: SocQuickExit) => el.shadowRoot!.querySelector('button')!;
const status = (el: SocQuickExit) => el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
const leaving = () => document.querySelector('html > [data-soc-quick-exit="status"]');
const pageHidden = () => getComputedStyle(document.body).display === 'none';
const shift = () => sendKeys({ press: 'Shift' });

async function quickExit(attrs = html`<soc-quick-exit></soc-quick-exit>`) {
  const el = await fixture<SocQuickExit>(attrs);
  await el.updateComplete;
  return el;
}

describe('<soc-quick-exit>', () => {
  beforeEach(() => {
    visited = [];
    SocQuickExit.navigate = (href) => visited.push(href);
    sessionStorage.clear();
  });
  afterEach(async () => {
    SocQuickExit.navigate = original;
    SocQuickExit.restorePage();
    sessionStorage.clear();
    await setViewport({ width: 800, height: 600 });
    if (engine === 'chromium') await executeServerCommand('forced-colors', { active: false });
    document.documentElement.style.removeProperty('font-size');
  });

  itChromium(CDP.axTree, 'is a button named "Lämna sidan snabbt" whose description tells about the shortcut', async () => {
    const el = await quickExit();
    await expect(el).to.be.accessible();
    const node = await axFind((n) => n.role === 'button' && n.name === 'Lämna sidan snabbt');
    expect(node?.description).to.equal('Du kan också trycka på Skift tre gånger.');
    // The description is hidden, so a screen reader in browse mode does not read it twice.
    expect(await axFind((n) => n.role === 'StaticText' && n.name.startsWith('Du kan också'))).to.equal(null);
  });

  it('on click clears the soc drafts (and only them), blanks the page and leaves for the default page', async () => {
    sessionStorage.setItem(draftKey('concern-report'), '{"oro":"…"}');
    sessionStorage.setItem(`${DRAFT_PREFIX}application`, '{}');
    sessionStorage.setItem('other-app:state', 'keep');
    const el = await quickExit();
    button(el).click();
    expect(visited).to.deep.equal([DEFAULT_EXIT_HREF]);
    expect(sessionStorage.length).to.equal(1);
    expect(sessionStorage.getItem('other-app:state')).to.equal('keep');
    expect(pageHidden()).to.be.true;
    SocQuickExit.restorePage();
    expect(pageHidden()).to.be.false;
  });

  for (const [key, label] of [['Enter', 'Enter'], [' ', 'Space']]) {
    it(`leaves when the focused button gets ${label}`, async () => {
      sessionStorage.setItem(draftKey('x'), '1');
      const el = await quickExit(html`<soc-quick-exit href="https://www.example.org/vader"></soc-quick-exit>`);
      button(el).focus();
      await sendKeys({ press: key });
      expect(visited).to.deep.equal(['https://www.example.org/vader']);
      expect(sessionStorage.length).to.equal(0);
    });
  }

  it('is first in the focus order when the host puts it first', async () => {
    const root = await fixture<HTMLDivElement>(html`<div>
      <soc-quick-exit></soc-quick-exit><a href="#main">Till innehållet</a>
    </div>`);
    const el = root.querySelector('soc-quick-exit')!;
    (document.activeElement as HTMLElement | null)?.blur();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(el);
    expect(el.shadowRoot!.activeElement).to.equal(button(el));
  });

  it('empties forms that hold soc fields and leaves other forms alone', async () => {
    const root = await fixture<HTMLDivElement>(html`<div>
      <soc-quick-exit></soc-quick-exit>
      <form id="soc"><soc-text-field name="oro" label="Vad är du orolig för?"></soc-text-field><input name="x" aria-label="x" /></form>
      <form id="plain"><input name="sok" aria-label="Sök" /></form>
      <soc-text-field name="lonely" label="Utanför formulär"></soc-text-field>
    </div>`);
    const field = root.querySelector<SocTextField>('#soc soc-text-field')!;
    field.focus();
    await sendKeys({ type: 'Pappa slår' });
    root.querySelector<HTMLInputElement>('#soc input')!.value = 'hemligt';
    root.querySelector<HTMLInputElement>('#plain input')!.value = 'väder';
    const lonely = root.querySelector<SocTextField>('[name=lonely]')!;
    lonely.focus();
    await sendKeys({ type: 'Adress' });
    expect(field.value).to.equal('Pappa slår');
    button(root.querySelector('soc-quick-exit')!).click();
    await field.updateComplete;
    expect(field.value).to.equal('');
    expect(field.shadowRoot!.querySelector('input')!.value).to.equal('');
    expect(root.querySelector<HTMLInputElement>('#soc input')!.value).to.equal('');
    expect(root.querySelector<HTMLInputElement>('#plain input')!.value).to.equal('väder');
    expect(lonely.value).to.equal('');
  });

  it('fires a bubbling, composed soc-quick-exit event with the href before it leaves', async () => {
    const el = await quickExit(html`<soc-quick-exit href="https://www.smhi.se/vader"></soc-quick-exit>`);
    const seen: { href: string; left: number; composed: boolean; cancelable: boolean }[] = [];
    const on = (e: Event) => {
      const ev = e as CustomEvent<{ href: string }>;
      seen.push({ href: ev.detail.href, left: visited.length, composed: e.composed, cancelable: e.cancelable });
    };
    document.addEventListener('soc-quick-exit', on);
    button(el).click();
    document.removeEventListener('soc-quick-exit', on);
    expect(seen).to.deep.equal([{ href: 'https://www.smhi.se/vader', left: 0, composed: true, cancelable: true }]);
    expect(visited).to.deep.equal(['https://www.smhi.se/vader']);
  });

  it('stays when the event is cancelled, but still clears the drafts', async () => {
    sessionStorage.setItem(draftKey('x'), '1');
    const el = await quickExit();
    el.addEventListener('soc-quick-exit', (e) => e.preventDefault());
    expect(el.exit()).to.be.false;
    expect(visited).to.deep.equal([]);
    expect(pageHidden()).to.be.false;
    expect(sessionStorage.length).to.equal(0);
  });

  it('uses its own navigate hook before the static one', async () => {
    const el = await quickExit();
    const mine: string[] = [];
    el.navigate = (href) => mine.push(href);
    el.exit();
    expect(mine).to.deep.equal([DEFAULT_EXIT_HREF]);
    expect(visited).to.deep.equal([]);
  });

  it('refuses a javascript: href and leaves for the default page', async () => {
    const el = await quickExit(html`<soc-quick-exit href="javascript:alert(1)"></soc-quick-exit>`);
    button(el).click();
    expect(visited).to.deep.equal([DEFAULT_EXIT_HREF]);
    expect(safeExitHref(' JavaScript:alert(1) ')).to.equal(DEFAULT_EXIT_HREF);
    expect(safeExitHref('data:text/html,hej')).to.equal(DEFAULT_EXIT_HREF);
    expect(safeExitHref('http://[::1')).to.equal(DEFAULT_EXIT_HREF);
    expect(safeExitHref('')).to.equal(DEFAULT_EXIT_HREF);
    expect(safeExitHref('/start', 'https://kommun.se/soc/anmal')).to.equal('https://kommun.se/start');
    expect(safeExitHref('http://example.org')).to.equal('http://example.org/');
  });

  describe('fallback link and the leaving status', () => {
    it('hides its fallback link once upgraded and leaves for the link\'s address when there is no href', async () => {
      const root = await fixture<HTMLDivElement>(html`<div>
        <soc-quick-exit><a href="https://www.example.org/vader">Lämna sidan snabbt</a></soc-quick-exit>
        <a href="#main">Till innehållet</a>
      </div>`);
      const el = root.querySelector('soc-quick-exit')!;
      await el.updateComplete;
      const link = el.querySelector('a')!;
      expect(link.getClientRects().length, 'the fallback link is not drawn').to.equal(0);
      (document.activeElement as HTMLElement | null)?.blur();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement, 'Tab reaches the button, not the hidden link').to.equal(button(el));
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(root.querySelector('a[href="#main"]'));
      button(el).click();
      expect(visited).to.deep.equal(['https://www.example.org/vader']);
    });

    it('prefers its href attribute to the link, and never follows a javascript: link', async () => {
      const both = await quickExit(
        html`<soc-quick-exit href="https://a.example/"><a href="https://b.example/">Lämna sidan snabbt</a></soc-quick-exit>`,
      );
      button(both).click();
      SocQuickExit.restorePage();
      // eslint-disable-next-line lit-a11y/anchor-is-valid -- the test is that a javascript: link is never followed
      const bad = await quickExit(html`<soc-quick-exit><a href="javascript:alert(1)">Lämna sidan snabbt</a></soc-quick-exit>`);
      button(bad).click();
      expect(visited).to.deep.equal(['https://a.example/', DEFAULT_EXIT_HREF]);
    });

    it('says "Du lämnar sidan." in a polite status outside the blanked body, in sv, en and ar', async () => {
      const said: Record<string, string> = {};
      for (const { lang, dir } of LOCALES) {
        await setLocale(lang, dir);
        const el = await quickExit();
        expect(leaving()?.getAttribute('role')).to.equal('status');
        expect(leaving()!.textContent).to.equal('');
        button(el).click();
        expect(pageHidden()).to.be.true;
        expect(document.body.contains(leaving())).to.be.false;
        expect(getComputedStyle(leaving()!).display).to.not.equal('none');
        said[lang] = leaving()!.textContent!;
        SocQuickExit.restorePage();
        expect(leaving()!.textContent, 'a page shown again says nothing').to.equal('');
        fixtureCleanup();
      }
      expect(leaving(), 'gone with the last quick exit').to.equal(null);
      expect(said.sv).to.equal('Du lämnar sidan.');
      expect(said.en).to.equal('You are leaving this page.');
      expect(said.ar).to.match(/[\u0600-\u06FF]/);
    });

    itChromium(CDP.axTree, 'the leaving status is in the accessibility tree while the body is hidden', async () => {
      const el = await quickExit();
      button(el).click();
      expect(pageHidden()).to.be.true;
      const node = await axFind((n) => n.role === 'status');
      expect(node, 'a status node').to.not.equal(null);
      expect(await axFind((n) => n.role === 'StaticText' && n.name === 'Du lämnar sidan.')).to.not.equal(null);
      expect(await axFind((n) => n.role === 'button'), 'the page itself is gone').to.equal(null);
    });

    it('says nothing when a listener cancels the exit', async () => {
      const el = await quickExit();
      el.addEventListener('soc-quick-exit', (e) => e.preventDefault());
      button(el).click();
      expect(leaving()!.textContent).to.equal('');
    });
  });

  describe('Shift three times', () => {
    it('leaves after three Shift presses and announces the presses left', async () => {
      sessionStorage.setItem(draftKey('x'), '1');
      const el = await quickExit();
      expect(status(el)).to.equal('');
      await shift();
      await el.updateComplete;
      expect(status(el)).to.equal('Tryck på Skift två gånger till för att lämna sidan.');
      expect(el.shadowRoot!.querySelectorAll('.dot.on').length).to.equal(1);
      await shift();
      await el.updateComplete;
      expect(status(el)).to.equal('Tryck på Skift en gång till för att lämna sidan.');
      expect(visited).to.deep.equal([]);
      await shift();
      expect(visited).to.deep.equal([DEFAULT_EXIT_HREF]);
      expect(sessionStorage.length).to.equal(0);
    });

    it('does not leave after two presses, and forgets them after a pause', async () => {
      const el = await quickExit();
      const original = SocQuickExit.shortcutWindow;
      SocQuickExit.shortcutWindow = 300;
      try {
        await shift();
        await shift();
        await wait(450);
        await el.updateComplete;
        expect(status(el)).to.equal('Tiden gick ut. Du är kvar på sidan.');
        await shift();
        await el.updateComplete;
        expect(visited).to.deep.equal([]);
        expect(status(el)).to.equal('Tryck på Skift två gånger till för att lämna sidan.');
      } finally {
        SocQuickExit.shortcutWindow = original;
      }
    });

    it('does not count Shift used for capitals, Ctrl+Shift or other keys in between', async () => {
      const root = await fixture<HTMLDivElement>(html`<div>
        <soc-quick-exit></soc-quick-exit><soc-text-field name="namn" label="Namn"></soc-text-field>
      </div>`);
      root.querySelector<SocTextField>('soc-text-field')!.focus();
      for (let i = 0; i < 3; i++) {
        await sendKeys({ down: 'Shift' });
        await sendKeys({ press: 'A' });
        await sendKeys({ up: 'Shift' });
      }
      for (let i = 0; i < 3; i++) {
        await sendKeys({ down: 'Control' });
        await shift();
        await sendKeys({ up: 'Control' });
      }
      await shift();
      await shift();
      await sendKeys({ press: 'b' });
      await shift();
      expect(visited).to.deep.equal([]);
      expect(root.querySelector<SocTextField>('soc-text-field')!.value).to.equal('AAAb');
    });

    it('is off with no-shortcut, and the description no longer mentions it', async () => {
      const el = await quickExit(html`<soc-quick-exit no-shortcut></soc-quick-exit>`);
      await shift();
      await shift();
      await shift();
      expect(visited).to.deep.equal([]);
      expect(button(el).hasAttribute('aria-describedby')).to.be.false;
      await expect(el).to.be.accessible();
    });

    it('activates only one element when the page has two', async () => {
      const root = await fixture<HTMLDivElement>(html`<div>
        <soc-quick-exit href="https://a.example/"></soc-quick-exit><soc-quick-exit href="https://b.example/"></soc-quick-exit>
      </div>`);
      const exits: string[] = [];
      root.addEventListener('soc-quick-exit', (e) => exits.push(e.detail.href));
      await shift();
      await shift();
      await shift();
      expect(exits).to.deep.equal(['https://a.example/']);
      expect(visited).to.deep.equal(['https://a.example/']);
    });
  });

  it('takes its text from label, and speaks sv, en and ar (axe clean in each, also mid-shortcut)', async () => {
    const names: Record<string, string> = {};
    const expired: Record<string, string> = {};
    for (const { lang, dir } of LOCALES) {
      await setLocale(lang, dir);
      const el = await quickExit();
      await shift();
      await el.updateComplete;
      await expect(el).to.be.accessible();
      names[lang] = button(el).textContent!.trim();
      expect(status(el)).to.not.equal('');
      if (lang !== 'sv') expect(status(el)).to.not.contain('Skift två');
      await wait(SocQuickExit.shortcutWindow + 100);
      await el.updateComplete;
      expired[lang] = status(el);
      fixtureCleanup(); // the next round's element must be the one the shortcut reaches
    }
    expect(names.sv).to.equal('Lämna sidan snabbt');
    expect(names.en).to.equal('Exit this page');
    expect(names.ar).to.match(/[\u0600-\u06FF]/);
    expect(expired.sv).to.equal('Tiden gick ut. Du är kvar på sidan.');
    expect(expired.en).to.equal('Time ran out. You are still on this page.');
    expect(expired.ar).to.match(/[\u0600-\u06FF]/);
    const custom = await quickExit(html`<soc-quick-exit label="Stäng sidan"></soc-quick-exit>`);
    expect(button(custom).textContent!.trim()).to.equal('Stäng sidan');
  });

  describe('layout', () => {
    const tallPage = (position?: string) => html`<div>
      <soc-quick-exit position=${position ?? 'sticky'}></soc-quick-exit>
      <p>Orosanmälan</p>
      <div class="long"></div>
    </div>`;

    async function tall(position?: string) {
      const root = await fixture<HTMLDivElement>(tallPage(position));
      root.querySelector<HTMLElement>('.long')!.style.blockSize = '3000px';
      const el = root.querySelector('soc-quick-exit')!;
      await el.updateComplete;
      await wait(50); // ResizeObserver
      return { root, el };
    }

    itExcept(['webkit'], DRIVER.narrowWebKit, 'reflows at 320 px and 200 % text without horizontal scrolling, full width, ≥ 44 px high', async () => {
      await setViewport({ width: 320, height: 640 });
      document.documentElement.style.fontSize = '200%';
      const { el } = await tall();
      const b = button(el).getBoundingClientRect();
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      expect(b.right).to.be.at.most(320);
      expect(b.width).to.be.greaterThan(250);
      expect(b.height).to.be.at.least(44);
      expect(button(el).scrollWidth).to.be.at.most(button(el).clientWidth + 1);
    });

    it('has a target at least 44 × 44 px on a wide screen', async () => {
      const el = await quickExit();
      const b = button(el).getBoundingClientRect();
      expect(b.height).to.be.at.least(44);
      expect(b.width).to.be.at.least(44);
    });

    itExcept(['webkit'], DRIVER.narrowWebKit, 'stays in view when the page scrolls and reserves scroll padding so focus is not hidden under it', async () => {
      await setViewport({ width: 320, height: 640 });
      const { el } = await tall();
      const h = button(el).getBoundingClientRect().height;
      expect(parseFloat(getComputedStyle(document.documentElement).scrollPaddingBlockStart)).to.be.at.least(h);
      window.scrollTo(0, 1500);
      await settle();
      const b = button(el).getBoundingClientRect();
      expect(b.top).to.be.at.least(0);
      expect(b.bottom).to.be.at.most(640);
      window.scrollTo(0, 0);
    });

    it('removes the scroll padding when it leaves the page and measures again when put back', async () => {
      const { root, el } = await tall();
      const padding = () => getComputedStyle(document.documentElement).scrollPaddingBlockStart;
      expect(parseFloat(padding())).to.be.at.least(44);
      el.remove();
      expect(padding()).to.equal('auto');
      root.prepend(el);
      await wait(50);
      expect(parseFloat(padding())).to.be.at.least(44);
    });

    itChromium(CDP.axTree, 'position="fixed" keeps its place in the flow; position="static" scrolls away and adds no padding', async () => {
      const fixed = await tall('fixed');
      const bar = fixed.el.shadowRoot!.querySelector<HTMLElement>('.bar')!;
      expect(getComputedStyle(bar).position).to.equal('fixed');
      // The page starts below the button, not under it.
      const text = fixed.root.querySelector('p')!.getBoundingClientRect();
      expect(text.top).to.be.at.least(button(fixed.el).getBoundingClientRect().bottom);
      // The placeholder that keeps the place is a hidden copy: one button, one text for screen readers.
      const named = await axFindAll((n) => n.name === 'Lämna sidan snabbt' && n.role !== 'InlineTextBox');
      expect(named.map((n) => n.role)).to.deep.equal([
        'button',
        'StaticText',
      ]);
      const statik = await tall('static');
      expect(getComputedStyle(statik.el).position).to.equal('static');
      fixed.root.remove();
      await wait(50);
      expect(getComputedStyle(document.documentElement).scrollPaddingBlockStart).to.equal('auto');
    });

    itChromium(CDP.forcedColors, 'keeps a visible button border in forced-colors mode', async () => {
      await executeServerCommand('forced-colors', { active: true });
      const el = await quickExit();
      const s = getComputedStyle(button(el));
      expect(s.borderTopStyle).to.equal('solid');
      expect(parseFloat(s.borderTopWidth)).to.be.at.least(1);
      expect(s.borderTopColor).to.not.equal(s.backgroundColor);
      expect(s.borderTopColor).to.not.equal('rgba(0, 0, 0, 0)');
    });

    it('is not printed', async () => {
      if (engine === 'chromium') await executeServerCommand('forced-colors', { active: false });
      const el = await quickExit();
      const print = [...el.shadowRoot!.adoptedStyleSheets]
        .flatMap((s) => [...s.cssRules])
        .some((r) => r instanceof CSSMediaRule && r.conditionText === 'print' && r.cssText.includes('display: none'));
      expect(print).to.be.true;
    });
  });
});

describe('clearDrafts()', () => {
  it('removes every key with the prefix from a given storage and counts them', () => {
    const data = new Map([
      [`${DRAFT_PREFIX}a`, '1'],
      ['x', '2'],
      [`${DRAFT_PREFIX}b`, '3'],
    ]);
    const storage = {
      get length() {
        return data.size;
      },
      key: (i: number) => [...data.keys()][i] ?? null,
      removeItem: (k: string) => void data.delete(k),
    };
    expect(clearDrafts(storage)).to.equal(2);
    expect([...data.keys()]).to.deep.equal(['x']);
  });

  it('never throws when storage does', () => {
    const broken = {
      get length(): number {
        throw new DOMException('blocked', 'SecurityError');
      },
      key: () => null,
      removeItem: () => undefined,
    };
    expect(clearDrafts(broken)).to.equal(0);
    expect(clearDrafts(null)).to.equal(0);
  });
});
