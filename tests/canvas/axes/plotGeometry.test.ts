import { describe, expect, it } from 'vitest';
import { numberedTicks, packLines } from '../../../src/canvas/axes/plotGeometry';

const placed = (out: ReturnType<typeof packLines>) => Object.fromEntries(out);

describe('the words on a line beside a plot', () => {
  it('share the line while they stand apart', () => {
    const out = packLines(
      [
        { key: 'left', x1: 10, x2: 100 },
        { key: 'right', x1: 200, x2: 300 },
      ],
      400,
    );
    expect(placed(out)).toEqual({ left: { line: 0, shift: 0 }, right: { line: 0, shift: 0 } });
  });

  it('go a line out where they would meet, or come within the gap of one there', () => {
    const out = packLines(
      [
        { key: 'keepSatisfied', x1: 10, x2: 120 },
        { key: 'manageClosely', x1: 125, x2: 230 },
        { key: 'tray', x1: 124, x2: 200 },
        { key: 'clear', x1: 240, x2: 300 },
      ],
      400,
    );
    expect(placed(out)).toEqual({
      keepSatisfied: { line: 0, shift: 0 },
      // 5 px after "keep satisfied", within the 8 px gap: a line out.
      manageClosely: { line: 1, shift: 0 },
      // Meets both: the third line.
      tray: { line: 2, shift: 0 },
      // Clear of "keep satisfied": the first line.
      clear: { line: 0, shift: 0 },
    });
  });

  it('are moved inside the canvas first, and then find their line', () => {
    const out = packLines(
      [
        { key: 'manageClosely', x1: 200, x2: 330 },
        { key: 'tray', x1: 320, x2: 440 },
      ],
      390,
    );
    // The title ran 54 px past the canvas's right edge (less 4 px of padding): moved back, it
    // meets "manage closely" and takes the next line.
    expect(placed(out)).toEqual({
      manageClosely: { line: 0, shift: 0 },
      tray: { line: 1, shift: -54 },
    });
  });

  it('keep their start in the canvas when wider than it', () => {
    expect(placed(packLines([{ key: 'long', x1: -20, x2: 500 }], 300))).toEqual({
      long: { line: 0, shift: 24 },
    });
  });
});

describe('the numbers along an axis', () => {
  const ticks = [1, 2, 3, 4, 5];
  it('are all there while they stand far enough apart', () => {
    expect(numberedTicks(ticks, 40, 16)).toEqual([1, 2, 3, 4, 5]);
  });
  it('are every second, then every fourth, from the first, as the plot shrinks', () => {
    expect(numberedTicks(ticks, 10, 16)).toEqual([1, 3, 5]);
    expect(numberedTicks(ticks, 5, 16)).toEqual([1, 5]);
    expect(numberedTicks(ticks, 1, 16)).toEqual([1]);
  });
});
