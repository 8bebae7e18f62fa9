import { LitElement, css, html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { choiceStyles, focusRing, visuallyHidden } from '../styles/shared.js';
import { startLocalization } from '../localization/locale.js';
import { define } from '../define.js';
import { PrintExpander, clampLevel, disclosureStyles, heading, mediaSlot, mediaStyles } from './info-shared.js';
import {
  AUDIENCES,
  audienceContent,
  audienceHeading,
  audienceLabel,
  generalHeading,
  isAudience,
  type Audience,
} from './confidentiality-content.js';

let instances = 0;

/**
 * @summary Secrecy (sekretess) at social services in plain language, for guardians, children,
 * people who report concern, and professionals, as native disclosures.
 *
 * With `audience` the element shows the texts for that reader; without it the reader chooses with
 * native radio buttons. The choice only changes what is shown below: focus stays on the radio, and
 * a polite status line says which texts are shown. Texts for children use short sentences and
 * explain words. Law references are only those verified in the project's domain notes.
 *
 * Fallback content for a page without script goes in a child with `slot="fallback"` (a slot the
 * element does not have): shown before the element upgrades and when the script never runs.
 *
 * @slot - Extra content after the texts, e.g. how to reach your municipality's social services.
 * @slot media - A film under the heading: the page's own `<video>` with `<track kind="captions">`, or a
 * wrapper that loads an embedded player only when the citizen chooses to play ("Filmer" docs page).
 * @csspart heading - The element's heading.
 * @csspart chooser - The "Vem är du?" group.
 * @csspart audience-heading - The heading over the chosen reader's texts.
 * @csspart section - Each disclosure (`details`).
 * @csspart summary - Each disclosure's question (`summary`).
 * @csspart urgent - The "Ring 112" line.
 * @csspart media - The slot of the film.
 * @cssprop [--soc-color-link=#0b57d0] - Colour of the questions.
 * @cssprop [--soc-color-accent=#0b57d0] - Colour of the radio dot.
 * @cssprop [--soc-color-hint=#474747] - The line that says which texts are shown.
 * @cssprop [--soc-color-border-subtle=#b1b4b6] - Lines between the questions.
 * @cssprop [--soc-color-reveal-border=#767676] - Line beside an opened answer.
 * @cssprop [--soc-space-m=1rem] - Space around the texts.
 * @cssprop [--soc-space-l=1.5rem] - Space below the element.
 * @cssprop [--soc-color-focus=#0b57d0] - Focus ring.
 */
export class SocConfidentiality extends LitElement {
  static override properties: PropertyDeclarations = {
    audience: {},
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    chosen: { state: true },
  };

  /** `guardian`, `child`, `reporter` or `professional`; empty: the reader chooses. */
  declare audience: Audience | '';
  /** The element's heading; defaults to "Sekretess hos socialtjänsten" (a simpler one for children). */
  declare heading: string;
  /** Level of the element's heading (default 2); the chosen reader's heading is one level below. */
  declare headingLevel: number;

  /** The reader's own choice when `audience` is not set. */
  declare private chosen: Audience | '';

  readonly #name = `soc-confidentiality-${++instances}`;
  #announce = false;

  constructor() {
    super();
    this.audience = '';
    this.heading = '';
    this.headingLevel = 2;
    this.chosen = '';
    new PrintExpander(this);
    startLocalization();
    updateWhenLocaleChanges(this);
  }

  /** The audience whose texts are shown: the attribute's, else the reader's choice. */
  get shownAudience(): Audience | '' {
    if (isAudience(this.audience)) return this.audience;
    return this.chosen;
  }

  override render(): TemplateResult {
    const fixed = isAudience(this.audience);
    const shown = this.shownAudience;
    const content = shown ? audienceContent(shown) : null;
    const level = clampLevel(this.headingLevel);
    const title = this.heading || (fixed && content ? content.heading : generalHeading());
    return html`<div class="confidentiality">
      ${heading(level, 'heading', title)} ${mediaSlot()}
      ${fixed ? nothing : this.#chooser(shown)}
      ${content
        ? keyed(
            shown,
            html`<div class="content">
              ${fixed ? nothing : heading(level + 1, 'audience-heading', audienceHeading(shown as Audience))}
              <p class="intro">${content.intro}</p>
              ${content.sections.map(
                (s) => html`<details part="section" class="section" data-section=${s.id}>
                  <summary part="summary">${s.summary}</summary>
                  <div class="answer">
                    ${s.body.map((p) => html`<p>${p}</p>`)}
                    ${s.law ? html`<p class="law">${s.law}</p>` : nothing}
                  </div>
                </details>`,
              )}
              ${content.urgent ? html`<p part="urgent" class="urgent">${content.urgent}</p>` : nothing}
            </div>`,
          )
        : nothing}
      <slot></slot>
    </div>`;
  }

  #chooser(shown: Audience | ''): TemplateResult {
    const status =
      this.#announce && shown
        ? msg(str`Visar: ${audienceHeading(shown)}`, {
            desc: 'Confidentiality: polite status after the reader chose who they are; the heading of the texts shown follows.',
          })
        : '';
    return html`<fieldset part="chooser" class="chooser" aria-describedby="chooser-hint">
        <legend>${msg('Vem är du?', { id: 'confidentiality-who', desc: 'Confidentiality chooser: question.' })}</legend>
        <p id="chooser-hint" class="hint">
          ${msg('Välj det som passar dig bäst. Då visar vi det som gäller dig.', { desc: 'Confidentiality chooser: hint.' })}
        </p>
        <div class="items">
          ${AUDIENCES.map(
            (a) => html`<div class="item">
              <input type="radio" id="a-${a}" name=${this.#name} value=${a} .checked=${shown === a} @change=${this.#onChoose} />
              <label for="a-${a}">${audienceLabel(a)}</label>
            </div>`,
          )}
        </div>
      </fieldset>
      <div class="visually-hidden" role="status">${status}</div>`;
  }

  #onChoose = (e: Event) => {
    const value = (e.target as HTMLInputElement).value;
    if (!isAudience(value)) return;
    this.#announce = true;
    this.chosen = value;
  };

  static override styles = [
    visuallyHidden,
    focusRing,
    choiceStyles,
    disclosureStyles,
    mediaStyles,
    css`
      :host {
        display: block;
        line-height: 1.5;
        overflow-wrap: anywhere;
      }
      :host([hidden]) {
        display: none;
      }
      .heading {
        margin-block: 0 var(--soc-space-m, 1rem);
        line-height: 1.3;
      }
      .chooser {
        margin: 0 0 var(--soc-space-l, 1.5rem);
        padding: 0;
        border: 0;
        min-inline-size: 0;
      }
      legend {
        padding: 0;
        font-weight: 700;
        font-size: 1.125em;
      }
      .hint {
        margin-block: var(--soc-space-xs, 0.375rem) var(--soc-space-s, 0.75rem);
        color: var(--soc-color-hint, #474747);
      }
      .audience-heading {
        margin-block: 0 var(--soc-space-s, 0.75rem);
        line-height: 1.3;
      }
      .intro {
        margin-block: 0 var(--soc-space-s, 0.75rem);
        max-inline-size: 65ch;
      }
      .section {
        border-block-end: 1px solid var(--soc-color-border-subtle, #b1b4b6);
      }
      .section:first-of-type {
        border-block-start: 1px solid var(--soc-color-border-subtle, #b1b4b6);
      }
      summary {
        font-weight: 700;
      }
      .answer {
        padding-inline-start: var(--soc-space-m, 1rem);
        border-inline-start: 4px solid var(--soc-color-reveal-border, #767676);
        margin-block-end: var(--soc-space-s, 0.75rem);
      }
      .answer p {
        margin-block: 0 var(--soc-space-xs, 0.375rem);
        max-inline-size: 65ch;
      }
      .law {
        font-size: 0.875em;
        color: var(--soc-color-hint, #474747);
      }
      .urgent {
        margin-block: var(--soc-space-m, 1rem) 0;
        font-weight: 700;
      }
      @media (forced-colors: active) {
        .hint,
        .law {
          color: CanvasText;
        }
        .section,
        .section:first-of-type,
        .answer {
          border-color: CanvasText;
        }
      }
      @media print {
        .chooser,
        [role='status'] {
          display: none;
        }
        .hint,
        .law {
          color: inherit;
        }
        summary {
          color: inherit;
          text-decoration: none;
        }
        .section {
          break-inside: avoid;
        }
      }
    `,
  ];
}

define('soc-confidentiality', SocConfidentiality);

declare global {
  interface HTMLElementTagNameMap {
    'soc-confidentiality': SocConfidentiality;
  }
}
