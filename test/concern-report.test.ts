import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/services/concern-report.js';
import type { SocConcernReport } from '../src/services/concern-report.js';
import { concernReportPayload } from '../src/schemas/concern-report.js';
import { chooseRadio, deepActive, fill, pressButton, tabToField } from './helpers/keyboard.js';

const settle = () => new Promise((r) => setTimeout(r, 0));
const shadowText = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const heading = (el: SocConcernReport) => el.shadowRoot!.querySelector('.step-heading')!.textContent!.trim();

describe('<soc-concern-report>', () => {
  beforeEach(() => sessionStorage.clear());

  it('shows emergency help before the first question', async () => {
    const el = await fixture<SocConcernReport>(html`<soc-concern-report emergency-phone="019-21 30 00"></soc-concern-report>`);
    const notice = el.shadowRoot!.querySelector('.notice.danger')!;
    const firstField = el.shadowRoot!.querySelector('soc-text-field')!;
    expect(notice.textContent).to.contain('Ring 112');
    expect(notice.compareDocumentPosition(firstField) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
    expect(notice.querySelector('a[href="tel:+4619213000"]')!.textContent).to.equal('019-21 30 00');
  });

  it('is completed with the keyboard alone by an anonymous private person', async () => {
    const el = await fixture<SocConcernReport>(html`<soc-concern-report></soc-concern-report>`);
    let payload: unknown;
    el.transport = async (p) => {
      payload = p;
      return { reference: 'OA-2026-0001' };
    };
    await fill('child.name', 'Alva');
    await chooseRadio('child.idKind', 1);
    await fill('child.age', 'ungefär 8');
    await fill('child.location', 'Ekskolan, klass 2');
    await chooseRadio('child.siblings', 2);
    await pressButton('Fortsätt');
    await settle();
    expect(heading(el)).to.equal('Din oro');
    expect(deepActive()).to.equal(el.shadowRoot!.querySelector('.step-heading'));

    await fill('concern.description', 'Alva säger att hon inte får mat hemma.');
    await chooseRadio('concern.duration', 2);
    await chooseRadio('concern.childKnows', 1);
    await chooseRadio('concern.guardiansKnow', 1);
    await chooseRadio('concern.otherChildren', 1);
    await chooseRadio('concern.interpreter', 1);
    await pressButton('Fortsätt');
    await settle();
    expect(heading(el)).to.equal('Om dig');

    await chooseRadio('reporter.professional', 1);
    await chooseRadio('reporter.anonymous', 0);
    await pressButton('Fortsätt');
    await settle();
    expect(heading(el)).to.equal('Kontrollera dina svar');
    expect(shadowText(el)).to.contain('Du är anonym');

    const submitted = oneEvent(el, 'soc-submitted');
    await pressButton('Skicka');
    expect((await submitted).detail.reference).to.equal('OA-2026-0001');
    await settle();
    expect(heading(el)).to.equal('Tack! Vi har tagit emot din anmälan');
    expect(shadowText(el)).to.contain('OA-2026-0001');

    const parsed = concernReportPayload.safeParse(payload);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).to.be.true;
    expect(parsed.data!.data.reporter).to.deep.equal({ anonymous: true });
    expect(parsed.data!.data.child).to.deep.equal({ name: 'Alva', age: 'ungefär 8', location: 'Ekskolan, klass 2', siblings: 'unknown' });
  });
});
