import type { SourceFile } from '../formats/types';
import { LIMITS } from '../schema/limits';
import { problem, tooLarge, type Problem } from '../schema/problems';
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
  return last ? decodeURIComponent(last) : url.hostname;
}

/**
 * Fetches a graph file from an https: address for `?data=`. No cookies or referrer are sent; a
 * redirect to anything but https:, a failing status, an unexpected content type, a declared or
 * actual size over the limit, and network or CORS failures each give one clear problem. The
 * body is read as a stream and abandoned as soon as it passes the limit.
 */
export async function fetchGraphFile(
  address: string,
  fetchImpl: typeof fetch = fetch,
  maxBytes: number = LIMITS.maxBytes,
  base: string | null = typeof location === 'undefined' ? null : location.href,
): Promise<FetchResult> {
  const url = dataUrl(address, base);
  if (!url) return fail(problem('remote.httpsOnly', {}, { file: address }));
  const at = { file: url.href };
  let response: Response;
  try {
    response = await fetchImpl(url.href, {
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      redirect: 'follow',
      mode: 'cors',
      cache: 'no-cache',
    });
  } catch {
    return fail(problem('remote.unreachable', {}, at));
  }
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
  const body = await readCapped(response, maxBytes);
  if (body === 'too-big') return fail(tooLarge(null, maxBytes, at));
  if (body === 'failed') return fail(problem('remote.brokeOff', {}, at));
  const decoded = decodeUtf8(fileNameOf(finalUrl), body);
  if (!decoded.ok) return fail({ ...decoded.problem, file: url.href });
  return { ok: true, file: decoded.file, url: url.href };
}

async function readCapped(
  response: Response,
  maxBytes: number,
): Promise<ArrayBuffer | 'too-big' | 'failed'> {
  const reader = response.body?.getReader();
  if (!reader) return new ArrayBuffer(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel();
        return 'too-big';
      }
      chunks.push(value);
    }
  } catch {
    return 'failed';
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out.buffer;
}
