/** Writes JSON-LD into a script element under a strict CSP and Trusted Types. */

type ScriptPolicy = { createScript(text: string): unknown };
type TrustedTypesHolder = {
  trustedTypes?: { createPolicy(name: string, rules: { createScript(text: string): string }): ScriptPolicy };
  [TT_KEY]?: ScriptPolicy | null;
};
const TT_KEY = Symbol.for('soc-elements.trusted-types-policy');

/**
 * Puts JSON into a `<script type="application/ld+json">` as text, never markup. A data block is
 * not executed, so `script-src 'self'` allows it, but with Trusted Types enforced Chromium refuses
 * a plain string in `script.textContent`: the `soc-elements` policy (DESIGN.md allows that name)
 * passes only text that parses as JSON. If the page does not allow the policy, a text node is
 * appended instead; the data is in the DOM for crawlers and the browser reports one violation.
 */
export function setScriptText(script: HTMLScriptElement, json: string): void {
  const g = globalThis as unknown as TrustedTypesHolder;
  if (g[TT_KEY] === undefined) {
    try {
      g[TT_KEY] = g.trustedTypes?.createPolicy('soc-elements', {
        createScript: (text) => {
          JSON.parse(text); // throws on anything that is not JSON
          return text;
        },
      }) ?? null;
    } catch {
      g[TT_KEY] = null;
    }
  }
  const policy = g[TT_KEY];
  if (policy) script.textContent = policy.createScript(json) as string;
  else script.replaceChildren(document.createTextNode(json));
}
