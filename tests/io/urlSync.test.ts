import { describe, expect, it } from 'vitest';
import { showStep } from '../../src/io/storyPlayer';
import { dataAddressIn } from '../../src/io/dataParam';
import { startUrlSync } from '../../src/io/urlSync';
import { createAppStore } from '../../src/store/store';
import { shippedGraph } from '../graph/shippedGraph';

/** Just enough of a window for the URL sync: an address, a history and popstate listeners. */
function fakeWindow(search: string) {
  const entries = [`/${search}`];
  const states: unknown[] = [null];
  const location = { pathname: '/', search, hash: '' };
  const set = (url: string) => {
    const u = new URL(url, 'https://app.example');
    location.search = u.search;
  };
  const win = {
    location,
    history: {
      get state() {
        return states[states.length - 1];
      },
      pushState: (state: unknown, __: string, url: string) => {
        entries.push(url);
        states.push(state);
        set(url);
      },
      replaceState: (state: unknown, __: string, url: string) => {
        entries[entries.length - 1] = url;
        states[states.length - 1] = state;
        set(url);
      },
    },
    addEventListener: () => {},
    removeEventListener: () => {},
  };
  return { win: win as unknown as Window, entries, states };
}

const graph = shippedGraph();
const store = () => createAppStore({ graph, origin: { kind: 'bundled', name: 'x' }, lang: 'en' });

describe('startUrlSync', () => {
  it('adds a history entry per selection', () => {
    const s = store();
    const { win, entries } = fakeWindow('');
    startUrlSync(s, win);
    s.getState().selectNode('jica');
    s.getState().selectNode('jetro-india');
    expect(entries).toEqual(['/?lang=en', '/?node=jica&lang=en', '/?node=jetro-india&lang=en']);
  });

  it('started after a choice on a plain address keeps the choice, as a step Back returns from', () => {
    // The page starts the sync after its first picture when the address holds no view.
    const s = store();
    s.getState().selectNode('jica');
    s.getState().setLayout('circle');
    const { win, entries } = fakeWindow('');
    startUrlSync(s, win);
    expect(s.getState().selection).toEqual({ kind: 'node', id: 'jica' });
    expect(s.getState().layout).toBe('circle');
    expect(entries).toEqual(['/', '/?node=jica&layout=circle&lang=en']);
  });

  it('replaces the entry when a new graph loads, and names remote data in the link', () => {
    const s = store();
    const { win, entries } = fakeWindow('?node=jica');
    startUrlSync(s, win);
    s.getState().loadGraph(
      shippedGraph(),
      { kind: 'url', name: 'https://data.example.org/g.json' },
      'stakeholder-graph',
    );
    expect(entries).toEqual(['/?data=https%3A%2F%2Fdata.example.org%2Fg.json&lang=en']);
    s.getState().loadGraph(shippedGraph(), { kind: 'file', name: 'mine.csv' }, 'csv');
    expect(entries).toEqual(['/?lang=en']);
  });

  it('marks each entry with the data it shows, even where the address stays the same', () => {
    const s = store();
    const { win, entries, states } = fakeWindow('');
    startUrlSync(s, win);
    s.getState().loadGraph(shippedGraph(), { kind: 'file', name: 'a.csv' }, 'csv');
    s.getState().loadGraph(shippedGraph(), { kind: 'file', name: 'b.csv' }, 'csv');
    expect(entries).toEqual(['/?lang=en']);
    expect(states).toEqual([
      { graph: expect.any(Number) as number, origin: 'file', name: 'b.csv' },
    ]);
  });
});

describe('stories in the link', () => {
  it('a link to a step opens that step, with its view', () => {
    const s = store();
    const { win, entries } = fakeWindow('?story=delhi-meetings&step=3');
    startUrlSync(s, win);
    expect(s.getState().playing).toEqual({ story: 'delhi-meetings', step: 2 });
    expect(s.getState().selection).toEqual({ kind: 'node', id: 'meeting-jica' });
    expect(entries).toEqual(['/?story=delhi-meetings&step=3&node=meeting-jica&lang=en']);
  });

  it('each step shown is an entry of its own, its view replacing the last', () => {
    const s = store();
    const { win, entries } = fakeWindow('');
    startUrlSync(s, win);
    showStep(s, 'delhi-meetings', 0);
    showStep(s, 'delhi-meetings', 5);
    expect(entries).toEqual([
      '/?lang=en',
      '/?story=delhi-meetings&step=1&node=hemant-soren&lang=en',
      '/?story=delhi-meetings&step=6&types=person%2Cgovernment%2Corganisation%2Cmeeting%2Ccountry&lang=en',
    ]);
    expect(s.getState().filters.hiddenTypes).toEqual(
      new Set(['topic', 'place', 'document', 'other']),
    );
    expect(s.getState().selection).toBeNull();
  });

  it('a link carrying a view of its own beside the step shows that view on the step', () => {
    const s = store();
    const { win } = fakeWindow('?story=delhi-meetings&step=2&node=jica');
    startUrlSync(s, win);
    expect(s.getState().playing).toEqual({ story: 'delhi-meetings', step: 1 });
    expect(s.getState().selection).toEqual({ kind: 'node', id: 'jica' });
  });

  it('a story or step the map does not have is said in a notice, and the rest applies', () => {
    const s = store();
    startUrlSync(s, fakeWindow('?story=elsewhere&node=jica').win);
    expect(s.getState().playing).toBeNull();
    expect(s.getState().notices.map((n) => [n.key, n.params])).toEqual([
      ['notice.unknownStory', { id: 'elsewhere' }],
    ]);
    const t = store();
    startUrlSync(t, fakeWindow('?story=delhi-meetings&step=9').win);
    expect(t.getState().playing).toEqual({ story: 'delhi-meetings', step: 0 });
    expect(t.getState().notices.map((n) => [n.key, n.params])).toEqual([
      ['notice.badValue', { param: 'step', value: '9' }],
    ]);
  });
});

describe('the data address in a link', () => {
  it('is read without the white space pasted around it', () => {
    expect(dataAddressIn('?data=%20https://example.org/g.json%20')).toBe(
      'https://example.org/g.json',
    );
    expect(dataAddressIn('?data=%0Ahttps://example.org/g.json')).toBe('https://example.org/g.json');
    expect(dataAddressIn('?data=%20')).toBeNull();
    expect(dataAddressIn('?node=jica')).toBeNull();
  });
});
