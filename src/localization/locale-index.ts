/**
 * What a target locale's index module (src/generated/locales/<code>.ts, written by
 * scripts/lib/locale-groups.mjs) is made of: the texts are split into groups so that a page loads
 * only those of the elements it defines (issue 19). This code is part of each index, which loads
 * only when the page's language is not Swedish, so it costs a Swedish page nothing.
 */
import type { LocaleModule } from '@lit/localize';

export interface LocaleIndex {
  /** Element tag → the groups its texts are in; `*`: the groups every page loads. */
  needs: Record<string, readonly string[]>;
  /** Group → its loader. */
  groups: Record<string, () => Promise<LocaleModule>>;
  /**
   * Loads the groups of the elements defined on the page (and every page's) once each into the one
   * templates object of this locale, and returns it: @lit/localize keeps reading that object. An
   * element defined later gets its groups loaded into it too; then `changed()` is called (with the
   * error when they could not be loaded) so the page renders again.
   */
  texts(changed: (error?: unknown) => void): Promise<LocaleModule>;
}

/** `texts` of an index. */
export function localeTexts(needs: LocaleIndex['needs'], groups: LocaleIndex['groups']): LocaleIndex['texts'] {
  const templates: NonNullable<LocaleModule['templates']> = {};
  const loads: Record<string, Promise<unknown>> = {};
  const load = (tag: string) =>
    Promise.all(
      (needs[tag] ?? []).map(
        (g) =>
          (loads[g] ??= groups[g]!().then(
            (m) => Object.assign(templates, m.templates),
            (e) => {
              // Tried again next time.
              delete loads[g];
              throw e;
            },
          )),
      ),
    );
  let watching = false;
  return (changed) => {
    const tags = Object.keys(needs).filter((tag) => tag === '*' || customElements.get(tag));
    if (!watching) {
      watching = true;
      // Elements defined later (a lazy import, a second module): their texts load when they are.
      for (const tag in needs) if (!tags.includes(tag)) void customElements.whenDefined(tag).then(() => load(tag).then(() => changed(), changed));
    }
    return Promise.all(tags.map(load)).then(() => ({ templates }));
  };
}
