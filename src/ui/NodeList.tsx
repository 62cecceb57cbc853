import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useT } from '../store/useT';
import { selectHighlight, selectShown } from '../store/derived';
import { useApp } from '../store/store';
import TypeIcon from './TypeIcon';
import { TOUCH_SIZED, useMediaQuery } from './useMediaQuery';

/**
 * Each row's height in CSS pixels (labels stay on one line, so every row is the same): 44 where
 * a finger taps, as screens.css draws them.
 */
const ROW = 32;
const TOUCH_ROW = 44;
/** Rows kept rendered beyond the visible ones, so a quick scroll shows no gap. */
const OVERSCAN = 8;
const STEP: Readonly<Record<string, (i: number, page: number, last: number) => number>> = {
  ArrowDown: (i) => i + 1,
  ArrowUp: (i) => i - 1,
  PageDown: (i, page) => i + page,
  PageUp: (i, page) => i - page,
  Home: () => 0,
  End: (_i, _page, last) => last,
};

/**
 * The visible nodes as a list of buttons: the canvas's content for keyboard and screen-reader
 * users. Follows filters and focus; marks the selection and its neighbourhood. Only the rows in
 * view are in the DOM, whatever the graph's size; the list is one Tab stop, and the arrow keys,
 * Page keys, Home and End move through all of it.
 */
export default function NodeList() {
  const { t, loc, lang, n } = useT();
  const graph = useApp((s) => s.graph);
  const shown = useApp(selectShown);
  const highlight = useApp(selectHighlight);
  const selection = useApp((s) => s.selection);
  const selectNode = useApp((s) => s.selectNode);
  const nodes = useMemo(() => {
    const collator = new Intl.Collator(lang);
    return graph.nodes
      .filter((node) => shown.nodes.has(node.id))
      .sort((a, b) => collator.compare(a.label[lang], b.label[lang]));
  }, [graph, shown, lang]);
  const scroller = useRef<HTMLDivElement>(null);
  const rowHeight = useMediaQuery(TOUCH_SIZED) ? TOUCH_ROW : ROW;
  // This build has no React Compiler, which is what the rule guards.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtual = useVirtualizer({
    count: nodes.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: OVERSCAN,
    // The node's id, so a row keeps its element (and focus) as the list scrolls.
    getItemKey: (i) => nodes[i]?.id ?? i,
  });
  // The rows' places are estimates taken once; a new height (a window resized) renews them.
  useEffect(() => virtual.measure(), [virtual, rowHeight]);
  const [active, setActive] = useState(0);
  const current = Math.min(active, Math.max(0, nodes.length - 1));
  const focusWanted = useRef(false);
  // The row to focus may only be drawn once the list has scrolled to it, a render or two later.
  useEffect(() => {
    if (!focusWanted.current) return;
    const row = scroller.current?.querySelector<HTMLButtonElement>(
      `[data-index="${current}"] button`,
    );
    if (!row) return;
    focusWanted.current = false;
    row.focus();
  });

  const onKeyDown = (e: KeyboardEvent) => {
    const step = STEP[e.key];
    if (!step || nodes.length === 0) return;
    e.preventDefault();
    const page = Math.max(
      1,
      Math.floor((scroller.current?.clientHeight ?? rowHeight) / rowHeight) - 1,
    );
    const next = Math.max(0, Math.min(nodes.length - 1, step(current, page, nodes.length - 1)));
    setActive(next);
    focusWanted.current = true;
    virtual.scrollToIndex(next);
  };

  return (
    <section className="node-list" aria-labelledby="node-list-heading">
      <h2 id="node-list-heading">
        {t('list.heading')}{' '}
        <span className="count">{t('list.count', { count: n(nodes.length) })}</span>
      </h2>
      {nodes.length === 0 ? <p>{t('list.empty')}</p> : null}
      <div id="node-list" className="node-list-scroll" ref={scroller} tabIndex={-1}>
        <ul style={{ height: virtual.getTotalSize() }} onKeyDown={onKeyDown}>
          {virtual.getVirtualItems().map((row) => {
            const node = nodes[row.index];
            if (!node) return null;
            const selected = selection?.kind === 'node' && selection.id === node.id;
            const near = !selected && highlight?.nodes.has(node.id);
            return (
              <li
                key={row.key}
                data-index={row.index}
                aria-setsize={nodes.length}
                aria-posinset={row.index + 1}
                className={near ? 'near' : undefined}
                style={{ transform: `translateY(${row.start}px)`, height: rowHeight }}
              >
                <button
                  type="button"
                  tabIndex={row.index === current ? 0 : -1}
                  aria-current={selected ? 'true' : undefined}
                  onFocus={() => setActive(row.index)}
                  onClick={() => {
                    selectNode(node.id, { reveal: true });
                    // The details are what was asked for; Escape there comes back to this row.
                    requestAnimationFrame(() => document.getElementById('side-panel')?.focus());
                  }}
                >
                  <TypeIcon type={node.type} />
                  <span className="node-list-label">{loc(node.label)}</span>
                  <span className="sr-only">, {t(`type.${node.type}`)}</span>
                </button>
              </li>
            );
          })}
        </ul>
      </div>
    </section>
  );
}
