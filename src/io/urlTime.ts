import { asOfSpan, type AbsentMode, type AsOf, type UndatedMode } from '../graph/dates';
import { clip } from '../schema/text';
import type { UrlNotice } from './urlState';

/** The as-of view, as a link carries it. */
export interface UrlTime {
  readonly asOf: AsOf | null;
  readonly absent: AbsentMode;
  readonly undated: UndatedMode;
  readonly analyseAsOf: boolean;
}

export const TIME_PARAMS = ['asof', 'absent', 'undated', 'asofanalysis'] as const;

export const NO_TIME: UrlTime = {
  asOf: null,
  absent: 'hide',
  undated: 'show',
  analyseAsOf: false,
};

/** `asof=2024-05` for a date, `asof=2021..2024-05` for a stretch of time; defaults left out. */
export function encodeTime(t: UrlTime, p: URLSearchParams): void {
  if (!t.asOf) return;
  p.set('asof', t.asOf.from === t.asOf.to ? t.asOf.from : `${t.asOf.from}..${t.asOf.to}`);
  if (t.absent !== NO_TIME.absent) p.set('absent', t.absent);
  if (t.undated !== NO_TIME.undated) p.set('undated', t.undated);
  if (t.analyseAsOf) p.set('asofanalysis', '1');
}

/** Reads the as-of view; a bad piece falls back to its default with a notice. Never throws. */
export function decodeTime(params: URLSearchParams, notices: UrlNotice[]): UrlTime {
  const bad = (param: string, value: string) =>
    notices.push({ key: 'notice.badValue', params: { param, value: clip(value, 60) } });
  const raw = params.get('asof');
  let asOf: AsOf | null = null;
  if (raw !== null) {
    const [from = '', to = from, ...rest] = raw.split('..');
    const candidate = { from, to };
    if (!rest.length && asOfSpan(candidate)) asOf = candidate;
    else bad('asof', raw);
  }
  const pick = <T extends string>(param: string, options: readonly T[], fallback: T): T => {
    const v = params.get(param);
    if (v === null) return fallback;
    const found = options.find((o) => o === v);
    if (found === undefined) bad(param, v);
    return found ?? fallback;
  };
  const absent = pick('absent', ['hide', 'dim'] as const, NO_TIME.absent);
  const undated = pick('undated', ['show', 'dim', 'hide'] as const, NO_TIME.undated);
  const analysis = params.get('asofanalysis');
  if (analysis !== null && analysis !== '1') bad('asofanalysis', analysis);
  return { asOf, absent, undated, analyseAsOf: analysis === '1' };
}
