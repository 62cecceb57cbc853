import type { Localized } from '../../schema/graphFile';
import { isLatin } from '../../i18n/strings';
import { useT } from '../../store/useT';

/** A heading in the interface language with the other language beneath it, each tagged. */
export default function Names({ label, id }: { label: Localized; id: string }) {
  const { lang, loc, t } = useT();
  const other = lang === 'en' ? 'hi' : 'en';
  // Hindi the data lacks: English is shown with a marker, another script as it is (its
  // language unknown, so ""); there is no second name to add.
  const shownLang = lang === 'hi' && label.hiMissing ? (isLatin(label.en) ? 'en' : '') : lang;
  return (
    <>
      <h3 id={id} tabIndex={-1} lang={shownLang}>
        {loc(label)}
      </h3>
      {label.hiMissing ? (
        <p className="other-name">
          {t(isLatin(label.en) ? 'label.englishOnlyNote' : 'label.asInFileNote')}
        </p>
      ) : label[other] !== label[lang] ? (
        <p className="other-name" lang={other}>
          {label[other]}
        </p>
      ) : null}
    </>
  );
}
