import { useCallback } from 'react';
import type { CommandName } from '../../graph/commands';
import type { MessageParams } from '../../i18n/strings';
import { useT } from '../../store/useT';

const ROLES = ['label', 'type', 'sectors', 'relation'] as const;

/** The message key that names a command in the history. */
const commandKey = (name: CommandName) => `command.${name.code}` as const;

/** A step's name in the interface language: "rename “JETRO India” to …". */
export function useCommandName(): (name: CommandName) => string {
  const { t, lang } = useT();
  return useCallback(
    (name: CommandName) => {
      const params: Record<string, MessageParams[string]> = { ...name.params };
      // Names the step carries in Hindi, where the interface is in Hindi.
      if (lang === 'hi') {
        if (typeof name.params.labelHi === 'string') params.label = name.params.labelHi;
        if (typeof name.params.toHi === 'string') params.to = name.params.toHi;
      }
      const role = ROLES.find((r) => r === name.params.role);
      if (role) params.role = { term: `fields.${role}` };
      return t(commandKey(name), params);
    },
    [t, lang],
  );
}
