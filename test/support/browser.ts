import { createReadStream, existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export type PortalName = 'rep-portal' | 'admin-portal';

export interface ServedPortal {
  /** Origin of the portal, such as `http://127.0.0.1:41234`, without a trailing slash. */
  url: string;
  stop(): Promise<void>;
}

const REPOSITORY_ROOT = path.resolve(__dirname, '..', '..');
const CHROMIUM_PATH = '/usr/bin/chromium';

// Headless Chromium without the sandbox, which does not start when tests run as root in a container,
// and without the background services that would otherwise contact Google hosts during a test.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** Launch headless Chromium from the system install; Playwright creates and removes the profile directory. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/**
 * Serve the built `dist/` of a portal on a free loopback port and forward `/graphql` to `apiUrl`. Any
 * other path without a file gets index.html, so client-side routes load on a direct visit.
 */
export async function servePortal(name: PortalName, apiUrl: string): Promise<ServedPortal> {
  const distDir = path.join(REPOSITORY_ROOT, name, 'dist');
  const indexFile = path.join(distDir, 'index.html');
  if (!existsSync(indexFile)) {
    throw new Error(`${indexFile} is missing. Build the portal first with: npm run build -w ${name}`);
  }

  const api = new URL(apiUrl);
  const server = http.createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://portal.invalid').pathname;

    if (pathname === '/graphql') proxyToApi(request, response, api);
    else void serveStatic(pathname, distDir, indexFile, request, response);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Chromium keeps connections alive, and close() waits for them unless they are dropped.
        server.closeAllConnections();
      }),
  };
}

function proxyToApi(request: IncomingMessage, response: ServerResponse, api: URL): void {
  const transport = api.protocol === 'https:' ? https : http;
  const upstream = transport.request(
    {
      protocol: api.protocol,
      hostname: api.hostname,
      port: api.port,
      path: `${api.pathname.replace(/\/$/, '')}${request.url ?? '/graphql'}`,
      method: request.method,
      headers: { ...request.headers, host: api.host },
    },
    (upstreamResponse) => {
      response.writeHead(upstreamResponse.statusCode ?? 502, upstreamResponse.headers);
      upstreamResponse.pipe(response);
    },
  );

  upstream.on('error', (error) => {
    if (response.headersSent) {
      response.destroy(error);

      return;
    }
    response.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' });
    response.end(`The API at ${api.origin} could not be reached: ${error.message}`);
  });

  request.pipe(upstream);
}

async function serveStatic(
  pathname: string,
  distDir: string,
  indexFile: string,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { allow: 'GET, HEAD' });
    response.end();

    return;
  }

  const requested = path.join(distDir, path.normalize(decodeURIComponent(pathname)));
  const insideDist = requested.startsWith(distDir + path.sep);
  const isFile = insideDist && (await stat(requested).catch(() => null))?.isFile() === true;
  const file = isFile ? requested : indexFile;

  response.writeHead(200, {
    'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-store',
  });
  if (request.method === 'HEAD') {
    response.end();

    return;
  }
  createReadStream(file).pipe(response);
}
