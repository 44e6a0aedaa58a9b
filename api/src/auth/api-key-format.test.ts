import { generateApiKey, hashApiKeySecret, parseApiKey, secretMatchesHash } from './api-key-format';

describe('generateApiKey', () => {
  it('produces the acc_<publicId>_<secret> format', () => {
    const generated = generateApiKey();

    expect(generated.key).toMatch(/^acc_[a-z2-7]{16}_[A-Za-z0-9_-]{43}$/);
    expect(generated.publicId).toHaveLength(16);
    expect(generated.secretHash).toHaveLength(32);
  });

  it('round-trips through parseApiKey and matches its hash', () => {
    const generated = generateApiKey();
    const parsed = parseApiKey(generated.key);

    expect(parsed?.publicId).toBe(generated.publicId);
    expect(secretMatchesHash(parsed?.secret ?? '', generated.secretHash)).toBe(true);
  });

  it('never repeats a public id or secret', () => {
    const keys = new Set(Array.from({ length: 200 }, () => generateApiKey().key));

    expect(keys.size).toBe(200);
  });
});

describe('parseApiKey', () => {
  it.each([
    ['acc_'],
    ['acc_abc_def'],
    ['acc_ABCDEFGHIJKLMNOP_' + 'a'.repeat(43)],
    ['acc_abcdefghijklmnop_' + 'a'.repeat(42)],
    ['acc_abcdefghijklmnop_' + 'a'.repeat(44)],
    ['acc_abcdefghijklmno1_' + 'a'.repeat(43)],
  ])('rejects the malformed key %s', (token) => {
    expect(parseApiKey(token)).toBeNull();
  });
});

describe('secretMatchesHash', () => {
  it('rejects a different secret', () => {
    expect(secretMatchesHash('other', hashApiKeySecret('secret'))).toBe(false);
  });

  it('rejects a hash of the wrong length', () => {
    expect(secretMatchesHash('secret', Buffer.alloc(16))).toBe(false);
  });
});
