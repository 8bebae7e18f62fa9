import { sendKeys } from '@web/test-runner-commands';
import { activeField, deepActive, tabUntil as tabUntilShared } from './dom.js';

export { activeField, deepActive };

const tab = () => sendKeys({ press: 'Tab' });

/** Presses Tab until `match` holds for the focused element (max 60 presses). */
export async function tabUntil(match: (el: Element) => boolean, what = 'target'): Promise<Element> {
  let hit: Element | null = null;
  await tabUntilShared(tab, () => !!(hit = deepActive()) && match(hit), { what });
  return hit!;
}

/** Tabs to the field named `name` (the soc host's name). */
export async function tabToField(name: string): Promise<void> {
  await tabUntilShared(tab, () => activeField()?.name === name, { what: `field ${name}` });
}

/** Tabs to a radio group and chooses the answer at `index` with Space and arrow keys. */
export async function chooseRadio(name: string, index: number): Promise<void> {
  await tabToField(name);
  await sendKeys({ press: 'Space' });
  for (let i = 0; i < index; i++) await sendKeys({ press: 'ArrowDown' });
}

/** Tabs to a field and types. */
export async function fill(name: string, text: string): Promise<void> {
  await tabToField(name);
  await sendKeys({ type: text });
}

/** Tabs to a button by its visible text and presses Enter. */
export async function pressButton(text: string | RegExp): Promise<void> {
  const re = typeof text === 'string' ? new RegExp(`^\\s*${text}\\s*$`) : text;
  await tabUntil((el) => (el.localName === 'button' || el.localName === 'a') && re.test(el.textContent ?? ''), `button ${text}`);
  await sendKeys({ press: 'Enter' });
}

/** Presses Shift+Tab until the field named `name` has focus. */
export async function shiftTabToField(name: string): Promise<void> {
  await sendKeys({ down: 'Shift' });
  try {
    await tabUntilShared(tab, () => activeField()?.name === name, { what: `field ${name} with Shift+Tab` });
  } finally {
    await sendKeys({ up: 'Shift' });
  }
}
