import { useCallback, useId } from 'react';
import type { GraphNode } from '../../graph/model';
import type { Problem } from '../../schema/problems';
import { useApp } from '../../store/store';
import { useT } from '../../store/useT';
import NodeCombobox from '../NodeCombobox';
import { FieldProblems, problemsAt } from './Fields';

const MEMBER_TYPES: ReadonlySet<string> = new Set(['organisation', 'government', 'country']);

/**
 * The organisation, government body or country a node belongs to, or none: a combobox, so a
 * map with thousands of organisations is searched, not scrolled (and not drawn as thousands of
 * options on every change to the graph).
 */
export default function OrganisationSelect({
  value,
  onChange,
  exclude,
  problems,
}: {
  value: string;
  onChange: (id: string) => void;
  exclude?: string;
  problems: readonly Problem[];
}) {
  const { t, loc } = useT();
  const id = useId();
  const chosen = useApp((s) => (value ? s.graph.nodeById.get(value) : undefined));
  const accept = useCallback(
    (n: GraphNode) => MEMBER_TYPES.has(n.type) && n.id !== exclude,
    [exclude],
  );
  const mine = problemsAt(problems, 'organisation');
  return (
    <div className="field organisation-field">
      <NodeCombobox
        label={t('edit.organisation')}
        placeholder={t('edit.organisationPlaceholder')}
        inputId={id}
        onChoose={onChange}
        chosen={chosen ? loc(chosen.label) : value}
        accept={accept}
        browse
        invalid={mine.length > 0}
        describedBy={mine.length > 0 ? `${id}-problem` : undefined}
      />
      {value ? (
        <button type="button" className="link-button" onClick={() => onChange('')}>
          {t('edit.clearOrganisation')}
        </button>
      ) : null}
      <FieldProblems id={`${id}-problem`} problems={mine} />
    </div>
  );
}
