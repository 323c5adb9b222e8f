/**
 * Safe fetching of a page to ingest. Every request and every redirect hop is checked the same way:
 * http/https only, at most 5 redirects, one deadline (15 s) for the whole fetch, a size cap (5 MB),
 * HTML/XHTML/plain text/Markdown only, charset decoded. Host names are resolved here and every
 * address is checked; the connection is then made to the checked address itself (the socket's
 * lookup returns it), so a name that resolves differently a moment later (DNS rebinding) cannot
 * reach a private address. Hosts listed in INGEST_ALLOW_HOSTS skip the address check.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Readable } from 'node:stream';
import { decodeBuffer } from 'encoding-sniffer';
import { blockedRange, describeRange, hostAllowed } from './address.ts';
import { IngestError } from './errors.ts';

export type ContentKind = 'html' | 'text' | 'markdown';

export interface FetchLimits {
  /** Hosts (names or addresses) that may resolve to loopback or private addresses. */
  allowHosts: readonly string[];
  /** Deadline for the whole fetch, redirects included (default 15 s). */
  timeoutMs?: number;
  /** Largest body accepted, after decompression (default 5 MB). */
  maxBytes?: number;
  /** Redirects followed at most (default 5). */
  maxRedirects?: number;
  userAgent?: string;
  /** Name resolution (default: the system's, dns.lookup); tests give their own to exercise the address checks. */
  resolve?: (host: string) => Promise<LookupAddress[]>;
  /** Skip the content-type check (a file whose kind its name gives, such as a Discord attachment). */
  acceptAnyType?: boolean;
}

export interface Fetched {
  /** The URL the body came from, after redirects. */
  url: string;
  kind: ContentKind;
  /** The body decoded to text. */
  text: string;
  /** The body as received (decompressed), for callers that decode it themselves. */
  raw: Buffer;
  /** The charset the response declared, if any. */
  charset: string | undefined;
}

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const DEFAULT_MAX_REDIRECTS = 5;
export const USER_AGENT = 'StorydeskBot/0.1 (Discord news bot; adds articles an admin asked for)';

const CONTENT_KINDS: Record<string, ContentKind> = {
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'text/plain': 'text',
  'text/markdown': 'markdown',
  'text/x-markdown': 'markdown',
};

function seconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`;
}

function mb(n: number): string {
  return `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;
}

