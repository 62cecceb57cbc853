import { UNKNOWN, type Localized } from '../schema/graphFile';
import type { GraphEdge, GraphModel } from './model';

/** A quote under a claim, with the number of its source's note. */
export interface BriefQuote {
  readonly quote: string;
  readonly translation?: string;
  /** The language the quote is in (its source's). */
  readonly language: string;
  readonly note: number;
}

/** Something the brief says, followed by the quotes it rests on. */
export interface BriefClaim {
  readonly text: Localized;
  readonly quotes: readonly BriefQuote[];
}

/** A step of a story, or the one part of a view: a heading and its claims. */
export interface BriefSection {
  readonly title: Localized | null;
  readonly claims: readonly BriefClaim[];
}

/** A numbered source note: what a quote's number points to. */
export interface BriefNote {
  readonly n: number;
  readonly title: Localized;
  /** Null where the source does not say. */
  readonly outlet: string | null;
  readonly published: string | null;
  readonly url?: string;
}

/** A brief, in both languages: the title, its parts in order, and the source notes. */
export interface Brief {
  readonly title: Localized;
  readonly subtitle: Localized | null;
  readonly sections: readonly BriefSection[];
  readonly notes: readonly BriefNote[];
}

const stated = (value: string): string | null => (value === UNKNOWN ? null : value);

type Cited = { readonly edge: string; readonly index: number };

/** Numbers sources in the order the brief first cites them. */
function noter(graph: GraphModel) {
  const numbers = new Map<string, number>();
  const notes: BriefNote[] = [];
  const quoteOf = (c: Cited): BriefQuote | null => {
    const p = graph.edgeById.get(c.edge)?.provenance[c.index];
    const source = p ? graph.sources.get(p.source) : undefined;
    if (!p || !source) return null;
    let n = numbers.get(source.id);
    if (n === undefined) {
      n = notes.length + 1;
      numbers.set(source.id, n);
      notes.push({
        n,
        title: source.title,
        outlet: stated(source.outlet),
        published: stated(source.published),
        ...(source.url ? { url: source.url } : {}),
      });
    }
    return {
      quote: p.quote,
      ...(p.translation ? { translation: p.translation } : {}),
      language: source.language,
      note: n,
    };
  };
  return { notes, quoteOf };
}

/**
 * A story as a brief: each step a section, its caption the claim and its chosen quotes what it
 * rests on (a step without a caption claims its title). Null when there is no such story.
 */
export function storyBrief(graph: GraphModel, id: string): Brief | null {
  const story = graph.stories.get(id);
  if (!story) return null;
  const { notes, quoteOf } = noter(graph);
  const sections = story.steps.map((step) => ({
    title: step.title,
    claims: [
      {
        text: step.caption ?? step.title,
        quotes: (step.quotes ?? []).flatMap((q) => quoteOf(q) ?? []),
      },
    ],
  }));
  return { title: graph.meta.title, subtitle: story.title, sections, notes };
}

/** A relationship as a sentence in both languages: "Hemant Soren directed Meeting with JICA". */
export function edgeClaim(graph: GraphModel, edge: GraphEdge): Localized {
  const name = (id: string) => graph.nodeById.get(id)?.label ?? { en: id, hi: id };
  const [a, b] = [name(edge.source), name(edge.target)];
  return {
    en: `${a.en} ${edge.label.en} ${b.en}`,
    hi: `${a.hi} — ${edge.label.hi} — ${b.hi}`,
  };
}

/** A part of a view's brief: a heading (or none) and the relationships it is about. */
export interface ViewPart {
  readonly title: Localized | null;
  readonly edges: readonly GraphEdge[];
}

/**
 * A view as a brief: its parts' claims are the relationships they are about (a path's, a
 * selected relationship, a selected node's, each meeting's outcomes), each followed by all its
 * evidence.
 */
export function viewBrief(
  graph: GraphModel,
  heading: Localized | null,
  parts: readonly ViewPart[],
): Brief {
  const { notes, quoteOf } = noter(graph);
  const sections = parts
    .filter((part) => part.edges.length > 0)
    .map((part) => ({
      title: part.title,
      claims: part.edges.map((e) => ({
        text: edgeClaim(graph, e),
        quotes: e.provenance.flatMap((_, index) => quoteOf({ edge: e.id, index }) ?? []),
      })),
    }));
  return { title: graph.meta.title, subtitle: heading, sections, notes };
}
