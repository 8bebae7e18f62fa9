// Several elements with correct attributes, properties and events: this file must type-check
// with `strict` and `skipLibCheck: false`, and build.
import { useRef, useState } from 'react';
import 'soc-elements';
import type { SocTextField, Transport } from 'soc-elements';

/** A page's own transport: the property React 19 sets on the element (not an attribute). */
const transport: Transport = async (payload, { idempotencyKey, signal }) => {
  const response = await fetch('/api/submissions', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': idempotencyKey },
    body: JSON.stringify(payload),
    signal,
  });
  return (await response.json()) as { reference: string };
};

export function App() {
  const [name, setName] = useState('');
  const [reference, setReference] = useState('');
  const [step, setStep] = useState('');
  const field = useRef<SocTextField>(null);

  return (
    <main className="page">
      <soc-quick-exit position="sticky" href="https://www.google.se" />
      <soc-text-field
        ref={field}
        label="Personnummer"
        name="pnr"
        format="personnummer"
        width="20"
        required
        value={name}
        oninput={(e) => setName(e.target.value)}
        onchange={(e) => console.log(e.target.normalizedValue)}
      />
      <soc-radio-group label="Gäller det ett barn?" name="barn" inline onchange={(e) => console.log(e.target.value)}>
        <soc-radio value="ja">Ja</soc-radio>
        <soc-radio value="nej">Nej</soc-radio>
      </soc-radio-group>
      <soc-date-input label="Datum" name="datum" rule="past" />
      <soc-concern-report
        subject="child"
        municipality="Exempelkommun"
        draft="off"
        transport={transport}
        onsoc-submitted={(e) => setReference(e.detail.reference)}
        onsoc-submit-error={(e) => console.warn(e.detail.error.message, e.detail.retryable)}
        onsoc-step-change={(e) => setStep(`${e.detail.index}: ${e.detail.id}`)}
      />
      <soc-application-form audience="adult" action="/api/submissions" send-timeout={20} />
      <soc-process-steps variant="concern" current="utredning" heading-level={2} />
      <soc-confidentiality audience="guardian" />
      <soc-placement-info audience="child" />
      <soc-contact-hours phone="08-123 456 78" hours="Mo-Fr 08:00-16:00; PH off" />
      <p aria-live="polite">
        {reference} {step}
      </p>
    </main>
  );
}
