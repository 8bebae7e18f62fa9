// Every element the library registers, found where it is registered: the `define('soc-…', …)`
// call of its module in src/ (src/define.ts). The bench, the size budgets and the display
// check's gallery take their elements from here, so none can fall behind a new or moved element.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Tag → the module that registers it, relative to the repository root (`src/fields/text-field.ts`). */
export function definedElements(root = ROOT) {
  const found = new Map();
  for (const f of readdirSync(join(root, 'src'), { recursive: true })) {
    if (!f.endsWith('.ts') || f.endsWith('.d.ts')) continue;
    const path = join(root, 'src', f);
    for (const [, tag] of readFileSync(path, 'utf8').matchAll(/\bdefine\('(soc-[a-z-]+)',/g)) {
      const module = relative(root, path).replaceAll('\\', '/');
      if (found.has(tag)) throw new Error(`<${tag}> is defined in ${found.get(tag)} and in ${module}`);
      found.set(tag, module);
    }
  }
  return found;
}

/** The module that registers `tag`; throws when no module does. */
export function moduleOf(tag, elements = definedElements()) {
  const module = elements.get(tag);
  if (!module) throw new Error(`no module in src/ defines <${tag}>`);
  return module;
}
