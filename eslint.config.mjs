// Lint: JavaScript's and TypeScript's recommended rules, and Lit's and web components'
// own (eslint-plugin-lit, eslint-plugin-wc). Formatting is Prettier's (.prettierrc.json).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  // What .gitignore leaves out too: builds, and the peers' bundles npm run bench writes.
  {ignores: ['dist/', 'lib/', 'node_modules/', 'custom-elements.json', 'bench/.build/']},
  js.configs.recommended,
  tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {languageOptions: {globals: {...globals.browser, ...globals.node}}}
);
