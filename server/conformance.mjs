// Checks that a receiver of soc-elements submissions, written in any language, keeps the contract
// of POST /api/submissions (contract.mjs, dist/openapi.json): it stores valid payloads of every
// type under a reference, answers a retry with the same Idempotency-Key with the same reference,
// refuses the key for other content, stores one submission when the same key comes several times at
// once, and answers bad input with the right 4xx. Plain Node 20 (fetch), nothing to install.
// `npx soc-elements-conformance <url>` (conformance-cli.mjs) prints one line per check.
//
// It stores real submissions (a few of each type, their texts say they are tests): run it against
// a test or staging server, never against production.
import { KEY_PATTERN_SOURCE, MAX_BYTES, SUBMISSIONS_PATH } from './contract.mjs';
import { INVALID, VALID } from './conformance-payloads.mjs';

/** The endpoint for `url`: the URL itself, or `url` + /api/submissions when it has no path. */
export function endpointOf(url) {
  const u = new URL(url);
  if (u.pathname === '/' || u.pathname === '') u.pathname = SUBMISSIONS_PATH;
  return u.href;
}

const newKey = () => `conformance-${crypto.randomUUID()}`;
const short = (text, max = 160) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * @param {string} url the receiver's endpoint (or its origin, then /api/submissions is used)
 * @param {{ headers?: Record<string, string>, timeoutMs?: number, concurrent?: number, onResult?: (r: CheckResult) => void }} [options]
 *   `headers` go with every request (e.g. Authorization for a staging server).
 * @returns {Promise<CheckResult[]>}
 * @typedef {{ name: string, holds: boolean, got: string }} CheckResult
 */
export async function checkReceiver(url, { headers = {}, timeoutMs = 30_000, concurrent = 8, onResult = () => {} } = {}) {
  const endpoint = endpointOf(url);
  const results = [];
  const check = (name, holds, got) => {
    const result = { name, holds: Boolean(holds), got };
    results.push(result);
    onResult(result);
    return result.holds;
  };

  /** One POST; never throws: a failure to connect is `status: 0` with the reason. */
  async function post(body, { key = newKey(), type = 'application/json', sendKey = true } = {}) {
    const h = { ...headers, 'content-type': type };
    if (sendKey) h['idempotency-key'] = key;
    try {
      const res = await fetch(endpoint, {
        method: 'POST',
        headers: h,
        body: typeof body === 'string' ? body : JSON.stringify(body),
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
      });
      const text = await res.text();
      let json;
      if (/^application\/([\w.+-]+\+)?json\b/i.test(res.headers.get('content-type') ?? '')) {
        try {
          json = JSON.parse(text);
        } catch {
          // Said JSON, is not: `json` stays undefined and `got` shows the text.
        }
      }
      return { status: res.status, json, got: `${res.status} ${short(text.replace(/\s+/g, ' ').trim()) || '(empty body)'}` };
    } catch (error) {
      const reason = error?.cause?.code ?? error?.cause?.message ?? error?.name ?? String(error);
      return { status: 0, got: `no answer (${reason})` };
    }
  }
  const referenceOf = (r) => (r.status >= 200 && r.status < 300 && typeof r.json?.reference === 'string' && r.json.reference.trim() ? r.json.reference : '');
  const hasError = (r, status, code, path) =>
    r.status === status && Array.isArray(r.json?.errors) && r.json.errors.some((e) => e?.code === code && (path === undefined || e?.path === path));
  const isOk = (r) => r.status >= 200 && r.status < 300;

  // Valid payloads of every type: 201 with a reference, each reference new.
  const stored = new Map();
  for (const [type, payload] of Object.entries(VALID)) {
    const key = newKey();
    const r = await post(payload, { key });
    if (check(`a valid ${type} is stored: 201 with { reference }`, r.status === 201 && referenceOf(r), r.got)) {
      stored.set(type, { key, reference: r.json.reference, payload });
    }
  }
  const references = [...stored.values()].map((s) => s.reference);
  check('every stored submission gets a reference of its own', references.length > 1 && new Set(references).size === references.length, references.join(', ') || 'no references');

  // Idempotency.
  const first = stored.get('concern-report');
  if (first) {
    const again = await post(first.payload, { key: first.key });
    check('a retry with the same Idempotency-Key and body gets 200 and the same reference', again.status === 200 && referenceOf(again) === first.reference, again.got);
    const later = await post({ ...first.payload, submittedAt: '2026-12-04T09:05:00+01:00', locale: 'en' }, { key: first.key });
    check(
      'a retry with the same key and answers but a new submittedAt and locale gets the same reference',
      isOk(later) && referenceOf(later) === first.reference,
      later.got,
    );
    const other = structuredClone(first.payload);
    other.data.child.location = 'Lillgatan 2, Exempelstad';
    const reused = await post(other, { key: first.key });
    check('the same Idempotency-Key with other answers is refused: 422 idempotency_key_reused', hasError(reused, 422, 'idempotency_key_reused'), reused.got);
  } else {
    check('a retry with the same Idempotency-Key and body gets 200 and the same reference', false, 'not tried: no concern-report was stored');
  }
  {
    const key = newKey();
    const answers = await Promise.all(Array.from({ length: concurrent }, () => post(VALID['economic-aid'], { key })));
    const refs = new Set(answers.map(referenceOf));
    const statuses = answers.map((a) => a.status).join(' ');
    check(
      `${concurrent} posts at once with one Idempotency-Key store one submission: all 2xx, one reference`,
      answers.every(isOk) && refs.size === 1 && !refs.has(''),
      `${statuses}; references ${[...refs].map((x) => x || '(none)').join(', ')}${answers.find((a) => !isOk(a)) ? `; e.g. ${answers.find((a) => !isOk(a)).got}` : ''}`,
    );
  }

  // Bad input: the 4xx the elements understand.
  for (const [type, { what, payload, error }] of Object.entries(INVALID)) {
    const r = await post(payload);
    check(`an invalid ${type} (${what}) gets 400 with { path: "${error.path}", code: "${error.code}" }`, hasError(r, 400, error.code, error.path), r.got);
  }
  {
    const r = await post({ ...VALID['concern-report'], type: 'no-such-type' });
    check('a payload of an unknown type gets 400 with { path: "type", code: "invalid_choice" }', hasError(r, 400, 'invalid_choice', 'type'), r.got);
  }
  {
    const r = await post('{"type":');
    check('a body that is not JSON gets 400 invalid_json', hasError(r, 400, 'invalid_json'), r.got);
  }
  {
    const r = await post(VALID['concern-report'], { sendKey: false });
    check('a post without an Idempotency-Key gets 400 missing_idempotency_key', hasError(r, 400, 'missing_idempotency_key'), r.got);
    const bad = await post(VALID['concern-report'], { key: 'kort' });
    check(`a malformed Idempotency-Key (not ${KEY_PATTERN_SOURCE}) gets 400 missing_idempotency_key`, hasError(bad, 400, 'missing_idempotency_key'), bad.got);
  }
  {
    const big = structuredClone(VALID['concern-report']);
    big.data.concern.description = 'x'.repeat(MAX_BYTES + 44 * 1024);
    const r = await post(big);
    check(`a body over ${MAX_BYTES / 1024} KB gets 413`, r.status === 413, r.got);
  }
  {
    const r = await post(JSON.stringify(VALID['concern-report']), { type: 'text/plain' });
    check('a body sent as text/plain gets 415', r.status === 415, r.got);
  }
  return results;
}
