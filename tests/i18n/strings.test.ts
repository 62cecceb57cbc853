import { describe, expect, it } from 'vitest';
import { translate } from '../../src/i18n/strings';

describe('translate', () => {
  it('writes counts grouped, as the language writes them', () => {
    const params = { name: 'big.json', format: 'GEXF', nodes: 5000, edges: 120000 };
    expect(translate('en', 'import.loaded', params)).toContain('5,000 nodes, 1,20,000 edges');
    expect(translate('hi', 'import.loaded', params)).toContain('5,000 नोड');
  });
});
