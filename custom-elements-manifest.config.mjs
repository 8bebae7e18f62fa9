// Custom Elements Manifest (`npx cem analyze`, run by `npm run build`): every soc-* element with
// its attributes, properties, events, slots, parts and CSS custom properties, read from the
// JSDoc in src/. Written to dist/custom-elements.json, which package.json `customElements` names
// (editors, Storybook and scripts/jsx-types.mjs read it).
import { getTsProgram, typeParserPlugin } from '@wc-toolkit/type-parser';

/**
 * The elements register with `define('soc-x', SocX)` from src/define.ts (so a second copy of the
 * library never throws), which the analyzer does not recognise as `customElements.define`.
 */
function socDefineCalls() {
  return {
    name: 'soc-define-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'define') return;
      const [tag, klass] = node.arguments;
      if (!tag || !klass || !ts.isStringLiteral(tag) || !ts.isIdentifier(klass)) return;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tag.text, declaration: { name: klass.text, module: moduleDoc.path } },
      ];
    },
  };
}

/**
 * Lit's internal reactive state (`{ state: true }` in `static properties`) has no attribute; the
 * analyzer's Lit support lists it as one. Remembered here and left out in the link phase.
 */
function litState() {
  const state = new Map(); // class name -> names of state properties
  return {
    name: 'soc-lit-state',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const member of node.members) {
        if (!ts.isPropertyDeclaration(member) || member.name?.getText() !== 'properties') continue;
        if (!member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword)) continue;
        if (!member.initializer || !ts.isObjectLiteralExpression(member.initializer)) continue;
        for (const p of member.initializer.properties) {
          if (!ts.isPropertyAssignment(p) || !ts.isObjectLiteralExpression(p.initializer)) continue;
          const isState = p.initializer.properties.some(
            (o) => o.name?.getText() === 'state' && o.initializer?.kind === ts.SyntaxKind.TrueKeyword,
          );
          if (isState) state.set(node.name.text, [...(state.get(node.name.text) ?? []), p.name.getText()]);
        }
      }
    },
    moduleLinkPhase({ moduleDoc }) {
      for (const decl of moduleDoc.declarations ?? []) {
        const names = state.get(decl.name);
        if (!names || !decl.attributes) continue;
        decl.attributes = decl.attributes.filter((a) => !names.includes(a.fieldName ?? a.name));
        for (const m of decl.members ?? []) if (names.includes(m.name)) delete m.attribute;
      }
    },
  };
}

/**
 * The published manifest describes the published package: paths point to the built modules in
 * dist/; private, protected and static members (implementation details) are left out, and so are
 * events the analyzer found in `dispatchEvent` calls without a name (their `@fires` line names them)
 * and the generic `customElements.define(tag, ctor)` in src/define.ts.
 */
function publicApi() {
  const toDist = (p) => p?.replace(/^src\/(.*)\.ts$/, 'dist/$1.js');
  const fixRefs = (o) => {
    if (!o || typeof o !== 'object') return;
    if (typeof o.module === 'string') o.module = toDist(o.module);
    for (const v of Object.values(o)) fixRefs(v);
  };
  return {
    name: 'soc-public-api',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          if (decl.members) {
            decl.members = decl.members.filter(
              (m) => m.privacy !== 'private' && m.privacy !== 'protected' && !m.static && !m.name.startsWith('#'),
            );
          }
          if (decl.events) decl.events = decl.events.filter((e) => e.name);
          // `@summary` runs on to the end of the prose: keep its first paragraph as the summary
          // and the whole text as the description (which Storybook shows on the docs page).
          if (decl.summary && !decl.description) {
            decl.description = decl.summary;
            decl.summary = decl.summary.split(/\n\s*\n/)[0].replace(/\s*\n\s*/g, ' ');
          }
        }
        // `customElements.define(tag, ctor)` inside define() itself is no definition of an element.
        mod.exports = mod.exports?.filter((e) => e.kind !== 'custom-element-definition' || e.name.includes('-'));
        fixRefs(mod);
        mod.path = toDist(mod.path);
      }
    },
  };
}

/** The files analysed: src/ less the generated locale modules and the style sheets. */
const analysed = (file) => /\/src\//.test(file) && !/\/src\/generated\//.test(file) && !/\.styles\.ts$|\.d\.ts$/.test(file);

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**', 'src/**/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
  quiet: true,
  // The modules come from one TypeScript program, so @wc-toolkit/type-parser can ask the type
  // checker what a named type is: `format` is `TextFormat | ''` in the source, and the manifest's
  // `parsedType` spells out `'personnummer' | 'postnummer' | 'phone' | ''`, which the editor data
  // (VS Code, JetBrains) offer as the attribute's values.
  overrideModuleCreation({ ts }) {
    return getTsProgram(ts, ['src/**/*.ts'], 'tsconfig.json')
      .getSourceFiles()
      .filter((sf) => analysed(sf.fileName.replaceAll('\\', '/')));
  },
  plugins: [socDefineCalls(), litState(), typeParserPlugin({ propertyName: 'parsedType' }), publicApi()],
};
