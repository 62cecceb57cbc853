import { useId, useState, type KeyboardEvent } from 'react';
import type { GraphNode } from '../graph/model';
import { useT } from '../store/useT';
import { useApp } from '../store/store';
import TypeIcon from './TypeIcon';
import { findNodeHits, useNodeHits } from './useNodeHits';

interface Props {
  readonly label: string;
  readonly placeholder: string;
  /** Called with the chosen node's id. */
  readonly onChoose: (id: string) => void;
  /** The name shown while the user is not typing (a chosen end of a path). */
  readonly chosen?: string;
  readonly className?: string;
  /** The input's id, where a link leads to it (the search box's skip link). */
  readonly inputId?: string;
  /** Which nodes may be chosen (all, unless told); a stable function, not a new one per render. */
  readonly accept?: (node: GraphNode) => boolean;
  /** Lists the first choices by name before anything is typed. */
  readonly browse?: boolean;
  /** The field's problems, said beside it. */
  readonly invalid?: boolean;
  readonly describedBy?: string;
}

/**
 * A combobox over English and Hindi labels and aliases (WAI-ARIA combobox pattern): arrows move,
 * Enter chooses, Escape closes.
 */
export default function NodeCombobox({
  label,
  placeholder,
  onChoose,
  chosen,
  className,
  inputId,
  accept,
  browse = false,
  invalid,
  describedBy,
}: Props) {
  const { t, loc } = useT();
  const graph = useApp((s) => s.graph);
  const [typing, setTyping] = useState(false);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const id = useId();
  const { hits, busy } = useNodeHits(graph, query, loc, accept, browse && open);
  const expanded = open && (query.trim() !== '' || hits.length > 0);

  const choose = (index: number) => {
    // Enter pressed before a big graph's suggestions caught up chooses the best match for what
    // was typed, not for the text before it.
    const hit = busy ? findNodeHits(graph, query, accept)[0] : hits[index];
    if (!hit) return;
    onChoose(hit.node.id);
    setQuery('');
    setTyping(false);
    setOpen(false);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      if (hits.length)
        setActive((a) => (a + (e.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      choose(active);
    } else if (e.key === 'Escape' && expanded) {
      // Close the list only; the document-level Escape (clear selection) waits for the next press.
      e.preventDefault();
      setOpen(false);
    }
  };

  return (
    <div className={className ?? 'search'}>
      <label htmlFor={inputId ?? `${id}-input`}>{label}</label>
      <input
        id={inputId ?? `${id}-input`}
        type="search"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-activedescendant={expanded && hits[active] ? `${id}-opt-${active}` : undefined}
        placeholder={placeholder}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        value={typing || chosen === undefined ? query : chosen}
        onChange={(e) => {
          setTyping(true);
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => browse && setOpen(true)}
        onBlur={() => {
          setOpen(false);
          if (!query) setTyping(false);
        }}
      />
      <ul
        id={`${id}-list`}
        role="listbox"
        aria-label={label}
        hidden={!expanded}
        aria-busy={busy || undefined}
        className="search-results"
      >
        {hits.map((hit, i) => (
          <li
            key={hit.node.id}
            id={`${id}-opt-${i}`}
            role="option"
            aria-selected={i === active}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(i)}
          >
            <TypeIcon type={hit.node.type} />
            <span className="search-label">{loc(hit.node.label)}</span>
            {hit.matched !== loc(hit.node.label) ? (
              <span className="search-matched">
                {t('search.matchedAlias', { text: hit.matched })}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      <p className="sr-only" role="status">
        {!expanded || busy
          ? ''
          : hits.length
            ? t('search.results', { count: hits.length })
            : t('search.noResults', { query })}
      </p>
      {expanded && !busy && hits.length === 0 ? (
        <p className="search-empty">{t('search.noResults', { query })}</p>
      ) : null}
    </div>
  );
}
