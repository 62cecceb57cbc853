import { useT } from '../store/useT';
import { useApp } from '../store/store';

/** Where the data on screen came from: the shipped file, the user's file, or an address. */
export default function DataOrigin() {
  const { t } = useT();
  const origin = useApp((s) => s.origin);
  return (
    <p className="data-origin" data-testid="data-origin">
      {t(`origin.${origin.kind}`, { name: origin.name })}
    </p>
  );
}
