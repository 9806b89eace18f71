#!/usr/bin/env node
// A small static file server for the playground bundle (build-web/dist), used by web/serve.sh, the
// browser tests and the benchmarks. It binds to 127.0.0.1 only and serves .wasm as
// application/wasm, which WebAssembly.instantiateStreaming requires.
//
//   node web/tools/serve.mjs [DIR] [--port N]     (port 0 picks a free port)
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/** Starts serving `root`; resolves to { url, close() } once listening. */
export function startServer(root, { port = 0, host = '127.0.0.1' } = {}) {
  const base = resolve(root);
  const server = createServer(async (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end('method not allowed');
      return;
    }
    try {
      const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
      let file = normalize(join(base, path));
      if (file !== base && !file.startsWith(base + sep)) {
        response.writeHead(403).end('forbidden');
        return;
      }
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      response.writeHead(200, {
        'Content-Type': MIME_TYPES[extname(file)] ?? 'application/octet-stream',
        'Content-Length': body.length,
        'Cache-Control': 'no-cache',
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      server.on('error', (error) => console.error(`serve: ${error.message}`));
      const address = server.address();
      resolvePromise({
        url: `http://${host}:${address.port}/`,
        close: () => new Promise((done) => server.close(done)),
      });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  let root = 'build-web/dist';
  let port = 8080;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--port') port = /^\d+$/.test(args[i + 1] ?? '') ? Number(args[++i]) : NaN;
    else root = args[i];
  }
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`serve: --port needs a number from 0 to 65535`);
    process.exit(2);
  }
  try {
    await stat(join(root, 'index.html'));
  } catch {
    console.error(`serve: ${root}/index.html not found; build the playground first (web/serve.sh does)`);
    process.exit(1);
  }
  startServer(root, { port })
    .then(({ url }) => console.log(`Looplab is being served at ${url} (Ctrl-C stops it)`))
    .catch((error) => {
      console.error(`serve: cannot listen on 127.0.0.1:${port}: ${error.message}`);
      process.exit(1);
    });
}
