/**
 * Screen reader view: what a screen reader says while a citizen uses the elements, from
 * `@guidepup/virtual-screen-reader` (a spec-based simulator, not NVDA/VoiceOver). Each test prints
 * its transcript (the spoken phrase log) to the test output and asserts the phrases a user must
 * hear: role, name, state, description, live announcements.
 *
 * Shadow DOM: version 0.33 walks `childNodes` and watches mutations and focus of the light DOM
 * only, so from the page it hears nothing inside our shadow roots (the first test proves it; when
 * that test fails, the library has learned shadow DOM and the adapter below can go). The adapter,
 * test-only, gives it what a browser's accessibility tree is built from:
 * 1. while the reader walks the tree (the caller of `childNodes` is the reader's bundle), a shadow
 *    host's children are its shadow root's children and a slot's are its assigned nodes — the
 *    flat tree;
 * 2. its MutationObserver (injected through the `window` option of `start()`) also watches every
 *    open shadow root, so live regions inside them are heard and its tree cache is refreshed;
 * 3. its focus handler is called with the really focused element (the browser retargets
 *    `focusin` to the host at a shadow boundary, and a move inside one shadow root, e.g. from radio
 *    to radio, never reaches the page at all), so the reader follows focus into fields;
 * 4. it reads a radio's or checkbox's state from the `checked` attribute (the initial state), not
 *    from the checkedness the user changes (true of native inputs in any DOM), so while it asks,
 *    the attribute answers with the live state, as the browser's accessibility tree does.
 * Roles, names, descriptions, states and live-region text are still computed by the library.
 *
 * Differences from a real screen reader that the assertions allow for:
 * - the library joins a label's text nodes without the space Chromium keeps
 *   ("Namn(måste fyllas i)"), and keeps the space before a visually hidden ", " ("utreder , Du
 *   är här"); `norm()` evens both out;
 * - it does not announce a state change of the focused control (a radio becoming checked) by
 *   itself, so the tests move the reading cursor as a user would to hear it;
 * - Lit in dev mode writes a new text node in two mutations; the adapter counts them as one
 *   change, as the browser's accessibility events do.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from './helpers/commands.js';
import type { StartOptions, Virtual } from '@guidepup/virtual-screen-reader';
// The self-contained browser bundle has the same API; its export map entry has no types.
// @ts-expect-error TS7016
import { virtual as browserVirtual } from '@guidepup/virtual-screen-reader/browser.js';
import '../src/index.js';
import type { SocContactHours } from '../src/info/contact-hours.js';
import { deepActive } from './helpers/keyboard.js';
import { setLocale } from './helpers/locale.js';
import { axFind } from './helpers/a11y.js';
import { hasAxTree } from './helpers/engine.js';

const virtual = browserVirtual as Virtual;

// ---------------------------------------------------------------------------------------------
// The flat-tree adapter.

const nativeChildNodes = Object.getOwnPropertyDescriptor(Node.prototype, 'childNodes')!;
/** Whether the code asking for `childNodes` is the reader (stack: Error, this, getter, caller). */
const askedByReader = () => (new Error().stack?.split('\n')[3] ?? '').includes('virtual-screen-reader');

const nativeHasAttribute = Element.prototype.hasAttribute;
const nativeGetAttribute = Element.prototype.getAttribute;
/** A radio or checkbox, whose checked state the reader reads from the wrong place (see header). */
const isToggle = (el: Element): el is HTMLInputElement =>
  el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox');

function installAdapter(): void {
  Element.prototype.hasAttribute = function (this: Element, name: string) {
    if (name === 'checked' && isToggle(this) && askedByReader()) return this.checked;
    return nativeHasAttribute.call(this, name);
  };
  Element.prototype.getAttribute = function (this: Element, name: string) {
    if (name === 'checked' && isToggle(this) && askedByReader()) return this.checked ? '' : null;
    return nativeGetAttribute.call(this, name);
  };
  Object.defineProperty(Node.prototype, 'childNodes', {
    configurable: true,
    enumerable: true,
    get(this: Node) {
      const own = nativeChildNodes.get!.call(this) as NodeListOf<ChildNode>;
      if (!(this instanceof Element)) return own;
      const root = this.shadowRoot;
      const slot = this instanceof HTMLSlotElement;
      if ((!root && !slot) || !askedByReader()) return own;
      if (root) return nativeChildNodes.get!.call(root);
      const assigned = (this as HTMLSlotElement).assignedNodes();
      return assigned.length ? assigned : own;
    },
  });
}

