/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { chromiumArgs, chromiumPath } from './tests/setup/chromium.ts';

/**
 * The production build's Content-Security-Policy. Scripts and styles come only from the app's
 * own files (React and Cytoscape set styles through the CSSOM, which CSP allows; Cytoscape's
 * one injected <style> is pre-empted in index.html; zod runs jitless); images may be data: or
 * blob: (exports); `?data=` may fetch any https: address and nothing else.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' https:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
].join('; ');

/** Puts the policy in the built page only: the dev server's hot reload needs inline scripts. */
const contentSecurityPolicy = (): Plugin => ({
  name: 'content-security-policy',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
      injectTo: 'head-prepend',
    },
  ],
});

/**
 * Everything the page imports statically from its entry goes into one chunk, and everything the
 * canvas imports statically (Cytoscape among it) into another: both are fetched before the
 * first picture anyway, and one file compresses better than the dozen small ones shared with
 * lazily loaded code (about 5 KiB less gzip for the page, 0.9 KiB for the canvas). The page's
 * own chunk goes first, so what both import stays in it.
 */
interface ModuleGraph {
  getModuleInfo(id: string): { readonly importedIds: readonly string[] } | null;
}
const ENTRY = fileURLToPath(new URL('./src/main.tsx', import.meta.url));
const CANVAS = fileURLToPath(new URL('./src/canvas/GraphCanvas.tsx', import.meta.url));
let startup: Set<string> | undefined;
let canvas: Set<string> | undefined;
function reached(from: string, graph: ModuleGraph): Set<string> {
  const seen = new Set([from]);
  for (const at of seen)
    for (const next of graph.getModuleInfo(at)?.importedIds ?? []) seen.add(next);
  return seen;
}
function startupChunk(id: string, graph: ModuleGraph): string | null {
  startup ??= reached(ENTRY, graph);
  return startup.has(id) ? 'startup' : null;
}
function canvasChunk(id: string, graph: ModuleGraph): string | null {
  canvas ??= reached(CANVAS, graph);
  return canvas.has(id) ? 'GraphCanvas' : null;
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  build: {
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: startupChunk, priority: 2 },
            { name: canvasChunk, priority: 1 },
          ],
        },
      },
    },
  },
  worker: { format: 'es' },
  // Libraries of lazily loaded code (the layout worker, the import readers) are found only when
  // that code first runs; listing every one lets the dev server (and browser tests) prepare
  // them up front instead of reloading the page halfway through a test.
  optimizeDeps: {
    include: [
      '@tanstack/react-table',
      '@tanstack/react-virtual',
      'cytoscape',
      'cytoscape-fcose',
      'fast-xml-parser',
      'graphology',
      'graphology-communities-louvain',
      'graphology-layout-forceatlas2',
      'graphology-shortest-path/indexed-brandes',
      'graphology-metrics/centrality/closeness',
      'graphology-metrics/centrality/eigenvector',
      'graphology-metrics/centrality/pagerank',
      'papaparse',
      'zod/mini',
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/**/*.test.ts'],
          setupFiles: ['tests/setup/languages.ts'],
          // No test here measures speed (the benchmark does); the timeout only catches a hang,
          // and must not fail a slow run on a busy machine.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/**/*.browser.test.tsx'],
          setupFiles: ['tests/setup/languages.ts', 'tests/setup/browser.ts'],
          // As for findBy…: how long a poll may wait for its condition on a busy machine.
          expect: { poll: { timeout: 10_000 } },
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({
              launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
            }),
            instances: [{ browser: 'chromium', viewport: { width: 1400, height: 900 } }],
          },
        },
      },
    ],
  },
});
