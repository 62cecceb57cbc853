import { afterEach, describe, expect, it, vi } from 'vitest';

// Fresh modules: the setup file has added the features' English to the shared ones, and these
// tests are about the time before it is there.
async function fresh() {
  vi.resetModules();
  const strings = await import('../../src/i18n/strings');
  const featureText = await import('../../src/i18n/featureText');
  return { ...strings, ...featureText };
}

afterEach(() => {
  vi.doUnmock('../../src/i18n/featureStrings');
  vi.restoreAllMocks();
});

describe("the features' English, fetched with their code", () => {
  it('is not there with the page: what the page shows first is', async () => {
    const { translate } = await fresh();
    const said = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(translate('en', 'edit.toggle')).toBe('Edit');
    expect(translate('en', 'panel.paths')).toBe('Paths');
    expect(said).not.toHaveBeenCalled();
    // A panel's own words asked for too early: nothing shown, and the mistake said where
    // tests look.
    expect(translate('en', 'paths.heading')).toBe('');
    expect(said).toHaveBeenCalledWith(
      "The message “paths.heading” was asked for before its feature's text was fetched.",
    );
  });

  it("is there once a feature's code has come with it", async () => {
    const { translate, withFeatureText } = await fresh();
    const module = await withFeatureText(Promise.resolve({ name: 'PathPanel' }));
    expect(module).toEqual({ name: 'PathPanel' });
    expect(translate('en', 'paths.heading')).toBe('How is one node linked to another?');
    expect(translate('en', 'edit.heading')).toBe('Edit this node');
  });

  it('is fetched once however many features ask', async () => {
    const { loadFeatureText } = await fresh();
    expect(loadFeatureText()).toBe(loadFeatureText());
    await loadFeatureText();
  });

  it('is tried again after a failed fetch, and the feature waits for it', async () => {
    vi.resetModules();
    vi.doMock('../../src/i18n/featureStrings', () => {
      throw new Error('offline');
    });
    const { loadFeatureText, withFeatureText } = await import('../../src/i18n/featureText');
    const { translate } = await import('../../src/i18n/strings');
    await expect(withFeatureText(Promise.resolve(1))).rejects.toThrow();
    vi.doUnmock('../../src/i18n/featureStrings');
    await loadFeatureText();
    expect(translate('en', 'paths.heading')).toBe('How is one node linked to another?');
  });
});
