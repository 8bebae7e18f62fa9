import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { getLocale, startLocalization } from '../localization/locale.js';
import { localToday } from '../schemas/date.js';
import { define } from '../define.js';
import { clampLevel, heading, mediaSlot } from './info-shared.js';
import { heading as focusableHeading } from '../patterns/heading.js';
import { type AppealDeadline, appealDeadline, daysLeft } from './appeal-deadline.js';
import { type LetterAnswers, deadlineText, letterText } from './appeal-guide-text.js';
import { civilDate } from './holidays.js';
import { LETTER_FIELDS, copyText, endPrint, printAlone } from './appeal-letter.js';
import { appealGuideStyles } from './appeal-guide.styles.js';
import { contentsPart, helpPart, nextPart, sendPart } from './appeal-guide-sections.js';
import type { SocDateInput } from '../fields/date-input.js';
import type { SocFormControl } from '../fields/form-control.js';
import '../fields/date-input.js';
import '../fields/text-field.js';
import '../fields/textarea.js';

/**
 * @summary How to appeal a decision from social services: the last day (computed from the day the
 * decision was received), what the letter must say, where to send it, the help the municipality
 * must give, and what happens next; with an optional letter to print or copy.
 *
 * The deadline is 3 weeks from the day the citizen received the decision (förvaltningslagen 44 §),
 * never from the day it was made. "När fick du beslutet?" computes the last day and, when it falls
 * on a Saturday, Sunday, public holiday, midsommarafton, julafton or nyårsafton, moves it to the
 * next weekday (lag (1930:173) 2 §) and says why. The answer is a polite status message.
 *
 * The letter is filled from a few answers (name, the decision, its date, who made it, what should
 * change and why) and leaves lines for personnummer, address, phone, date and signature, which the
 * citizen writes by hand. "Skriv ut brevet" prints the letter alone; "Kopiera texten" copies it (and
 * when the clipboard is refused, selects it and says how to copy it). Nothing is sent or stored:
 * the answers live in the page's memory only and are gone when the page closes.
 *
 * Other pages link here by the element's `id`: `soc-process-steps appeal-guide="<id>"` links its
 * "Du kan överklaga" step to it.
 *
 * Its children are fallback content (e.g. the same facts as plain text): shown before the element
 * upgrades and when the script never runs, never once it has upgraded.
 *
 * @slot media - A film under the heading: the page's own `<video>` with captions, or a click-to-play
 *   embed (see Storybook, Dokumentation/Filmer).
 * @csspart heading - The element's heading.
 * @csspart media - The slot of the film.
 * @csspart section - Each part of the guide (deadline, letter contents, address, help, next, letter).
 * @csspart section-heading - The heading of each part.
 * @csspart calculator - The form with "När fick du beslutet?".
 * @csspart calculator-heading - The heading "Räkna ut din sista dag".
 * @csspart result - The computed last day (a status message).
 * @csspart letter-form - The form the letter is filled from.
 * @csspart letter-heading - The heading over the letter ("Ditt brev"); it gets focus when the letter is shown.
 * @csspart letter - The letter's text.
 * @csspart law - The law a part refers to.
 * @cssprop [--soc-color-button=#0b57d0] - Button colour.
 * @cssprop [--soc-color-button-text=#fff] - Text on the main buttons.
 * @cssprop [--soc-color-notice=#0b57d0] - Line beside the computed last day.
 * @cssprop [--soc-color-notice-bg=#eef3fc] - Background of the computed last day.
 * @cssprop [--soc-color-hint=#474747] - Law references and hints.
 * @cssprop [--soc-color-border=#4a4a4a] - Border of the letter.
 * @cssprop [--soc-radius=0.25rem] - Corner radius of buttons and the letter.
 * @cssprop [--soc-space-m=1rem] - Space inside the parts.
 * @cssprop [--soc-space-l=1.5rem] - Space between the parts.
 * @cssprop [--soc-color-focus=#0b57d0] - Focus ring.
 */
