import { useEffect, useId, useRef, useState } from 'react';
import { embedSnippet, embedUrl, type EmbedStart } from '../../io/embed';
import type { MessageKey } from '../../i18n/strings';
import { useApp } from '../../store/store';
import { useT } from '../../store/useT';

/**
 * The `<iframe>` snippet and the embed link, starting on this view or on a story, each with a
 * Copy button; what a publisher's site must allow. A modal dialog: Escape closes it.
 */
export default function EmbedDialog({ onClose }: { onClose: () => void }) {
  const { t, loc, lang } = useT();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const stories = useApp((s) => s.graph.stories);
  const title = useApp((s) => s.graph.meta.title);
  const playing = useApp((s) => s.playing);
  const [start, setStart] = useState<EmbedStart>(() =>
    playing ? { kind: 'story', id: playing.story } : { kind: 'view' },
  );
  const [said, setSaid] = useState<MessageKey | null>(null);
  // The address says the view at every moment; read when the dialog shows.
  const src = embedUrl(window.location, start, lang);
  const snippet = embedSnippet(src, loc(title));
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);
  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setSaid('embed.copied');
    } catch {
      setSaid('embed.copyFailed');
    }
  };
  const options: { value: string; start: EmbedStart; label: string }[] = [
    { value: 'view', start: { kind: 'view' }, label: t('embed.startView') },
    ...[...stories.values()]
      .filter((s) => s.steps.length > 0)
      .map((s) => ({
        value: `story:${s.id}`,
        start: { kind: 'story', id: s.id } as const,
        label: t('embed.startStory', { title: loc(s.title) }),
      })),
  ];
  const chosen = start.kind === 'view' ? 'view' : `story:${start.id}`;
  return (
    <dialog
      ref={dialog}
      className="embed-dialog"
      aria-labelledby={`${id}-h`}
      onClose={onClose}
      // Escape is the dialog's own (it closes it): the page's shortcuts must not take it.
      onKeyDown={(e) => {
        if (e.key === 'Escape') e.stopPropagation();
      }}
    >
      <h2 id={`${id}-h`}>{t('embed.heading')}</h2>
      <label htmlFor={`${id}-start`}>{t('embed.start')}</label>
      <select
        id={`${id}-start`}
        value={chosen}
        onChange={(e) => {
          const o = options.find((x) => x.value === e.target.value);
          if (o) setStart(o.start);
        }}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-snippet`}>{t('embed.snippet')}</label>
      <textarea id={`${id}-snippet`} readOnly rows={4} value={snippet} />
      <button type="button" onClick={() => void copy(snippet)}>
        {t('embed.copySnippet')}
      </button>
      <label htmlFor={`${id}-link`}>{t('embed.link')}</label>
      <input id={`${id}-link`} readOnly value={src} />
      <button type="button" onClick={() => void copy(src)}>
        {t('embed.copyLink')}
      </button>
      <p role="status">{said ? t(said) : ''}</p>
      <p className="hint">{t('embed.readOnly')}</p>
      <p className="hint">{t('embed.headers')}</p>
      <form method="dialog">
        <button type="submit" className="primary">
          {t('embed.close')}
        </button>
      </form>
    </dialog>
  );
}
