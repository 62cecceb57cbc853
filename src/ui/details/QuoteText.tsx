import { useT } from '../../store/useT';

/** A quote verbatim, in its source's language, and its English rendering where there is one. */
export default function QuoteText({
  quote,
  translation,
  language,
}: {
  quote: string;
  translation?: string;
  language?: string;
}) {
  const { t } = useT();
  return (
    <>
      <blockquote lang={language} aria-label={t('evidence.quote')}>
        {quote}
      </blockquote>
      {translation ? (
        <p className="translation" lang="en">
          <span className="sr-only">{t('evidence.translation')}: </span>
          {translation}
        </p>
      ) : null}
    </>
  );
}
