// JSON Schema files for back ends that do not run JavaScript (.NET, Java, Python): generated from
// the zod schemas of `soc-elements/schemas`, one file per entry of its PAYLOAD_TYPES. Used by
// scripts/build.mjs (on dist/schemas/index.js) and by test/node/json-schema-corpus.node.test.mjs
// (on src/schemas, bundled), so the test checks exactly what the build writes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

export const JSON_SCHEMA_BASE = 'https://soc-elements.se/schemas/';

/**
 * @param {Record<string, any>} schemas the module `soc-elements/schemas`
 * @returns {{ type: string, file: string, json: Record<string, unknown> }[]}
 */
export function payloadJsonSchemas(schemas) {
  if (!Array.isArray(schemas.PAYLOAD_TYPES) || schemas.PAYLOAD_TYPES.length === 0) {
    throw new Error('soc-elements/schemas exports no PAYLOAD_TYPES');
  }
  return schemas.PAYLOAD_TYPES.map((t) => {
    const schema = schemas[t.schema];
    if (!schema) throw new Error(`soc-elements/schemas has no export ${t.schema} for the payload type ${t.type}`);
    // The default `unrepresentable: 'throw'`: a field zod cannot describe stops the build instead
    // of becoming `{}` (anything) in the file.
    const { $schema, ...rest } = z.toJSONSchema(schema, { io: 'input' });
    const $id = `${JSON_SCHEMA_BASE}${t.jsonSchema.replace(/\.json$/, '')}.v${t.version}.json`;
    return { type: t.type, file: t.jsonSchema, json: { $schema, $id, ...rest } };
  });
}

/** Writes every payload's JSON Schema into `dir`; returns the paths written. */
export function writePayloadJsonSchemas(schemas, dir) {
  mkdirSync(dir, { recursive: true });
  return payloadJsonSchemas(schemas).map(({ file, json }) => {
    const path = join(dir, file);
    writeFileSync(path, `${JSON.stringify(json, null, 2)}\n`);
    return path;
  });
}
