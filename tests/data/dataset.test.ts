import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadGraphText } from '../../src/graph/load';
import type { GraphModel } from '../../src/graph/model';
import { say } from '../support/problems';

const dataDir = new URL('../../data/', import.meta.url);
const read = (rel: string) => readFileSync(fileURLToPath(new URL(rel, dataDir)), 'utf8');

function load(): GraphModel {
  const result = loadGraphText(read('jharkhand-japan.graph.json'));
  if (!result.ok) throw new Error(result.problems.map(say).join('\n'));
  expect(result.warnings).toEqual([]);
  return result.graph;
}

const graph = load();
const devanagari = /[\u0900-\u097F]/;

describe('the shipped Jharkhand–Japan data set', () => {
  it('quotes every piece of evidence verbatim from its source document', () => {
    let quotes = 0;
    for (const edge of graph.edges) {
      expect(edge.provenance.length, edge.id).toBeGreaterThan(0);
      for (const p of edge.provenance) {
        const source = graph.sources.get(p.source);
        expect(source?.document, edge.id).toBeDefined();
        const text = read(source!.document!);
        expect(text.includes(p.quote), `${edge.id}: ${p.quote}`).toBe(true);
        expect(p.translation?.length, edge.id).toBeGreaterThan(10);
        quotes++;
      }
    }
    expect(quotes).toBeGreaterThanOrEqual(graph.edges.length);
  });

  it('labels every node and edge in English and in Devanagari Hindi', () => {
    for (const item of [...graph.nodes, ...graph.edges]) {
      expect(item.label.en.trim(), item.id).not.toBe('');
      expect(item.label.hi, item.id).toMatch(devanagari);
    }
  });

  it('spells every person, their title and the partner organisations as the article does', () => {
    const article = read('sources/jharkhand-japan-meetings.hi.txt');
    const people = graph.nodesByType.get('person') ?? [];
    expect(people.map((p) => p.id).sort()).toEqual([
      'aditi-puri',
      'arva-rajkamal',
      'hemant-soren',
      'ryohei-aiba',
      'suzuki-takashi',
      'varun-ranjan',
    ]);
    for (const person of people) {
      expect(article, person.id).toContain(person.label.hi);
      expect(article, person.id).toContain(person.role?.hi);
      expect(graph.nodeById.has(person.organisation ?? ''), person.id).toBe(true);
    }
    for (const id of ['jica', 'jetro', 'ziada', 'nec', 'gov-jharkhand'])
      expect(article, id).toContain(graph.nodeById.get(id)?.label.hi);
  });

  it('holds the organisations, their parts, Japan and the places the article names', () => {
    const expected: [string, string][] = [
      ['gov-jharkhand', 'government'],
      ['dept-industries', 'government'],
      ['ziada', 'government'],
      ['jica', 'organisation'],
      ['jetro', 'organisation'],
      ['jetro-india', 'organisation'],
      ['nec', 'organisation'],
      ['nec-corporate-strategy', 'organisation'],
      ['japan', 'country'],
      ['new-delhi', 'place'],
      ['ranchi', 'place'],
      ['jharkhand-bhawan', 'place'],
    ];
    for (const [id, type] of expected) expect(graph.nodeById.get(id)?.type, id).toBe(type);
    const partOf = graph.edges
      .filter((e) => e.relation === 'part_of')
      .map((e) => `${e.source}>${e.target}`);
    expect(partOf).toEqual(
      expect.arrayContaining([
        'dept-industries>gov-jharkhand',
        'ziada>gov-jharkhand',
        'jetro-india>jetro',
        'nec-corporate-strategy>nec',
      ]),
    );
  });

  it('models the three meetings with who, where, what and the outcomes, dates unknown', () => {
    const expectations = {
      'meeting-jica': {
        people: ['aditi-puri', 'arva-rajkamal', 'varun-ranjan'],
        place: 'new-delhi',
        outcomes: ['appreciated', 'considered', 'expressed_interest'],
      },
      'meeting-jetro': {
        people: ['arva-rajkamal', 'suzuki-takashi'],
        place: 'new-delhi',
        outcomes: ['agreed_on', 'agreed_on', 'assured_cooperation', 'expected_outcome'],
      },
      'meeting-nec': {
        people: ['arva-rajkamal', 'ryohei-aiba', 'varun-ranjan'],
        place: 'jharkhand-bhawan',
        outcomes: ['eager_to_join', 'offered_contribution'],
      },
    };
    for (const [id, want] of Object.entries(expectations)) {
      const meeting = graph.nodeById.get(id);
      expect(meeting?.type).toBe('meeting');
      expect(meeting?.date).toBe('unknown');
      const edges = graph.incident.get(id) ?? [];
      const people = edges
        .filter(
          (e) =>
            e.relation === 'participated_in' && graph.nodeById.get(e.source)?.type === 'person',
        )
        .map((e) => e.source)
        .sort();
      expect(people, id).toEqual(want.people);
      expect(edges.find((e) => e.relation === 'held_in')?.target, id).toBe(want.place);
      expect(edges.filter((e) => e.relation === 'discussed').length, id).toBeGreaterThan(0);
      expect((graph.edgesByMeeting.get(id) ?? []).map((e) => e.relation).sort(), id).toEqual(
        want.outcomes,
      );
    }
  });

  it('covers the topics the article names and files each under a sector', () => {
    const topics = (graph.nodesByType.get('topic') ?? []).map((t) => t.label.en);
    expect(topics).toEqual(
      expect.arrayContaining([
        'Industrial infrastructure',
        'Health services',
        'Skill development',
        'Investment promotion',
        'Foreign investment',
        'Joint outreach programmes',
        'Digital solutions for rare earth minerals',
        'IT technology',
        'Japanese language academy',
        'Digital transformation',
        'Human resource development',
        'Industrial development',
        'Japanese investment in Jharkhand',
        'Technical cooperation',
      ]),
    );
    for (const t of graph.nodesByType.get('topic') ?? [])
      expect(t.sectors.length, t.id).toBeGreaterThan(0);
    expect([...graph.sectors.keys()]).toEqual([
      'industry',
      'investment',
      'health',
      'skills',
      'digital',
      'minerals',
      'language',
      'governance',
      'cooperation',
    ]);
    for (const [id, nodes] of graph.nodesBySector) expect(nodes.length, id).toBeGreaterThan(0);
  });

  it('says unknown where the article is silent instead of inventing', () => {
    const source = graph.sources.get('article');
    expect(source?.published).toBe('unknown');
    expect(source?.outlet).toBe('unknown');
    expect(source?.placeline).toBe('NewDelhi/Ranchi');
    expect(graph.edges.find((e) => e.source === 'nec' && e.target === 'japan')).toBeUndefined();
  });
});