export class SocAppealGuide extends LitElement {
  static override properties: PropertyDeclarations = {
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    municipality: {},
    address: {},
    received: {},
    now: { attribute: false },
    computed: { state: true },
    letter: { state: true },
    copyStatus: { state: true },
  };

  /** The element's heading; default "Så överklagar du ett beslut". */
  declare heading: string;
  /** Level of the element's heading (default 2); the parts are one level below. */
  declare headingLevel: number;
  /** The municipality's name, e.g. "Exempelkommun": "Skicka brevet till socialtjänsten i Exempelkommun". */
  declare municipality: string;
  /** The postal address appeals are sent to, shown as written (e.g. "Socialnämnden, Box 100, 100 00 Exempelstad"). */
  declare address: string;
  /** A day the decision was received (`YYYY-MM-DD`) to start from, for previews; the citizen can change it. */
  declare received: string;
  /** The clock: a function returning the current time (for tests and previews). */
  declare now: () => Date;

  /** The day received that the shown answer was computed from (ISO), or ''. */
  declare private computed: string;
  /** The letter's answers once "Visa brevet" was pressed; null before. */
  declare private letter: LetterAnswers | null;
  declare private copyStatus: string;

  constructor() {
    super();
    this.heading = '';
    this.headingLevel = 2;
    this.municipality = '';
    this.address = '';
    this.received = '';
    this.now = () => new Date();
    this.computed = '';
    this.letter = null;
    this.copyStatus = '';
    startLocalization();
    updateWhenLocaleChanges(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    endPrint(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('received')) this.computed = this.#accept(this.received) ? this.received : '';
  }

  /** The last day for a day received, or null when that is no date or after today. */
  #deadline(iso: string): AppealDeadline | null {
    const d = civilDate(iso);
    return d && this.#accept(iso) ? appealDeadline(d) : null;
  }

