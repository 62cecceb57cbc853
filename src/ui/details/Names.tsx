import { useT } from '../../i18n/useT';

/** A heading in the interface language with the other language beneath it, each tagged. */
export default function Names({
  label,
  id,
}: {
  label: { readonly en: string; readonly hi: string };
  id: string;
}) {
  const { lang } = useT();
  const other = lang === 'en' ? 'hi' : 'en';
  return (
    <>
      <h3 id={id} tabIndex={-1} lang={lang}>
        {label[lang]}
      </h3>
      {label[other] !== label[lang] ? (
        <p className="other-name" lang={other}>
          {label[other]}
        </p>
      ) : null}
    </>
  );
}
