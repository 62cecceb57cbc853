import { toggleLanguageAction } from '../actions/registry';
import { useT } from '../store/useT';
import { useApp } from '../store/store';
import ActionButton from './ActionButton';
import DataOrigin from './DataOrigin';
import ExportMenu from './ExportMenu';
import ImportButton from './ImportButton';
import ShareButton from './ShareButton';

/** The app bar: name, the loaded data set's title, language and sharing. */
export default function Header() {
  const { t, loc, lang } = useT();
  const title = useApp((s) => s.graph.meta.title);
  return (
    <header className="app-header">
      <a className="skip-link" href="#node-list">
        {t('app.skipToList')}
      </a>
      <div className="app-titles">
        <h1>{t('app.title')}</h1>
        <p className="dataset-title">{loc(title)}</p>
        <DataOrigin />
      </div>
      <div className="header-actions">
        <ImportButton />
        <ExportMenu />
        <ActionButton
          action={toggleLanguageAction}
          className="lang-toggle"
          labelLang={lang === 'en' ? 'hi' : 'en'}
        />
        <ShareButton />
      </div>
    </header>
  );
}
