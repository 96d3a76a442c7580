import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

/** What to answer for one request: a file (its text optionally rewritten) or an empty status. */
export interface Answer {
  file?: string;
  status?: number;
  headers?: Record<string, string>;
  rewrite?: (body: Buffer) => Buffer | string;
}

/** `dir`'s file for a URL path under `prefix`, or undefined outside it (no `..` escapes). */
export function fileUnder(prefix: string, dir: string, path: string): string | undefined {
  if (!path.startsWith(prefix)) return undefined;
  const inside = normalize(path.slice(prefix.length));
  return inside.startsWith('..') ? undefined : join(dir, inside);
}

/**
 * Serves files on a free loopback port, as `route` maps each request (undefined or a missing file:
 * 404). Returns the origin and a close function.
 */
export async function serveFiles(route: (url: URL) => Answer | undefined) {
  const server = createServer((request, response) => {
    const answer = route(new URL(request.url ?? '/', 'http://localhost'));
    try {
      if (!answer) throw new Error('not found');
      if (!answer.file) {
        response.writeHead(answer.status ?? 204, answer.headers);
        response.end();
        return;
      }
      const body = readFileSync(answer.file);
      response.writeHead(answer.status ?? 200, {
        'content-type': TYPES[extname(answer.file)] ?? 'application/octet-stream',
        ...answer.headers,
      });
      response.end(answer.rewrite ? answer.rewrite(body) : body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('Not found');
    }
  });
  const origin = await new Promise<string>((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? `http://127.0.0.1:${address.port}` : '');
    });
  });
  return { origin, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
