import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// The Temporal workflow sandbox imports this package, so its sources must stay deterministic:
// no Node built-ins, no clock, no randomness, and luxon as the only dependency.
const sources = readdirSync(__dirname)
  .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.endsWith('.fixture.ts'))
  .map((name) => ({ name, text: readFileSync(join(__dirname, name), 'utf8') }));

describe('governance sources', () => {
  it('include the index', () => {
    expect(sources.map((source) => source.name)).toContain('index.ts');
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
