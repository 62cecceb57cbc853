import { beforeEach, describe, expect, it, vi } from 'vitest';

// Fresh modules for each test: the setup file has added Hindi to the shared ones, and these
// tests are about the time before it is there.
async function fresh() {
  vi.resetModules();
  const language = await import('../../src/io/language');
  const strings = await import('../../src/i18n/strings');
  const { createAppStore } = await import('../../src/store/store');
  const { shippedGraph } = await import('../graph/shippedGraph');
  const store = createAppStore({
    graph: shippedGraph(),
    origin: { kind: 'bundled', name: 'test' },
    lang: 'en',
  });
  return { ...language, ...strings, store };
}

beforeEach(() => {
  vi.doUnmock('../../src/i18n/hi/hindi');
});

describe('the Hindi interface, fetched when first chosen', () => {
  it('is not there before it is asked for; Hindi messages are English until then', async () => {
    const { hasMessages, translate } = await fresh();
    expect(hasMessages('hi')).toBe(false);
    expect(translate('hi', 'app.title')).toBe('Stakeholder Graph Explorer');
  });

  it('switches once the Hindi has arrived, not before, and then speaks Hindi', async () => {
    const { switchLanguage, translate, store } = await fresh();
    const switching = switchLanguage(store, 'hi');
    expect(store.getState().lang).toBe('en');
    await switching;
    expect(store.getState().lang).toBe('hi');
    expect(translate('hi', 'app.title')).toBe('हितधारक ग्राफ़ एक्सप्लोरर');
    // Back to English needs nothing fetched: it happens at once.
    void switchLanguage(store, 'en');
    expect(store.getState().lang).toBe('en');
  });

  it('a later choice wins over an earlier one still being fetched', async () => {
    const { switchLanguage, store } = await fresh();
    const toHindi = switchLanguage(store, 'hi');
    void switchLanguage(store, 'en');
    await toHindi;
    expect(store.getState().lang).toBe('en');
  });

  it('where Hindi cannot be fetched, says so and stays in English; a later try can succeed', async () => {
    vi.doMock('../../src/i18n/hi/hindi', () => {
      throw new Error('offline');
    });
    const { switchLanguage, store } = await fresh();
    await switchLanguage(store, 'hi');
    expect(store.getState().lang).toBe('en');
    expect(store.getState().notices.map((n) => n.key)).toEqual(['lang.unavailable']);
    // Failing again says it once, not twice.
    await switchLanguage(store, 'hi');
    expect(store.getState().notices.map((n) => n.key)).toEqual(['lang.unavailable']);
    vi.doUnmock('../../src/i18n/hi/hindi');
    await switchLanguage(store, 'hi');
    expect(store.getState().lang).toBe('hi');
  });

  it('a link asks for its own language before the stored one', async () => {
    const { wantedLanguage } = await fresh();
    expect(wantedLanguage('?lang=hi&select=x')).toBe('hi');
    expect(wantedLanguage('?lang=fr')).toBeNull();
  });
});
