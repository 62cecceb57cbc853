import type { Action } from '../actions/registry';
import { useT } from '../i18n/useT';
import { useAppStore } from '../store/store';

/** A button for a registered action; its accessible name is the action's title or label. */
export default function ActionButton({
  action,
  className,
}: {
  action: Action;
  className?: string;
}) {
  const store = useAppStore();
  const { t } = useT();
  const label = t(action.labelKey);
  const title = action.titleKey ? t(action.titleKey) : undefined;
  return (
    <button
      type="button"
      className={className}
      aria-label={title}
      title={title ?? label}
      onClick={() => action.perform(store)}
    >
      {action.icon ? <span aria-hidden="true">{action.icon} </span> : null}
      {label}
    </button>
  );
}
