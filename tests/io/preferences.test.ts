import { describe, expect, it } from 'vitest';
import { readStoredLang, storeLang } from '../../src/io/preferences';

function memoryStorage() {
  const data = new Map<string, string>();
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
  };
}

describe('language preference', () => {
  it('remembers the chosen language', () => {
    const storage = memoryStorage();
    expect(readStoredLang(storage)).toBeNull();
    storeLang('hi', storage);
    expect(readStoredLang(storage)).toBe('hi');
  });

  it('ignores stored garbage and storage that throws', () => {
    const storage = memoryStorage();
    storage.setItem('stakeholder-graph.lang', 'fr');
    expect(readStoredLang(storage)).toBeNull();
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    expect(readStoredLang(broken)).toBeNull();
    expect(() => storeLang('en', broken)).not.toThrow();
  });

  it('does without storage where even asking for it throws (an embed in another site)', () => {
    const had = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get: () => {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
    try {
      expect(readStoredLang()).toBeNull();
      expect(() => storeLang('hi')).not.toThrow();
    } finally {
      if (had) Object.defineProperty(globalThis, 'localStorage', had);
      else Reflect.deleteProperty(globalThis, 'localStorage');
    }
  });
});
