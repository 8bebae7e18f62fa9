/**
 * What a target locale's index module (src/generated/locales/<code>.ts, written by
 * scripts/lib/locale-groups.mjs) is made of: the texts are split into groups so that a page loads
 * only those of the elements it shows (issue 19). This code is part of each index, which loads
 * only when the page's language is not Swedish, so it costs a Swedish page nothing.
 */
import type { LocaleModule } from '@lit/localize';
import { used } from '../define.js';

export interface LocaleIndex {
  /** Element tag → the groups its texts are in; `*`: the groups every page loads. */
  needs: Record<string, readonly string[]>;
  /** Group → its loader. */
  groups: Record<string, () => Promise<LocaleModule>>;
  /**
   * Loads the groups of the elements the page has shown (and every page's) once each into the one
   * templates object of this locale, and returns it: @lit/localize keeps reading that object. An
   * element shown later gets its groups loaded into it too; then `changed()` is called (with the
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
  return (changed) => {
    // The elements the page has shown so far (define.ts notes each tag when its first element is
    // connected), not every element it has defined: the whole bundle defines them all.
    const tags = ['*', ...used.tags];
    // An element shown later (added to the page, a lazy import, a step of a service): its texts
    // load when it is connected, and the page renders again.
    used.on = (tag) => void load(tag).then(() => changed(), changed);
    return Promise.all(tags.map(load)).then(() => ({ templates }));
  };
}
