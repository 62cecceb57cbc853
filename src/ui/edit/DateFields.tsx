import type { Problem } from '../../schema/problems';
import { useT } from '../../store/useT';
import { TextInput } from './Fields';

/** The dates of a node or relationship: when it happened or was reported, began and ended. */
export interface DatesDraft {
  readonly date: string;
  readonly start: string;
  readonly end: string;
}

/** A form's date fields, each a partial date; a refused one says why at its field. */
export default function DateFields({
  value,
  onChange,
  problems,
}: {
  value: DatesDraft;
  onChange: (field: keyof DatesDraft, text: string) => void;
  problems: readonly Problem[];
}) {
  const { t } = useT();
  const labels = { date: t('edit.date'), start: t('edit.start'), end: t('edit.end') };
  return (
    <>
      {(['date', 'start', 'end'] as const).map((field) => (
        <TextInput
          key={field}
          field={field}
          label={labels[field]}
          value={value[field]}
          onChange={(v) => onChange(field, v)}
          problems={problems}
        />
      ))}
    </>
  );
}
