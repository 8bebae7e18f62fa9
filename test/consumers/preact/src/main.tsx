// Several elements with correct attributes, properties and events (strict, skipLibCheck off).
import { render } from 'preact';
import { useRef, useState } from 'preact/hooks';
import 'soc-elements';
import type { SocTextField } from 'soc-elements';

function App() {
  const [reference, setReference] = useState('');
  const field = useRef<SocTextField>(null);
  return (
    <main class="page">
      <soc-text-field ref={field} label="Postnummer" name="postnr" format="postnummer" width="5" aria-describedby="om" onchange={(e) => console.log(e.target.normalizedValue)} />
      <soc-concern-report subject="adult" draft="off" onsoc-submitted={(e) => setReference(e.detail.reference)} />
      <soc-process-steps variant="application" current="beslut" />
      <p id="om">{reference}</p>
    </main>
  );
}

render(<App />, document.getElementById('app')!);
