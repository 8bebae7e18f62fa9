/**
 * Keyboard and viewport for the browser tests, the same in the three engines: `sendKeys` and
 * `setViewport` with the signatures of @web/test-runner-commands, served by the `soc-keys` and
 * `soc-viewport` commands of test/server/engine-commands.mjs (Puppeteer's keyboard in Chromium and
 * Firefox, W3C key actions over WebDriver in WebKit, which the stock commands cannot send
 * `down`/`up` to). Key names are the ones all three know: `Tab`, `Shift`, `Control`, `Enter`,
 * `Escape`, `Backspace`, `ArrowUp/Down/Left/Right`, `Home`, `End`, `' '` (Space) and characters.
 */
import { executeServerCommand } from '@web/test-runner-commands';

export type SendKeysPayload = { type: string } | { press: string } | { down: string } | { up: string };

export async function sendKeys(payload: SendKeysPayload): Promise<void> {
  await executeServerCommand('soc-keys', payload);
}

export async function setViewport(viewport: { width: number; height: number }): Promise<void> {
  await executeServerCommand('soc-viewport', viewport);
}

export { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
