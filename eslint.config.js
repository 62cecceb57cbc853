import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
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
const react = {
  group: ['react', 'react-dom', 'react/*', 'react-dom/*'],
  message: 'No React here.',
};
const zustand = { group: ['zustand', 'zustand/*'], message: 'No store library here.' };

/**
 * Which folders of src/ each folder may import from. Anything else is refused, so layers stay
 * layered: pure data at the bottom (schema, graph, formats), the store above them, the canvas
 * and side effects above that, the interface on top.
 */
const FOLDERS = [
  'schema',
  'graph',
  'formats',
  'i18n',
  'theme',
  'store',
  'canvas',
  'io',
  'actions',
  'ui',
  'app',
  'cli',
];
const ALLOWED = {
  schema: [],
  graph: ['schema'],
  formats: ['schema', 'graph'],
  i18n: ['schema', 'graph', 'formats'],
  theme: ['schema', 'graph'],
  store: ['schema', 'graph', 'formats', 'i18n', 'theme'],
  canvas: ['schema', 'graph', 'i18n', 'theme', 'store'],
  // io reaches the canvas only through its port (canvas/port.ts), fenced separately below.
  io: ['schema', 'graph', 'formats', 'i18n', 'store'],
  actions: ['schema', 'graph', 'i18n', 'store', 'io'],
  ui: ['schema', 'graph', 'formats', 'i18n', 'theme', 'store', 'io', 'actions'],
  app: ['schema', 'graph', 'i18n', 'store', 'io', 'actions', 'ui', 'canvas'],
  cli: ['schema', 'graph', 'formats', 'i18n'],
};

const fenceZones = FOLDERS.flatMap((folder) =>
  FOLDERS.filter((other) => other !== folder && !ALLOWED[folder].includes(other)).map((other) => ({
    target: `./src/${folder}`,
    from: `./src/${other}`,
    except: folder === 'io' && other === 'canvas' ? ['./port.ts'] : [],
    message: `src/${folder}/ may import only from ${ALLOWED[folder].map((f) => `src/${f}/`).join(', ') || 'itself'}.`,
  })),
);

/**
 * The canvas's rooms (src/canvas/<room>/) and which other rooms each may import from; every
 * room may use the canvas's shared modules at its top (host, options, layout catalogue, port).
 * Bottom up: the highlight layer, labels, the camera, then drawing, layouts, interaction and
 * export. GraphCanvas.tsx, at the top, wires them together.
 */
const CANVAS_ROOMS = {
  highlight: [],
  labels: ['highlight'],
  camera: ['labels', 'highlight'],
  drawing: ['labels', 'camera'],
  layout: ['camera', 'highlight', 'labels', 'axes'],
  interaction: ['camera', 'highlight'],
  export: ['labels', 'highlight'],
  // A plot's axes over the canvas, its drags and its stance fills.
  axes: ['interaction', 'labels'],
};
const roomZones = Object.entries(CANVAS_ROOMS).flatMap(([room, allowed]) =>
  Object.keys(CANVAS_ROOMS)
    .filter((other) => other !== room && !allowed.includes(other))
    .map((other) => ({
      target: `./src/canvas/${room}`,
      from: `./src/canvas/${other}`,
      message: `src/canvas/${room}/ may import only from ${allowed.map((r) => `src/canvas/${r}/`).join(', ') || 'no other room'} (and the canvas's shared modules).`,
    })),
);
// Nor do the shared modules at the top reach into a room: only GraphCanvas.tsx wires them.
const sharedZone = {
  target: './src/canvas/!(GraphCanvas).{ts,tsx}',
  from: Object.keys(CANVAS_ROOMS).map((room) => `./src/canvas/${room}`),
  message: 'Only GraphCanvas.tsx, at the top of src/canvas/, imports from its rooms.',
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'bench/results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
      // Without .ts here import-x never reads a TypeScript module, and no-cycle finds nothing.
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ alwaysTryTypes: true })],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-syntax': ['error', noInnerHtml, noInnerHtmlProp],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': [
        'error',
        { zones: [...fenceZones, ...roomZones, sharedZone] },
      ],
    },
  },
  {
    files: ['**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/canvas/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [cytoscapeOnlyInCanvas] }] },
  },
  {
    // The model, the schema, the file formats and the i18n table are plain TypeScript.
    files: ['src/graph/**', 'src/schema/**', 'src/formats/**', 'src/cli/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [cytoscapeOnlyInCanvas, react, zustand] }],
    },
  },
  {
    files: ['src/i18n/**', 'src/theme/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [cytoscapeOnlyInCanvas, zustand] }] },
  },
);
