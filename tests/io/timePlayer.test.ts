import { afterEach, describe, expect, it, vi } from 'vitest';
import { PLAY_STEP_MS, startTimePlayer } from '../../src/io/timePlayer';
import { createAppStore } from '../../src/store/store';
import { datedGraph } from '../support/dated';

const store = () =>
  createAppStore({ graph: datedGraph(), origin: { kind: 'file', name: 'r' }, lang: 'en' });

afterEach(() => {
  vi.useRealTimers();
});

describe('the timeline player', () => {
  it('plays from "all dates" from the first year to the last, then stops', () => {
    vi.useFakeTimers();
    const s = store();
    const stop = startTimePlayer(s);
    const seen: string[] = [];
    s.subscribe((now, was) => {
      if (now.asOf !== was.asOf && now.asOf) seen.push(now.asOf.to);
    });
    s.getState().setTimePlaying(true);
    vi.advanceTimersByTime(PLAY_STEP_MS * 20);
    expect(seen).toEqual(['2015', '2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023']);
    expect(s.getState().timePlaying).toBe(false);
    // Played again from the end: it starts over.
    s.getState().setTimePlaying(true);
    expect(s.getState().asOf).toEqual({ from: '2015', to: '2015' });
    s.getState().setTimePlaying(false);
    vi.advanceTimersByTime(PLAY_STEP_MS * 3);
    expect(s.getState().asOf).toEqual({ from: '2015', to: '2015' });
    stop();
  });

  it('moves a stretch of time along, keeping its length', () => {
    vi.useFakeTimers();
    const s = store();
    const stop = startTimePlayer(s);
    s.getState().setAsOf({ from: '2019', to: '2020' });
    s.getState().setTimePlaying(true);
    vi.advanceTimersByTime(PLAY_STEP_MS);
    expect(s.getState().asOf).toEqual({ from: '2020', to: '2021' });
    vi.advanceTimersByTime(PLAY_STEP_MS * 10);
    expect(s.getState().asOf).toEqual({ from: '2022', to: '2023' });
    expect(s.getState().timePlaying).toBe(false);
    stop();
  });

  it('refuses a crossed or malformed date, and changes nothing', () => {
    const s = store();
    s.getState().setAsOf({ from: '2020', to: '2020' });
    const before = s.getState();
    s.getState().setAsOf({ from: '2022', to: '2019' });
    s.getState().setAsOf({ from: '2022-13', to: '2022-13' });
    expect(s.getState()).toBe(before);
  });
});
