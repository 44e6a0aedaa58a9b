import { CursorSeal } from './cursor-seal';

describe('CursorSeal', () => {
  const seal = new CursorSeal('a secret of the test');
  const cursor = Buffer.from(JSON.stringify(['2026-03-02T09:00:00.000000Z', '6f1c1f36-8a51-4a0c-9a77-0d4c0a6b7a10'])).toString('base64url');

  it('opens what it sealed, and the sealed text does not contain the cursor', () => {
    const sealed = seal.seal(cursor);

    expect(seal.open(sealed)).toBe(cursor);
    expect(Buffer.from(sealed.slice(3), 'base64url').toString('latin1')).not.toContain('2026-03-02');
  });

  it('rejects changed, plain and foreign cursors', () => {
    const sealed = seal.seal(cursor);
    const changed = sealed.slice(0, -2) + (sealed.endsWith('AA') ? 'AB' : 'AA');

    expect(seal.open(changed)).toBeNull();
    expect(seal.open(cursor)).toBeNull();
    expect(seal.open(new CursorSeal('another secret').seal(cursor))).toBeNull();
    expect(seal.open('s1.')).toBeNull();
  });
});
