import type { SourceFile } from '../formats/types';
import { LIMITS } from '../schema/limits';
import { inFile, problem, tooLarge, type Problem } from '../schema/problems';
import { decodeUtf8 } from './readFiles';

export type FetchResult =
  | { readonly ok: true; readonly file: SourceFile; readonly url: string }
  | { readonly ok: false; readonly problem: Problem };

// Types a graph file is served as; text/html (an error or login page) is the usual mistake.
const ACCEPTED_TYPES = [
  'application/json',
  'text/json',
  'application/graphml+xml',
  'application/xml',
  'text/xml',
  'text/csv',
  'text/plain',
  'application/octet-stream',
];

const fail = (p: Problem): FetchResult => ({ ok: false, problem: p });

/** The address as a URL if it is an absolute https: one, else null. */
export function httpsUrl(address: string): URL | null {
  // eslint-disable-next-line no-control-regex -- control characters and spaces hide schemes
  if (/[\u0000-\u0020]/.test(address)) return null;
  try {
    const url = new URL(address);
    return url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/**
 * Where `?data=` may load from: any https: address, or a path on the app's own site (so whoever
 * publishes the app can link to a file beside it, `?data=data/my-map.json`). Anything that
 * resolves to another site over http:, or to another scheme, is refused. In: the address and
 * the page's own address. Out: the URL to fetch, or null.
 */
export function dataUrl(address: string, base: string | null): URL | null {
  const absolute = httpsUrl(address);
  if (absolute || base === null) return absolute;
  // Any other scheme (javascript:, data:, file:) has another origin and is refused below.
  // eslint-disable-next-line no-control-regex -- control characters and spaces hide schemes
  if (address === '' || /[\u0000-\u0020]/.test(address)) return null;
  try {
    const own = new URL(base);
    const url = new URL(address, own);
    return url.origin === own.origin ? url : null;
  } catch {
    return null;
  }
}

/** The file name at the end of a URL's path, for naming the data set and its problems. */
function fileNameOf(url: URL): string {
  const last = url.pathname.split('/').filter(Boolean).pop();
  if (!last) return url.hostname;
  // A malformed escape (`%E0%A4%A`) is shown as written, not thrown.
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** How long the server may send nothing, at the start or midway, before the download stops. */
export const STALL_SECONDS = 30;

export interface FetchOptions {
  readonly fetchImpl?: typeof fetch;
  readonly maxBytes?: number;
  readonly base?: string | null;
  /** Aborted when a newer import replaces this one. */
  readonly signal?: AbortSignal;
  readonly stallSeconds?: number;
}

/**
 * Fetches a graph file from an https: address for `?data=`. No cookies or referrer are sent;
 * an address with a user name or password, a redirect to anything but https:, a failing
 * status, an unexpected content type, a declared or actual size over the limit, a server that
 * goes silent, and network or CORS failures each give one clear problem. The body is read as a
 * stream and abandoned as soon as it passes the limit.
 */
export async function fetchGraphFile(
  address: string,
  {
    fetchImpl = fetch,
    maxBytes = LIMITS.maxBytes,
    base = typeof location === 'undefined' ? null : location.href,
    signal,
    stallSeconds = STALL_SECONDS,
  }: FetchOptions = {},
): Promise<FetchResult> {
  const url = dataUrl(address, base);
  if (!url) return fail(problem('remote.httpsOnly', {}, { file: address }));
  // The browser refuses such a request anyway; the reason is that the address is deceptive.
  if (url.username || url.password)
    return fail(
      problem('remote.credentials', { host: url.host }, { file: `${url.origin}${url.pathname}` }),
    );
  const at = { file: url.href };
  const watchdog = new Watchdog(stallSeconds, signal);
  const init: RequestInit = {
    credentials: 'omit',
    referrerPolicy: 'no-referrer',
    redirect: 'follow',
    mode: 'cors',
    cache: 'no-cache',
    signal: watchdog.signal,
  };
  try {
    let response: Response;
    try {
      response = await fetchImpl(url.href, init);
    } catch {
      if (watchdog.problem) return fail(watchdog.problem(at));
      return fail(await whyUnreachable(fetchImpl, url, init, at));
    }
    watchdog.feed();
    // A redirect may not leave https:, nor lead off the app's own site when it started there.
    const finalUrl = response.url ? dataUrl(response.url, base) : url;
    if (!finalUrl) return fail(problem('remote.redirect', { url: response.url }, at));
    if (!response.ok)
      return fail(
        problem(
          'remote.status',
          { status: `${response.status}${response.statusText ? ` ${response.statusText}` : ''}` },
          at,
        ),
      );
    const type =
      (response.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    if (type && !ACCEPTED_TYPES.includes(type))
      return fail(problem('remote.contentType', { type }, at));
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > maxBytes)
      return fail(tooLarge(declared, maxBytes, at));
    const body = await readCapped(response, maxBytes, watchdog);
    if (watchdog.problem) return fail(watchdog.problem(at));
    if (body === 'too-big') return fail(tooLarge(null, maxBytes, at));
    if (body === 'failed') return fail(problem('remote.brokeOff', {}, at));
    const decoded = decodeUtf8(fileNameOf(finalUrl), body);
    if (!decoded.ok) return fail(inFile(decoded.problem, url.href));
    return { ok: true, file: decoded.file, url: url.href };
  } finally {
    watchdog.stop();
  }
}

/**
 * Why a request failed before any response: the browser hides the cause of a network error,
 * so the same request is asked again without following redirects. If the server answers with
 * a redirect, that is what failed (to plain http:, or to a site that does not allow reading).
 */
async function whyUnreachable(
  fetchImpl: typeof fetch,
  url: URL,
  init: RequestInit,
  at: { file: string },
): Promise<Problem> {
  try {
    const probe = await fetchImpl(url.href, { ...init, redirect: 'manual' });
    if (probe.type === 'opaqueredirect' || (probe.status >= 300 && probe.status < 400))
      return problem('remote.redirectBlocked', {}, at);
  } catch {
    // Unreachable either way.
  }
  return problem('remote.unreachable', {}, at);
}

/**
 * Aborts a download when the server sends nothing for a while, or when the caller gives up
 * (a newer import). Says which, as a problem.
 */
class Watchdog {
  private readonly controller = new AbortController();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private stalled = false;
  private readonly onAbort = () => this.controller.abort();
  constructor(
    private readonly seconds: number,
    private readonly outer: AbortSignal | undefined,
  ) {
    outer?.addEventListener('abort', this.onAbort);
    if (outer?.aborted) this.controller.abort();
    this.feed();
  }
  get signal(): AbortSignal {
    return this.controller.signal;
  }
  /** The problem that stopped the download, if it was stopped. */
  get problem(): ((at: { file: string }) => Problem) | null {
    if (this.outer?.aborted) return (at) => problem('remote.superseded', {}, at);
    if (this.stalled) return (at) => problem('remote.timeout', { seconds: this.seconds }, at);
    return null;
  }
  /** Data arrived: the server is alive. */
  feed(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.stalled = true;
      this.controller.abort();
    }, this.seconds * 1000);
  }
  stop(): void {
    clearTimeout(this.timer);
    this.outer?.removeEventListener('abort', this.onAbort);
  }
}

async function readCapped(
  response: Response,
  maxBytes: number,
  watchdog: Watchdog,
): Promise<ArrayBuffer | 'too-big' | 'failed'> {
  const reader = response.body?.getReader();
  if (!reader) return new ArrayBuffer(0);
  // A stalled or replaced download ends the read that waits on it.
  const stop = () => void reader.cancel().catch(() => undefined);
  watchdog.signal.addEventListener('abort', stop);
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      watchdog.feed();
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel();
        return 'too-big';
      }
      chunks.push(value);
    }
  } catch {
    return 'failed';
  } finally {
    watchdog.signal.removeEventListener('abort', stop);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out.buffer;
}
