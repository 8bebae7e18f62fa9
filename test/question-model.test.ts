// The question model against the payload schemas: every question of every service has its place
// in the payload (same path, a kind the schema accepts, the same text limit), every place in the
// payload has a question, and a back end's error on any question lands on that question's field.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { z } from 'zod';
import '../src/index.js';
import type { SocServiceForm } from '../src/services/service-form.js';
import { PAYLOAD_TYPES } from '../src/schemas/types.js';
import { PAYLOAD_SCHEMAS } from '../src/schemas/payloads.js';
import { isQuestion, type Question, type ServiceModel } from '../src/patterns/wizard/questions.js';
import { SubmitError } from '../src/services/submission.js';
import { CONCERN_ANSWERS, settle } from './helpers/service.js';

type Json = Record<string, unknown> & { $ref?: string };

/** Every leaf of `data` in a JSON Schema, by path (`*` for array items), with each variant's schema. */
function leaves(root: Json): Map<string, Json[]> {
  const defs = (root.$defs ?? {}) as Record<string, Json>;
  const out = new Map<string, Json[]>();
  const walk = (node: Json, path: string): void => {
    if (node.$ref) return walk(defs[node.$ref.replace('#/$defs/', '')]!, path);
    for (const key of ['oneOf', 'anyOf', 'allOf'] as const) for (const n of (node[key] as Json[] | undefined) ?? []) walk(n, path);
    const properties = node.properties as Record<string, Json> | undefined;
    if (properties) for (const [k, v] of Object.entries(properties)) walk(v, path ? `${path}.${k}` : k);
    const items = node.items as Json | undefined;
    const objectItems = items && (items.properties || items.anyOf || items.oneOf || items.allOf || items.$ref);
    if (objectItems) walk(items!, `${path}.*`);
    else if (path && !properties && (node.type || node.enum || 'const' in node)) out.set(path, [...(out.get(path) ?? []), node]);
  };
  const data = (root.properties as Record<string, Json>).data!;
  walk(data, '');
  return out;
}

/**
 * Every payload type's element and schema: a new service is checked as soon as it is listed. A
 * service with variants (attributes that change its questions) is checked in each; together they
 * must cover every place in the payload.
 */
const VARIANTS: Record<string, string[]> = { application: ['', 'audience="adult"'], 'concern-report-adult': ['subject="adult"'] };
/** Places set by an attribute, not a question, with the value each variant sends ('' = absent). */
const FROM_ATTRIBUTES: Record<string, Record<string, Record<string, string>>> = {
  'soc-application-form': { audience: { '': '', 'audience="adult"': 'adult' } },
};
// By payload type: one element may send two types (soc-concern-report: `concern-report`, and `concern-report-adult` with subject="adult").
const SERVICES = PAYLOAD_TYPES.map((t) => ({ tag: t.element, type: t.type, schema: PAYLOAD_SCHEMAS[t.type], variants: VARIANTS[t.type] ?? [''] }));

const questionsOf = (model: ServiceModel): Question[] => model.steps.flatMap((s) => s.items.filter(isQuestion));
const values = (q: Question) => (q.choices?.({ a: {}, i: 0 }) ?? []).map((c) => c.value).sort();

