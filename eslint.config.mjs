// Lint: TypeScript rules plus Lit template checks and template accessibility (eslint-plugin-lit-a11y).
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';

export default tseslint.config(
  // test/consumers/: apps that install the packed package; their own tsc/vue-tsc checks them.
  { ignores: ['dist/', 'storybook-static/', 'node_modules/', 'src/generated/', '.tmp/', 'test/consumers/'] },
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  {
    plugins: { 'lit-a11y': litA11y },
    rules: Object.fromEntries(Object.keys(litA11y.rules).map((r) => [`lit-a11y/${r}`, 'error'])),
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Tests and stories use non-null assertions on elements they just rendered.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // chai's `expect(x).to.be.true` is an expression statement by design.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
