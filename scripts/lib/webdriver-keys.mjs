// W3C WebDriver key values (§17.4.2) for Puppeteer-style key names, shared by the test runner's
// WebKit key command (test/server/engine-commands.mjs) and the journeys' WebDriver page
// (scripts/lib/webdriver-page.mjs).

/** WebDriver's code points for the named keys. */
export const WD_KEYS = {
  Backspace: '\uE003',
  Tab: '\uE004',
  Enter: '\uE007',
  Shift: '\uE008',
  ShiftLeft: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Escape: '\uE00C',
  Space: ' ',
  ' ': ' ',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Delete: '\uE017',
  Meta: '\uE03D',
};

/**
 * One key of a Puppeteer-style name as a WebDriver value: a named key, a line break (Enter, as
 * Puppeteer's keyboard.type does) or a single character. `who` names the caller in the error.
 */
export function wdKey(name, who = 'webdriver') {
  if (name in WD_KEYS) return WD_KEYS[name];
  if (name === '\n' || name === '\r') return WD_KEYS.Enter;
  if ([...name].length === 1) return name;
  throw new Error(`${who}: key "${name}" has no WebDriver equivalent`);
}
