import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from './helpers/commands.js';
import '../src/index.js';
import { setLocale } from './helpers/locale.js';
import { nextTask as settle } from './helpers/dom.js';
import { CDP, DRIVER, engine, itChromium, itExcept } from './helpers/engine.js';

/** Every field in its error state, as a citizen sees them after a failed submit. */
const allFields = html`<div>
  <soc-error-summary for="f"></soc-error-summary>
  <form id="f">
    <soc-text-field name="pnr" label="Barnets personnummer, om du vet det" hint="Skriv 10 eller 12 siffror" format="personnummer" required value="811218-98"></soc-text-field>
    <soc-text-field name="epost" type="email" label="E-postadress" width="20" value="anna@"></soc-text-field>
    <soc-textarea name="oro" label="Vad är du orolig för?" hint="Beskriv vad du har sett eller hört" maxlength="10" value="Det här är för lång text"></soc-textarea>
    <soc-radio-group name="tolk" label="Behöver du tolk?" required inline>
      <soc-radio value="ja">Ja<soc-text-field name="sprak" label="Vilket språk?" required></soc-text-field></soc-radio>
      <soc-radio value="nej">Nej</soc-radio>
    </soc-radio-group>
    <soc-checkbox-group name="kontakt" label="Hur får vi kontakta dig?" required>
      <soc-checkbox value="telefon">Ringa mig</soc-checkbox>
      <soc-checkbox value="brev">Skicka brev hem</soc-checkbox>
    </soc-checkbox-group>
    <soc-checkbox name="samtycke" required>Jag har läst informationen om sekretess och vill skicka anmälan</soc-checkbox>
    <button>Skicka</button>
  </form>
</div>`;

async function showAllErrors() {
  const root = await fixture<HTMLDivElement>(allFields);
  root.querySelector('form')!.requestSubmit();
  await settle();
  return root;
}

/** Elements inside shadow roots whose content is wider than their box (text cut off or scrolling). */
function overflowing(root: Element): string[] {
  const out: string[] = [];
  const visit = (node: Element | ShadowRoot) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.shadowRoot) visit(el.shadowRoot);
      const box = el as HTMLElement;
      if (!box.getClientRects().length || el.localName === 'slot' || el.matches('.visually-hidden')) continue;
      if (box.scrollWidth > box.clientWidth + 1 && getComputedStyle(box).overflowX !== 'visible') {
        out.push(`${el.localName}.${box.className}`);
      }
      if (box.getBoundingClientRect().right > document.documentElement.clientWidth + 1) {
        out.push(`${el.localName}#${box.id} sticks out`);
      }
    }
  };
  visit(root);
  return out;
}

function luminance(color: string): number {
  const [r, g, b] = color.match(/\d+(\.\d+)?/g)!.slice(0, 3).map(Number).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (l1! + 0.05) / (l2! + 0.05);
};

