import { attributeText, type AttributeValue } from '../../graph/model';
import { useT } from '../../store/useT';

/**
 * Fields a file carried that the format has no place for (imported columns, GraphML keys,
 * Cytoscape data), shown as they came, as text.
 */
export default function Attributes({
  attributes,
}: {
  attributes: Readonly<Record<string, AttributeValue>> | undefined;
}) {
  const { t } = useT();
  if (!attributes || Object.keys(attributes).length === 0) return null;
  return (
    <dl className="attributes" aria-label={t('details.attributes')}>
      {Object.entries(attributes).map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{attributeText(v)}</dd>
        </div>
      ))}
    </dl>
  );
}
