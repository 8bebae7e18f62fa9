import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { focusRing } from '../styles/shared.js';
import { contactHoursStyles } from './contact-hours.styles.js';
import { getLocale, startLocalization } from '../localization/locale.js';
import { formatPhone, parsePhone } from '../schemas/phone.js';
import { define } from '../define.js';
import { heading as sharedHeading } from '../patterns/heading.js';
import { isoDate } from './holidays.js';
import { DEFAULT_HOURS, type OpeningHours, formatRanges, parseOpeningHours, statusAt, stockholmTime, summarize, toSchemaOrg } from './opening-hours.js';
import { rowLabel, statusText } from './contact-hours-text.js';
import { setScriptText } from './json-ld-script.js';

/**
 * No number unless the page gives one: a default number would be someone's real phone (it was
 * Örebro's reception), shown to citizens of another municipality who would call it.
 */
const DEFAULT_PHONE = '';
const warned = new Set<string>();
function warnOnce(text: string): void {
  if (warned.has(text)) return;
  warned.add(text);
  console.warn(`soc-contact-hours: ${text}`);
}

/** A heading with an id and a part of the same kind (see `patterns/heading.ts`). */
const heading = (level: number, id: string, part: string, text: string): TemplateResult => sharedHeading(level, text, { id, part, cls: '' });

/**
 * @summary Phone number, opening hours and whether it is open now (in Swedish time), with the
 * socialjour/112 help when it is closed.
 *
 * The status ("Öppet nu, stänger kl. 12", "Stängt, öppnar måndag kl. 8.30") is computed in
 * Europe/Stockholm time whatever the visitor's time zone, knows Swedish public holidays and keeps
 * julafton, midsommarafton and nyårsafton closed. It refreshes on the minute (not while the page
 * is hidden) and is deliberately not a live region: a status that changes while someone reads
 * would interrupt them, and they read it when they reach it.
 *
 * `hours` takes a subset of OpenStreetMap's `opening_hours` (see src/info/opening-hours.ts):
 * `Mo-Fr 08:30-12:00,13:00-14:00; PH off; 2026 Dec 23 off`. Invalid hours give one console
 * warning and the default hours; an invalid phone number is shown as written, without a link.
 *
 * There is no default phone number: an element never shows a number the page did not set. Without
 * `phone` the phone line says "Ring kommunens växel och be att få prata med socialtjänsten." and
 * the console gets one warning; the emergency help (112, socialjouren) is shown as always.
 *
 * Its children are fallback content (e.g. the phone number and hours as plain text): shown before
 * the element upgrades and when the script never runs, never once it has upgraded.
 *
 * @csspart heading - The main heading.
 * @csspart status - The open/closed sentence.
 * @csspart phone - The line with the phone number.
 * @csspart hours - The list of opening hours.
 * @csspart emergency - The socialjour/112 box; prominent (and right after the status) when closed.
 * @cssprop [--soc-color-link=#0b57d0] - Phone link colour.
 * @cssprop [--soc-contact-hours-open=#00703c] - Status bar colour when open.
 * @cssprop [--soc-contact-hours-closed=#b42318] - Status bar and emergency border colour when closed.
 * @cssprop [--soc-radius=0.25rem] - Corner radius of the emergency box.
 * @cssprop [--soc-space-m=1rem] - Padding of the emergency box, space between the hours.
 * @cssprop [--soc-space-l=1.5rem] - Space below the element.
 * @cssprop [--soc-color-focus=#0b57d0] - Focus ring.
 */
export class SocContactHours extends LitElement {
  static override styles = [focusRing, contactHoursStyles];

  static override properties: PropertyDeclarations = {
    phone: {},
    hours: {},
    emergencyPhone: { attribute: 'emergency-phone' },
    emergencyLabel: { attribute: 'emergency-label' },
    label: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    openOnEves: { type: Boolean, attribute: 'open-on-eves' },
    jsonLd: { type: Boolean, attribute: 'json-ld' },
    now: { attribute: false },
  };