describe('question model and payload schema agree', () => {
  afterEach(() => fixtureCleanup());

  it('every payload type has a registered service element', () => {
    for (const { tag } of SERVICES) expect(customElements.get(tag), tag).to.not.equal(undefined);
  });

  for (const { tag, type, schema, variants } of SERVICES) {
    it(`${tag} (${type}): each question has its place, kind and limit in the payload, and each place has a question${variants.length > 1 ? ` (in each of ${variants.length} variants)` : ''}`, async () => {
      const places = leaves(z.toJSONSchema(schema as z.ZodType, { io: 'input' }) as Json);
      const problems: string[] = [];
      const named = new Set<string>();
      /** Per radio question sent as is: the answers the payload allows, and those offered over all variants. */
      const offered = new Map<string, { allowed: string[]; seen: Set<string> }>();
      for (const variant of variants) {
        const el = (await fixture(`<${tag} ${variant}></${tag}>`)) as SocServiceForm;
        const attributes = FROM_ATTRIBUTES[tag] ?? {};
        for (const [path, byVariant] of Object.entries(attributes)) {
          const sentValue = (el.buildData() as Record<string, unknown>)[path];
          if ((sentValue ?? '') !== byVariant[variant]) problems.push(`${variant || 'default'}: ${path} sent as ${String(sentValue)}`);
          named.add(path);
        }
        // Only the questions this variant asks: a step or question it never shows is not its own.
        const own = (q: Question) => !q.when || q.when({ a: {}, i: 0 });
        const ownSteps = el.model.steps.filter((st) => !st.when || st.when({}));
        const sent = ownSteps.flatMap((st) => st.items.filter(isQuestion)).filter((q) => q.send !== false && own(q));
        for (const q of questionsOf(el.model).filter((x) => x.send === false)) {
          if (places.has(q.name)) problems.push(`${q.name} only steers other questions but the payload has it`);
        }
        for (const q of sent) {
          const variants = places.get(q.name);
          if (!variants) {
            problems.push(`${q.name}: no such place in the payload`);
            continue;
          }
          const strings = variants.filter((v) => v.type === 'string');
          if (q.kind === 'text' && typeof q.send === 'function' && variants.every((v) => v.type === 'integer')) {
            // A count typed as text and sent as a whole number (the household in soc-economic-aid-form): bounds, not a text limit.
            if (!variants.every((v) => typeof v.minimum === 'number' && typeof v.maximum === 'number')) problems.push(`${q.name}: a count without bounds in the payload`);
          } else if (q.kind === 'text' || q.kind === 'textarea') {
            // Every branch that limits the text (a branch of a rule may only add "required") has the field's limit.
            const limits = [...new Set(strings.map((v) => v.maxLength).filter((m) => m !== undefined))];
            if (limits.length !== 1 || limits[0] !== q.maxlength) problems.push(`${q.name}: field allows ${q.maxlength}, payload ${limits.join('/') || 'no limit'}`);
          } else if (q.kind === 'personnummer' || q.kind === 'phone' || q.kind === 'email' || q.kind === 'postnummer') {
            if (!strings.some((v) => typeof v.pattern === 'string')) problems.push(`${q.name}: ${q.kind} without a pattern in the payload`);
          } else if (q.kind === 'radio' && !q.send) {
            const allowed = [...new Set(variants.flatMap((v) => (v.enum as string[] | undefined) ?? (typeof v.const === 'string' ? [v.const] : [])))].sort();
            // Each answer offered is allowed; over all variants, the answers are exactly what the payload allows.
            const notAllowed = values(q).filter((v) => !allowed.includes(v));
            if (notAllowed.length) problems.push(`${q.name}: answers ${notAllowed.join('/')} that the payload does not allow`);
            const entry = offered.get(q.name) ?? { allowed, seen: new Set<string>() };
            for (const v of values(q)) entry.seen.add(v);
            offered.set(q.name, entry);
          } else if (q.kind === 'radio') {
            // Sent through a mapping (yes/no → true/false): the payload holds a boolean.
            if (!variants.every((v) => v.type === 'boolean' || typeof v.const === 'boolean')) problems.push(`${q.name}: mapped to a boolean, payload is not one`);
          } else if (q.kind === 'checkboxes') {
            const items = variants.map((v) => v.items as Json);
            if (!variants.every((v) => v.type === 'array')) problems.push(`${q.name}: several answers, payload is not a list`);
            for (const it of items) {
              const ok = it?.enum ? values(q).every((v) => (it.enum as string[]).includes(v)) : values(q).every((v) => new RegExp(it?.pattern as string).test(v));
              if (!ok) problems.push(`${q.name}: an answer the payload does not accept`);
            }
          }
        }
        for (const q of sent) named.add(q.name);
      }
      for (const [name, { allowed, seen }] of offered) {
        const all = [...seen].sort();
        if (JSON.stringify(allowed) !== JSON.stringify(all)) problems.push(`${name}: answers ${all.join('/')}, payload ${allowed.join('/')}`);
      }
      for (const path of places.keys()) if (!named.has(path)) problems.push(`payload place ${path} has no question`);
      expect(problems, problems.join('\n')).to.deep.equal([]);
    });
  }
});

