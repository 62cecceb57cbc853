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
  return (
    <>
      <TextInput
        field="date"
        label={t('edit.date')}
        value={value.date}
        onChange={(v) => onChange('date', v)}
        problems={problems}
      />
      <TextInput
        field="start"
        label={t('edit.start')}
        value={value.start}
        onChange={(v) => onChange('start', v)}
        problems={problems}
      />
      <TextInput
        field="end"
        label={t('edit.end')}
        value={value.end}
        onChange={(v) => onChange('end', v)}
        problems={problems}
      />
    </>
  );
}
