import { describe, expect, it } from 'vitest';
import { dataUrl, fetchGraphFile, httpsUrl } from '../../src/io/remote';
import { say } from '../support/problems';

const URL_OK = 'https://data.example.org/graphs/partners.graph.json';

/** A fetch that answers with the given response and records how it was called. */
function fakeFetch(response: Response | Error, finalUrl = URL_OK) {
  const calls: RequestInit[] = [];
  const impl = ((_url: string, init: RequestInit) => {
    calls.push(init);
    if (response instanceof Error) return Promise.reject(response);
    Object.defineProperty(response, 'url', { value: finalUrl });
    return Promise.resolve(response);
  }) as unknown as typeof fetch;
  return { impl, calls };
}

const problemOf = async (
  address: string,
  response: Response | Error,
  finalUrl?: string,
  max?: number,
) => {
  const r = await fetchGraphFile(address, {
    fetchImpl: fakeFetch(response, finalUrl).impl,
    maxBytes: max,
  });
  return r.ok ? 'ok' : say(r.problem);
};

describe('fetchGraphFile', () => {
  it('loads over https without credentials or referrer, named after the file', async () => {
    const { impl, calls } = fakeFetch(
      new Response('{"a":1}', { headers: { 'content-type': 'application/json' } }),
    );
    const r = await fetchGraphFile(URL_OK, { fetchImpl: impl });
    expect(r.ok && r.file).toEqual({ name: 'partners.graph.json', text: '{"a":1}' });
    expect(calls[0]).toMatchObject({
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      mode: 'cors',
    });
  });

  it('refuses anything but https before fetching', async () => {
    for (const address of [
      'http://x.example/g.json',
      'javascript:alert(1)',
      'data:,{}',
      'java\tscript:x',
      'g.json',
    ])
      expect(await problemOf(address, new Response('{}'))).toBe(
        `${address}: only https:// addresses and files on this site can be loaded; check the data= part of the link`,
      );
    expect(httpsUrl(' https://x.example')).toBeNull();
  });

  it('says so when the server cannot be reached or CORS forbids reading', async () => {
    expect(await problemOf(URL_OK, new TypeError('Failed to fetch'))).toBe(
      `${URL_OK}: the server could not be reached, or it does not allow this page to read the file (CORS); the server must send Access-Control-Allow-Origin`,
    );
  });

  it('refuses a redirect to http', async () => {
    expect(await problemOf(URL_OK, new Response('{}'), 'http://evil.example/g.json')).toBe(
      `${URL_OK}: the server redirected to http://evil.example/g.json, which is not https://; nothing was loaded`,
    );
  });

  it('reports a failing status and a wrong content type', async () => {
    expect(
      await problemOf(URL_OK, new Response('nope', { status: 404, statusText: 'Not Found' })),
    ).toBe(`${URL_OK}: the server answered 404 Not Found; check the address`);
    expect(
      await problemOf(
        URL_OK,
        new Response('<html>', { headers: { 'content-type': 'text/html; charset=utf-8' } }),
      ),
    ).toBe(
      `${URL_OK}: the server sent text/html, not a graph file (JSON, GraphML or CSV); check the address`,
    );
  });

  it('refuses a file over the limit by its declared size and while streaming', async () => {
    const declared = new Response('{}', {
      headers: { 'content-length': String(30 * 1024 * 1024) },
    });
    expect(await problemOf(URL_OK, declared)).toBe(
      `${URL_OK}: the file is 30.0 MiB, over the limit of 20.0 MiB`,
    );
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(1024));
      },
    });
    expect(await problemOf(URL_OK, new Response(endless), undefined, 10 * 1024)).toBe(
      `${URL_OK}: the file is over the limit of 10.0 KiB; the download was stopped`,
    );
    expect(pulled).toBeLessThan(20);
  });

  it('refuses bytes that are not UTF-8', async () => {
    expect(await problemOf(URL_OK, new Response(new Uint8Array([0x7b, 0xff, 0x7d])))).toBe(
      `${URL_OK}: the file is not UTF-8 text; save it as UTF-8 (in a spreadsheet: CSV UTF-8) and try again`,
    );
  });
});

