import { storyBrief, viewBrief, type Brief } from '../graph/brief';
import type { GraphEdge } from '../graph/model';
import { translate } from '../i18n/strings';
import { selectChosenPathSet, selectShown } from './derived';
import { meetingOutcomesFor } from './insightsDerived';
import type { AppState } from './types';

/** Claims a brief of a whole view lists at most: a printed page, not a data export. */
const MAX_CLAIMS = 200;

/**
 * What a brief tells now: the story being played (or open in the stories panel); else the view
 * — the chosen path's relationships, a selected relationship, a selected node's relationships,
 * the insight open (what each meeting produced), or every relationship shown — each with its
 * evidence.
 */
export function briefOf(s: AppState): Brief {
  const story = s.playing?.story ?? (s.panel === 'stories' ? s.openStory : null);
  const told = story === null ? null : storyBrief(s.graph, story);
  if (told && told.sections.length) return told;
  const { graph } = s;
  const shown = selectShown(s);
  const path = selectChosenPathSet(s);
  const edgesOf = (ids: Iterable<string>) =>
    [...ids].flatMap((id) => graph.edgeById.get(id) ?? []).slice(0, MAX_CLAIMS);
  let edges: GraphEdge[];
  let heading = null;
  if (path) edges = edgesOf(path.edges);
  else if (s.selection?.kind === 'edge') edges = edgesOf([s.selection.id]);
  else if (s.selection?.kind === 'node') {
    const id = s.selection.id;
    heading = graph.nodeById.get(id)?.label ?? null;
    edges = (graph.incident.get(id) ?? [])
      .filter((e) => shown.edges.has(e.id))
      .slice(0, MAX_CLAIMS);
  } else if (s.panel === 'insights') {
    const outcomes = meetingOutcomesFor(graph);
    if (outcomes.some((o) => o.outcomes.length)) {
      const words = {
        en: translate('en', 'insights.meetings'),
        hi: translate('hi', 'insights.meetings'),
      };
      return viewBrief(
        graph,
        words,
        outcomes.map((o) => ({ title: o.meeting.label, edges: o.outcomes })),
      );
    }
    edges = [];
  } else edges = graph.edges.filter((e) => shown.edges.has(e.id)).slice(0, MAX_CLAIMS);
  return viewBrief(graph, heading, [{ title: null, edges }]);
}
