import { formatPath, problem, type Problem } from './problems';

/** Keys that reach an object's prototype if ever assigned; refused wherever they appear. */
export const RESERVED_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

/**
 * Names no id may take: every property of a plain object. The canvas library indexes elements
 * by id in plain objects, so a node called "constructor" or "toString" would never be drawn.
 */
export const RESERVED_IDS: ReadonlySet<string> = new Set(
  Object.getOwnPropertyNames(Object.prototype),
);

/**
 * Finds every reserved key in a parsed JSON value, before any code copies it into an object.
 * In: anything. Out: one located problem per such key. Walks with its own stack, so nesting of
 * any depth cannot overflow.
 */
export function reservedKeyProblems(value: unknown, limit = 50): Problem[] {
  // Paths are parent links, turned into text only for a problem: copying them at every level
  // would cost depth² on deeply nested input.
  interface Step {
    readonly key: PropertyKey;
    readonly parent: Step | null;
  }
  const pathOf = (step: Step | null): PropertyKey[] => {
    const keys: PropertyKey[] = [];
    for (let s = step; s; s = s.parent) keys.push(s.key);
    return keys.reverse();
  };
  const problems: Problem[] = [];
  const stack: [unknown, Step | null][] = [[value, null]];
  while (stack.length && problems.length < limit) {
    const item = stack.pop();
    if (!item) break;
    const [v, at] = item;
    if (typeof v !== 'object' || v === null) continue;
    const isArray = Array.isArray(v);
    // Own keys only: JSON.parse makes "__proto__" an own key, which `in` checks would miss.
    for (const key of Object.keys(v)) {
      const step: Step = { key: isArray ? Number(key) : key, parent: at };
      if (!isArray && RESERVED_KEYS.has(key))
        problems.push(problem('reserved.key', { key }, { path: formatPath(pathOf(step)) }));
      else stack.push([Reflect.get(v, key), step]);
    }
  }
  return problems.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
