/** What a reader should know about a link before following it. */
export interface LinkFacts {
  /** The address to open: the link without any user name or password. */
  readonly href: string;
  /** The host it really opens, in ASCII (punycode for names in other scripts). */
  readonly host: string;
  /** The user name the address carried before `@`, which made another host look like its own. */
  readonly credentials: string | null;
  /** The host is written in letters beyond ASCII: shown as punycode, so look-alikes show. */
  readonly international: boolean;
  /** Direction-control characters, which can reorder what is shown, were in it and removed. */
  readonly bidi: boolean;
  /** A site the link's text names that is not the one it opens. */
  readonly otherHost: string | null;
  /** The text to show, direction controls removed. */
  readonly text: string;
}

// Embeddings, overrides, isolates and marks: they can make an address read as another.
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const HAS_BIDI = new RegExp(BIDI.source);
const DOMAIN = /(?:^|[^\p{L}\p{N}.-])((?:[\p{L}\p{N}-]+\.)+[\p{L}]{2,})(?=$|[^\p{L}\p{N}-])/gu;

/** The host a text names, in ASCII, or null. */
function hostIn(text: string): string[] {
  const hosts: string[] = [];
  for (const m of text.matchAll(DOMAIN)) {
    try {
      if (m[1]) hosts.push(new URL(`https://${m[1]}`).hostname);
    } catch {
      // Not a host name after all.
    }
  }
  return hosts;
}

/**
 * The facts of an http(s) link and its text, for showing it honestly: the real host always,
 * and warnings for what could mislead. In: a URL the schema accepted, and the text to show
 * (the URL itself when there is none). Out: the facts, or null for an address that is not a URL.
 */
export function linkFacts(url: string, label?: string): LinkFacts | null {
  let parsed: URL;
  try {
    parsed = new URL(url.replace(BIDI, ''));
  } catch {
    return null;
  }
  const credentials = parsed.username || parsed.password ? decodeSafe(parsed.username) : null;
  parsed.username = '';
  parsed.password = '';
  const host = parsed.hostname;
  const shown = (label ?? parsed.href).replace(BIDI, '');
  const named = hostIn(shown).find(
    (h) => h !== host && !host.endsWith(`.${h}`) && !h.endsWith(`.${host}`),
  );
  return {
    href: parsed.href,
    host,
    credentials,
    international: host.split('.').some((part) => part.startsWith('xn--')),
    bidi: HAS_BIDI.test(url) || (label !== undefined && HAS_BIDI.test(label)),
    otherHost: named ?? null,
    text: shown,
  };
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