describe('dataUrl: where ?data= may load from', () => {
  const page = 'http://127.0.0.1:4173/explorer/?lang=hi';
  it('takes https addresses and paths on the app’s own site', () => {
    expect(dataUrl('https://data.example.org/g.json', page)?.href).toBe(
      'https://data.example.org/g.json',
    );
    expect(dataUrl('data/my-map.json', page)?.href).toBe(
      'http://127.0.0.1:4173/explorer/data/my-map.json',
    );
    expect(dataUrl('/maps/g.gexf', page)?.href).toBe('http://127.0.0.1:4173/maps/g.gexf');
  });

  it('refuses other sites over http, other schemes and addresses that leave the site', () => {
    for (const address of [
      'http://data.example.org/g.json',
      '//evil.example/g.json',
      'javascript:alert(1)',
      'data:application/json,{}',
      'file:///etc/passwd',
      '',
      ' https://x.example/g.json',
    ])
      expect(dataUrl(address, page), address).toBeNull();
  });

  it('loads a relative path from the page’s own site, and names the file', async () => {
    const { impl, calls } = fakeFetch(
      new Response('{}', { headers: { 'content-type': 'application/json' } }),
      'http://127.0.0.1:4173/explorer/data/my-map.json',
    );
    const r = await fetchGraphFile('data/my-map.json', { fetchImpl: impl, base: page });
    expect(r.ok ? r.file.name : say(r.problem)).toBe('my-map.json');
    expect(calls).toHaveLength(1);
  });
});

describe('fetchGraphFile on careless and hostile addresses (issue #10)', () => {
  const json = () => new Response('{"a":1}', { headers: { 'content-type': 'application/json' } });

  it('refuses an address with a user name before the real host, naming that host', async () => {
    expect(await problemOf('https://good.gov.in@evil.test/g.json', json())).toBe(
      'https://evil.test/g.json: the address carries a user name or password before evil.test; such addresses are not loaded, remove the part before @',
    );
  });

  it('names a file whose address holds a malformed escape as written, without throwing', async () => {
    const address = 'https://host.example/%E0%A4%A.json';
    const r = await fetchGraphFile(address, { fetchImpl: fakeFetch(json(), address).impl });
    expect(r.ok && r.file.name).toBe('%E0%A4%A.json');
  });

  it('says a redirect the browser would not follow is a redirect, not a CORS failure', async () => {
    let call = 0;
    const impl = ((_url: string, init: RequestInit) => {
      call++;
      if (init.redirect === 'manual') return Promise.resolve(new Response(null, { status: 302 }));
      return Promise.reject(new TypeError('Failed to fetch'));
    }) as unknown as typeof fetch;
    const r = await fetchGraphFile(URL_OK, { fetchImpl: impl });
    expect(r.ok ? 'ok' : say(r.problem)).toBe(
      `${URL_OK}: the server sent the request on to another address, and the browser would not follow it (to plain http://, or to a site that does not allow this page to read it); nothing was loaded`,
    );
    expect(call).toBe(2);
    expect(await problemOf(URL_OK, new TypeError('Failed to fetch'))).toContain(
      'the server could not be reached',
    );
  });

  it('stops a download when the server goes silent, and says after how long', async () => {
    const silent = ((_url: string, init: RequestInit) =>
      new Promise((_, reject) =>
        init.signal?.addEventListener('abort', () => reject(new DOMException('', 'AbortError'))),
      )) as unknown as typeof fetch;
    const r = await fetchGraphFile(URL_OK, { fetchImpl: silent, stallSeconds: 0.05 });
    expect(r.ok ? 'ok' : say(r.problem)).toBe(
      `${URL_OK}: the server sent nothing for 0.05 seconds, so the download was stopped; nothing was loaded, try again later`,
    );
    // Midway through the body too.
    const stalling = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"a":'));
      },
    });
    const r2 = await fetchGraphFile(URL_OK, {
      fetchImpl: fakeFetch(
        new Response(stalling, { headers: { 'content-type': 'application/json' } }),
      ).impl,
      stallSeconds: 0.05,
    });
    expect(r2.ok ? 'ok' : say(r2.problem)).toContain('the server sent nothing for 0.05 seconds');
  });
});
