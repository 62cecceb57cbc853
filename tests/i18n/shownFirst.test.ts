import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FEATURES_EN } from '../../src/i18n/featureStrings';
import { FIRST_EN } from '../../src/i18n/strings';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
// The code a page runs before its features' text arrives: the page and its canvas. (An embed's
// own code comes with the text: it shows a story's words from the start.)
const ROOTS = ['main.tsx', 'canvas/GraphCanvas.tsx'];
// Keys built at run time from a prefix that may name a feature's key, and why that is safe.
const BUILT_LATER: Record<string, string> = {
  // A history step's name: there is history only once the edit code has run or a kept map has
  // been restored, and both come with the features' text.
  'command.': 'history',
};

/** The modules a file imports for their code (not `import type`), as paths under src/. */
function staticImports(file: string): string[] {
  const text = readFileSync(join(SRC, file), 'utf8');
  const specs = [
    ...text.matchAll(/^(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?'(\.[^']+)';/gms),
  ].map((m) => m[1] ?? '');
  return specs.flatMap((spec) => {
    const base = join(dirname(file), spec);
    const found = ['', '.ts', '.tsx', '/index.ts']
      .map((ext) => base + ext)
      .find((p) => {
        const full = join(SRC, p);
        return /\.tsx?$/.test(p) && existsSync(full);
      });
    return found ? [found] : [];
  });
}

/** Every module the roots reach by static imports: what loads before the features' text. */
function shownFirstModules(): string[] {
  const seen = new Set(ROOTS);
  for (const file of seen) for (const next of staticImports(file)) seen.add(next);
  return [...seen];
}

const featureKeys = new Set(Object.keys(FEATURES_EN));
const firstKeys = new Set(Object.keys(FIRST_EN));

describe('what the page shows first speaks only the words that come with it', () => {
  const modules = shownFirstModules();

  it('follows the imports from the page to its interface and canvas', () => {
    // A walk that stopped early would find nothing wrong.
    expect(modules).toEqual(
      expect.arrayContaining(['ui/Toolbar.tsx', 'ui/edit/EditControls.tsx', 'store/describe.ts']),
    );
    expect(modules).not.toContain('ui/edit/EditBar.tsx');
  });

  it('names no feature key in that code', () => {
    const named = modules.flatMap((file) => {
      const text = readFileSync(join(SRC, file), 'utf8');
      return [...text.matchAll(/['"`]([a-zA-Z]+\.[\w.]+)['"`]/g)]
        .map((m) => m[1] ?? '')
        .filter((key) => featureKeys.has(key))
        .map((key) => `${file}: ${key}`);
    });
    expect(named).toEqual([]);
  });

  it('builds no feature key there, except where the feature has run first', () => {
    const built = modules.flatMap((file) => {
      const text = readFileSync(join(SRC, file), 'utf8');
      return [...text.matchAll(/`([a-zA-Z]+\.(?:[\w]+\.)*)\$\{/g)]
        .map((m) => m[1] ?? '')
        .filter((prefix) => !(prefix in BUILT_LATER))
        .flatMap((prefix) => [...featureKeys].filter((key) => key.startsWith(prefix)))
        .map((key) => `${file}: ${key}`);
    });
    expect(built).toEqual([]);
  });

  it('keeps the two tables apart', () => {
    expect([...featureKeys].filter((key) => firstKeys.has(key))).toEqual([]);
  });
});
