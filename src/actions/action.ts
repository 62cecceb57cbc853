import type { MessageKey } from '../i18n/strings';
import type { AppStore } from '../store/store';

/** A user command: one small object, rendered by toolbars and bound to keys in one place. */
export interface Action {
  readonly id: string;
  /** Visible text. */
  readonly labelKey: MessageKey;
  /** Accessible name and tooltip, where the visible text is short. */
  readonly titleKey?: MessageKey;
  /** A symbol shown before the label; decorative. */
  readonly icon?: string;
  /** `KeyboardEvent.key` values that trigger it outside text fields. */
  readonly keys?: readonly string[];
  /** Whether it can run now; an action without it always can. */
  enabled?(store: AppStore): boolean;
  perform(store: AppStore): void;
}
