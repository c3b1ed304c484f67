// A small static server for dist/, compressing as real hosts do (brotli or gzip, by
// Accept-Encoding) and sending cache headers for hashed assets, so that measurements see what
// a deployed site sends. `astro preview` sends files uncompressed.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { dist } from './site-files.mjs';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.bib': 'application/x-bibtex; charset=utf-8',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};
const compressible = /^(text\/|application\/(json|xml|javascript|x-bibtex|wasm))|image\/svg/;

/** Resolves a URL path to a file in dist/, or null. */
async function fileFor(urlPath) {
  const clean = normalize(decodeURIComponent(urlPath.split('?')[0])).replace(/^(\.\.[/\\])+/, '');
  for (const candidate of [join(dist, clean), join(dist, clean, 'index.html')]) {
    try {
      if ((await stat(candidate)).isFile()) return candidate;
    } catch {}
  }
  return null;
}

/** Starts the server on `port`; resolves to a function that stops it. */
export function serveDist(port) {
  const server = createServer(async (req, res) => {
    const file = await fileFor(req.url ?? '/');
    const status = file ? 200 : 404;
    const path = file ?? join(dist, '404.html');
    const type = types[extname(path)] ?? 'application/octet-stream';
    let body = await readFile(path);
    const headers = { 'Content-Type': type, Vary: 'Accept-Encoding' };
    if (/\/_astro\//.test(path)) headers['Cache-Control'] = 'public, max-age=31536000, immutable';
    const accept = String(req.headers['accept-encoding'] ?? '');
    if (compressible.test(type)) {
      if (/\bbr\b/.test(accept)) {
        body = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } });
        headers['Content-Encoding'] = 'br';
      } else if (/\bgzip\b/.test(accept)) {
        body = gzipSync(body, { level: 9 });
        headers['Content-Encoding'] = 'gzip';
      }
    }
    res.writeHead(status, headers);
    res.end(body);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(() => server.close())));
}
