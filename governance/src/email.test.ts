import { MAX_EMAIL_LENGTH, isValidEmail, normalizeEmail } from './email';

describe('isValidEmail', () => {
  it.each([
    'name@example.com',
    'first.last+tag@sub.example.co.uk',
    "o'brien@example.ie",
    'A@B.CO',
    "!#$%&'*+/=?^_`{|}~-@example.com",
    'user123@mail-server.example.com',
    'info@123.example.com',
    'jürgen@müller.de',
    'josé@example.es',
    'jose\u0301@example.es',
    '用户@例子.广告',
    'пользователь@пример.рф',
    'ａｄａ@ｅｘａｍｐｌｅ.com',
  ])('accepts %s', (value) => {
    expect(isValidEmail(value)).toBe(true);
  });

  it.each([
    ['empty string', ''],
    ['no at sign', 'name.example.com'],
    ['two at signs', 'a@b@example.com'],
    ['empty local part', '@example.com'],
    ['domain without dot', 'bob@localhost'],
    ['nothing after at', 'bob@'],
    ['empty domain label', 'bob@example..com'],
    ['leading dot in domain', 'bob@.example.com'],
    ['trailing dot in domain', 'bob@example.com.'],
    ['inner space', 'bo b@example.com'],
    ['leading space', ' bob@example.com'],
    ['tab', 'bob@exa\tmple.com'],
    ['markup in the local part', '"><script>alert(1)</script>@x.com'],
    ['angle brackets', '<bob>@example.com'],
    ['quoted local part', '"bob smith"@example.com'],
    ['parentheses', 'bob(comment)@example.com'],
    ['comma', 'bob,ann@example.com'],
    ['semicolon', 'bob;@example.com'],
    ['backslash', 'bob\\@example.com'],
    ['hyphen-only labels', 'a@-.-'],
    ['label starting with a hyphen', 'bob@-example.com'],
    ['label ending with a hyphen', 'bob@example-.com'],
    ['top-level domain starting with a hyphen', 'bob@example.-com'],
    ['leading dot in local part', '.bob@example.com'],
    ['trailing dot in local part', 'bob.@example.com'],
    ['double dot in local part', 'bo..b@example.com'],
    ['one-letter top-level domain', 'bob@example.c'],
    ['numeric top-level domain', 'bob@example.123'],
    ['IP-literal domain', 'bob@[192.168.0.1]'],
    ['IP address as domain', 'bob@192.168.0.1'],
    ['underscore in the domain', 'bob@my_host.example.com'],
    ['zero-width space', 'bob\u200B@example.com'],
    ['byte order mark', '\uFEFFbob@example.com'],
    ['right-to-left override', 'bob\u202E@example.com'],
    ['NUL', 'bob\u0000@example.com'],
    ['label of 64 characters', `bob@${'a'.repeat(64)}.com`],
  ])('rejects %s', (_case, value) => {
    expect(isValidEmail(value)).toBe(false);
  });

  it.each([null, undefined])('rejects %p', (value) => {
    expect(isValidEmail(value)).toBe(false);
  });

  it('accepts 254 characters and rejects 255', () => {
    const domain = '@example.com';
    const atLimit = 'a'.repeat(MAX_EMAIL_LENGTH - domain.length) + domain;

    expect(atLimit).toHaveLength(254);
    expect(isValidEmail(atLimit)).toBe(true);
    expect(isValidEmail('a' + atLimit)).toBe(false);
  });

  it('accepts a domain label of 63 characters', () => {
    expect(isValidEmail(`bob@${'a'.repeat(63)}.com`)).toBe(true);
  });
});

describe('normalizeEmail', () => {
  it('trims and lower-cases', () => {
    expect(normalizeEmail('  Bob.Smith@Example.COM ')).toBe('bob.smith@example.com');
  });

  it('keeps dots and plus tags', () => {
    expect(normalizeEmail('first.last+leads@example.com')).toBe('first.last+leads@example.com');
  });

  it.each<[string, string, string]>([
    ['a decomposed accent', 'jose\u0301@example.es', 'josé@example.es'],
    ['a zero-width space', 'bob\u200B@example.com', 'bob@example.com'],
    ['a zero-width non-joiner', 'bo\u200Cb@example.com', 'bob@example.com'],
    ['a zero-width joiner', 'bob@exa\u200Dmple.com', 'bob@example.com'],
    ['a byte order mark', '\uFEFFbob@example.com', 'bob@example.com'],
    ['a zero-width space before trailing spaces', 'bob@example.com \u200B', 'bob@example.com'],
    ['a full-width domain', 'bob@ｅｘａｍｐｌｅ.ｃｏｍ', 'bob@example.com'],
    ['an upper-case full-width domain', 'Bob@ＥＸＡＭＰＬＥ.COM', 'bob@example.com'],
  ])('stores an address with %s like its plain twin', (_case, value, expected) => {
    expect(normalizeEmail(value)).toBe(expected);
  });

  it('applies NFKC to the domain only', () => {
    expect(normalizeEmail('ｂｏｂ@ｅｘａｍｐｌｅ.com')).toBe('ｂｏｂ@example.com');
    expect(normalizeEmail('ﬁnance@ﬁnance.example')).toBe('ﬁnance@finance.example');
  });

  it('leaves a value without an at sign trimmed and lower-cased', () => {
    expect(normalizeEmail(' Bob\u200B ')).toBe('bob');
  });
});
