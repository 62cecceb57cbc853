import type { Localized } from '../../schema/graphFile';
import { useT } from '../../store/useT';

/** A heading in the interface language with the other language beneath it, each tagged. */
export default function Names({ label, id }: { label: Localized; id: string }) {
  const { lang, loc, t } = useT();
  const other = lang === 'en' ? 'hi' : 'en';
  // Hindi the data lacks is shown in English with a marker; there is no second name to add.
  const shownLang = lang === 'hi' && label.hiMissing ? 'en' : lang;
  return (
    <>
      <h3 id={id} tabIndex={-1} lang={shownLang}>
        {loc(label)}
      </h3>
      {label.hiMissing ? (
        <p className="other-name">{t('label.englishOnlyNote')}</p>
      ) : label[other] !== label[lang] ? (
        <p className="other-name" lang={other}>
          {label[other]}
        </p>
      ) : null}
    </>
  );
}
