import type { z } from 'zod';

/** One thing wrong with an input, with where it is. */
export interface Problem {
  /** Where in the document, e.g. `edges[12].target`; empty for the whole file. */
  readonly path: string;
  readonly message: string;
  /** 1-based, where the input is text and the place is known (malformed JSON, CSV rows). */
  readonly line?: number;
  readonly column?: number;
  /** The file the problem is in, where there are several. */
  readonly file?: string;
}

/** At most this many problems are listed; the rest are counted in one closing line. */
export const MAX_PROBLEMS = 200;

const plainKey = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Turns a path of keys and indexes into the notation authors read: `edges[12].target`.
 * Keys that are not plain identifiers are quoted: `attributes["two words"]`.
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else {
      const k = String(key);
      out += plainKey.test(k) ? (out ? `.${k}` : k) : `[${JSON.stringify(k)}]`;
    }
  }
  return out;
}

/** One line for a problem: `file: line 3, column 5: edges[2].id: message`. */
export function problemToString(p: Problem): string {
  const where: string[] = [];
  if (p.file) where.push(p.file);
  if (p.line !== undefined)
    where.push(p.column !== undefined ? `line ${p.line}, column ${p.column}` : `line ${p.line}`);
  if (p.path) where.push(p.path);
  return where.length ? `${where.join(': ')}: ${p.message}` : p.message;
}

/** Caps a list of problems at {@link MAX_PROBLEMS}, saying how many were left out. */
export function capProblems(problems: readonly Problem[]): Problem[] {
  if (problems.length <= MAX_PROBLEMS) return [...problems];
  const rest = problems.length - MAX_PROBLEMS;
  return [
    ...problems.slice(0, MAX_PROBLEMS),
    { path: '', message: `…and ${rest} more problem${rest === 1 ? '' : 's'}` },
  ];
}

/** A short description of a JSON value for messages: `number 3`, `null`, `an array`. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return `string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
    case 'number':
    case 'boolean':
      return `${typeof value} ${String(value)}`;
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

type Issue = z.core.$ZodIssue;

function messageFor(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? 'is required'
        : `expected ${issue.expected}, got ${describeValue(issue.input)}`;
    case 'invalid_value':
      // A single allowed value is a literal with its own message (format, version).
      if (issue.values.length === 1) return `${issue.message} (got ${describeValue(issue.input)})`;
      return `${JSON.stringify(issue.input)} is not allowed; use one of: ${issue.values.join(', ')}`;
    case 'too_big':
      if (issue.origin === 'string') return `is longer than ${issue.maximum} characters`;
      if (issue.origin === 'array') return `has more than ${issue.maximum} items`;
      return `must be at most ${issue.maximum}`;
    case 'too_small':
      if (issue.origin === 'string' && issue.minimum === 1) return 'must not be empty';
      if (issue.origin === 'array') return `needs at least ${issue.minimum} items`;
      return issue.message;
    case 'invalid_union': {
      // Unions here are "unknown" or a pattern; the last branch carries the useful message.
      const branch = issue.errors.at(-1)?.[0];
      return branch ? messageFor(branch) : 'has an invalid value';
    }
    default:
      return issue.message;
  }
}

/** Converts zod issues into located problems, one per unknown key. */
export function problemsFromZod(issues: readonly Issue[]): Problem[] {
  const out: Problem[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys)
        out.push({ path: formatPath([...issue.path, key]), message: 'is not a known field' });
    } else {
      out.push({ path: formatPath(issue.path), message: messageFor(issue) });
    }
  }
  return out;
}