/** Parses a user-given link; refuses anything but an absolute http(s) URL. */
export function parseLink(raw: string): URL {
  const text = raw.trim();
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new IngestError(`"${text.slice(0, 80)}" is not a link: give a full http(s) address such as https://example.com/news/story.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new IngestError(`Only http and https links can be added, not ${url.protocol} links.`);
  }
  if (!url.hostname) throw new IngestError(`"${text.slice(0, 80)}" has no host name: give a full http(s) address.`);
  if (url.username || url.password) throw new IngestError('Links with a user name or password in them are not fetched.');
  return url;
}

function systemResolve(host: string): Promise<LookupAddress[]> {
  return new Promise((resolve, reject) => dnsLookup(host, { all: true }, (err, addresses) => (err ? reject(err) : resolve(addresses))));
}

/**
 * The socket's lookup: resolves the name, refuses it when any address is blocked, and hands the
 * socket only the addresses it checked, so the connection goes where the check looked.
 */
function checkedLookup(host: string, limits: FetchLimits, refused: { message?: string }): LookupFunction {
  return (hostname, options, callback) => {
    const fail = (message: string, code: string) => {
      refused.message = message;
      callback(Object.assign(new Error(message), { code }), '', 4);
    };
    // RFC 6761: names under .invalid never resolve; they are not sent to a DNS server.
    if (/(^|\.)invalid\.?$/i.test(hostname)) return fail(`The host ${host} could not be found.`, 'ENOTFOUND');
    (limits.resolve ?? systemResolve)(hostname).then(
      (all) => {
        const addresses = all.filter((a) => !options.family || a.family === options.family);
        if (addresses.length === 0) return fail(`The host ${host} could not be found.`, 'ENOTFOUND');
        if (!hostAllowed(host, limits.allowHosts)) {
          const bad = addresses.map((a) => ({ a, range: blockedRange(a.address) })).find((x) => x.range);
          if (bad) return fail(`The link points to ${describeRange(bad.range!)} (${host} resolves to ${bad.a.address}), which the bot does not fetch.`, 'EBLOCKED');
        }
        if (options.all) callback(null, addresses);
        else callback(null, addresses[0]!.address, addresses[0]!.family);
      },
      () => fail(`The host ${host} could not be found.`, 'ENOTFOUND'),
    );
  };
}

interface Hop {
  status: number;
  headers: IncomingMessage['headers'];
  body: Readable;
  response: IncomingMessage;
}

function request(url: URL, limits: FetchLimits, signal: AbortSignal): Promise<Hop> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) {
    const range = blockedRange(host);
    if (range && !hostAllowed(host, limits.allowHosts)) {
      throw new IngestError(`The link points to ${describeRange(range)} (${host}), which the bot does not fetch.`);
    }
  }
  const refused: { message?: string } = {};
  const get = url.protocol === 'https:' ? https.get : http.get;
  return new Promise((resolve, reject) => {
    const req = get(
      url,
      {
        headers: {
          'user-agent': limits.userAgent ?? USER_AGENT,
          accept: 'text/html,application/xhtml+xml,text/markdown;q=0.9,text/plain;q=0.8',
          'accept-encoding': 'gzip, deflate, br',
          'accept-language': 'en',
        },
        lookup: checkedLookup(host, limits, refused),
        agent: false,
        signal,
      },
      (response) => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: response, response }),
    );
    req.on('error', (e: NodeJS.ErrnoException) => {
      if (refused.message) reject(new IngestError(refused.message));
      else if (signal.aborted) reject(new IngestError(`The page did not arrive within ${seconds(limits.timeoutMs ?? DEFAULT_TIMEOUT_MS)}.`));
      else if (e.code === 'ECONNREFUSED') reject(new IngestError(`${url.host} refused the connection.`));
      else if (e.code === 'ENOTFOUND' || e.code === 'EAI_AGAIN') reject(new IngestError(`The host ${url.hostname} could not be found.`));
      else if (/CERT|SSL|TLS/i.test(e.code ?? '')) reject(new IngestError(`${url.hostname} has an invalid TLS certificate (${e.code}).`));
      else reject(new IngestError(`The page could not be fetched (${e.code ?? e.message}).`));
    });
  });
}

const STATUS_TEXT: Record<number, string> = { 401: 'login required', 403: 'forbidden', 404: 'not found', 410: 'gone', 429: 'too many requests', 500: 'server error', 502: 'bad gateway', 503: 'unavailable', 504: 'gateway timeout' };

/** Reads a body up to the cap, decompressing as the server encoded it. */
async function readCapped(hop: Hop, maxBytes: number, signal: AbortSignal, timeoutMs: number): Promise<Buffer> {
  const declared = Number(hop.headers['content-length']);
  const encoding = String(hop.headers['content-encoding'] ?? 'identity').toLowerCase().trim();
  if (encoding === 'identity' && Number.isFinite(declared) && declared > maxBytes) {
    hop.response.destroy();
    throw new IngestError(`The page is larger than the ${mb(maxBytes)} limit (${mb(declared)}).`);
  }
  let stream: Readable = hop.body;
  if (encoding === 'gzip' || encoding === 'x-gzip') stream = hop.body.pipe(createGunzip());
  else if (encoding === 'deflate') stream = hop.body.pipe(createInflate());
  else if (encoding === 'br') stream = hop.body.pipe(createBrotliDecompress());
  else if (encoding !== 'identity') {
    hop.response.destroy();
    throw new IngestError(`The page came in an encoding the bot cannot read (${encoding}).`);
  }
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      total += (chunk as Buffer).length;
      if (total > maxBytes) {
        hop.response.destroy();
        throw new IngestError(`The page is larger than the ${mb(maxBytes)} limit.`);
      }
      chunks.push(chunk as Buffer);
    }
  } catch (e) {
    if (e instanceof IngestError) throw e;
    if (signal.aborted) throw new IngestError(`The page did not arrive within ${seconds(timeoutMs)}.`);
    throw new IngestError(`The page could not be read (${(e as Error).message}).`);
  }
  return Buffer.concat(chunks);
}

/** The kind of content a Content-Type header announces, and its charset; refuses what is no article. */
export function contentKind(header: string | undefined, bytes?: Buffer): { kind: ContentKind; charset: string | undefined } {
  const [type = '', ...params] = (header ?? '').split(';');
  const mime = type.trim().toLowerCase();
  const charset = params.map((p) => /^\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(p)?.[1]).find(Boolean);
  if (!mime) {
    // No type given: a body that starts like markup is HTML, anything else plain text.
    const head = bytes?.subarray(0, 512).toString('latin1').trimStart().toLowerCase() ?? '';
    return { kind: head.startsWith('<') ? 'html' : 'text', charset };
  }
  const kind = CONTENT_KINDS[mime];
  if (!kind) throw new IngestError(`The link is not a web page or text file (its content type is ${mime}).`);
  return { kind, charset };
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Bytes to text. A byte order mark wins, then the charset the server declared; with none declared,
 * bytes that are valid UTF-8 are read as UTF-8, and others by the HTML encoding sniffing algorithm
 * (a <meta charset> in the page, else windows-1252) for pages, as windows-1252 for text.
 */
export function decodeBody(bytes: Buffer, kind: ContentKind, charset: string | undefined): string {
  if (!charset) {
    const hasBom = bytes[0] === 0xef || bytes[0] === 0xfe || bytes[0] === 0xff;
    if (!hasBom) {
      try {
        return strictUtf8.decode(bytes);
      } catch {
        // Not UTF-8: sniff below.
      }
    }
  }
  const options = { maxBytes: 8192, ...(charset ? { transportLayerEncodingLabel: charset } : {}) };
  try {
    return decodeBuffer(bytes, kind === 'html' ? options : { ...options, defaultEncoding: 'windows-1252' });
  } catch {
    return decodeBuffer(bytes, { maxBytes: 8192 });
  }
}

/** Fetches a link under every rule above; throws IngestError with one sentence on any refusal. */
export async function safeFetch(link: string | URL, limits: FetchLimits): Promise<Fetched> {
  const timeoutMs = limits.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = limits.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRedirects = limits.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const seen = new Set<string>();
  let url = typeof link === 'string' ? parseLink(link) : link;
  try {
    for (let hops = 0; ; hops++) {
      seen.add(url.href);
      const hop = await request(url, limits, controller.signal);
      if ([301, 302, 303, 307, 308].includes(hop.status)) {
        hop.response.resume();
        const location = hop.headers.location;
        if (!location) throw new IngestError(`The server answered ${hop.status} (a redirect) without saying where to.`);
        let next: URL;
        try {
          next = new URL(location, url);
        } catch {
          throw new IngestError('The page redirects to an address that is not a valid link.');
        }
        if (next.protocol !== 'http:' && next.protocol !== 'https:') throw new IngestError(`The page redirects to a ${next.protocol} link; only http and https are fetched.`);
        if (seen.has(next.href)) throw new IngestError('The link redirects in a loop.');
        if (hops + 1 > maxRedirects) throw new IngestError(`The link redirects more than ${maxRedirects} times.`);
        url = next;
        continue;
      }
      if (hop.status < 200 || hop.status >= 300) {
        hop.response.resume();
        const why = STATUS_TEXT[hop.status];
        throw new IngestError(`The page could not be fetched: the server answered ${hop.status}${why ? ` (${why})` : ''}.`);
      }
      const declared = hop.headers['content-type'];
      if (declared && !limits.acceptAnyType) {
        try {
          contentKind(declared);
        } catch (e) {
          hop.response.destroy();
          throw e;
        }
      }
      const bytes = await readCapped(hop, maxBytes, controller.signal, timeoutMs);
      if (bytes.length === 0) throw new IngestError('The page is empty.');
      const { kind, charset } = limits.acceptAnyType ? { kind: 'text' as const, charset: /charset\s*=\s*"?([^";\s]+)/i.exec(declared ?? '')?.[1] } : contentKind(declared, bytes);
      return { url: url.href, kind, text: limits.acceptAnyType ? '' : decodeBody(bytes, kind, charset), raw: bytes, charset };
    }
  } catch (e) {
    if (e instanceof IngestError) throw e;
    if (controller.signal.aborted) throw new IngestError(`The page did not arrive within ${seconds(timeoutMs)}.`);
    throw new IngestError(`The page could not be fetched (${(e as Error).message}).`);
  } finally {
    clearTimeout(timer);
  }
}
