import { sendKeys } from '@web/test-runner-commands';

/** The element that really has focus, through shadow roots. */
export function deepActive(): Element | null {
  let el: Element | null = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** The soc field (host) that contains the focused control, if any. */
export function activeField(): (Element & { name?: string }) | null {
  const chain: Element[] = [];
  let el: Element | null = document.activeElement;
  while (el) {
    chain.push(el);
    el = el.shadowRoot?.activeElement ?? null;
  }
  // The innermost soc-* host that has a name.
  return (chain.reverse().find((e) => e.localName.startsWith('soc-') && (e as { name?: string }).name) as Element & { name?: string }) ?? null;
}

/** Presses Tab until `match` holds for the focused element (max 60 presses). */
export async function tabUntil(match: (el: Element) => boolean, what = 'target'): Promise<Element> {
  for (let i = 0; i < 60; i++) {
    await sendKeys({ press: 'Tab' });
    const el = deepActive();
    if (el && match(el)) return el;
  }
  throw new Error(`Tab never reached ${what}`);
}

/** Tabs to the field named `name` (the soc host's name). */
export async function tabToField(name: string): Promise<void> {
  for (let i = 0; i < 60; i++) {
    await sendKeys({ press: 'Tab' });
    if (activeField()?.name === name) return;
  }
  throw new Error(`Tab never reached field ${name}`);
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
    for (let i = 0; i < 60; i++) {
      await sendKeys({ press: 'Tab' });
      if (activeField()?.name === name) return;
    }
  } finally {
    await sendKeys({ up: 'Shift' });
  }
  throw new Error(`Shift+Tab never reached field ${name}`);
}
