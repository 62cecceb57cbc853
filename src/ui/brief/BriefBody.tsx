import type { Brief } from '../../graph/brief';
import { useT } from '../../store/useT';

/** A brief's parts, each claim followed by its quotes (with their note numbers), then the notes. */
export default function BriefBody({ brief }: { brief: Brief }) {
  const { t, loc } = useT();
  return (
    <>
      {brief.sections.map((section, i) => (
        <section key={i} className="brief-section">
          {section.title ? <h3>{loc(section.title)}</h3> : null}
          {section.claims.map((claim, j) => (
            <div key={j} className="brief-claim">
              <p>{loc(claim.text)}</p>
              {claim.quotes.map((q, k) => (
                <figure key={k}>
                  <blockquote lang={q.language}>
                    {q.quote} <sup>[{q.note}]</sup>
                  </blockquote>
                  {q.translation ? (
                    <figcaption lang="en">
                      {t('evidence.translation')}: {q.translation}
                    </figcaption>
                  ) : null}
                </figure>
              ))}
            </div>
          ))}
        </section>
      ))}
      {brief.notes.length ? (
        <section className="brief-notes">
          <h3>{t('brief.sources')}</h3>
          <ol>
            {brief.notes.map((note) => (
              <li key={note.n} value={note.n}>
                {loc(note.title)}, {note.outlet ?? t('brief.noOutlet')},{' '}
                {note.published ? `${t('brief.published')} ${note.published}` : t('brief.noDate')}
                {note.url ? `, ${note.url}` : ''}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </>
  );
}
