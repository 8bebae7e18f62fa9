// Issue 18: a page says where the locale files are (`<meta name="soc-elements-locales">` or
// `setLocaleBase()`), and a locale file that cannot be loaded leaves the page in the language it
// has, with one console message and no uncaught error. One page (this file) for the whole story:
// @lit/localize keeps one configuration per page.
import { expect, fixture, html } from '@open-wc/testing';
import { getLocale, localeReady } from '../src/localization/locale.js';
import { setLocaleBase } from '../src/localization/locale-base.js';
import '../src/fields/text-field.js';
import type { SocTextField } from '../src/fields/text-field.js';

const tick = () => new Promise((r) => setTimeout(r, 50));

describe('where the locale files are', () => {
  const rejections: unknown[] = [];
  const onRejection = (e: PromiseRejectionEvent) => rejections.push(e.reason);
  let warned: string[] = [];
  const warn = console.warn;

  before(() => {
    addEventListener('unhandledrejection', onRejection);
    console.warn = (...args: unknown[]) => {
      warned.push(args.map(String).join(' '));
    };
  });
  after(() => {
    removeEventListener('unhandledrejection', onRejection);
    console.warn = warn;
    document.querySelector('meta[name="soc-elements-locales"]')?.remove();
    document.documentElement.lang = 'sv';
  });

  it('a locale file that is not where the page said: the page stays in Swedish, one message, no uncaught error', async () => {
    const meta = Object.assign(document.createElement('meta'), { name: 'soc-elements-locales', content: '/nowhere/locales/' });
    document.head.append(meta);
    const field = await fixture<SocTextField>(html`<soc-text-field label="Namn" required></soc-text-field>`);
    document.documentElement.lang = 'en';
    for (let i = 0; i < 40 && !warned.length; i++) await tick();
    await tick();
    expect(warned).to.have.length(1);
    expect(warned[0]).to.match(/^soc-elements: no en texts \(.*nowhere\/locales\/en\.js.*\); they stay sv\.$/);
    expect(rejections).to.deep.equal([]);
    expect(getLocale()).to.equal('sv');
    field.showValidation();
    await field.updateComplete;
    expect(field.shadowRoot!.querySelector('[part~="error"]')!.textContent).to.contain('Fyll i namn.');
  });

  it('setLocaleBase() points at the folder that has them: the page changes language', async () => {
    warned = [];
    setLocaleBase('/test/pages/locales/');
    const field = await fixture<SocTextField>(html`<soc-text-field label="Name" required></soc-text-field>`);
    document.documentElement.lang = 'ar';
    await localeReady();
    await tick();
    expect(getLocale()).to.equal('ar');
    field.showValidation();
    await field.updateComplete;
    expect(field.shadowRoot!.querySelector('[part~="error"]')!.textContent).to.not.contain('Fyll i');
    expect(warned).to.deep.equal([]);
    expect(rejections).to.deep.equal([]);
  });
});