  /**
   * Phone number in any common form ("08-465 004 10", "+46 8 465 004 10"). No default: without it
   * the element says to call the municipality's switchboard and ask for social services.
   */
  declare phone: string;
  /** Opening hours in the OpenStreetMap `opening_hours` subset; default `Mo-Fr 08:30-12:00,13:00-14:00; PH off`. */
  declare hours: string;
  /** Socialjour number (`emergency-phone`); without it the text says to call 112 and ask for socialjouren. */
  declare emergencyPhone: string;
  /** Heading of the emergency box (`emergency-label`); default "Vid akuta situationer på kvällar och helger". */
  declare emergencyLabel: string;
  /** Heading, e.g. "Mottagningen"; default "Kontakta socialtjänsten". */
  declare label: string;
  /** Heading level (`heading-level`) so the element fits the page outline; sub-headings are one deeper. */
  declare headingLevel: number;
  /** Keep the normal hours on julafton, midsommarafton and nyårsafton (`open-on-eves`). */
  declare openOnEves: boolean;
  /** Add schema.org `ContactPoint` JSON-LD with the hours to the light DOM (`json-ld`). */
  declare jsonLd: boolean;
  /** The clock: a function returning the current time (for tests and previews). */
  declare now: () => Date;

  #hours: OpeningHours = parseOpeningHours(DEFAULT_HOURS);
  #timer: ReturnType<typeof setTimeout> | undefined;
  #script: HTMLScriptElement | null = null;
  #scriptKey = '';

  constructor() {
    super();
    this.phone = DEFAULT_PHONE;
    this.hours = DEFAULT_HOURS;
    this.emergencyPhone = '';
    this.emergencyLabel = '';
    this.label = '';
    this.headingLevel = 2;
    this.openOnEves = false;
    this.jsonLd = false;
    this.now = () => new Date();
    startLocalization();
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.#onVisibility);
    this.#schedule();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.#onVisibility);
    clearTimeout(this.#timer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('hours')) {
      try {
        this.#hours = parseOpeningHours(this.hours || DEFAULT_HOURS);
      } catch (e) {
        warnOnce(`cannot read hours="${this.hours}": ${(e as Error).message}. Showing the default hours "${DEFAULT_HOURS}".`);
        this.#hours = parseOpeningHours(DEFAULT_HOURS);
      }
    }
    if (changed.has('now')) this.#schedule();
    if (changed.has('phone') && !this.phone.trim()) warnOnce('no phone number: set phone="…" to show your number. No number is shown until then.');
  }

  protected override updated(): void {
    this.#syncJsonLd();
  }

  override render(): TemplateResult {
    const locale = getLocale();
    const instant = this.now();
    const status = statusAt(this.#hours, instant, { closeEves: !this.openOnEves });
    const { date } = stockholmTime(instant);
    const closed = status.state !== 'open';
    // The lunch hour is not "out of hours": socialjouren is for evenings and weekends.
    const outOfHours = status.state === 'closed';
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
    const phone = this.#phone(this.phone);
    return html`<section class=${closed ? 'closed' : 'open'} aria-labelledby="heading">
      ${heading(level, 'heading', 'heading', this.label || msg('Kontakta socialtjänsten', { desc: 'Default heading of the contact box.' }))}
      <p part="status">${statusText(status, locale, date.year)}</p>
      ${outOfHours ? this.#emergency(level + 1, true) : nothing}
      ${this.phone.trim()
        ? html`<p part="phone">${msg('Telefon:', { desc: 'Before the office phone number, which is a link.' })} ${phone}</p>`
        : html`<p part="phone">${msg('Ring kommunens växel och be att få prata med socialtjänsten.', { desc: 'No phone number given: call the municipality’s switchboard and ask for social services.' })}</p>`}
      ${heading(level + 1, 'hours-heading', 'hours-heading', msg('Öppettider', { desc: 'Heading of the list of opening hours.' }))}
      <dl part="hours" aria-labelledby="hours-heading">
        ${summarize(this.#hours, date, { closeEves: !this.openOnEves }).map(
          (row) => html`<div><dt>${rowLabel(row, locale)}</dt><dd>${
            row.kind === 'eves' || !row.ranges.length ? msg('Stängt', { desc: 'Closed all day, in the list of opening hours.' }) : formatRanges(row.ranges, locale)
          }</dd></div>`,
        )}
      </dl>
      ${outOfHours ? nothing : this.#emergency(level + 1, false)}
    </section>`;
  }


  #phone(value: string): TemplateResult {
    const parsed = parsePhone(value);
    if (!parsed.ok) {
      if (value.trim()) warnOnce(`cannot read the phone number "${value}"; it is shown without a link.`);
      return html`<span dir="ltr">${value}</span>`;
    }
    return html`<a href=${`tel:${parsed.value}`} dir="ltr">${formatPhone(parsed.value)}</a>`;
  }

