import { describe, expect, it } from 'vitest';
import { briefOf } from '../../src/store/briefOf';
import { createAppStore } from '../../src/store/store';
import { shippedGraph } from '../graph/shippedGraph';

const make = () =>
  createAppStore({ graph: shippedGraph(), origin: { kind: 'bundled', name: 't' }, lang: 'en' });
const heads = (s: ReturnType<typeof make>) =>
  briefOf(s.getState()).sections.map((x) => [x.title?.en ?? null, x.claims.length]);

describe('what a brief tells', () => {
  it('the story played, else the one open in the stories panel', () => {
    const s = make();
    s.getState().openStoryPanel('delhi-meetings');
    expect(briefOf(s.getState()).subtitle?.en).toBe(
      'Jharkhand meets its Japanese partners in Delhi',
    );
    expect(heads(s)).toHaveLength(6);
  });

  it('a selected node: its relationships, under its name', () => {
    const s = make();
    s.getState().selectNode('suzuki-takashi');
    const brief = briefOf(s.getState());
    expect(brief.subtitle?.en).toBe('Suzuki Takashi');
    expect(brief.sections[0]!.claims.map((c) => c.text.en).sort()).toEqual([
      'Suzuki Takashi Chief Director General of JETRO India',
      'Suzuki Takashi took part in Meeting with JETRO India',
    ]);
  });

  it('the insight open: what each meeting produced, a part per meeting', () => {
    const s = make();
    s.getState().showPanel('insights');
    expect(briefOf(s.getState()).subtitle?.en).toBe('What each meeting produced');
    expect(heads(s)).toEqual([
      ['Meeting with JICA', 3],
      ['Meeting with JETRO India', 4],
      ['Meeting with NEC Corporation', 2],
    ]);
    const jetro = briefOf(s.getState()).sections[1]!.claims[0]!;
    expect(jetro.text.en).toBe(
      'Japan External Trade Organization (JETRO) assured full cooperation to Government of Jharkhand',
    );
    expect(jetro.quotes.map((q) => q.note)).toEqual([1]);
  });

  it('otherwise every relationship shown', () => {
    const s = make();
    s.getState().toggleSector('health');
    expect(briefOf(s.getState()).sections[0]!.claims.length).toBeLessThan(59);
    s.getState().toggleSector('health');
    expect(briefOf(s.getState()).sections[0]!.claims).toHaveLength(59);
  });
});
