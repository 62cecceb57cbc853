import type { GraphModel } from '../graph/model';

/** Remembers the last result per argument list, compared by identity. */
export function memoLast<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let lastArgs: A | null = null;
  let last: R;
  return (...args: A) => {
    if (!lastArgs || args.length !== lastArgs.length || args.some((a, i) => a !== lastArgs![i])) {
      last = fn(...args);
      lastArgs = args;
    }
    return last;
  };
}

/** Per-graph data computed once: a WeakMap keyed by the immutable model. */
export function perGraph<R>(fn: (g: GraphModel) => R): (g: GraphModel) => R {
  const cache = new WeakMap<GraphModel, R>();
  return (g) => {
    let r = cache.get(g);
    if (r === undefined) {
      r = fn(g);
      cache.set(g, r);
    }
    return r;
  };
}