  #accept(iso: string): boolean {
    return !!civilDate(iso) && iso <= localToday(this.now());
  }

  override render(): TemplateResult {
    const level = clampLevel(this.headingLevel);
    const sub = level + 1;
    const title = this.heading || msg('Så överklagar du ett beslut', { desc: 'Appeal guide: default heading.' });
    const section = (id: string, h: string, body: unknown) =>
      html`<section part="section" class="section ${id}">${heading(sub, 'section-heading', h)} ${body}</section>`;
    return html`<div class="guide">
      ${heading(level, 'heading', title)} ${mediaSlot()}
      <p class="intro">
        ${msg('Om du inte håller med om ett beslut från socialtjänsten kan du överklaga det. Då kan förvaltningsrätten pröva beslutet.', {
          desc: 'Appeal guide: intro. Förvaltningsrätten is the administrative court.',
        })}
      </p>
      ${section('deadline', msg('När ska överklagandet komma in?', { desc: 'Appeal guide: heading of the deadline part.' }), this.#deadlinePart(level + 2))}
      ${section('contents', msg('Det här ska stå i överklagandet', { desc: 'Appeal guide: heading of what the letter must say.' }), contentsPart())}
      ${section('send', msg('Dit skickar du överklagandet', { desc: 'Appeal guide: heading of where to send it.' }), sendPart(this.municipality, this.address))}
      ${section('help', msg('Du kan få hjälp', { desc: 'Appeal guide: heading of the help part.' }), helpPart())}
      ${section('next', msg('Det här händer sedan', { desc: 'Appeal guide: heading of what happens next.' }), nextPart())}
      ${section('letter', msg('Skriv ditt överklagande', { desc: 'Appeal guide: heading of the letter template.' }), this.#letterPart(level + 2))}
    </div>`;
  }

  #deadlinePart(level: number): TemplateResult {
    const deadline = this.#deadline(this.computed);
    const locale = getLocale();
    const answer = deadline ? deadlineText(deadline, daysLeft(deadline, civilDate(localToday(this.now()))!), locale) : null;
    return html`<p>${msg('Ditt överklagande ska ha kommit in inom 3 veckor från den dag du fick beslutet. Räkna från den dagen, inte från dagen då beslutet fattades.', {
        desc: 'Appeal guide: the deadline rule (3 weeks from receiving the decision, not from when it was made).',
      })}</p>
      <p>${msg('Om den sista dagen är en lördag, söndag eller helgdag, eller midsommarafton, julafton eller nyårsafton, räcker det att överklagandet kommer in nästa vardag.', {
        desc: 'Appeal guide: the deadline moves to the next weekday.',
      })}</p>
      <p part="law" class="law">${msg('Förvaltningslagen 44 § och lagen (1930:173) om beräkning av lagstadgad tid 2 §', { desc: 'Appeal guide: law references for the deadline.' })}</p>
      <form part="calculator" class="calculator" novalidate @submit=${this.#onCalculate}>
        ${heading(level, 'calculator-heading', msg('Räkna ut din sista dag', { desc: 'Appeal guide: heading of the date calculator.' }))}
        <soc-date-input
          id="received"
          label=${msg('När fick du beslutet?', { desc: 'Appeal guide: date calculator question.' })}
          hint=${msg('Till exempel 9 3 2026.', { desc: 'Appeal guide: example date, day month year.' })}
          rule="past"
          required
          .value=${this.received}
          @change=${this.#onReceivedChange}
          @input=${this.#onReceivedInput}
        ></soc-date-input>
        <button class="primary" type="submit">${msg('Räkna ut sista dagen', { desc: 'Appeal guide: button that computes the last day.' })}</button>
      </form>
      <div part="result" class="result ${answer ? 'shown' : ''}" role="status">
        ${answer ? html`<p class="main">${answer.main}</p>${answer.more.map((p) => html`<p>${p}</p>`)}` : nothing}
      </div>`;
  }

  #letterPart(level: number): TemplateResult {
    const text = this.letter ? letterText(this.letter, { municipality: this.municipality, address: this.address }, getLocale()) : '';
    return html`<p>${msg('Här kan du skriva ett brev och sedan skriva ut det eller kopiera texten. Det du skriver skickas inte och sparas inte. När du stänger sidan försvinner det.', {
        desc: 'Appeal guide: the letter template; nothing is sent or stored.',
      })}</p>
      <form part="letter-form" class="letter-form" novalidate @submit=${this.#onShowLetter} @input=${this.#onLetterInput} @change=${this.#onLetterInput}>
        <soc-text-field name="name" autocomplete="name" label=${msg('Ditt namn', { id: 'appeal-letter-name', desc: 'Appeal letter: your name.' })}></soc-text-field>
        <soc-text-field
          name="decision"
          label=${msg('Vad gäller beslutet?', { desc: 'Appeal letter: what the decision is about.' })}
          hint=${msg('Till exempel ekonomiskt bistånd.', { desc: 'Appeal letter: example of what a decision is about.' })}
        ></soc-text-field>
        <soc-date-input
          name="date"
          rule="past"
          label=${msg('Vilket datum är beslutet från?', { desc: 'Appeal letter: date of the decision.' })}
          hint=${msg('Till exempel 2 3 2026.', { desc: 'Appeal letter: example date, day month year.' })}
        ></soc-date-input>
        <soc-text-field
          name="decidedBy"
          label=${msg('Vem fattade beslutet?', { desc: 'Appeal letter: who made the decision.' })}
          hint=${msg('Till exempel socialnämnden, eller namnet på handläggaren.', { desc: 'Appeal letter: example of who decided.' })}
        ></soc-text-field>
        <soc-textarea name="change" rows="3" label=${msg('Hur vill du att beslutet ändras?', { desc: 'Appeal letter: the change you want.' })}></soc-textarea>
        <soc-textarea name="why" rows="4" label=${msg('Varför ska beslutet ändras?', { desc: 'Appeal letter: why it should change.' })}></soc-textarea>
        <button class="primary" type="submit">${msg('Visa brevet', { desc: 'Appeal letter: button that shows the filled-in letter.' })}</button>
      </form>
      ${this.letter
        ? html`<div class="letter-area">
            ${focusableHeading(level, msg('Ditt brev', { desc: 'Appeal letter: heading over the filled-in letter.' }), { id: 'letter-heading', part: 'letter-heading', focusable: true })}
            <p class="hint">${msg('Fyll i de tomma raderna och skriv under innan du skickar brevet.', { desc: 'Appeal letter: fill in the blank lines and sign.' })}</p>
            <div part="letter" class="letter-text">${text}</div>
            <div class="buttons">
              <button class="secondary" type="button" @click=${this.#print}>${msg('Skriv ut brevet', { desc: 'Appeal letter: print button.' })}</button>
              <button class="secondary" type="button" @click=${this.#copy}>${msg('Kopiera texten', { desc: 'Appeal letter: copy button.' })}</button>
            </div>
          </div>`
        : nothing}
      <p class="copy-status" role="status">${this.copyStatus}</p>`;
  }

  get #receivedInput(): SocDateInput | null {
    return this.renderRoot.querySelector<SocDateInput>('#received');
  }

  /** A committed box: the answer follows the date when it is a whole, allowed date. */
  #onReceivedChange = () => {
    const input = this.#receivedInput;
    if (input?.value && this.#accept(input.value)) this.computed = input.value;
  };

  /** Typing: an answer for another date is taken away rather than left wrong. */
  #onReceivedInput = () => {
    if (this.computed && this.#receivedInput?.value !== this.computed) this.computed = '';
  };

  #onCalculate = (e: Event) => {
    e.preventDefault();
    const input = this.#receivedInput;
    if (!input) return;
    if (!input.showValidation() || !this.#accept(input.value)) {
      this.computed = '';
      input.focus();
      return;
    }
    this.computed = input.value;
  };

  #fields(): SocFormControl[] {
    return [...this.renderRoot.querySelectorAll<SocFormControl>('.letter-form [name]')];
  }

  #answers(): LetterAnswers {
    const answers = Object.fromEntries(LETTER_FIELDS.map((k) => [k, ''])) as unknown as LetterAnswers;
    for (const f of this.#fields()) if ((LETTER_FIELDS as readonly string[]).includes(f.name)) answers[f.name as keyof LetterAnswers] = f.value;
    return answers;
  }

  #onShowLetter = async (e: Event) => {
    e.preventDefault();
    const wrong = this.#fields().find((f) => !f.showValidation());
    if (wrong) {
      wrong.focus();
      return;
    }
    this.letter = this.#answers();
    this.copyStatus = '';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#letter-heading')?.focus();
  };

  /** Once shown, the letter follows the answers. */
  #onLetterInput = () => {
    if (this.letter) this.letter = this.#answers();
  };

  #text(): string {
    return letterText(this.#answers(), { municipality: this.municipality, address: this.address }, getLocale());
  }

  #print = () => printAlone(this);

  #copy = async () => {
    const copied = await copyText(this.#text(), this.renderRoot.querySelector('.letter-text'));
    // Empty first, so the same message is announced again on a second press.
    this.copyStatus = '';
    await this.updateComplete;
    this.copyStatus = copied
      ? msg('Texten är kopierad. Nu kan du klistra in den i ett dokument.', { desc: 'Appeal letter: copied to the clipboard.' })
      : msg('Det gick inte att kopiera texten. Den är markerad nu: tryck Ctrl+C, eller Cmd+C på Mac, för att kopiera den.', {
          desc: 'Appeal letter: copying was refused; the text is selected for copying by hand.',
        });
  };

  static override styles = appealGuideStyles;
}

define('soc-appeal-guide', SocAppealGuide);

declare global {
  interface HTMLElementTagNameMap {
    'soc-appeal-guide': SocAppealGuide;
  }
}
