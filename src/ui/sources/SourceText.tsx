import { useEffect, useRef } from 'react';
import { segmentsOf, type Passage } from '../../graph/sources';
import { useT } from '../../store/useT';
import { selectedSpan } from './textSpan';

/** Direction controls in a source are shown as their names, never obeyed. */
const BIDI = /([\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069])/;

function Plain({ text }: { text: string }) {
  return text.split(BIDI).map((part, i) =>
    i % 2 ? (
      <span key={i} className="bidi-mark">
        {`U+${part.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`}
      </span>
    ) : (
      part
    ),
  );
}

/**
 * The text, as text (never markup), with each passage marked; the current one scrolled into
 * view and focused, so a screen reader reads it out.
 */
export default function SourceText({
  text,
  lang,
  passages,
  current,
  onPick,
  onSpan,
}: {
  text: string;
  lang: string;
  passages: readonly Passage[];
  current: number;
  onPick: (passage: number) => void;
  /** Told the span a selection in the text covers, or null; only while editing. */
  onSpan?: (span: { from: number; to: number } | null) => void;
}) {
  const { t } = useT();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (current < 0) return;
    const el = box.current;
    const mark = el?.querySelector<HTMLElement>('mark[data-current]');
    if (!el || !mark) return;
    // Only the text scrolls, so the steps and what cites the passage stay in view above it.
    el.scrollTop = mark.offsetTop - el.clientHeight / 3;
    mark.focus({ preventScroll: true });
  }, [current, passages]);
  const told = () => {
    if (onSpan && box.current) onSpan(selectedSpan(box.current, text));
  };
  // Touch handles and the keyboard change a selection without a pointer lifted over the text:
  // each change is read once a frame, and only while it is inside the text.
  useEffect(() => {
    if (!onSpan) return;
    let frame = 0;
    const changed = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const el = box.current;
        const sel = document.getSelection();
        if (el && sel?.anchorNode && el.contains(sel.anchorNode)) onSpan(selectedSpan(el, text));
      });
    };
    document.addEventListener('selectionchange', changed);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('selectionchange', changed);
    };
  }, [onSpan, text]);
  return (
    <div
      className="source-text"
      lang={lang}
      ref={box}
      aria-label={t('sources.text')}
      role="document"
      onPointerUp={told}
      onKeyUp={told}
    >
      {segmentsOf(text.length, passages).map((seg) => {
        const part = <Plain text={text.slice(seg.from, seg.to)} />;
        const k = seg.passages.at(-1);
        if (k === undefined) return <span key={seg.from}>{part}</span>;
        const on = seg.passages.includes(current);
        return (
          <mark
            key={seg.from}
            data-passage={k}
            tabIndex={on ? -1 : undefined}
            data-current={on ? '' : undefined}
            className={`${on ? 'current' : ''} ${passages[k]?.how === 'approximate' ? 'approximate' : ''}`}
            onClick={() => {
              // A click that ends a selection of words is for capturing them, not for moving.
              if (document.getSelection()?.isCollapsed !== false) onPick(k);
            }}
          >
            {part}
          </mark>
        );
      })}
    </div>
  );
}
