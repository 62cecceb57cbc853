import { useCallback } from 'react';
import type { CommandName } from '../../graph/commands';
import { commandKey } from '../../i18n/editStrings';
import type { MessageParams } from '../../i18n/strings';
import { useT } from '../../store/useT';

const ROLES = ['label', 'type', 'sectors', 'relation'] as const;

/** A step's name in the interface language: "rename “JETRO India” to …". */
export function useCommandName(): (name: CommandName) => string {
  const { t } = useT();
  return useCallback(
    (name: CommandName) => {
      const params: Record<string, MessageParams[string]> = { ...name.params };
      const role = ROLES.find((r) => r === name.params.role);
      if (role) params.role = { term: `fields.${role}` };
      return t(commandKey(name), params);
    },
    [t],
  );
}
