/**
 * What a target locale's index module (src/generated/locales/<code>.ts, written by
 * scripts/lib/locale-groups.mjs) exports: the texts are split into groups so that a page loads only
 * those of the elements it defines (issue 19).
 */
import type { LocaleModule } from '@lit/localize';

export interface LocaleIndex {
  /** Element tag → the groups its texts are in. `rest`: texts every page loads. */
  needs: Record<string, readonly string[]>;
  /** Group → its loader. */
  groups: Record<string, () => Promise<LocaleModule>>;
}
