import type { AbsentMode, UndatedMode } from '../../graph/dates';
import { useApp } from '../../store/store';
import { useT } from '../../store/useT';
import LabelledSelect from '../controls/LabelledSelect';
import Toggle from '../Toggle';

const ABSENT: readonly AbsentMode[] = ['hide', 'dim'];
const UNDATED: readonly UndatedMode[] = ['show', 'dim', 'hide'];
const ABSENT_WORD = { hide: 'time.absentHide', dim: 'time.absentDim' } as const;
const UNDATED_WORD = {
  show: 'time.undatedShow',
  dim: 'time.undatedDim',
  hide: 'time.undatedHide',
} as const;

/** What the as-of view does with what was not there then and with what has no date. */
export default function TimeOptions() {
  const { t } = useT();
  const absent = useApp((s) => s.absent);
  const undated = useApp((s) => s.undated);
  const analyse = useApp((s) => s.analyseAsOf);
  const setAbsent = useApp((s) => s.setAbsent);
  const setUndated = useApp((s) => s.setUndated);
  const setAnalyse = useApp((s) => s.setAnalyseAsOf);
  return (
    <div className="timeline-options">
      <LabelledSelect
        label={t('time.absent')}
        value={absent}
        onChange={(v) => {
          const mode = ABSENT.find((m) => m === v);
          if (mode) setAbsent(mode);
        }}
      >
        {ABSENT.map((v) => (
          <option key={v} value={v}>
            {t(ABSENT_WORD[v])}
          </option>
        ))}
      </LabelledSelect>
      <LabelledSelect
        label={t('time.undated')}
        value={undated}
        onChange={(v) => {
          const mode = UNDATED.find((m) => m === v);
          if (mode) setUndated(mode);
        }}
      >
        {UNDATED.map((v) => (
          <option key={v} value={v}>
            {t(UNDATED_WORD[v])}
          </option>
        ))}
      </LabelledSelect>
      <span title={t('time.analyseHint')}>
        <Toggle checked={analyse} onChange={setAnalyse} label={t('time.analyse')} />
      </span>
    </div>
  );
}