function uninstallAdapter(): void {
  Object.defineProperty(Node.prototype, 'childNodes', nativeChildNodes);
  Element.prototype.hasAttribute = nativeHasAttribute;
  Element.prototype.getAttribute = nativeGetAttribute;
}

/** A MutationObserver that also observes every open shadow root inside what it observes. */
class DeepObserver {
  #mo: MutationObserver;
  #options: MutationObserverInit = {};
  #watched = new WeakSet<ShadowRoot>();

  constructor(callback: MutationCallback) {
    this.#mo = new MutationObserver((records, mo) => {
      for (const r of records) r.addedNodes.forEach((n) => this.#watchShadowRoots(n));
      // A text node added and filled in the same task is one change to an accessibility API.
      const added = new Set(records.flatMap((r) => [...r.addedNodes]));
      // A shadow root is never a live region (and the reader cannot walk up from one).
      callback(records.filter((r) => !(r.target instanceof ShadowRoot) && !(r.type === 'characterData' && added.has(r.target))), mo);
    });
  }

  observe(node: Node, options: MutationObserverInit): void {
    this.#options = options;
    this.#mo.observe(node, options);
    this.#watchShadowRoots(node);
  }

  disconnect(): void {
    this.#mo.disconnect();
  }

  takeRecords(): MutationRecord[] {
    return this.#mo.takeRecords();
  }

  #watchShadowRoots(node: Node): void {
    if (!(node instanceof Element || node instanceof ShadowRoot)) return;
    for (const el of [node, ...node.querySelectorAll('*')]) {
      const root = (el as Element).shadowRoot;
      if (!root || this.#watched.has(root)) continue;
      this.#watched.add(root);
      this.#mo.observe(root, this.#options);
      root.addEventListener('focusin', forwardFocus, { capture: true });
      this.#watchShadowRoots(root);
    }
  }
}

/** The reader's own focus handler, which the adapter calls instead of the browser (see startReader). */
let readerOnFocus: ((e: { target: EventTarget | null }) => unknown) | null = null;
const forwarded = new WeakSet<Event>();

/**
 * Tells the reader where focus really is. Listens on the container and on every shadow root,
 * because a focus move inside one shadow root never leaves it as an event.
 */
function forwardFocus(e: Event): void {
  if (forwarded.has(e) || !readerOnFocus) return;
  forwarded.add(e);
  // After the task, as a browser's accessibility event: an arrow key checks the radio after
  // moving focus to it.
  setTimeout(() => readerOnFocus?.({ target: deepActive() }));
}

/** Starts the reader on `container`, seeing through shadow roots. */
async function startReader(container: HTMLElement): Promise<void> {
  // Take the reader's `focusin` listener; forwardFocus calls it with the deep target.
  const add = container.addEventListener;
  container.addEventListener = function (this: HTMLElement, type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions) {
    if (type === 'focusin') readerOnFocus = listener as unknown as typeof readerOnFocus;
    else add.call(this, type, listener, options);
  } as typeof add;
  const win = { document, MutationObserver: DeepObserver } as unknown as StartOptions['window'];
  try {
    await virtual.start({ container, window: win });
  } finally {
    delete (container as Partial<HTMLElement>).addEventListener;
  }
  container.addEventListener('focusin', forwardFocus, { capture: true });
}

async function stopReader(): Promise<void> {
  readerOnFocus = null;
  await virtual.stop();
}

