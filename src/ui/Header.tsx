import { toggleLanguageAction } from '../actions/registry';
import { useT } from '../store/useT';
import { useApp } from '../store/store';
import ActionButton from './ActionButton';
import DataOrigin from './DataOrigin';
import ExportMenu from './ExportMenu';
import ImportButton from './ImportButton';
import ShareButton from './ShareButton';

/** Where the skip links lead: the ids of the search box, canvas, node list and side panel. */
const SKIPS = [
  ['search', 'app.skipToSearch'],
  ['graph', 'app.skipToCanvas'],
  ['node-list', 'app.skipToList'],
  ['side-panel', 'app.skipToSide'],
] as const;

/** The app bar: skip links, name, the loaded data set's title, language and sharing. */
export default function Header() {
  const { t, loc, lang } = useT();
  const title = useApp((s) => s.graph.meta.title);
  return (
    <header className="app-header">
      <nav className="skip-links" aria-label={t('app.skipLinks')}>
        {SKIPS.map(([target, label]) => (
          <a key={target} className="skip-link" href={`#${target}`}>
            {t(label)}
          </a>
        ))}
      </nav>
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