  #emergency(level: number, prominent: boolean): TemplateResult {
    // Plain-string messages with the links outside them: `msg(html…)` would make every locale
    // module import Lit, and a second Lit in the page breaks under Trusted Types.
    const call112 = html`<a href="tel:112">${msg('Ring 112', { desc: 'Link text: call the emergency number 112.' })}</a>`;
    const jour = this.emergencyPhone ? this.#phone(this.emergencyPhone) : nothing;
    return html`<div part="emergency" class=${prominent ? 'prominent' : ''} role="group" aria-labelledby="emergency-heading">
      ${heading(level, 'emergency-heading', 'emergency-heading', this.emergencyLabel || msg('Vid akuta situationer på kvällar och helger', { desc: 'Heading of the emergency help (socialjouren).' }))}
      ${this.emergencyPhone
        ? html`<p>${msg('Ring socialjouren:', { desc: 'Socialjouren is the social services’ out-of-hours emergency service. The number follows.' })} ${jour}</p>
            <p>${msg('Om någon är i fara just nu:', { desc: 'Before the link "Ring 112".' })} ${call112}</p>`
        : html`<p><a href="tel:112">${msg('Ring 112 och be att få prata med socialjouren.', { desc: 'Link. No socialjour number given: call 112 and ask for socialjouren (the out-of-hours social services).' })}</a></p>`}
    </div>`;
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (!this.isConnected || document.visibilityState === 'hidden') return;
    // Just after the next full minute, so "stänger kl. 12" turns into "Lunchstängt" at 12.00.
    const ms = 60_000 - (this.now().getTime() % 60_000) + 20;
    this.#timer = setTimeout(() => {
      this.requestUpdate();
      this.#schedule();
    }, ms);
  }

  #onVisibility = () => {
    if (document.visibilityState === 'hidden') {
      clearTimeout(this.#timer);
      this.#timer = undefined;
    } else {
      this.requestUpdate();
      this.#schedule();
    }
  };

  #syncJsonLd(): void {
    if (!this.jsonLd) {
      this.#script?.remove();
      this.#script = null;
      this.#scriptKey = '';
      return;
    }
    const { date } = stockholmTime(this.now());
    const telephone = parsePhone(this.phone);
    const data = toSchemaOrg(this.#hours, {
      today: date,
      closeEves: !this.openOnEves,
      ...(telephone.ok ? { telephone: telephone.value } : {}),
      ...(this.label ? { name: this.label } : {}),
    });
    // `<` escaped so the text can never close the script element if the page is serialized.
    const json = JSON.stringify(data).replace(/</g, '\\u003c');
    const key = isoDate(date) + json;
    if (key === this.#scriptKey && this.#script?.parentNode === this) return;
    this.#scriptKey = key;
    this.#script ??= document.createElement('script');
    this.#script.type = 'application/ld+json';
    setScriptText(this.#script, json);
    if (this.#script.parentNode !== this) this.append(this.#script);
  }
}

define('soc-contact-hours', SocContactHours);

declare global {
  interface HTMLElementTagNameMap {
    'soc-contact-hours': SocContactHours;
  }
}
