import type { DeepReadonly } from '../schema/values';
import type { GraphFile } from '../schema/graphFile';
import { problem, type Problem } from '../schema/problems';
import { alike, anchorQuote } from './anchor';
import { clip, normalisedText } from '../schema/text';

/** Characters of the nearest passage a problem quotes. */
const NEAREST_CHARS = 120;

/**
 * Checks each quote against its source's text, where the text is known: a quote that is not
 * in it, and a selector that no longer points at it (its words found elsewhere). In: the edges
 * and their sources' texts by id (a file's own `text`, or a document read beside it). With
 * `nearest`, a quote not found names the passage most like it and how alike (the validator's
 * report; the app leaves that search for the reader). Out: located problems.
 */
export function anchorProblems(
  edges: DeepReadonly<GraphFile['edges']>,
  textOf: (sourceId: string) => string | undefined,
  { nearest = false }: { nearest?: boolean } = {},
): Problem[] {
  const texts = new Map<string, string | undefined>();
  const textFor = (id: string) => {
    if (!texts.has(id)) {
      const raw = textOf(id);
      texts.set(id, raw === undefined ? undefined : normalisedText(raw));
    }
    return texts.get(id);
  };
  const out: Problem[] = [];
  edges.forEach((edge, i) =>
    edge.provenance.forEach((p, j) => {
      const text = textFor(p.source);
      if (text === undefined) return;
      const path = `edges[${i}].provenance[${j}]`;
      const found = anchorQuote(text, p.selector ?? { exact: p.quote }, { fuzzy: false });
      if (found === null) {
        const near = nearest ? alike(text, normalisedText(p.quote), p.selector) : null;
        out.push(
          near
            ? problem(
                'evidence.nearest',
                {
                  source: p.source,
                  nearest: clip(text.slice(near.from, near.to), NEAREST_CHARS),
                  likeness: Math.round(near.likeness * 100),
                },
                { path: `${path}.quote` },
              )
            : problem('evidence.notInSource', { source: p.source }, { path: `${path}.quote` }),
        );
      } else if (p.selector && found.how !== 'position')
        out.push(problem('evidence.moved', { source: p.source }, { path: `${path}.selector` }));
    }),
  );
  return out;
}

/** The texts a file carries itself, by source id. */
export function ownTexts(
  sources: Iterable<DeepReadonly<GraphFile['sources'][number]>>,
): (id: string) => string | undefined {
  const byId = new Map([...sources].map((s) => [s.id, s.text]));
  return (id) => byId.get(id);
}
