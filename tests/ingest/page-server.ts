/**
 * A local web server for ingestion tests, on 127.0.0.1 and a port the system picks: the eight
 * saved pages of tests/fixtures/ingest-pages at their canonical paths, and the answers a fetcher
 * has to refuse (errors, wrong content types, oversized bodies, redirect loops, empty pages).
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from '../helpers/corpus-dir.ts';

export const FIXTURES = path.join(ROOT, 'tests', 'fixtures', 'ingest-pages');

export interface ExpectedPage {
  canonical: string;
  readability: { title: string; byline: string | null; siteName: string | null; publishedTime: string | null };
  /** Readability's <p> texts that are article body. */
  body: string[];
  /** Readability's <p> texts that are not (captions, prompts, bios, teasers). */
  notBody: string[];
}

export const EXPECTED = JSON.parse(readFileSync(path.join(FIXTURES, 'expected.json'), 'utf8')) as Record<string, ExpectedPage>;
export const PAGES = Object.keys(EXPECTED);

export function pagePath(name: string): string {
  return new URL(EXPECTED[name]!.canonical).pathname;
}

export interface PageServer {
  base: string;
  /** Every request's path and user agent. */
  requests: Array<{ path: string; userAgent: string | undefined }>;
  close(): Promise<void>;
}

const ARTICLE_HTML = (title: string, paragraphs: string[]) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><meta property="og:site_name" content="Example Wire"><meta property="article:published_time" content="2017-07-12T09:00:00-04:00"></head><body><article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;

/** A small invented article, for cases that need a page other than the eight. */
export const ZEPPELIN = ARTICLE_HTML('Lawmakers weigh a zeppelin accord', [
  'Senators met on Tuesday to discuss the zeppelin accord with their counterparts from three neighbouring states, the first such meeting in a decade.',
  '"We will not let the airships fly over the capital without rules," said Senator Jane Roe, who chairs the transport committee.',
  'The accord would regulate airships over the capital and set a ceiling on the number of flights each operator may run in a week.',
  'A vote is expected next month, after a public hearing in which operators and residents will be heard.',
]);

export async function startPageServer(): Promise<PageServer> {
  const requests: PageServer['requests'] = [];
  const routes = new Map(PAGES.map((name) => [pagePath(name), name]));
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push({ path: url.pathname, userAgent: req.headers['user-agent'] });
    const html = (status: number, body: string | Buffer, type = 'text/html; charset=utf-8', extra: Record<string, string> = {}) => {
      const bytes = typeof body === 'string' ? Buffer.from(body) : body;
      res.writeHead(status, { 'content-type': type, 'content-length': bytes.length, ...extra }).end(bytes);
    };
    const page = routes.get(url.pathname);
    if (page) return html(200, readFileSync(path.join(FIXTURES, page, 'source.html')));
    switch (url.pathname) {
      case '/zeppelin':
        return html(200, ZEPPELIN);
      case '/zeppelin-gzip': {
        const body = gzipSync(Buffer.from(ZEPPELIN));
        return html(200, body, 'text/html; charset=utf-8', { 'content-encoding': 'gzip' });
      }
      case '/zeppelin-latin1':
        return html(200, Buffer.from(ZEPPELIN.replace('neighbouring', 'neighbouring café'), 'latin1'), 'text/html; charset=iso-8859-1');
      case '/zeppelin.md':
        return html(200, '# Airship rules\n\nThe council voted on Monday to limit airship flights over the old town to four a day, after residents complained about noise from the early morning flights that had doubled since spring.\n\n"The skies are for everyone," said the mayor, Jane Doe, after the vote.\n', 'text/markdown; charset=utf-8');
      case '/moved':
        res.writeHead(301, { location: '/zeppelin' }).end();
        return;
      case '/loop-a':
        res.writeHead(302, { location: '/loop-b' }).end();
        return;
      case '/loop-b':
        res.writeHead(302, { location: '/loop-a' }).end();
        return;
      case '/to-ftp':
        res.writeHead(302, { location: 'ftp://127.0.0.1/file' }).end();
        return;
      case '/not-found':
        return html(404, '<h1>Not found</h1>');
      case '/server-error':
        return html(500, '<h1>Oops</h1>');
      case '/report.pdf':
        return html(200, Buffer.from('%PDF-1.4\n%\u00e2\u00e3\n'), 'application/pdf');
      case '/photo.png':
        return html(200, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'image/png');
      case '/huge':
        return html(200, Buffer.alloc(6 * 1024 * 1024, 0x61), 'text/html; charset=utf-8');
      case '/huge-chunked': {
        // No content-length: the cap must hold while reading.
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        const chunk = Buffer.alloc(256 * 1024, 0x62);
        let sent = 0;
        const pump = () => {
          while (sent < 8 * 1024 * 1024) {
            sent += chunk.length;
            if (!res.write(chunk)) return void res.once('drain', pump);
          }
          res.end();
        };
        res.on('close', () => (sent = Infinity));
        return pump();
      }
      case '/slow':
        // Headers, then nothing: only the deadline ends it.
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.write('<!doctype html><html><body><p>');
        return;
      case '/empty-article':
        return html(200, '<!doctype html><html><head><title>Home</title></head><body><nav><a href="/">Home</a></nav><p>Cookies help us.</p></body></html>');
      default:
        if (url.pathname.startsWith('/hop/')) {
          const n = Number(url.pathname.slice(5));
          res.writeHead(302, { location: n > 0 ? `/hop/${n - 1}` : '/zeppelin' }).end();
          return;
        }
        return html(404, '<h1>Not found</h1>');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    requests,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
