import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import page from '../fixtures/hostile/source-page.html?raw';
import { htmlToText, readSourceFile } from '../../src/io/sourceFile';
import SourceText from '../../src/ui/sources/SourceText';
import { StoreContext } from '../../src/store/store';
import { freshStore } from './storeHelpers';

afterEach(() => cleanup());

declare global {
  interface Window {
    __sourceRan?: string;
  }
}

describe('a web page opened as a source', () => {
  it('is read as its text alone: nothing runs, nothing is fetched', async () => {
    const text = htmlToText(page);
    expect(text).toBe(
      'झारखंड में निवेश पर बैठक\n\nउद्योग सचिव ने JICA से मुलाकात की.\n\nPrice: \u202e0051\u202c rupees',
    );
    // Give anything that might have been scheduled a turn to run.
    await new Promise((r) => requestAnimationFrame(() => r(null)));
    expect(window.__sourceRan).toBeUndefined();
    const fetched = performance
      .getEntriesByType('resource')
      .filter((e) => e.name.includes('example.invalid'));
    expect(fetched).toEqual([]);
    const file = new File([page], 'article.html', { type: 'text/html' });
    expect(await readSourceFile(file)).toBe(text);
    const plain = new File(['<b>kept as written</b>'], 'note.txt', { type: 'text/plain' });
    expect(await readSourceFile(plain)).toBe('<b>kept as written</b>');
  });

  it('shows direction controls by name instead of obeying them', () => {
    const text = htmlToText(page);
    const { container } = render(
      <StoreContext.Provider value={freshStore()}>
        <SourceText text={text} lang="hi" passages={[]} current={-1} onPick={() => undefined} />
      </StoreContext.Provider>,
    );
    const shown = container.querySelector('.source-text')!;
    expect(shown.textContent).not.toMatch(/[\u202a-\u202e]/);
    expect([...shown.querySelectorAll('.bidi-mark')].map((m) => m.textContent)).toEqual([
      'U+202E',
      'U+202C',
    ]);
    expect(shown.querySelector('b, script, img')).toBeNull();
  });
});