// ---------------------------------------------------------------------------------------------
// Reading helpers.

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Evens out the library's spacing quirks (see header): "Namn(x)" → "Namn (x)", " ," → ",". */
const norm = (s: string) => s.replace(/(\S)\(/g, '$1 (').replace(/\s+/g, ' ').replace(/ ([,:])/g, '$1').trim();
const phrases = async () => (await virtual.spokenPhraseLog()).map(norm);
const last = async () => norm(await virtual.lastSpokenPhrase());

/** Prints the transcript (spacing evened out by `norm`) so a reviewer can read what was said. */
async function printTranscript(title: string): Promise<string[]> {
  const log = await phrases();
  console.log(`\n=== Screen reader transcript: ${title} ===\n${log.map((p, i) => `${String(i + 1).padStart(3)}  ${p}`).join('\n')}\n`);
  return log;
}

/** Moves the reading cursor on (screen reader "next item") until a phrase matches. */
async function nextUntil(match: RegExp, max = 200): Promise<string> {
  for (let i = 0; i < max; i++) {
    await virtual.next();
    const said = await last();
    if (match.test(said)) return said;
  }
  throw new Error(`The reader never reached ${match}. It said:\n${(await phrases()).join('\n')}`);
}

/** The phrases said since the log had `from` entries. */
const since = (log: string[], from: number) => log.slice(from);

async function shiftTab(): Promise<void> {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}

/** Lets focus handlers, Lit updates and the reader's own ticks finish. */
const settle = () => pause(30);

// ---------------------------------------------------------------------------------------------

describe('screen reader view (@guidepup/virtual-screen-reader)', () => {
  afterEach(async () => {
    await stopReader();
  });

  it('without the adapter the reader hears nothing inside shadow roots (library limit)', async () => {
    const root = await fixture<HTMLDivElement>(html`<div>
      <p>Före</p>
      <soc-text-field name="pnr" label="Personnummer"></soc-text-field>
      <p>Efter</p>
    </div>`);
    await virtual.start({ container: root });
    for (let i = 0; i < 8; i++) await virtual.next();
    const log = await phrases();
    expect(log).to.include('Före');
    expect(log).to.include('Efter');
    expect(log.join('\n')).to.not.contain('Personnummer');
  });

  describe('through the shadow DOM', () => {
    before(installAdapter);
    after(uninstallAdapter);

    it('a field with an error: quiet while typing, invalid with the error text when the user comes back', async () => {
      const root = await fixture<HTMLDivElement>(html`<div>
        <form>
          <soc-text-field name="pnr" label="Personnummer" format="personnummer" hint="12 siffror, till exempel 19811218-9876" required></soc-text-field>
          <soc-text-field name="namn" label="Namn"></soc-text-field>
        </form>
      </div>`);
      await startReader(root);

      const field = await nextUntil(/^textbox, Personnummer/);
      expect(field).to.equal('textbox, Personnummer (måste fyllas i), 12 siffror, till exempel 19811218-9876, required');

      await virtual.type('1234');
      await settle();
      const typed = await last();
      expect(typed, 'no error while the first value is typed').to.not.match(/invalid|Fel:/);

      const beforeLeaving = (await phrases()).length;
      await sendKeys({ press: 'Tab' });
      await settle();
      // Focus follows to the next field; the error is not shouted over it (no live region).
      expect(since(await phrases(), beforeLeaving)).to.deep.equal(['textbox, Namn']);

      await shiftTab();
      await settle();
      const back = await last();
      expect(back).to.match(/^textbox, Personnummer \(måste fyllas i\), 1234, /);
      expect(back, 'hint, then the error as description').to.contain(
        '12 siffror, till exempel 19811218-9876 Fel: Skriv personnumret med 10 eller 12 siffror, till exempel ÅÅÅÅMMDD-NNNN.',
      );
      expect(back).to.match(/, invalid, required$/);

      // Corrected: the error and the invalid state are gone, the value is shown in its tidy form.
      await sendKeys({ down: 'Control' });
      await sendKeys({ press: 'a' });
      await sendKeys({ up: 'Control' });
      await sendKeys({ type: '811218 9876' });
      await sendKeys({ press: 'Tab' });
      await shiftTab();
      await settle();
      expect(await last()).to.equal(
        'textbox, Personnummer (måste fyllas i), 19811218-9876, 12 siffror, till exempel 19811218-9876, required',
      );
      await printTranscript('text field with an error (sv)');
    });

    it('a field with an error, in English', async () => {
      await setLocale('en');
      const root = await fixture<HTMLDivElement>(html`<div>
        <form>
          <soc-text-field name="pnr" label="Personal identity number" format="personnummer" required></soc-text-field>
          <soc-text-field name="namn" label="Name"></soc-text-field>
        </form>
      </div>`);
      await startReader(root);
      expect(await nextUntil(/^textbox, Personal identity number/)).to.equal(
        'textbox, Personal identity number (required), required',
      );
      await virtual.type('1234');
      await sendKeys({ press: 'Tab' });
      await shiftTab();
      await settle();
      expect(await last()).to.equal(
        'textbox, Personal identity number (required), 1234, Error: Enter the personal identity number with 10 or 12 digits, like YYYYMMDD-NNNN., invalid, required',
      );
      await printTranscript('text field with an error (en)');
    });

    it('the error summary: takes focus on submit, reads its heading and links, a link lands on the field', async () => {
      const root = await fixture<HTMLDivElement>(html`<div>
        <soc-error-summary for="ansokan"></soc-error-summary>
        <form id="ansokan">
          <soc-text-field name="namn" label="Ditt namn" required></soc-text-field>
          <soc-text-field name="pnr" label="Ditt personnummer" format="personnummer" required></soc-text-field>
          <button>Skicka</button>
        </form>
      </div>`);
      root.querySelector('form')!.addEventListener('submit', (e) => e.preventDefault());
      await settle();
      await startReader(root);
      // Nothing of the summary is read before there are errors.
      expect(await nextUntil(/^button, Skicka$/)).to.equal('button, Skicka');
      expect((await phrases()).join('\n')).to.not.contain('Det finns problem');

      const beforeSubmit = (await phrases()).length;
      await virtual.act();
      await settle();
      // Focus moved to the summary box; the reader says its role, name and the problems (the list
      // is its description: heard without tabbing), then reads on from there.
      expect(since(await phrases(), beforeSubmit)).to.deep.equal(['group, Det finns problem, Fyll i ditt namn. Fyll i ditt personnummer.']);
      const afterFocus = (await phrases()).length;
      await nextUntil(/^link, Fyll i ditt personnummer\.$/);
      expect(since(await phrases(), afterFocus)).to.deep.equal([
        'heading, Det finns problem, level 2',
        'list',
        'listitem, level 1, position 1, set size 2',
        'link, Fyll i ditt namn.',
        'end of listitem, level 1, position 1, set size 2',
        'listitem, level 1, position 2, set size 2',
        'link, Fyll i ditt personnummer.',
      ]);

      const beforeFollow = (await phrases()).length;
      await virtual.act();
      await settle();
      expect(since(await phrases(), beforeFollow)).to.deep.equal([
        'textbox, Ditt personnummer (måste fyllas i), Fel: Fyll i ditt personnummer., invalid, required',
      ]);
      expect(deepActive()?.localName).to.equal('input');
      await printTranscript('error summary (sv)');
    });

    it('a radio with conditional reveal: chosen, then the revealed field is the next thing read', async () => {
      const root = await fixture<HTMLDivElement>(html`<div>
        <form>
          <soc-radio-group name="vem" label="Vem ansöker?" hint="Välj det som stämmer bäst" required>
            <soc-radio value="vardnadshavare">Jag är vårdnadshavare</soc-radio>
            <soc-radio value="annan">
              Någon annan
              <soc-text-field name="vem-annan" label="Vem är du?" required></soc-text-field>
            </soc-radio>
          </soc-radio-group>
          <soc-text-field name="telefon" label="Telefon"></soc-text-field>
        </form>
      </div>`);
      await startReader(root);
      expect(await nextUntil(/^radiogroup/)).to.equal(
        'radiogroup, Vem ansöker? (måste fyllas i), Välj det som stämmer bäst, required',
      );
      expect(await nextUntil(/^radio, Någon annan/)).to.equal('radio, Någon annan, not checked, position 2, set size 2');
      // Hidden while not chosen: reading on goes past the group to the next question.
      const beforeEnd = (await phrases()).length;
      await nextUntil(/^end of radiogroup/);
      expect(since(await phrases(), beforeEnd).join('\n')).to.not.contain('Vem är du');
      expect(await nextUntil(/^textbox/)).to.equal('textbox, Telefon');

      // Keyboard: Tab into the group, arrow down to "Någon annan" (arrows choose, as native radios do).
      const beforeKeys = (await phrases()).length;
      await sendKeys({ press: 'Tab' });
      await settle();
      await sendKeys({ press: 'ArrowDown' });
      await settle();
      const chosen = since(await phrases(), beforeKeys);
      expect(chosen[0]).to.equal('radio, Jag är vårdnadshavare, not checked, position 1, set size 2');
      // Chosen by the user, the revealed question is said once (a polite live region: Orca in
      // Firefox heard no change of the description), and is not also a new description yet.
      expect(chosen.slice(1)).to.have.members(['polite: Vem är du?', 'radio, Någon annan, checked, position 2, set size 2']);
      // Chromium's own accessibility tree agrees on the state (read over CDP, so Chromium only).
      if (hasAxTree) {
        const chosen = await axFind((n) => n.role === 'radio' && n.name === 'Någon annan');
        expect(chosen?.checked).to.equal(true);
      }

      // Reading on from the chosen answer, the revealed question comes next, before the group ends.
      const afterChoice = (await phrases()).length;
      await nextUntil(/^end of radiogroup/);
      const read = since(await phrases(), afterChoice);
      expect(read).to.include('textbox, Vem är du? (måste fyllas i), required');
      expect(read.indexOf('textbox, Vem är du? (måste fyllas i), required')).to.be.lessThan(read.length - 1);

      // And Tab goes there too.
      await sendKeys({ press: 'Tab' });
      await settle();
      expect(await last()).to.equal('textbox, Vem är du? (måste fyllas i), required');
      // Back on the answer, the revealed question is its description.
      await shiftTab();
      await settle();
      expect(await last()).to.equal('radio, Någon annan, Vem är du?, checked, position 2, set size 2');
      await printTranscript('radio with conditional reveal (sv)');
    });

    it('the character count: one polite announcement after the user pauses, none per keystroke', async () => {
      const root = await fixture<HTMLDivElement>(html`<div>
        <form><soc-textarea name="beskrivning" label="Beskriv din situation" maxlength="20"></soc-textarea></form>
      </div>`);
      await startReader(root);
      expect(await nextUntil(/^textbox/)).to.equal('textbox, Beskriv din situation, Du kan skriva upp till 20 tecken.');

      const live = async () => (await phrases()).filter((p) => /^(polite|assertive):/.test(p));
      await virtual.type('Hej hej');
      await settle();
      expect(await live(), 'nothing while typing').to.deep.equal([]);
      await pause(1200);
      expect(await live()).to.deep.equal(['polite: Du har 13 tecken kvar.']);

      await virtual.type(' och mer text nu');
      await pause(1200);
      expect(await live()).to.deep.equal(['polite: Du har 13 tecken kvar.', 'polite: Du har skrivit 3 tecken för mycket.']);
      // Over the limit the field itself says what is wrong (at once, not after leaving it).
      expect(await phrases()).to.include(
        'textbox, Beskriv din situation, Fel: Texten är för lång. Skriv högst 20 tecken. Du kan skriva upp till 20 tecken., invalid',
      );
      await printTranscript('character count (sv)');
    });

    it('the process steps: an ordered list, the current step said as current, done steps as done', async () => {
      const root = await fixture<HTMLDivElement>(html`<div><soc-process-steps current="utredning"></soc-process-steps><p>Slut</p></div>`);
      await startReader(root);
      await nextUntil(/^Slut$/);
      const log = await printTranscript('process steps, current = utredning (sv)');

      expect(log[0]).to.equal('heading, Så går det till när du ansöker om stöd, level 2');
      expect(log[1]).to.equal('list');
      const top = log.filter((p) => /^listitem, level 1,/.test(p));
      expect(top).to.deep.equal([
        'listitem, level 1, position 1, set size 3',
        'listitem, level 1, current step, position 2, set size 3',
        'listitem, level 1, position 3, set size 3',
      ]);
      const current = log.indexOf('listitem, level 1, current step, position 2, set size 3');
      expect(log[current + 1]).to.equal('heading, Socialtjänsten utreder, Du är här, level 3');
      expect(log).to.include('heading, Du ansöker om stöd, Klart, level 3');
      // Only one step is current; the yes/no branches are nested lists under their own headings.
      expect(log.filter((p) => p.includes('current step')).length).to.equal(2); // its start and its end
      expect(log).to.include('heading, Om socialtjänsten säger ja, level 4');
      expect(log).to.include('heading, Om socialtjänsten säger nej, level 4');
      expect(log.filter((p) => /^listitem, level 2,/.test(p)).length).to.equal(8);
    });

    it('the contact hours: the open/closed status is read right after the heading', async () => {
      const root = await fixture<HTMLDivElement>(html`<div><soc-contact-hours phone="08-465 004 10"></soc-contact-hours><p>Slut</p></div>`);
      const el = root.querySelector<SocContactHours>('soc-contact-hours')!;

      el.now = () => new Date('2026-05-13T08:15:00Z'); // Wednesday 10.15 in Stockholm
      await el.updateComplete;
      await startReader(root);
      await nextUntil(/^Slut$/);
      const open = await printTranscript('contact hours, Wednesday 10.15 (sv)');
      expect(open.slice(0, 5)).to.deep.equal([
        'region, Kontakta socialtjänsten',
        'heading, Kontakta socialtjänsten, level 2',
        'paragraph',
        'Öppet nu, stänger kl. 12',
        'end of paragraph',
      ]);
      expect(open).to.include('link, 08-465 004 10');
      // Open: the emergency help comes last.
      expect(open.indexOf('group, Vid akuta situationer på kvällar och helger')).to.be.greaterThan(open.indexOf('heading, Öppettider, level 3'));
      await stopReader();

      el.now = () => new Date('2026-05-08T17:00:00Z'); // Friday 19.00 in Stockholm
      await el.updateComplete;
      await startReader(root);
      await nextUntil(/^Slut$/);
      const closed = await printTranscript('contact hours, Friday 19.00 (sv)');
      expect(closed.slice(0, 6)).to.deep.equal([
        'region, Kontakta socialtjänsten',
        'heading, Kontakta socialtjänsten, level 2',
        'paragraph',
        'Stängt, öppnar måndag kl. 8.30',
        'end of paragraph',
        // Closed: the emergency help comes right after the status.
        'group, Vid akuta situationer på kvällar och helger',
      ]);
      expect(closed).to.include('link, Ring 112 och be att få prata med socialjouren.');
    });

    // Issue 15: the new services and the estimate, heard.
    it('a concern report with subject="ask": the first question is whom the concern is about; the adult path follows', async () => {
      const root = await fixture<HTMLDivElement>(html`<div><soc-concern-report subject="ask" draft="off"></soc-concern-report></div>`);
      await startReader(root);
      const group = await nextUntil(/^radiogroup/);
      const answers = [await nextUntil(/^radio/), await nextUntil(/^radio/)];
      await printTranscript('concern report, subject="ask" (sv)');
      expect(group).to.match(/^radiogroup, Gäller din oro ett barn eller en vuxen\? \(måste fyllas i\)/);
      expect(answers).to.deep.equal(['radio, Ett barn, not checked, position 1, set size 2', 'radio, En vuxen, not checked, position 2, set size 2']);
    });

    it('the economic-aid form: answering that help is needed today is said at once, with where the number is', async () => {
      const root = await fixture<HTMLDivElement>(html`<div><soc-economic-aid-form draft="off" phone="08-465 004 10"></soc-economic-aid-form></div>`);
      await startReader(root);
      const question = await nextUntil(/^radiogroup/);
      await sendKeys({ press: 'Tab' });
      await settle();
      while (!/^radio, Ja/.test(await last())) {
        await sendKeys({ press: 'Tab' });
        await settle();
      }
      const before = (await phrases()).length;
      await sendKeys({ press: ' ' });
      await pause(300);
      const said = since(await phrases(), before);
      await printTranscript('economic aid, help needed today (sv)');
      expect(question).to.match(/^radiogroup, .*i dag/);
      expect(said).to.include('polite: Ring socialtjänsten i dag. Numret och vad du kan göra står nu överst på sidan.');
    });

    it('the aid estimate: the result is said politely once "Räkna ut" is pressed, and focus stays on the button', async () => {
      const norms = JSON.stringify({ year: 2026, source: 'Exempelsiffror', personal: { alone: 3000, withPartner: 2700, children: [{ from: 0, to: 20, amount: 2500 }] }, household: [1100, 1200, 1500] });
      const root = await fixture<HTMLDivElement>(html`<div><soc-aid-estimate norms=${norms} phone="08-465 004 10"></soc-aid-estimate></div>`);
      await startReader(root);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: ' ' }); // the first answer: alone
      const typeInto = async (label: RegExp, text: string) => {
        for (let i = 0; i < 40 && !label.test(await last()); i++) {
          await sendKeys({ press: 'Tab' });
          await settle();
        }
        await sendKeys({ type: text });
      };
      await typeInto(/^textbox, A-kassa/, '7 000');
      await typeInto(/^textbox, Hyra/, '6 500');
      for (let i = 0; i < 40 && !/^button, Räkna ut/.test(await last()); i++) {
        await sendKeys({ press: 'Tab' });
        await settle();
      }
      const before = (await phrases()).length;
      await sendKeys({ press: 'Enter' });
      await pause(300);
      const said = since(await phrases(), before);
      await printTranscript('aid estimate, result (sv)');
      expect(said).to.include('polite: Enligt beräkningen kan du ha rätt till ungefär 3 600 kr i månaden.');
      expect(deepActive()?.localName).to.equal('button');
    });
  });
});
