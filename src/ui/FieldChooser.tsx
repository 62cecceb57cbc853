import { useId } from 'react';
import { attributeNames, type FieldRole } from '../formats/reassign';
import { useApp } from '../store/store';
import { useT } from '../store/useT';

const ROLES: readonly FieldRole[] = ['label', 'type', 'sectors', 'relation'];

/**
 * Lets the user say which of the file's fields hold the nodes' names, types and sectors, when
 * the file kept them somewhere the importer did not look (a `station_name`, a `group`).
 * Relations likewise from an edge attribute (a `line_name`). Shown only for graphs whose nodes
 * or edges carry attributes.
 */
export default function FieldChooser() {
  const { t } = useT();
  const id = useId();
  const graph = useApp((s) => s.graph);
  const chooseField = useApp((s) => s.chooseField);
  const names = (role: FieldRole) => attributeNames(graph, role);
  const roles = ROLES.filter((role) => names(role).length > 0);
  if (roles.length === 0) return null;
  return (
    <section className="fields" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('fields.heading')}</h3>
      {roles.map((role) => (
        <div key={role} className="field-choice">
          <label htmlFor={`${id}-${role}`}>
            {t('fields.choose', { role: { term: `fields.${role}` } })}
          </label>
          <select
            id={`${id}-${role}`}
            value=""
            onChange={(e) => {
              if (e.target.value) void chooseField(role, e.target.value);
            }}
          >
            <option value="">{t('fields.keep')}</option>
            {names(role).map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
      ))}
    </section>
  );
}
