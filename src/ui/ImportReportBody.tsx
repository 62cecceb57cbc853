import { useEffect, useRef } from 'react';
import { downloadBlob } from '../io/download';
import { formatProblem } from '../i18n/problems';
import { capProblems, MAX_PROBLEMS } from '../schema/problems';
import { clipMiddle } from '../schema/text';
import type { ImportReport } from '../store/importSlice';
import { useApp } from '../store/store';
import { useT } from '../store/useT';

/**
 * A report of the last import: for a failure, every problem with its place and what to do,
 * and that nothing changed; for a load with warnings, the warnings. The first problems are
 * listed and the whole list can be downloaded. Dismissible. Its code (and the wording of every
 * problem) is fetched when there is a report to show.
 */
export default function ImportReportBody({ report }: { report: ImportReport }) {
  const { t, n, lang } = useT();
  const dismiss = useApp((s) => s.dismissImportReport);
  const heading = useRef<HTMLHeadingElement>(null);
  // A failure is news the user must act on: move focus there so keyboard users land on it.
  useEffect(() => {
    if (report.outcome === 'failed') heading.current?.focus();
  }, [report]);
  const failed = report.outcome === 'failed';
  const lines = () => report.problems.map((p) => formatProblem(p, lang)).join('\n');
  return (
    <section
      className={failed ? 'import-report failed' : 'import-report'}
      role={failed ? 'alert' : 'status'}
      aria-labelledby="import-report-heading"
    >
      <h2 id="import-report-heading" ref={heading} tabIndex={-1}>
        {failed
          ? t('import.failedHeading', { name: clipMiddle(report.source) })
          : t('import.warningsHeading', {
              name: clipMiddle(report.source),
              format: { term: `format.${report.loaded.format}` },
              nodes: report.loaded.nodes,
              edges: report.loaded.edges,
              count: n(report.problems.length),
            })}
      </h2>
      <p>{t(failed ? 'import.failedNote' : 'import.afresh')}</p>
      <ul className="problems">
        {capProblems(report.problems).map((p, i) => (
          <li key={i}>{formatProblem(p, lang)}</li>
        ))}
      </ul>
      {failed ? <p className="hint">{t('import.fixHint')}</p> : null}
      <div className="report-actions">
        {report.problems.length > MAX_PROBLEMS ? (
          <button
            type="button"
            onClick={() =>
              downloadBlob(
                new Blob([lines(), '\n'], { type: 'text/plain' }),
                t('import.problemsFile'),
              )
            }
          >
            {t('import.downloadAll', { count: n(report.problems.length) })}
          </button>
        ) : null}
        <button type="button" onClick={dismiss}>
          {t('import.dismiss')}
        </button>
      </div>
    </section>
  );
}
