import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

// Checks docker-compose.yml, the Dockerfile and the nginx config against the code and .env.example by
// reading the files; Docker itself is not needed.

const root = path.resolve(__dirname, '..');

interface ComposeService {
  image?: string;
  build?: { context: string; target: string };
  command?: string[];
  environment?: Record<string, string | number> | string[];
  ports?: string[];
  depends_on?: string[] | Record<string, unknown>;
}

interface PackageManifest {
  main?: string;
  scripts?: Record<string, string>;
  workspaces?: string[];
}

/** A Node service of the stack, the workspace whose code it runs and how to find its entry file there. */
const NODE_SERVICES = [
  { service: 'api', workspace: 'api', entry: { script: 'start' } },
  { service: 'worker', workspace: 'workflows', entry: { script: 'start' } },
  { service: 'migrate', workspace: 'db', entry: { source: 'src/cli/migrate.ts' } },
] as const;

const REQUIRED_SERVICES = ['postgres', 'temporal', 'temporal-ui', 'migrate', 'api', 'worker', 'rep-portal', 'admin-portal'];
const PORTALS = [
  { service: 'rep-portal', portVariable: 'REP_PORTAL_PORT' },
  { service: 'admin-portal', portVariable: 'ADMIN_PORTAL_PORT' },
];

function readText(file: string): string {
  return fs.readFileSync(path.join(root, file), 'utf8');
}

function readManifest(workspace: string): PackageManifest {
  return JSON.parse(readText(path.join(workspace, 'package.json'))) as PackageManifest;
}

const compose = parse(readText('docker-compose.yml'), { merge: true }) as { services: Record<string, ComposeService> };
const dockerfile = readText('Dockerfile');
const envExample = parseEnvExample(readText('.env.example'));

function service(name: string): ComposeService {
  const found = compose.services[name];
  if (found === undefined) {
    throw new Error(`docker-compose.yml has no service "${name}"`);
  }

  return found;
}

function environmentOf(name: string): Map<string, string> {
  const environment = service(name).environment ?? {};
  const entries = Array.isArray(environment)
    ? environment.map((entry) => entry.split('=', 2) as [string, string])
    : Object.entries(environment).map(([key, value]) => [key, String(value)] as [string, string]);

  return new Map(entries);
}

/** Reads `NAME=value` and commented `# NAME=value` lines into a map from name to default value. */
function parseEnvExample(text: string): Map<string, string> {
  const variables = new Map<string, string>();
  for (const line of text.split('\n')) {
    const match = /^#?\s?([A-Z][A-Z0-9_]*)=(.*)$/.exec(line);
    if (match !== null) {
      variables.set(match[1], match[2].trim());
    }
  }

  return variables;
}

/** Returns the instructions of one `FROM ... AS name` stage of the Dockerfile. */
function dockerStage(name: string): string {
  const stages = dockerfile.split(/^(?=FROM\s)/m);
  const stage = stages.find((text) => new RegExp(`^FROM\\s+\\S+\\s+AS\\s+${name}\\s*$`, 'im').test(text));
  if (stage === undefined) {
    throw new Error(`The Dockerfile has no stage "${name}"`);
  }

  return stage;
}

function dockerCommand(stageName: string): string[] {
  const match = /^CMD\s+(\[.*\])\s*$/m.exec(dockerStage(stageName));

  return match === null ? [] : (JSON.parse(match[1]) as string[]);
}

/** Maps a compiled file of a workspace (`dist/x.js`) to its source (`src/x.ts`) through its tsconfig. */
function sourceOf(workspace: string, compiledFile: string): string {
  const tsconfig = JSON.parse(readText(path.join(workspace, 'tsconfig.json'))) as { compilerOptions: { rootDir: string; outDir: string } };
  const { rootDir, outDir } = tsconfig.compilerOptions;

  return path.join(rootDir, path.relative(outDir, compiledFile)).replace(/\.js$/, '.ts');
}

function compiledOf(workspace: string, sourceFile: string): string {
  const tsconfig = JSON.parse(readText(path.join(workspace, 'tsconfig.json'))) as { compilerOptions: { rootDir: string; outDir: string } };
  const { rootDir, outDir } = tsconfig.compilerOptions;

  return path.join(outDir, path.relative(rootDir, sourceFile)).replace(/\.ts$/, '.js');
}

