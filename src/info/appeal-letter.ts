/**
 * The letter of `soc-appeal-guide`: which answers fill it, and printing or copying it. Printing
 * leaves out everything on the page but the letter; copying falls back to selecting the text when
 * the clipboard is refused. Nothing here sends or stores anything.
 */
import type { LetterAnswers } from './appeal-guide-text.js';

/** The letter's questions: the field's name and the answer it fills. */
export const LETTER_FIELDS = ['name', 'decision', 'date', 'decidedBy', 'change', 'why'] as const satisfies readonly (keyof LetterAnswers)[];

/**
 * While the letter prints, everything on the page but the path to the element is left out. A
 * constructed sheet (no inline style, so a strict CSP allows it), adopted on the first print.
 */
let printSheet: CSSStyleSheet | null = null;
function adoptPrintSheet(): void {
  if (printSheet || !('adoptedStyleSheets' in document)) return;
  printSheet = new CSSStyleSheet();
  printSheet.replaceSync(
    '@media print { body:has(soc-appeal-guide[data-printing]) :not(soc-appeal-guide[data-printing], :has(soc-appeal-guide[data-printing])) { display: none !important; } }',
  );
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, printSheet];
}

/** Prints `host`'s letter alone (its styles hide the rest of the element while `data-printing` is set). */
export function printAlone(host: HTMLElement): void {
  adoptPrintSheet();
  host.toggleAttribute('data-printing', true);
  window.addEventListener('afterprint', () => endPrint(host), { once: true });
  window.print();
}

/** The page is itself again after printing (or when the element leaves the page). */
export function endPrint(host: HTMLElement): void {
  host.removeAttribute('data-printing');
}

/**
 * Copies `text` to the clipboard; when that is refused (no permission, no user activation), selects
 * `box`'s text and tries the old copy command. True if the text was copied.
 */
export async function copyText(text: string, box: Element | null): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused: select the text instead.
  }
  const selection = getSelection();
  if (!box || !selection) return false;
  selection.selectAllChildren(box);
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}