describe('layout and presentation of the fields', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    if (engine === 'chromium') await executeServerCommand('forced-colors', { active: false });
    document.documentElement.style.removeProperty('font-size');
  });

  itExcept(['webkit'], DRIVER.narrowWebKit, 'reflows at 320 CSS px without horizontal scrolling (WCAG 1.4.10)', async () => {
    await setViewport({ width: 320, height: 640 });
    const root = await showAllErrors();
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    expect(overflowing(root)).to.deep.equal([]);
  });

  it('keeps working with text at 200 % on a narrow screen (WCAG 1.4.4)', async () => {
    await setViewport({ width: 640, height: 800 });
    document.documentElement.style.fontSize = '200%';
    const root = await showAllErrors();
    expect(document.documentElement.scrollWidth).to.be.at.most(640);
    expect(overflowing(root)).to.deep.equal([]);
  });

  it('mirrors in right-to-left: the error bar sits at the start of the line, on the right', async () => {
    await setLocale('ar', 'rtl');
    const root = await showAllErrors();
    const field = root.querySelector('soc-text-field')!;
    const box = field.shadowRoot!.querySelector<HTMLElement>('.field.invalid')!;
    const style = getComputedStyle(box);
    expect(parseFloat(style.borderRightWidth)).to.be.greaterThan(3);
    expect(parseFloat(style.borderLeftWidth)).to.equal(0);
    const label = field.shadowRoot!.querySelector('label')!.getBoundingClientRect();
    const input = field.shadowRoot!.querySelector('input')!.getBoundingClientRect();
    expect(Math.round(label.right)).to.equal(Math.round(input.right));
  });

  itChromium(CDP.forcedColors, 'keeps errors, borders and focus visible in forced-colors mode', async () => {
    await executeServerCommand('forced-colors', { active: true });
    expect(matchMedia('(forced-colors: active)').matches).to.be.true;
    const root = await showAllErrors();
    await expect(root).to.be.accessible();
    const field = root.querySelector('soc-text-field')!;
    const bar = getComputedStyle(field.shadowRoot!.querySelector('.field.invalid')!);
    expect(bar.borderLeftStyle).to.equal('solid');
    expect(parseFloat(bar.borderLeftWidth)).to.be.greaterThan(3);
    const input = field.shadowRoot!.querySelector('input')!;
    expect(getComputedStyle(input).borderTopStyle).to.equal('solid');
    field.focus();
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ press: 'Tab' });
    const ring = getComputedStyle(input);
    expect(ring.outlineStyle).to.equal('solid');
    expect(parseFloat(ring.outlineWidth)).to.be.at.least(3);
  });

  it('shows a thick focus ring on keyboard focus (WCAG 2.4.7, 2.4.13)', async () => {
    const root = await showAllErrors();
    const before = document.createElement('button');
    before.textContent = 'före';
    root.prepend(before);
    before.focus();
    // Error links, text fields, textarea, radios, checkboxes: every stop of the tab order.
    const seen = new Set<string>();
    for (let i = 0; i < 12; i++) {
      await sendKeys({ press: 'Tab' });
      let el: Element | null = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      const s = getComputedStyle(el!);
      seen.add(`${el!.localName}${el!.getAttribute('type') ?? ''}`);
      expect(s.outlineStyle, el!.outerHTML).to.equal('solid');
      expect(parseFloat(s.outlineWidth)).to.be.at.least(3);
      expect(contrast(s.outlineColor, 'rgb(255, 255, 255)')).to.be.at.least(3);
    }
    expect([...seen]).to.include.members(['a', 'inputtext', 'inputemail', 'textarea', 'inputradio', 'inputcheckbox']);
  });

  it('has input borders and radio/checkbox targets that meet non-text contrast and target size', async () => {
    const root = await showAllErrors();
    const field = root.querySelector('soc-text-field[name=epost]')!;
    const input = field.shadowRoot!.querySelector('input')!;
    expect(contrast(getComputedStyle(input).borderTopColor, 'rgb(255, 255, 255)')).to.be.at.least(3);
    for (const host of root.querySelectorAll('soc-radio-group, soc-checkbox-group, soc-checkbox')) {
      for (const box of host.shadowRoot?.querySelectorAll('input') ?? []) {
        const r = box.getBoundingClientRect();
        if (!r.width) continue;
        expect(r.width).to.be.at.least(24);
        expect(r.height).to.be.at.least(24);
      }
    }
    const error = field.shadowRoot!.querySelector('[part~="error"]')!;
    expect(contrast(getComputedStyle(error).color, 'rgb(255, 255, 255)')).to.be.at.least(4.5);
  });

  it('gives every error, hint and count text at least AAA contrast (7:1) on white with the default colours', async () => {
    const root = await showAllErrors();
    // One more of each text colour the defaults draw: a count over its limit, a word count, an
    // exclusive answer's "eller", an answer's own hint, the summary's links.
    const extra = await fixture<HTMLDivElement>(html`<div>
      <soc-textarea label="Beskriv" maxwords="2" value="ett två tre"></soc-textarea>
      <soc-textarea label="Beskriv" maxlength="50" value="kort"></soc-textarea>
      <soc-checkbox-group label="Vilket stöd har du?" hint="Välj alla som stämmer">
        <soc-checkbox value="a" hint="Till exempel boendestöd">Stöd i hemmet</soc-checkbox>
        <soc-checkbox value="b" exclusive>Inget av detta</soc-checkbox>
      </soc-checkbox-group>
    </div>`);
    await settle();
    const texts: [string, string][] = [];
    for (const scope of [root, extra]) {
      for (const host of scope.querySelectorAll('*')) {
        for (const el of host.shadowRoot?.querySelectorAll('[part~="error"], [part~="hint"], [part~="count"], [part~="divider"], [part~="list"] a') ?? []) {
          if (!el.getClientRects().length) continue;
          const kind = `${el.getAttribute('part') ?? el.localName}${el.classList.contains('over') ? '.over' : ''}`;
          texts.push([`${host.localName} ${kind}`, getComputedStyle(el).color]);
        }
      }
    }
    const kinds = new Set(texts.map(([what]) => what.split(' ')[1]));
    expect([...kinds]).to.include.members(['error', 'hint', 'count', 'count.over', 'divider', 'a']);
    const white = 'rgb(255, 255, 255)';
    for (const [what, color] of texts) {
      // The divider inherits the page's text colour (black here); everything else has a --soc default.
      expect(contrast(color, white), `${what}: ${color}`).to.be.at.least(7);
    }
    // The defaults themselves, read from the custom properties' fallbacks.
    const error = root.querySelector('soc-text-field')!.shadowRoot!.querySelector('[part~="error"]')!;
    expect(getComputedStyle(error).color).to.equal('rgb(166, 30, 20)'); // #a61e14
  });

  it('takes colours and font from the host page and from --soc-* custom properties', async () => {
    const root = await fixture<HTMLDivElement>(html`<div class="host-theme">
      <soc-text-field label="Namn" error="Fel från servern"></soc-text-field>
    </div>`);
    root.style.fontFamily = 'Georgia, serif';
    root.style.color = 'rgb(20, 30, 40)';
    root.style.setProperty('--soc-color-error', 'rgb(150, 0, 0)');
    const field = root.querySelector('soc-text-field')!;
    await field.updateComplete;
    const label = field.shadowRoot!.querySelector('label')!;
    expect(getComputedStyle(label).fontFamily).to.contain('Georgia');
    expect(getComputedStyle(label).color).to.equal('rgb(20, 30, 40)');
    expect(getComputedStyle(field.shadowRoot!.querySelector('[part~="error"]')!).color).to.equal('rgb(150, 0, 0)');
  });
});
