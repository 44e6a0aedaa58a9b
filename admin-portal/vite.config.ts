import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const DEFAULT_PORT = 5174;

function readPort(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;

  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) {
    throw new Error(`${name} must be a TCP port between 1 and 65535, got "${raw}". Unset it to use ${fallback}.`);
  }

  return port;
}

const port = readPort('ADMIN_PORTAL_PORT', DEFAULT_PORT);
const apiUrl = process.env.ACCORD_API_URL ?? 'http://127.0.0.1:4000';

// The browser calls the same-origin path /graphql, and both the dev server and `vite preview` forward
// it to the API. So the API needs no CORS setup and the bundle contains no API URL.
const server = {
  host: '127.0.0.1',
  port,
  strictPort: true,
  proxy: { '/graphql': { target: apiUrl, changeOrigin: true } },
};

// The portal bundles the governance sources, so the editor checks a draft with the same
// validateGovernanceModel that the API runs. The package's own entry point is its Node build in dist/.
const governanceSources = fileURLToPath(new URL('../governance/src/index.ts', import.meta.url));

export default defineConfig({
  plugins: [react()],
  resolve: { alias: { '@accord/governance': governanceSources } },
  server,
  preview: server,
});
