/**
 * Storybook for soc-elements: every element, every state, every language, and the docs pages
 * (stories/*.mdx) for the municipal web team and the back-end team.
 *
 * The library uses `static properties`, not decorators, so Vite 8's TypeScript transform (Oxc)
 * needs no help; and package.json's `sideEffects` list names src/ and stories/ (not only the
 * published dist/), so the `customElements.define` calls in src/ are never tree-shaken away.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * The Custom Elements Manifest of src/, made by the same analyzer and config as `npm run build`
 * (custom-elements-manifest.config.mjs) each time Storybook starts or builds, so the docs tables
 * work on a fresh clone without dist/ and never show a stale build.
 */
function analyze(): string {
  const dir = mkdtempSync(join(tmpdir(), 'soc-cem-'));
  try {
    // The analyzer joins `--outdir` to the working directory, so it must be relative.
    execFileSync('npx', ['cem', 'analyze', '--outdir', relative(process.cwd(), dir)], { stdio: 'inherit' });
    return readFileSync(join(dir, 'custom-elements.json'), 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Serves the manifest as the module `virtual:soc-custom-elements` (typed in custom-elements.d.ts). */
function virtualManifest(json: string) {
  const id = 'virtual:soc-custom-elements';
  return {
    name: 'soc-custom-elements-manifest',
    resolveId: (source: string) => (source === id ? `\0${id}` : undefined),
    load: (resolved: string) => (resolved === `\0${id}` ? `export default ${json};` : undefined),
  };
}

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  // Controls, toolbars, viewport and actions are part of Storybook 10 itself.
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true },
  viteFinal(vite) {
    vite.plugins = [...(vite.plugins ?? []), virtualManifest(analyze())];
    return vite;
  },
};

export default config;
