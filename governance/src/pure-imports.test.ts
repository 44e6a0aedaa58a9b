import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// The Temporal workflow sandbox imports this package, so its sources must stay deterministic:
// no Node built-ins, no clock, no randomness, and luxon as the only dependency. Benchmarks are
// scripts that time the library, and the build leaves them out like tests and fixtures.
const sources = readdirSync(__dirname)
  .filter((name) => name.endsWith('.ts') && !/\.(test|fixture|bench)\.ts$/.test(name))
  .map((name) => ({ name, text: readFileSync(join(__dirname, name), 'utf8') }));

describe('governance sources', () => {
  it('include the index', () => {
    expect(sources.map((source) => source.name)).toContain('index.ts');
  });

  it('leave out tests, fixtures and benchmarks', () => {
    const names = sources.map((source) => source.name);

    expect(names).not.toContain('index.test.ts');
    expect(names).not.toContain('lead.fixture.ts');
    expect(names).not.toContain('simulate-governance.bench.ts');
  });

  it.each(sources)('$name imports only luxon and siblings', ({ text }) => {
    const specifiers = [...text.matchAll(/from '([^']+)'/g)].map((match) => match[1] ?? '');

    expect(specifiers.filter((specifier) => specifier !== 'luxon' && !specifier.startsWith('./'))).toEqual([]);
  });

  it.each(sources)('$name reads no clock or randomness', ({ text }) => {
    for (const forbidden of ['Date.now(', 'new Date(', 'Math.random(', 'process.', 'require(', 'structuredClone(']) {
      expect(text).not.toContain(forbidden);
    }
  });
});
