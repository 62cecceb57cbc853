import { useEffect, useState, type KeyboardEvent } from 'react';
import { toggleLanguageAction } from '../actions/registry';
import { useT } from '../store/useT';
import { useApp } from '../store/store';
import ActionButton from './ActionButton';
import DataOrigin from './DataOrigin';
import ExportMenu from './ExportMenu';
import ImportButton from './ImportButton';
import ShareButton from './ShareButton';
import EditControls from './edit/EditControls';
import EmbedButton from './embed/EmbedButton';
import NewMapButton from './edit/NewMapButton';

/** Where the skip links lead: the ids of the search box, canvas, node list and side panel. */
const SKIPS = [
  ['search', 'app.skipToSearch'],
  ['graph', 'app.skipToCanvas'],
  ['node-list', 'app.skipToList'],
  ['side-panel', 'app.skipToSide'],
] as const;

/**
 * The app bar: skip links, name, the loaded data set's title, its origin, and the data,
 * language and sharing controls. On a narrow screen the bar is one line and the rest opens
 * from a menu button (a disclosure, since it holds more than commands).
 */
export default function Header() {
  const { t, loc, lang } = useT();
  const title = useApp((s) => s.graph.meta.title);
  const [open, setOpen] = useState(false);
  // What was chosen from the menu has happened once data loads, a file gets its report, or
  // editing starts or stops: the menu folds away so the map (with its edit bar), or what went
  // wrong, is in view.
  const dataSeq = useApp((s) => s.dataSeq);
  const report = useApp((s) => s.importReport);
  const editing = useApp((s) => s.editing);
  const [seen, setSeen] = useState({ dataSeq, report, editing });
  if (seen.dataSeq !== dataSeq || seen.report !== report || seen.editing !== editing) {
    setSeen({ dataSeq, report, editing });
    if (report !== null || seen.dataSeq !== dataSeq || seen.editing !== editing) setOpen(false);
  }
  // Folded away with the focus in it (the file button that was used): the focus goes back to
  // the menu button, as Escape leaves it, instead of to the page.
  useEffect(() => {
    const menu = document.getElementById('header-menu');
    if (open || !menu?.contains(document.activeElement)) return;
    if (getComputedStyle(menu).display === 'none')
      document.getElementById('header-menu-button')?.focus();
  }, [open]);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !open) return;
    e.preventDefault();
    setOpen(false);
    document.getElementById('header-menu-button')?.focus();
  };
  return (
    <header className="app-header" onKeyDown={onKeyDown}>
      <nav className="skip-links" aria-label={t('app.skipLinks')}>
        {SKIPS.map(([target, label]) => (
          <a key={target} className="skip-link" href={`#${target}`}>
            {t(label)}
          </a>
        ))}
      </nav>
      <h1>{t('app.title')}</h1>
      <button
        type="button"
        id="header-menu-button"
        className="menu-button"
        aria-expanded={open}
        aria-controls="header-menu"
        title={t('app.menuLabel')}
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true">☰ </span>
        {t('app.menu')}
      </button>
      <div id="header-menu" className="header-menu" data-open={open}>
        <p className="dataset-title">{loc(title)}</p>
        <DataOrigin />
        <div className="header-actions">
          <EditControls />
          <NewMapButton />
          <ImportButton />
          <ExportMenu />
          <ActionButton
            action={toggleLanguageAction}
            className="lang-toggle"
            labelLang={lang === 'en' ? 'hi' : 'en'}
          />
          <ShareButton />
          <EmbedButton />
        </div>
      </div>
    </header>
  );
}
