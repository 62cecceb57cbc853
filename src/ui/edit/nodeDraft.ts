import type { AttributeValue, GraphNode } from '../../graph/model';
import { attributeText } from '../../graph/model';
import type { NodeType } from '../../schema/graphFile';
import { localized, pairOf, type TextPair } from './Fields';

/** A node as its form holds it: text the user types, lists one item per line. */
export interface NodeDraft {
  readonly type: NodeType;
  readonly label: TextPair;
  readonly role: TextPair;
  readonly organisation: string;
  readonly sectors: readonly string[];
  readonly description: TextPair;
  readonly date: string;
  readonly start: string;
  readonly end: string;
  readonly aliases: string;
  readonly links: string;
  readonly attributes: string;
}

export const draftOf = (node?: GraphNode, type: NodeType = 'person'): NodeDraft => ({
  type: node?.type ?? type,
  label: pairOf(node?.label),
  role: pairOf(node?.role),
  organisation: node?.organisation ?? '',
  sectors: node?.sectors ?? [],
  description: pairOf(node?.description),
  date: node?.date ?? '',
  start: node?.start ?? '',
  end: node?.end ?? '',
  aliases: (node?.aliases ?? []).join('\n'),
  links: (node?.links ?? []).map((l) => (l.label ? `${l.url} ${l.label.en}` : l.url)).join('\n'),
  attributes: Object.entries(node?.attributes ?? {})
    .map(([k, v]) => `${k} = ${attributeText(v)}`)
    .join('\n'),
});

const lines = (text: string) =>
  text
    .split('\n')
    .map((l, i) => ({ text: l.trim(), line: i + 1 }))
    .filter((l) => l.text !== '');

/** What a form's lines say is wrong before any check runs: a line that is not name = value. */
export type LineProblem = {
  readonly key: 'edit.attributeLine' | 'edit.linkLine';
  readonly line: number;
};

/**
 * The node's fields from the form, each left out (`undefined`) where the form is empty, so an
 * emptied field is taken away. An attribute whose text is unchanged keeps its original value
 * (a number stays a number), and a link whose line is unchanged keeps its Hindi title.
 */
export function fieldsOf(
  draft: NodeDraft,
  before?: GraphNode,
): {
  fields: Omit<GraphNode, 'id' | 'label'> & { label: GraphNode['label'] | undefined };
  problems: LineProblem[];
} {
  const problems: LineProblem[] = [];
  const attributes: Record<string, AttributeValue> = {};
  for (const { text, line } of lines(draft.attributes)) {
    const at = text.indexOf('=');
    if (at <= 0) {
      problems.push({ key: 'edit.attributeLine', line });
      continue;
    }
    const key = text.slice(0, at).trim();
    const value = text.slice(at + 1).trim();
    const old = before?.attributes?.[key];
    attributes[key] = old !== undefined && attributeText(old) === value ? old : value;
  }
  const links = lines(draft.links).flatMap(({ text, line }) => {
    const [url = '', ...words] = text.split(/\s+/);
    if (!/^https?:\/\//i.test(url)) {
      problems.push({ key: 'edit.linkLine', line });
      return [];
    }
    const title = words.join(' ');
    // A line as the form wrote it keeps its link whole: its Hindi title has no line of its own.
    const kept = before?.links?.find((l) => l.url === url && (l.label?.en ?? '') === title);
    if (kept) return [kept];
    const label = localized({ en: title, hi: '' });
    return [label ? { url, label } : { url }];
  });
  const aliases = lines(draft.aliases).map((l) => l.text);
  return {
    problems,
    fields: {
      type: draft.type,
      label: localized(draft.label),
      role: localized(draft.role),
      organisation: draft.organisation || undefined,
      sectors: draft.sectors,
      description: localized(draft.description),
      date: draft.date.trim() || undefined,
      start: draft.start.trim() || undefined,
      end: draft.end.trim() || undefined,
      aliases: aliases.length ? aliases : undefined,
      links: links.length ? links : undefined,
      attributes: Object.keys(attributes).length ? attributes : undefined,
    },
  };
}