describe('limits and error paths reach the citizen', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => fixtureCleanup());

  const concern = CONCERN_ANSWERS;
  const heading = (el: Element) => el.shadowRoot!.querySelector('.step-heading')!.textContent!.trim();
  const summaryText = (el: Element) => el.shadowRoot!.querySelector('soc-error-summary')!.shadowRoot!.textContent!.replace(/\s+/g, ' ');

  /** The summary lists the error as a link; following it puts focus in the field, which shows the message. */
  async function expectLinkToField(el: SocServiceForm, name: string) {
    const field = el.shadowRoot!.querySelector<HTMLElement>(`[name="${name}"]`);
    expect(field, `${name} on screen`).to.not.equal(null);
    const limit = (field as HTMLElement & { maxlength?: number }).maxlength;
    // The limit as Swedish writes numbers: 5 000 (a no-break space), as in the textarea's count.
    const message = `Texten är för lång. Skriv högst ${new Intl.NumberFormat('sv').format(limit!)} tecken.`;
    expect(field!.shadowRoot!.querySelector('[part~="error"]')?.textContent).to.contain(message);
    const links = [...el.shadowRoot!.querySelector('soc-error-summary')!.shadowRoot!.querySelectorAll('a')];
    expect(links.map((a) => a.textContent!.trim())).to.deep.equal([message]);
    links[0]!.click();
    await settle();
    expect(el.shadowRoot!.activeElement).to.equal(field);
  }

  async function onStep(el: SocServiceForm, steps: number) {
    for (let i = 0; i < steps; i++) {
      expect(el.next(), `step ${i}`).to.be.true;
      await el.updateComplete;
      await settle();
    }
  }

  it('a 150-character interpreter language is stopped on its step with a plain message, before anything is sent', async () => {
    const el = (await fixture(html`<soc-concern-report></soc-concern-report>`)) as SocServiceForm;
    for (const [k, v] of Object.entries({ ...concern, 'concern.interpreter.language': 'a'.repeat(150) })) el.setAnswer(k, v);
    await el.updateComplete;
    let sent = false;
    el.transport = async () => ((sent = true), { reference: 'X' });
    await onStep(el, 1);
    expect(heading(el)).to.equal('Din oro');
    expect(el.next()).to.be.false;
    await settle();
    expect(summaryText(el)).to.contain('Texten är för lång. Skriv högst 100 tecken.');
    const field = el.shadowRoot!.querySelector('[name="concern.interpreter.language"]')!;
    expect(field.shadowRoot!.querySelector('[part~="error"]')!.textContent).to.contain('högst 100 tecken');
    expect(heading(el)).to.equal('Din oro');
    expect(sent).to.be.false;
  });

  for (const path of ['data.concern.interpreter.language', 'data.child.age', 'data.concern.description']) {
    it(`a back end's error on ${path} opens its step, with a summary link to the field`, async () => {
      const el = (await fixture(html`<soc-concern-report phone="08-465 004 10"></soc-concern-report>`)) as SocServiceForm;
      for (const [k, v] of Object.entries(concern)) el.setAnswer(k, v);
      await el.updateComplete;
      await onStep(el, 3);
      el.fail(new SubmitError('HTTP 400', false, 400, [{ path, code: 'too_long' }]));
      await settle();
      await settle();
      await expectLinkToField(el, path.replace('data.', ''));
    });
  }

  it('an error on a path no question has gives the failure box with the phone number, never a dead end', async () => {
    const el = (await fixture(html`<soc-concern-report phone="08-465 004 10"></soc-concern-report>`)) as SocServiceForm;
    for (const [k, v] of Object.entries(concern)) el.setAnswer(k, v);
    await el.updateComplete;
    await onStep(el, 3);
    el.fail(new SubmitError('HTTP 400', false, 400, [{ path: 'data.child.shoeSize', code: 'unknown_key' }]));
    await settle();
    const box = el.shadowRoot!.querySelector('.failure')!;
    expect(box.querySelector('a[href="tel:+46846500410"]')).to.not.equal(null);
  });

  it('an error on a child of an application lands on that child', async () => {
    const el = (await fixture(html`<soc-application-form></soc-application-form>`)) as SocServiceForm;
    const answers: Record<string, string | string[]> = {
      'applicant.role': 'guardian',
      'children.count': '2',
      'children.0.name': 'Alva',
      'children.0.hasPnr': 'no',
      'children.0.age': '6 år',
      'children.0.livesWith': 'both-parents',
      'children.1.name': 'Bo',
      'children.1.hasPnr': 'no',
      'children.1.age': '3 år',
      'children.1.livesWith': 'both-parents',
      support: ['stodsamtal'],
      situation: 'Vi behöver hjälp.',
      'contact.name': 'Eva',
      'contact.phone': '070-174 06 05',
      'contact.safe.call': 'yes',
      'contact.safe.letter': 'yes',
      'contact.safe.message': 'yes',
      'contact.interpreter.needed': 'no',
      'consent.school': 'yes',
      'consent.preschool': 'yes',
      'consent.healthCare': 'yes',
      'consent.other': 'no',
    };
    for (const [k, v] of Object.entries(answers)) el.setAnswer(k, v);
    await el.updateComplete;
    await onStep(el, 6);
    el.fail(new SubmitError('HTTP 400', false, 400, [{ path: 'data.children.1.age', code: 'too_long' }]));
    await settle();
    await settle();
    expect(heading(el)).to.equal('Barnen som ansökan gäller');
    await expectLinkToField(el, 'children.1.age');
  });
});
