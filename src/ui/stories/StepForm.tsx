import { useState, type FormEvent } from 'react';
import type { GraphModel } from '../../graph/model';
import type { StoryStep } from '../../schema/graphFile';
import { addStep, editStep } from '../../graph/stories';
import { stepViewOf } from '../../io/storyPlayer';
import { useApp, useAppStore } from '../../store/store';
import { useT } from '../../store/useT';
import { localized, pairOf, PairInput } from '../edit/Fields';
import QuotePicker, { type QuoteRef } from './QuotePicker';

type Step = NonNullable<ReturnType<GraphModel['stories']['get']>>['steps'][number];

/**
 * A step's title, caption and quotes. A new step keeps the view shown now; an edited one keeps
 * its own view unless the user asks for the one shown now. Saving is one step of the history.
 */
export default function StepForm(props: {
  story: string;
  at?: number;
  step?: Step;
  onDone: () => void;
}) {
  const { story, at, step, onDone } = props;
  const { t } = useT();
  const store = useAppStore();
  const refused = useApp((s) => s.refused);
  const [title, setTitle] = useState(() => pairOf(step?.title));
  const [caption, setCaption] = useState(() => pairOf(step?.caption));
  const [quotes, setQuotes] = useState<readonly QuoteRef[]>(() => step?.quotes ?? []);
  const [takeView, setTakeView] = useState(step === undefined);
  const [empty, setEmpty] = useState(false);
  const save = (e: FormEvent) => {
    e.preventDefault();
    const words = localized(title);
    setEmpty(!words);
    if (!words) return;
    const s = store.getState();
    const said = localized(caption);
    const fields: StoryStep = {
      title: words,
      ...(said ? { caption: said } : {}),
      view: takeView || !step ? stepViewOf(s) : step.view,
      ...(quotes.length ? { quotes: [...quotes] } : {}),
    };
    const command =
      at === undefined ? addStep(s.graph, story, fields) : editStep(s.graph, story, at, fields);
    if (command && s.perform(command)) {
      if (at === undefined) {
        setTitle({ en: '', hi: '' });
        setCaption({ en: '', hi: '' });
        setQuotes([]);
      }
      onDone();
    }
  };
  return (
    <form className="edit-form step-form" onSubmit={save} noValidate>
      {at === undefined ? (
        <>
          <h3>{t('stories.addStep')}</h3>
          <p className="hint">{t('stories.addStepHint')}</p>
        </>
      ) : null}
      <PairInput
        field="title"
        labels={[t('stories.stepTitleEn'), t('stories.stepTitleHi')]}
        value={title}
        onChange={setTitle}
        problems={refused}
      />
      {empty ? (
        <p role="alert" className="field-problem">
          {t('stories.stepTitleNeeded')}
        </p>
      ) : null}
      <PairInput
        field="caption"
        labels={[t('stories.captionEn'), t('stories.captionHi')]}
        value={caption}
        onChange={setCaption}
        problems={refused}
        multiline
      />
      <QuotePicker chosen={quotes} onChange={setQuotes} />
      {step ? (
        <label className="check">
          <input
            type="checkbox"
            checked={takeView}
            onChange={(e) => setTakeView(e.target.checked)}
          />
          {t('stories.takeView')}
        </label>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="primary">
          {at === undefined ? t('stories.addStep') : t('stories.saveStep')}
        </button>
      </div>
    </form>
  );
}
