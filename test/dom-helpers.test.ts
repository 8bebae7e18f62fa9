import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from './helpers/commands.js';
import '../src/fields/text-field.js';
import { activeField, afterFrames, deepActive, deepAll, describeFocus, shadowText, tabUntil, watchCspViolations } from './helpers/dom.js';

// test/helpers/dom.ts is shared with the check scripts (scripts/lib/browser.mjs installs it in
// their puppeteer pages), so its behaviour is pinned here once.
describe('shared DOM helpers (test/helpers/dom.ts)', () => {
  it('finds the focus through shadow roots: the inner input, the soc field, a page control', async () => {
    const el = await fixture(html`<div>
      <soc-text-field name="namn" label="Namn"></soc-text-field>
      <input name="egen" aria-label="Egen" />
    </div>`);
    const field = el.querySelector('soc-text-field')!;
    await tabUntil(() => sendKeys({ press: 'Tab' }), () => activeField()?.name === 'namn', { what: 'namn' });
    expect(deepActive()).to.equal(field.shadowRoot!.querySelector('input'));
    expect(describeFocus()).to.equal('soc-text-field[name=namn]');
    await sendKeys({ press: 'Tab' });
    expect(activeField()).to.equal(null);
    expect(activeField({ nativeControls: true })).to.equal(el.querySelector('input[name=egen]'));
    expect(deepAll('input')).to.have.length(2);
    expect(shadowText(field)).to.contain('Namn');
  });

  it('tabUntil gives up after max presses and says where the focus is', async () => {
    await fixture(html`<button>Ett</button>`);
    let presses = 0;
    const error = await tabUntil(
      async () => void presses++,
      () => false,
      { max: 3, what: 'nothing', where: () => 'here' },
    ).catch((e: Error) => e);
    expect(presses).to.equal(3);
    expect(String(error)).to.contain('Tab never reached nothing (focus: here)');
  });

  it('records CSP violations', async () => {
    watchCspViolations();
    document.dispatchEvent(
      new SecurityPolicyViolationEvent('securitypolicyviolation', {
        blockedURI: 'inline',
        effectiveDirective: 'style-src-attr',
        violatedDirective: 'style-src-attr',
        originalPolicy: "style-src 'self'",
        disposition: 'enforce',
        statusCode: 200,
        sample: 'color: red',
      }),
    );
    await afterFrames(1);
    expect(window.__violations).to.deep.equal(['style-src-attr blocked inline: color: red']);
  });
});
