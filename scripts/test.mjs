#!/usr/bin/env node
/**
 * `npm test`: provides the Temporal CLI to the integration tests (ACCORD_TEMPORAL_CLI), builds both portals
 * when a browser test is selected, then runs `jest --runInBand` with the arguments given after `npm test --`
 * and exits with jest's exit code.
 *
 * A browser test is a file under test/ that imports playwright-core. It is selected unless the arguments pick
 * only other projects (`--selectProjects unit`) or give path patterns that match none of those files.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { obtainTemporalCli } from './temporal-cli.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PORTALS = ['rep-portal', 'admin-portal'];

async function main() {
  const jestArgs = process.argv.slice(2);

  const temporalCli = process.env.ACCORD_TEMPORAL_CLI || (await obtainTemporalCli());
  console.log(`[test] Temporal CLI: ${temporalCli}`);

  if (selectsBrowserTests(jestArgs) && PORTALS.some(isPortalBuildStale)) {
    console.log(`[test] building the portals for the browser tests: npm run build ${PORTALS.map((p) => `-w ${p}`).join(' ')}`);
    const build = spawnSync('npm', ['run', 'build', ...PORTALS.flatMap((portal) => ['-w', portal])], { cwd: repoRoot, stdio: 'inherit' });
    if (build.status !== 0) {
      console.error('[test] the portal build failed; see its output above.');
      process.exit(build.status ?? 1);
    }
  }

  const jest = spawn('npx', ['jest', '--runInBand', ...jestArgs], {
    cwd: repoRoot,
    // Services log at info. Tests keep warnings and errors only, unless LOG_LEVEL is set.
    env: { LOG_LEVEL: 'warn', ...process.env, ACCORD_TEMPORAL_CLI: temporalCli },
    stdio: 'inherit',
  });
  // Ctrl-C reaches jest directly through the terminal; SIGTERM sent to this process alone is passed on.
  process.on('SIGTERM', () => jest.kill('SIGTERM'));
  process.on('SIGINT', () => {});
  jest.on('exit', (code, signal) => process.exit(code ?? (signal === 'SIGINT' ? 130 : 1)));
}

function selectsBrowserTests(jestArgs) {
  if (jestArgs.includes('--listTests') || jestArgs.includes('--help')) {
    return false;
  }

  const browserTests = findBrowserTests(path.join(repoRoot, 'test'));
  if (browserTests.length === 0) {
    return false;
  }

  const { projects, patterns } = parseSelection(jestArgs);
  if (projects.length > 0 && !projects.includes('integration')) {
    return false;
  }

  if (patterns.length === 0) {
    return true;
  }

  return browserTests.some((file) => patterns.some((pattern) => safeRegExp(pattern).test(file)));
}

function findBrowserTests(dir) {
  if (!fs.existsSync(dir)) {
    return [];
  }

  return fs
    .readdirSync(dir, { recursive: true })
    .filter((file) => /\.test\.tsx?$/.test(file))
    .map((file) => path.join(dir, file))
    .filter((file) => fs.readFileSync(file, 'utf8').includes('playwright-core'));
}

/** Jest options whose value is the next argument; the value is not a test path pattern. */
const OPTIONS_WITH_VALUE = new Set([
  '-c', '--config', '-t', '--testNamePattern', '--testPathIgnorePatterns', '-w', '--maxWorkers', '--reporters',
  '--testTimeout', '--shard', '--seed', '--outputFile', '--coverageDirectory', '--rootDir', '--roots',
]);

/** Reads the project names and the test path patterns out of jest's arguments. */
function parseSelection(jestArgs) {
  const projects = [];
  const patterns = [];
  for (let index = 0; index < jestArgs.length; index += 1) {
    const arg = jestArgs[index];
    if (arg === '--selectProjects') {
      while (index + 1 < jestArgs.length && !jestArgs[index + 1].startsWith('-')) {
        index += 1;
        projects.push(jestArgs[index]);
      }
    } else if (arg.startsWith('--selectProjects=')) {
      projects.push(...arg.slice('--selectProjects='.length).split(','));
    } else if (arg === '--testPathPatterns') {
      index += 1;
      patterns.push(jestArgs[index] ?? '');
    } else if (arg.startsWith('--testPathPatterns=')) {
      patterns.push(arg.slice('--testPathPatterns='.length));
    } else if (OPTIONS_WITH_VALUE.has(arg)) {
      index += 1;
    } else if (!arg.startsWith('-')) {
      patterns.push(arg);
    }
  }

  return { projects, patterns };
}

function safeRegExp(pattern) {
  try {
    return new RegExp(pattern);
  } catch {
    return new RegExp(pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  }
}

/** Checks whether a portal needs a build: dist/index.html is missing or older than a source or config file. */
function isPortalBuildStale(portal) {
  const builtIndex = path.join(repoRoot, portal, 'dist', 'index.html');
  if (!fs.existsSync(builtIndex)) {
    return true;
  }

  const builtAt = fs.statSync(builtIndex).mtimeMs;
  // The portals bundle portal-kit and the pure governance rules (the admin portal validates drafts with them).
  const sources = [path.join(repoRoot, portal, 'src'), path.join(repoRoot, 'portal-kit', 'src'), path.join(repoRoot, 'governance', 'src')];
  const configFiles = ['index.html', 'vite.config.ts', 'package.json'].map((file) => path.join(repoRoot, portal, file));

  return [...sources.flatMap(listFiles), ...configFiles].some((file) => fs.existsSync(file) && fs.statSync(file).mtimeMs > builtAt);
}

function listFiles(dir) {
  if (!fs.existsSync(dir)) {
    return [];
  }

  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

main().catch((error) => {
  console.error(`[test] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
