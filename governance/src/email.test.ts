import { MAX_EMAIL_LENGTH, isValidEmail, normalizeEmail } from './email';

describe('isValidEmail', () => {
  it.each(['name@example.com', 'first.last+tag@sub.example.co.uk', "o'brien@example.ie", 'A@B.CO'])(
    'accepts %s',
    (value) => {
      expect(isValidEmail(value)).toBe(true);
    },
  );

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
});

describe('normalizeEmail', () => {
  it('trims and lower-cases', () => {
    expect(normalizeEmail('  Bob.Smith@Example.COM ')).toBe('bob.smith@example.com');
  });

  it('keeps dots and plus tags', () => {
    expect(normalizeEmail('first.last+leads@example.com')).toBe('first.last+leads@example.com');
  });
});
