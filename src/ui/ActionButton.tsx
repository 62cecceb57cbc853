import type { Action } from '../actions/registry';
import { useT } from '../store/useT';
import { useAppStore } from '../store/store';

/**
 * A button for a registered action. Its accessible name is its visible label (so speech users
 * can say what they see); the longer title is the tooltip and description.
 */
export default function ActionButton({
  action,
  className,
  labelLang,
}: {
  action: Action;
  className?: string;
  /** Language of the label where it differs from the page's (the language switch). */
  labelLang?: string;
}) {
  const store = useAppStore();
  const { t } = useT();
  const label = t(action.labelKey);
  const title = action.titleKey ? t(action.titleKey) : undefined;
  return (
    <button
      type="button"
      className={className}
      title={title ?? label}
      onClick={() => action.perform(store)}
    >
      {action.icon ? <span aria-hidden="true">{action.icon} </span> : null}
      <span lang={labelLang}>{label}</span>
    </button>
  );
}
