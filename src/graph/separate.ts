import type { LayoutJob } from './layoutJob';

/** Room kept between two boxes, model units. */
const GAP = 6;
/** Passes at most; each moves every overlapping pair apart by exactly their overlap. */
const ROUNDS = 200;

function expand(xy: Float64Array, n: number, by: number): void {
  let [mx, my] = [0, 0];
  for (let i = 0; i < n; i++) [mx, my] = [mx + (xy[2 * i] ?? 0) / n, my + (xy[2 * i + 1] ?? 0) / n];
  for (let i = 0; i < n; i++) {
    xy[2 * i] = mx + ((xy[2 * i] ?? 0) - mx) * by;
    xy[2 * i + 1] = my + ((xy[2 * i + 1] ?? 0) - my) * by;
  }
}

/**
 * Moves nodes apart until no node's box (its shape and label, as `job.boxes` estimates them)
 * covers another's: force-directed layouts place points and know nothing of labels, so a
 * label would fall on its neighbour. Each pass takes every overlapping pair and pushes the two
 * apart, half each, along the axis where they overlap least, and every tenth pass spreads
 * the whole a little; boxes are found through a grid of cells, so a pass is near-linear.
 * Deterministic. In: the job and its x, y pairs (changed
 * in place). Out: how many pairs still overlap (0 unless the rounds ran out).
 */
export function separateBoxes(job: LayoutJob, xy: Float64Array, rounds = ROUNDS): number {
  const n = job.ids.length;
  const box = (i: number) => ({
    w: (job.boxes[3 * i] ?? 0) / 2 + GAP / 2,
    up: (job.boxes[3 * i + 1] ?? 0) + GAP / 2,
    down: (job.boxes[3 * i + 2] ?? 0) + GAP / 2,
  });
  const boxes = Array.from({ length: n }, (_, i) => box(i));
  // A cell as large as two boxes can reach towards each other: overlapping boxes are then in
  // the same cell or next-door ones.
  let [w, up, down] = [1, 1, 1];
  for (const b of boxes)
    [w, up, down] = [Math.max(w, b.w), Math.max(up, b.up), Math.max(down, b.down)];
  const cell = Math.max(2 * w, up + down);
  let left = 0;
  // One pass more than the rounds: the last only counts what is left.
  for (let round = 0; round <= rounds; round++) {
    const grid = new Map<string, number[]>();
    for (let i = 0; i < n; i++) {
      const key = `${Math.floor((xy[2 * i] ?? 0) / cell)},${Math.floor((xy[2 * i + 1] ?? 0) / cell)}`;
      const list = grid.get(key);
      if (list) list.push(i);
      else grid.set(key, [i]);
    }
    left = 0;
    for (let i = 0; i < n; i++) {
      const cx = Math.floor((xy[2 * i] ?? 0) / cell);
      const cy = Math.floor((xy[2 * i + 1] ?? 0) / cell);
      for (let gx = cx - 1; gx <= cx + 1; gx++)
        for (let gy = cy - 1; gy <= cy + 1; gy++)
          for (const j of grid.get(`${gx},${gy}`) ?? []) {
            if (j <= i) continue;
            const [a, b] = [boxes[i]!, boxes[j]!];
            const dx = (xy[2 * j] ?? 0) - (xy[2 * i] ?? 0);
            const dy = (xy[2 * j + 1] ?? 0) - (xy[2 * i + 1] ?? 0);
            const ox = a.w + b.w - Math.abs(dx);
            // j below i: i's reach down meets j's reach up; above, the other way round.
            const oy = (dy >= 0 ? a.down + b.up : a.up + b.down) - Math.abs(dy);
            if (ox <= 0 || oy <= 0) continue;
            left++;
            if (round === rounds) continue;
            // A hair more than the overlap, so a pair just parted stays parted.
            if (ox < oy) {
              const s = (dx > 0 || (dx === 0 && i < j) ? 1 : -1) * (ox / 2 + 0.01);
              xy[2 * i] = (xy[2 * i] ?? 0) - s;
              xy[2 * j] = (xy[2 * j] ?? 0) + s;
            } else {
              const s = (dy > 0 || (dy === 0 && i < j) ? 1 : -1) * (oy / 2 + 0.01);
              xy[2 * i + 1] = (xy[2 * i + 1] ?? 0) - s;
              xy[2 * j + 1] = (xy[2 * j + 1] ?? 0) + s;
            }
          }
    }
    if (left === 0) break;
    // Pushing pairs apart can go round in circles in a crowd: every tenth pass the crowd is
    // also spread a little about its middle, which ends it (spread enough, nothing touches).
    if (round % 10 === 9) expand(xy, n, 1.05);
  }
  return left;
}
