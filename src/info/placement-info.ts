import { LitElement, css, html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { choiceStyles, focusRing, visuallyHidden } from '../styles/shared.js';
import { startLocalization } from '../localization/locale.js';
import { define } from '../define.js';
import { PrintExpander, clampLevel, disclosureStyles, heading, mediaSlot, mediaStyles } from './info-shared.js';
import {
  PLACEMENT_AUDIENCES,
  isPlacementAudience,
  placementAudienceHeading,
  placementContent,
  placementHeading,
  placementLabel,
  type PlacementAudience,
  type PlacementSection,
} from './placement-content.js';

let instances = 0;

/**
 * @summary "Om barnet inte kan bo hemma": voluntary placement and LVU in plain language, for
 * guardians, children and professionals, as native disclosures.
 *
 * With `audience` the element shows the texts for that reader; without it the reader chooses with
 * native radio buttons, and focus stays on the radio while a polite status line says which texts
 * are shown. The texts say that the goal is always that children live at home, what a voluntary
 * placement is, when LVU applies (the three conditions, who applies and who decides), where a
 * child can live, the parents' right to support, an offentligt biträde and a tolk, contact with the
 * child, and the way home. Texts for children use short sentences and common words (LIX under 25).
 * Law references are only those verified in the project's domain notes.
 *
 * Children without a `slot` attribute are fallback content for a page without script: shown before
 * the element upgrades and when the script never runs, never once it has upgraded.
 *
 * @slot media - A film: the page's own `<video>` with `<track kind="captions">`, or a wrapper that
 * loads an embedded player only when the citizen chooses to play (see the "Filmer" docs page).
 * Shown under the heading, in place, as the page wrote it.
 * @slot more - Replaces the "Läs mer" line (Koll på soc for children, Socialstyrelsen for adults)
 * with your own text or links.
 * @csspart heading - The element's heading.
 * @csspart chooser - The "Vem är du?" group.
 * @csspart audience-heading - The heading over the chosen reader's texts.
 * @csspart section - Each disclosure (`details`).
 * @csspart summary - Each disclosure's question (`summary`).
 * @csspart more - The "Läs mer" line.
 * @csspart urgent - The "Ring 112" line.
 * @csspart media - The slot of the film.
 * @cssprop [--soc-color-link=#0b57d0] - Colour of the questions and links.
 * @cssprop [--soc-color-accent=#0b57d0] - Colour of the radio dot.
 * @cssprop [--soc-color-hint=#474747] - The chooser's hint and law lines.
 * @cssprop [--soc-color-border-subtle=#b1b4b6] - Lines between the questions.
 * @cssprop [--soc-color-reveal-border=#767676] - Line beside an opened answer.
 * @cssprop [--soc-space-m=1rem] - Space around the texts.
 * @cssprop [--soc-space-l=1.5rem] - Space below the chooser.
 * @cssprop [--soc-color-focus=#0b57d0] - Focus ring.
 */
export class SocPlacementInfo extends LitElement {
  static override properties: PropertyDeclarations = {
    audience: {},
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    chosen: { state: true },
  };

  /** `guardian`, `child` or `professional`; empty: the reader chooses. */
  declare audience: PlacementAudience | '';
  /** The element's heading; defaults to "Om barnet inte kan bo hemma" (one that fits a fixed audience). */
  declare heading: string;
  /** Level of the element's heading (default 2); the chosen reader's heading is one level below. */
  declare headingLevel: number;

  declare private chosen: PlacementAudience | '';

  readonly #name = `soc-placement-info-${++instances}`;
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
  get shownAudience(): PlacementAudience | '' {
    return isPlacementAudience(this.audience) ? this.audience : this.chosen;
  }

  override render(): TemplateResult {
    const fixed = isPlacementAudience(this.audience);
    const shown = this.shownAudience;
    const content = shown ? placementContent(shown) : null;
    const level = clampLevel(this.headingLevel);
    const title = this.heading || (fixed && content ? content.heading : placementHeading());
    return html`<div class="placement">
      ${heading(level, 'heading', title)} ${mediaSlot()} ${fixed ? nothing : this.#chooser(shown)}
      ${content
        ? keyed(
            shown,
            html`<div class="content">
              ${fixed ? nothing : heading(level + 1, 'audience-heading', placementAudienceHeading(shown as PlacementAudience))}
              <p class="intro">${content.intro}</p>
              ${content.sections.map((s) => this.#section(s))}
              <p part="more" class="more">
                <slot name="more">${content.more.text} <a href=${content.more.href}>${content.more.link}</a>.</slot>
              </p>
              <p part="urgent" class="urgent">${content.urgent}</p>
            </div>`,
          )
        : nothing}
    </div>`;
  }

  #section(s: PlacementSection): TemplateResult {
    return html`<details part="section" class="section" data-section=${s.id}>
      <summary part="summary">${s.summary}</summary>
      <div class="answer">
        ${s.body.map((b) => (Array.isArray(b) ? html`<ul>${b.map((li) => html`<li>${li}</li>`)}</ul>` : html`<p>${b}</p>`))}
        ${s.law ? html`<p class="law">${s.law}</p>` : nothing}
      </div>
    </details>`;
  }

  #chooser(shown: PlacementAudience | ''): TemplateResult {
    const status =
      this.#announce && shown
        ? msg(str`Visar: ${placementAudienceHeading(shown)}`, {
            id: 'placement-showing',
            desc: 'Placement info: polite status after the reader chose who they are; the heading of the texts shown follows.',
          })
        : '';
    return html`<fieldset part="chooser" class="chooser" aria-describedby="chooser-hint">
        <legend>${msg('Vem är du?', { id: 'placement-who', desc: 'Placement info chooser: question.' })}</legend>
        <p id="chooser-hint" class="hint">
          ${msg('Välj det som passar dig bäst. Då visar vi det som gäller dig.', { id: 'placement-who-hint', desc: 'Placement info chooser: hint.' })}
        </p>
        <div class="items">
          ${PLACEMENT_AUDIENCES.map(
            (a) => html`<div class="item">
              <input type="radio" id="a-${a}" name=${this.#name} value=${a} .checked=${shown === a} @change=${this.#onChoose} />
              <label for="a-${a}">${placementLabel(a)}</label>
            </div>`,
          )}
        </div>
      </fieldset>
      <div class="visually-hidden" role="status">${status}</div>`;
  }

  #onChoose = (e: Event) => {
    const value = (e.target as HTMLInputElement).value;
    if (!isPlacementAudience(value)) return;
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
      .heading,
      .audience-heading {
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
      .intro,
      .more {
        margin-block: 0 var(--soc-space-s, 0.75rem);
        max-inline-size: 65ch;
      }
      .more {
        margin-block-start: var(--soc-space-m, 1rem);
      }
      a {
        color: var(--soc-color-link, #0b57d0);
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
      .answer p,
      .answer ul {
        margin-block: 0 var(--soc-space-xs, 0.375rem);
        max-inline-size: 65ch;
      }
      .answer ul {
        padding-inline-start: 1.25em;
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
        a {
          color: LinkText;
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
        .law,
        a {
          color: inherit;
        }
        .section {
          break-inside: avoid;
        }
        .more a::after {
          content: ' (' attr(href) ')';
        }
      }
    `,
  ];
}

define('soc-placement-info', SocPlacementInfo);

declare global {
  interface HTMLElementTagNameMap {
    'soc-placement-info': SocPlacementInfo;
  }
}
