/**
 * Storybook for soc-elements: every element, every state, every language.
 *
 * The library uses `static properties`, not decorators, so Vite 8's TypeScript transform (Oxc)
 * needs no help; and package.json has no `sideEffects` list, so the `customElements.define`
 * calls in src/ are never tree-shaken away.
 */
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  // Controls, toolbars, viewport and actions are part of Storybook 10 itself.
  addons: ['@storybook/addon-a11y'],
  core: { disableTelemetry: true },
};

export default config;
