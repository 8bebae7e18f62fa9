// The OpenAPI 3.1 document of POST /api/submissions, for back ends in any language: made from the
// payload types and error codes of `soc-elements/schemas`, their JSON Schemas (json-schema.mjs)
// and the answers of server/contract.mjs, so it cannot drift from what the elements send and the
// reference receiver answers. `npm run build` writes it to dist/openapi.json
// (`soc-elements/openapi.json`); test/node/openapi.node.test.mjs validates it and checks the
// reference receiver's real answers against it; the Storybook page "Ta emot ärenden" shows it.
// No Node modules here: the Storybook page imports this file too.
import {
  KEY_PATTERN_SOURCE,
  MAX_BYTES,
  MAX_DEPTH,
  REFERENCE_PATTERN_SOURCE,
  RESPONSES,
  RETRY_AFTER_SECONDS,
  SUBMISSIONS_PATH,
} from '../../server/contract.mjs';

/** Name of a payload type's schema under components.schemas: concern-report → ConcernReport. */
export const componentName = (type) =>
  type
    .split('-')
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');

/** `{ errors: [{ path, code }] }` with `codes` as the allowed codes. */
function errorsSchema(codes, description) {
  return {
    type: 'object',
    description,
    properties: {
      errors: {
        type: 'array',
        minItems: 1,
        items: {
          type: 'object',
          properties: {
            path: { type: 'string', description: 'Where in the payload, keys joined by "." ("data.reporter.phone"); "" for the request as a whole.' },
            code: { type: 'string', enum: codes },
          },
          required: ['path', 'code'],
          additionalProperties: false,
        },
      },
    },
    required: ['errors'],
    additionalProperties: false,
  };
}

/**
 * @param {{
 *   PAYLOAD_TYPES: readonly { type: string, version: number, reference: string, title: string, element: string, jsonSchema: string }[],
 *   ERROR_CODES: readonly string[],
 *   jsonSchemas: { type: string, json: Record<string, unknown> }[],
 *   version?: string,
 * }} input `jsonSchemas` is payloadJsonSchemas() of json-schema.mjs.
 */
export function openApiDocument({ PAYLOAD_TYPES, ERROR_CODES, jsonSchemas, version = '0.0.0' }) {
  const byType = new Map(jsonSchemas.map((s) => [s.type, s.json]));
  const schemas = {};
  for (const t of PAYLOAD_TYPES) {
    const json = byType.get(t.type);
    if (!json) throw new Error(`no JSON Schema for the payload type ${t.type}`);
    // The dialect is the document's (jsonSchemaDialect); the $id stays, so the component and
    // dist/schemas/<type>.json are recognisably the same schema.
    const rest = { ...json };
    delete rest.$schema;
    schemas[componentName(t.type)] = {
      ...rest,
      'x-reference-prefix': t.reference,
      'x-element': t.element,
    };
  }
  schemas.Reference = {
    type: 'object',
    properties: {
      reference: {
        type: 'string',
        minLength: 1,
        maxLength: 100,
        pattern: '\\S',
        examples: ['OA-2026-000123'],
        description:
          "The case's reference, shown to the citizen on the receipt; any non-blank text in your own numbering. " +
          `The reference receiver gives the type's prefix (${PAYLOAD_TYPES.map((t) => `${t.reference} ${t.type}`).join(', ')}), the year and a number never given out twice: ${REFERENCE_PATTERN_SOURCE}.`,
      },
    },
    required: ['reference'],
  };

  const responses = {};
  for (const r of RESPONSES) {
    const codes = [...(r.codes ?? []), ...(r.schemaCodes ? ERROR_CODES.filter((c) => !(r.codes ?? []).includes(c)) : [])];
    const name = `Error${r.status}`;
    if (!r.reference) schemas[name] = errorsSchema(codes, r.summary);
    responses[String(r.status)] = {
      description: r.description,
      ...(r.retryAfter
        ? { headers: { 'Retry-After': { description: 'Seconds to wait before trying again.', required: true, schema: { type: 'integer', minimum: 1, examples: [RETRY_AFTER_SECONDS] } } } }
        : {}),
      content: { 'application/json': { schema: { $ref: `#/components/schemas/${r.reference ? 'Reference' : name}` } } },
    };
  }

  const mapping = Object.fromEntries(PAYLOAD_TYPES.map((t) => [t.type, `#/components/schemas/${componentName(t.type)}`]));
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'soc-elements submissions',
      version,
      summary: 'What the soc-elements forms send, and the answers they understand.',
      description:
        'A form (soc-concern-report, soc-application-form, soc-economic-aid-form, soc-feedback-form) sends one POST per submission. ' +
        'A receiver stores it before it answers 201, answers a retry with the same Idempotency-Key and the same content with 200 and the first reference, ' +
        'and a key used for other content with 422. The payload schemas are generated from the zod schemas of soc-elements/schemas; ' +
        'what JSON Schema cannot check (the personnummer check digit) is named in the field descriptions. ' +
        'Check a receiver with `npx soc-elements-conformance <url>`.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    paths: {
      [SUBMISSIONS_PATH]: {
        post: {
          operationId: 'submit',
          summary: 'Receive one submission',
          parameters: [
            {
              name: 'Idempotency-Key',
              in: 'header',
              required: true,
              description:
                'A random key per submission (the elements send a UUID). A retry of the same submission, also after a reload, sends the same key. Missing or malformed: 400 missing_idempotency_key.',
              schema: { type: 'string', pattern: KEY_PATTERN_SOURCE },
            },
          ],
          requestBody: {
            required: true,
            description: `A JSON payload of one of the types, at most ${MAX_BYTES / 1024} KB (413 above) and nested at most ${MAX_DEPTH} levels; the type field picks the schema.`,
            content: {
              'application/json': {
                schema: {
                  oneOf: PAYLOAD_TYPES.map((t) => ({ $ref: mapping[t.type] })),
                  discriminator: { propertyName: 'type', mapping },
                },
              },
            },
          },
          responses,
        },
      },
    },
    components: { schemas },
  };
}
