import { sendKeys } from './commands.js';
import { activeField, deepActive, describeFocus, tabUntil as tabUntilShared } from './dom.js';

export { activeField, deepActive };

const tab = () => sendKeys({ press: 'Tab' });

/** Presses Tab until `match` holds for the focused element (max 60 presses). */
export async function tabUntil(match: (el: Element) => boolean, what = 'target'): Promise<Element> {
  let hit: Element | null = null;
  await tabUntilShared(tab, () => !!(hit = deepActive()) && match(hit), { what, where: describeFocus });
  return hit!;
}

/** Tabs to the field named `name` (the soc host's name). */
export async function tabToField(name: string): Promise<void> {
  await tabUntilShared(tab, () => activeField()?.name === name, { what: `field ${name}`, where: describeFocus });
}

/** Tabs to a radio group and chooses the answer at `index` with Space and arrow keys. */
export async function chooseRadio(name: string, index: number): Promise<void> {
  await tabToField(name);
  await sendKeys({ press: ' ' });
  for (let i = 0; i < index; i++) await sendKeys({ press: 'ArrowDown' });
}

/** Tabs to a field and types. */
export async function fill(name: string, text: string): Promise<void> {
  await tabToField(name);
  await sendKeys({ type: text });
}

/**
 * Tabs to a button by its visible text and presses Enter; with `back`, Shift+Tab for a button
 * above the focus (tests must not count on Tab wrapping round the page: Firefox does not leave a
 * shadow root's last control for the top of the page, README "Supported browsers").
 */
export async function pressButton(text: string | RegExp, { back = false } = {}): Promise<void> {
  const re = typeof text === 'string' ? new RegExp(`^\\s*${text}\\s*$`) : text;
  const match = (el: Element) => (el.localName === 'button' || el.localName === 'a') && re.test(el.textContent ?? '');
  if (!back) await tabUntil(match, `button ${text}`);
  else {
    await sendKeys({ down: 'Shift' });
    try {
      await tabUntil(match, `button ${text} with Shift+Tab`);
    } finally {
      await sendKeys({ up: 'Shift' });
    }
  }
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
