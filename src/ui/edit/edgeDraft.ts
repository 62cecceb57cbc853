import type { Command } from '../../graph/commands';
import { addEdge, addRelation, addSource, editEdge, joined } from '../../graph/edits';
import type { GraphEdge, GraphModel } from '../../graph/model';
import type { Provenance } from '../../schema/graphFile';
import type { CapturedPassage } from '../../store/historySlice';
import { localized, pairOf, type TextPair } from './Fields';
import { emptyQuote, NEW_SOURCE, type QuoteDraft } from './EvidenceEditor';

export const NEW_RELATION = '\u0000new';

/** A relationship as its form holds it. */
export interface EdgeDraft {
  readonly source: string;
  readonly target: string;
  readonly relation: string;
  readonly newRelation: TextPair;
  readonly label: TextPair;
  readonly directed: boolean;
  readonly weight: string;
  readonly date: string;
  readonly start: string;
  readonly end: string;
  readonly meeting: string;
  readonly kept: readonly Provenance[];
  readonly quote: QuoteDraft;
}

export function edgeDraftOf(
  graph: GraphModel,
  edge?: GraphEdge,
  ends?: { source?: string; target?: string; passage?: CapturedPassage },
): EdgeDraft {
  const passage = ends?.passage;
  const firstSource = [...graph.sources.keys()][0] ?? '';
  return {
    source: edge?.source ?? ends?.source ?? '',
    target: edge?.target ?? ends?.target ?? '',
    relation: edge?.relation ?? [...graph.relations.keys()][0] ?? NEW_RELATION,
    newRelation: { en: '', hi: '' },
    label: edge ? pairOf(edge.label) : { en: '', hi: '' },
    directed: edge?.directed !== false,
    weight: edge?.weight === undefined ? '' : String(edge.weight),
    date: edge?.date ?? '',
    start: edge?.start ?? '',
    end: edge?.end ?? '',
    meeting: edge?.meeting ?? '',
    kept: edge?.provenance ?? [],
    quote: passage
      ? { ...emptyQuote(passage.source), quote: passage.selector.exact, captured: passage }
      : emptyQuote(firstSource),
  };
}

/** A quote's language, from its script: the sources say which language their quotes are in. */
const languageOf = (text: string) => (/[\u0900-\u097f]/.test(text) ? 'hi' : 'en');

/**
 * The command a relationship form makes: the relationship added or changed, with a new
 * relation or source it names made in the same step. Null with a reason when the form lacks
 * what no check could word (an end or a relation not chosen).
 */
export function edgeCommand(
  graph: GraphModel,
  draft: EdgeDraft,
  edge?: GraphEdge,
): { command: Command } | { missing: 'edit.chooseEnds' | 'edit.chooseRelation' } {
  if (!draft.source || !draft.target) return { missing: 'edit.chooseEnds' };
  const parts: Command[] = [];
  let relation = draft.relation;
  let relationLabel = graph.relations.get(relation)?.label;
  if (relation === NEW_RELATION) {
    const label = localized(draft.newRelation);
    if (!label) return { missing: 'edit.chooseRelation' };
    const made = addRelation(graph, { label });
    parts.push(made.command);
    relation = made.id;
    relationLabel = label;
  }
  const provenance = [...draft.kept];
  const q = draft.quote;
  if (q.quote.trim() !== '') {
    let source = q.source;
    if (source === NEW_SOURCE) {
      const made = addSource(graph, {
        kind: 'other',
        language: languageOf(q.quote),
        title: localized({ en: q.newSource.title, hi: '' }) ?? { en: '', hi: '' },
        outlet: q.newSource.outlet,
        published: 'unknown',
        ...(q.newSource.url.trim() ? { url: q.newSource.url.trim() } : {}),
      });
      parts.push(made.command);
      source = made.id;
    }
    const translation = q.translation.trim();
    // A captured quote keeps its anchor unless it was retyped or given another source.
    const c = q.captured;
    const selector =
      c && c.source === source && c.selector.exact === q.quote.trim() ? c.selector : undefined;
    provenance.push({
      source,
      quote: q.quote,
      ...(translation ? { translation } : {}),
      ...(selector ? { selector } : {}),
    });
  }
  const weight = draft.weight.trim() === '' ? undefined : Number(draft.weight);
  const fields = {
    source: draft.source,
    target: draft.target,
    relation,
    label: localized(draft.label) ?? relationLabel ?? { en: '', hi: '' },
    directed: draft.directed ? undefined : false,
    weight: weight !== undefined && Number.isFinite(weight) ? weight : undefined,
    date: draft.date.trim() || undefined,
    start: draft.start.trim() || undefined,
    end: draft.end.trim() || undefined,
    meeting: draft.meeting || undefined,
    provenance,
  };
  const main = edge ? editEdge(graph, edge.id, fields) : addEdge(graph, fields);
  if (!main) return { missing: 'edit.chooseEnds' };
  return { command: joined(main.name, ...parts, main) };
}
