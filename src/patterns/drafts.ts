/**
 * Drafts: where soc elements keep unfinished answers, and how to remove them all.
 *
 * Services keep a draft in `sessionStorage` (tab-scoped, gone when the tab closes; DESIGN.md
 * "Nothing is lost") under a key that starts with {@link DRAFT_PREFIX}. Quick exit, a confirmed
 * submission and "Avbryt" remove them. No DOM and no Lit here, so it can be used and tested anywhere.
 */

/** Prefix of every sessionStorage key that holds a soc draft. */
export const DRAFT_PREFIX = 'soc-elements:draft:';

/** The storage key for a draft, e.g. `draftKey('concern-report')`. */
export const draftKey = (id: string): string => `${DRAFT_PREFIX}${id}`;

/** The part of `Storage` that clearing needs (so tests and Node can pass a stand-in). */
export type DraftStorage = Pick<Storage, 'length' | 'key' | 'removeItem'>;

/** The tab's sessionStorage, or null where there is none or it is blocked. */
function sessionStore(): DraftStorage | null {
  try {
    // Reading the property throws a SecurityError when storage is blocked (some sandboxed frames,
    // some privacy settings), so it is inside the try.
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

/**
 * Removes every draft (every key with {@link DRAFT_PREFIX}) and leaves other keys alone.
 * Never throws: quick exit must leave the page even if storage misbehaves.
 * @returns how many drafts were removed.
 */
export function clearDrafts(storage: DraftStorage | null = sessionStore()): number {
  if (!storage) return 0;
  try {
    // Collect first: removing while walking by index would skip the key that moves into the slot.
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(DRAFT_PREFIX)) keys.push(key);
    }
    for (const key of keys) storage.removeItem(key);
    return keys.length;
  } catch {
    return 0;
  }
}
