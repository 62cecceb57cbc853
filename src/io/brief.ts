import { canvasPort } from '../canvas/port';
import { briefMarkdown } from '../formats/markdown';
import { translate } from '../i18n/strings';
import { briefOf } from '../store/briefOf';
import { legendOf } from '../store/describe';
import type { AppStore } from '../store/store';

/** Copies the brief of what is shown as Markdown, and says whether it worked. */
export async function copyBriefMarkdown(store: AppStore): Promise<void> {
  const s = store.getState();
  const text = briefMarkdown(briefOf(s), s.lang, {
    sources: translate(s.lang, 'brief.sources'),
    translation: translate(s.lang, 'evidence.translation'),
    published: translate(s.lang, 'brief.published'),
    noOutlet: translate(s.lang, 'brief.noOutlet'),
    noDate: translate(s.lang, 'brief.noDate'),
  });
  try {
    await navigator.clipboard.writeText(text);
    s.addNotices([{ key: 'brief.copied', group: 'export' }]);
  } catch {
    s.addNotices([{ key: 'brief.copyFailed', group: 'export' }]);
  }
}

/** The picture a brief shows: the view as drawn, with its legend, as an object URL; or null. */
export async function briefPicture(store: AppStore): Promise<string | null> {
  const canvas = canvasPort();
  if (!canvas) {
    store.getState().addNotices([{ key: 'brief.noCanvas', group: 'export' }]);
    return null;
  }
  return URL.createObjectURL(await canvas.png(false, legendOf(store.getState())));
}

/** Opens the browser's print (and save as PDF); the brief's page goes once it is done. */
export function printBrief(store: AppStore): void {
  const done = () => {
    window.removeEventListener('afterprint', done);
    store.getState().showBrief(false);
  };
  window.addEventListener('afterprint', done);
  window.print();
}
