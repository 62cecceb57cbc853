import { useEffect, useMemo, useState } from 'react';
import { briefPicture, printBrief } from '../../io/brief';
import { briefOf } from '../../store/briefOf';
import { useAppStore } from '../../store/store';
import { useT } from '../../store/useT';
import BriefBody from './BriefBody';

/**
 * The brief as a printed page (shown only in print): the title, the picture with its legend,
 * then each part with its claims and quotes, and the numbered source notes. Once its picture
 * is in, it asks the browser to print; the print's own dialog saves it as PDF.
 */
export default function BriefPrint() {
  const { t, loc, lang } = useT();
  const store = useAppStore();
  // What it tells is taken when asked for: later changes to the view do not reprint it.
  const brief = useMemo(() => briefOf(store.getState()), [store]);
  const [picture, setPicture] = useState<string | null | undefined>(undefined);
  const [drawn, setDrawn] = useState(false);
  const [url] = useState(() => window.location.href);
  useEffect(() => {
    let live = true;
    let made: string | null = null;
    briefPicture(store).then(
      (p) => {
        made = p;
        if (live) setPicture(p);
        else if (p) URL.revokeObjectURL(p);
      },
      () => live && setPicture(null),
    );
    return () => {
      live = false;
      if (made) URL.revokeObjectURL(made);
    };
  }, [store]);
  const ready = picture === null || (picture !== undefined && drawn);
  useEffect(() => {
    if (ready) printBrief(store);
  }, [ready, store]);
  return (
    <article className="print-brief" lang={lang} data-ready={ready ? 'true' : undefined}>
      <h1>{loc(brief.title)}</h1>
      {brief.subtitle ? <h2>{loc(brief.subtitle)}</h2> : null}
      {picture ? (
        <img src={picture} alt={t('brief.picture')} onLoad={() => setDrawn(true)} />
      ) : null}
      <BriefBody brief={brief} />
      <p className="brief-online">{t('brief.online', { url })}</p>
    </article>
  );
}
