import { lazy, Suspense } from 'react';
import { clipMiddle } from '../schema/text';
import { useApp } from '../store/store';
import { useT } from '../store/useT';
import { withFeatureText } from '../i18n/featureText';

const ImportReportBody = lazy(() => withFeatureText(import('./ImportReportBody')));

/** What an import is doing now or said last: the file being read, then its report. */
export default function ImportReport() {
  const { t } = useT();
  const report = useApp((s) => s.importReport);
  const importing = useApp((s) => s.importing);
  if (importing)
    return (
      <p className="import-loading" role="status">
        {t('import.loading', { name: clipMiddle(importing) })}
      </p>
    );
  if (!report) return null;
  return (
    <Suspense fallback={null}>
      <ImportReportBody report={report} />
    </Suspense>
  );
}
