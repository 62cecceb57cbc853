import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const noInnerHtml = {
  selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
  message: 'Render data as React text; dangerouslySetInnerHTML is banned.',
};
const noInnerHtmlProp = {
  selector: 'MemberExpression[property.name=/^(innerHTML|outerHTML)$/]',
  message: 'Render data as React text; innerHTML is banned.',
};

const cytoscapeOnlyInCanvas = {
  group: ['cytoscape', 'cytoscape-*', 'react-cytoscapejs'],
  message: 'Only src/canvas/ touches Cytoscape.',
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-syntax': ['error', noInnerHtml, noInnerHtmlProp],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/canvas/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [cytoscapeOnlyInCanvas] }] },
  },
  {
    // The model, the schema and the file formats are pure: no UI, no store, no canvas.
    files: ['src/graph/**', 'src/schema/**', 'src/formats/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            cytoscapeOnlyInCanvas,
            {
              group: ['react', 'react-dom', 'react/*', 'react-dom/*'],
              message: 'src/graph, src/schema and src/formats are pure TypeScript.',
            },
            {
              group: ['zustand', 'zustand/*'],
              message: 'src/graph, src/schema and src/formats are pure TypeScript.',
            },
            {
              group: ['**/store/**', '**/canvas/**', '**/ui/**', '**/io/**', '**/app/**'],
              message: 'src/graph, src/schema and src/formats depend on nothing above them.',
            },
          ],
        },
      ],
    },
  },
);
