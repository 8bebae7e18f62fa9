// Issue 19: translations per element, loaded lazily. A page that defines only soc-text-field loads,
// in English, the English index and the groups of texts the text field needs — no other element's
// texts. An element defined later (a lazy import) while English is active gets its texts loaded
// when it is shown, and renders in English. One page (this file) for the whole story: the page's network is the test.
import { expect, fixture, html } from '@open-wc/testing';
import { localeReady } from '../src/localization/locale.js';
import '../src/fields/text-field.js';
import type { SocTextField } from '../src/fields/text-field.js';

/** The locale modules this page has fetched so far, as paths under src/generated/locales/. */
const fetchedLocaleFiles = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((p) => p.includes('/generated/locales/'))
    .map((p) => p.replace(/^.*\/generated\/locales\//, '').replace(/\.ts$/, '.js'));

const until = async (check: () => boolean, what: string) => {
  for (let i = 0; i < 100; i++) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
};

describe('translations per element', () => {
  after(async () => {
    document.documentElement.lang = 'sv';
    await localeReady();
  });

  it('a page with only a text field, in English, loads the English texts of the text field and no other element', async () => {
    const field = await fixture<SocTextField>(html`<soc-text-field label="name" required></soc-text-field>`);
    expect(fetchedLocaleFiles()).to.deep.equal([]);
    document.documentElement.lang = 'en';
    await localeReady();
    const { needs } = await import('../src/generated/locales/en.js');
    const expected = ['en.js', ...needs['soc-text-field']!.map((g) => `en/${g}.js`)].sort();
    expect(needs['soc-text-field']!.length).to.be.greaterThan(0);
    expect([...new Set(fetchedLocaleFiles())].sort()).to.deep.equal(expected);
    // Nothing of the services or explainers, whose texts are most of the catalogue.
    for (const other of ['soc-feedback-form', 'soc-placement-info', 'soc-concern-report']) {
      for (const g of needs[other]!.filter((g) => !needs['soc-text-field']!.includes(g))) expect(fetchedLocaleFiles()).to.not.include(`en/${g}.js`);
    }
    field.showValidation();
    await field.updateComplete;
    expect(field.shadowRoot!.querySelector('[part~="error"]')!.textContent).to.contain('Enter name.');
  });

  it('a service defined after English is active loads its texts when it is shown, and renders in English', async () => {
    expect(document.documentElement.lang).to.equal('en');
    const before = new Set(fetchedLocaleFiles());
    expect(before).to.not.include('en/feedback-form.js');
    await import('../src/services/feedback-form.js');
    // Defined is not shown: the whole bundle defines every element, and a page loads the texts of
    // those it has (a CMS page with four fields must not fetch the services' texts).
    await new Promise((r) => setTimeout(r, 300));
    expect(fetchedLocaleFiles(), 'defined, not on the page').to.not.include('en/feedback-form.js');
    const form = await fixture(html`<soc-feedback-form></soc-feedback-form>`);
    await until(() => fetchedLocaleFiles().includes('en/feedback-form.js'), 'the feedback form texts');
    await until(() => /Here you can give feedback/.test(form.shadowRoot?.textContent ?? ''), 'the English intro');
    expect(form.shadowRoot!.textContent).to.not.contain('Här kan du lämna synpunkter');
    // The fields inside it speak English too (their group was loaded before).
    const { needs } = await import('../src/generated/locales/en.js');
    const added = new Set(fetchedLocaleFiles().filter((f) => !before.has(f)));
    expect([...added].sort()).to.deep.equal(needs['soc-feedback-form']!.filter((g) => !before.has(`en/${g}.js`)).map((g) => `en/${g}.js`).sort());
  });
});
