import { describe, expect, it } from 'vitest';
import { linkFacts } from '../../src/graph/links';

describe('linkFacts', () => {
  it('shows the host a link really opens, with no user name in the address opened', () => {
    expect(linkFacts('https://good.gov.in@evil.test/x')).toMatchObject({
      host: 'evil.test',
      credentials: 'good.gov.in',
      href: 'https://evil.test/x',
      text: 'https://evil.test/x',
    });
  });

  it('writes a name in other scripts in punycode, so a look-alike shows', () => {
    // The first letter is Cyrillic.
    expect(linkFacts('https://аpple.com/')).toMatchObject({
      host: 'xn--pple-43d.com',
      international: true,
    });
    expect(linkFacts('https://apple.com/')).toMatchObject({
      host: 'apple.com',
      international: false,
    });
  });

  it('removes direction controls and says so', () => {
    const facts = linkFacts('https://example.org/\u202Egpj.exe', 'report\u202E');
    expect(facts).toMatchObject({ bidi: true, text: 'report' });
  });

  it('flags text that names another site than the one opened', () => {
    expect(linkFacts('https://evil.test/', 'Official site: www.jharkhand.gov.in')?.otherHost).toBe(
      'www.jharkhand.gov.in',
    );
    expect(
      linkFacts('https://www.jica.go.jp/news', 'jica.go.jp press release')?.otherHost,
    ).toBeNull();
    expect(linkFacts('https://jica.go.jp/news', 'JICA')?.otherHost).toBeNull();
  });

  it('shows an address it cannot parse as text, never as a link', () => {
    expect(linkFacts('not a url')).toBeNull();
  });
});