/** Returns the entry file of a Node service, relative to the repository root (the image's WORKDIR). */
function entryFile(nodeService: (typeof NODE_SERVICES)[number]): string {
  const { workspace, entry } = nodeService;
  if ('source' in entry) {
    return path.join(workspace, compiledOf(workspace, entry.source));
  }

  const script = readManifest(workspace).scripts?.[entry.script] ?? '';
  const match = /^node\s+(\S+)$/.exec(script);
  if (match === null) {
    throw new Error(`${workspace}/package.json script "${entry.script}" is "${script}", not "node FILE"`);
  }

  return path.join(workspace, match[1]);
}

function publishedPorts(name: string): Array<{ host: number; container: number }> {
  return (service(name).ports ?? []).map((mapping) => {
    const parts = String(mapping).split(':');

    return { host: Number(parts.at(-2)), container: Number(parts.at(-1)) };
  });
}

/** Checks whether a source file runs in the services, as opposed to tests, their fixtures and benchmarks. */
function isServiceSource(file: string): boolean {
  return file.endsWith('.ts') && !/\.(test|fixture|bench)\.ts$/.test(file) && !file.split(path.sep).includes('testing');
}

/** Lists the environment variables that the server packages read, found by name in their sources. */
function variablesReadByServerCode(): Set<string> {
  const names = new Set<string>();
  for (const workspace of ['governance', 'db', 'workflows', 'api']) {
    const sourceDir = path.join(root, workspace, 'src');
    const files = fs.readdirSync(sourceDir, { recursive: true }).map(String);
    for (const file of files.filter(isServiceSource)) {
      const text = fs.readFileSync(path.join(sourceDir, file), 'utf8');
      for (const match of text.matchAll(/\benv\.([A-Z][A-Z0-9_]+)|\benv\[['"]([A-Z][A-Z0-9_]+)['"]\]|\(env, '([A-Z][A-Z0-9_]+)'/g)) {
        names.add(match[1] ?? match[2] ?? match[3]);
      }
    }
  }

  return names;
}

describe('docker-compose.yml', () => {
  it.each(REQUIRED_SERVICES)('defines the %s service', (name) => {
    expect(compose.services).toHaveProperty([name]);
  });

  it('runs PostgreSQL 16', () => {
    expect(service('postgres').image).toMatch(/^postgres:16(\.|-|$)/);
  });

  it('runs Temporal auto-setup on the postgres service', () => {
    const temporal = service('temporal');
    const environment = environmentOf('temporal');

    expect(temporal.image).toMatch(/^temporalio\/auto-setup:/);
    expect(environment.get('DB')).toBe('postgres12');
    expect(environment.get('POSTGRES_SEEDS')).toBe('postgres');
    expect(JSON.stringify(temporal.depends_on)).toContain('postgres');
  });

  it('points the Temporal UI at the temporal service', () => {
    expect(service('temporal-ui').image).toMatch(/^temporalio\/ui:/);
    expect(environmentOf('temporal-ui').get('TEMPORAL_ADDRESS')).toBe('temporal:7233');
  });

  it.each(Object.keys(compose.services).filter((name) => compose.services[name].build !== undefined))(
    'builds %s from a Dockerfile target of that name',
    (name) => {
      const target = service(name).build?.target ?? '';

      expect(target).toBe(name);
      expect(() => dockerStage(target)).not.toThrow();
    },
  );

  it.each(NODE_SERVICES.map((nodeService) => [nodeService.service, nodeService] as const))('runs the %s entry file', (_name, nodeService) => {
    const entry = entryFile(nodeService);

    expect(service(nodeService.service).command).toEqual(['node', entry]);
    expect(dockerCommand(nodeService.service)).toEqual(['node', entry]);
    expect(fs.existsSync(path.join(root, nodeService.workspace, sourceOf(nodeService.workspace, path.relative(nodeService.workspace, entry))))).toBe(true);
  });

  it('copies every workspace manifest into the build', () => {
    const workspaces = readManifest('.').workspaces ?? [];
    const buildStage = dockerStage('build');

    expect(workspaces.length).toBeGreaterThan(0);
    for (const workspace of workspaces) {
      expect(buildStage).toContain(`COPY ${workspace}/package.json ${workspace}/`);
    }
  });
});

describe('docker-compose.yml environment', () => {
  it.each(NODE_SERVICES.map(({ service: name }) => name))('%s sets only variables that .env.example documents', (name) => {
    const undocumented = [...environmentOf(name).keys()].filter((variable) => !envExample.has(variable));

    expect(undocumented).toEqual([]);
  });

  it('.env.example documents every variable the server code reads', () => {
    const read = variablesReadByServerCode();
    const undocumented = [...read].filter((variable) => !envExample.has(variable));

    expect(read.size).toBeGreaterThan(0);
    expect(undocumented).toEqual([]);
  });
});

describe('docker-compose.yml ports', () => {
  it('serves the API on the default HTTP_PORT', () => {
    const httpPort = Number(envExample.get('HTTP_PORT'));

    expect(httpPort).toBe(4000);
    expect(environmentOf('api').get('HTTP_PORT')).toBe(String(httpPort));
    expect(publishedPorts('api')).toContainEqual({ host: httpPort, container: httpPort });
    expect(dockerStage('api')).toMatch(new RegExp(`^EXPOSE ${httpPort}$`, 'm'));
  });

  it.each(PORTALS)('publishes $service on its default port', ({ service: name, portVariable }) => {
    expect(publishedPorts(name).map(({ host }) => host)).toEqual([Number(envExample.get(portVariable))]);
  });

  it('publishes the Temporal UI on TEMPORAL_UI_PORT', () => {
    expect(publishedPorts('temporal-ui')).toEqual([{ host: Number(envExample.get('TEMPORAL_UI_PORT')), container: 8080 }]);
  });

  it.each(['api', 'worker'])('%s reaches Temporal on the default frontend port', (name) => {
    const defaultPort = (envExample.get('TEMPORAL_ADDRESS') ?? '').split(':')[1];

    expect(environmentOf(name).get('TEMPORAL_ADDRESS')).toBe(`temporal:${defaultPort}`);
  });

  it.each(PORTALS)('$service forwards /graphql to the API port', ({ service: name }) => {
    const stage = dockerStage(name);
    const configFile = /^COPY\s+(deploy\/nginx\/\S+\.conf)\s/m.exec(stage)?.[1] ?? '';
    const nginxConfig = readText(configFile);
    const listenPort = Number(/^\s*listen\s+(\d+);/m.exec(nginxConfig)?.[1]);

    expect(nginxConfig).toMatch(new RegExp(`location = /graphql \\{[^}]*proxy_pass http://api:${environmentOf('api').get('HTTP_PORT')};`));
    expect(publishedPorts(name).map(({ container }) => container)).toEqual([listenPort]);
    expect(stage).toContain(`COPY --from=build /app/${name}/dist /usr/share/nginx/html`);
  });
});

describe('.env.example defaults', () => {
  it('match the defaults of npm start', () => {
    const startScript = readText('scripts/start.mjs');
    const defaultsBlock = /const DEFAULTS = \{([^}]*)\}/.exec(startScript)?.[1] ?? '';
    const defaults = [...defaultsBlock.matchAll(/([A-Z][A-Z0-9_]*): '([^']*)'/g)];

    expect(defaults.length).toBeGreaterThan(0);
    for (const [, name, value] of defaults) {
      expect([name, envExample.get(name)]).toEqual([name, value]);
    }
  });

  it('match the defaults of db/src/config.ts', () => {
    const config = readText('db/src/config.ts');
    const stringDefaults = [...config.matchAll(/env\.([A-Z][A-Z0-9_]*) \?\? '([^']*)'/g)].map(([, name, value]) => [name, value]);
    const integerDefaults = [...config.matchAll(/readInteger\(env, '([A-Z][A-Z0-9_]*)', ([\d\s*]+),/g)].map(([, name, expression]) => [
      name,
      String(expression.split('*').reduce((product, factor) => product * Number(factor), 1)),
    ]);

    expect(stringDefaults.length + integerDefaults.length).toBeGreaterThan(0);
    for (const [name, value] of [...stringDefaults, ...integerDefaults]) {
      expect([name, envExample.get(name)]).toEqual([name, value]);
    }
  });
});
