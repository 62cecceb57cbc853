import { useState } from 'react';

/**
 * The degree the node sizes are scaled to. A new graph takes its own most linked node; an edit
 * keeps the scale unless the most linked node grows past it by a quarter or falls below half of
 * it, since a new scale is a new stylesheet, and that restyles every element (seconds at 5,000
 * nodes) for a size change nobody could see. Nodes above the scale are drawn at the largest size.
 */
export function useSizeScale(degrees: ReadonlyMap<string, number>, dataSeq: number): number {
  let most = 0;
  for (const d of degrees.values()) if (d > most) most = d;
  const [scale, setScale] = useState({ seq: dataSeq, value: most });
  if (scale.seq !== dataSeq || most > scale.value * 1.25 || most < scale.value / 2) {
    // Adjusted as the render runs (React's pattern for state derived from props).
    setScale({ seq: dataSeq, value: most });
    return most;
  }
  return scale.value;
}

/** The links each node had when the data opened (the first degrees seen for this load). */
export function useOpeningDegrees(
  degrees: ReadonlyMap<string, number>,
  dataSeq: number,
): ReadonlyMap<string, number> {
  const [opening, setOpening] = useState({ seq: dataSeq, degrees });
  if (opening.seq !== dataSeq) {
    setOpening({ seq: dataSeq, degrees });
    return degrees;
  }
  return opening.degrees;
}
