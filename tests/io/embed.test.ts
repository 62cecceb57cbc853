import { describe, expect, it } from 'vitest';
import { embedSnippet, embedUrl, fullExplorerUrl, isEmbed } from '../../src/io/embed';

const at = (href: string) => new URL(href);

describe('embed addresses', () => {
  it('an embed of this view keeps the view and the data, in the language shown', () => {
    expect(
      embedUrl(
        at('https://app.example/x/?data=https%3A%2F%2Fd.example%2Fg.json&node=jica&lang=en#top'),
        { kind: 'view' },
        'hi',
      ),
    ).toBe(
      'https://app.example/x/?data=https%3A%2F%2Fd.example%2Fg.json&node=jica&lang=hi&embed=1',
    );
  });

  it('an embed of a story starts on its first step, with the data and nothing of the view', () => {
    expect(
      embedUrl(
        at('https://app.example/?data=https%3A%2F%2Fd.example%2Fg.json&node=jica&sectors=health'),
        { kind: 'story', id: 'delhi-meetings' },
        'en',
      ),
    ).toBe(
      'https://app.example/?data=https%3A%2F%2Fd.example%2Fg.json&story=delhi-meetings&step=1&lang=en&embed=1',
    );
  });

  it('the full explorer is the same address without the embed switch', () => {
    expect(fullExplorerUrl(at('https://app.example/?node=jica&embed=1&lang=hi'))).toBe(
      'https://app.example/?node=jica&lang=hi',
    );
    expect(isEmbed('?node=jica&embed=1')).toBe(true);
    expect(isEmbed('?embed=0')).toBe(false);
  });

  it('the snippet escapes what it quotes', () => {
    expect(embedSnippet('https://a.example/?a=1&b="2"', 'Q & A <map>')).toBe(
      '<iframe src="https://a.example/?a=1&amp;b=&quot;2&quot;" title="Q &amp; A &lt;map&gt;" width="100%" height="480" style="border:0" loading="lazy"></iframe>',
    );
  });
});
