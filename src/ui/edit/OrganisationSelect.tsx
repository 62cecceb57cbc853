import { useId, useMemo } from 'react';
import type { Problem } from '../../schema/problems';
import { useApp } from '../../store/store';
import { useT } from '../../store/useT';
import { FieldProblems, problemsAt } from './Fields';

const MEMBER_TYPES = ['organisation', 'government', 'country'] as const;

/** The organisation, government body or country a node belongs to, or none. */
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
  const byType = useApp((s) => s.graph.nodesByType);
  const options = useMemo(
    () =>
      MEMBER_TYPES.flatMap((type) => byType.get(type) ?? [])
        .filter((n) => n.id !== exclude)
        .map((n) => ({ id: n.id, name: loc(n.label) }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    [byType, exclude, loc],
  );
  const mine = problemsAt(problems, 'organisation');
  return (
    <div className="field">
      <label htmlFor={id}>{t('edit.organisation')}</label>
      <select
        id={id}
        value={value}
        aria-invalid={mine.length > 0}
        onChange={(e) => onChange(e.target.value)}
      >
        <option value="">{t('edit.noOrganisation')}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
      <FieldProblems id={`${id}-problem`} problems={mine} />
    </div>
  );
}
