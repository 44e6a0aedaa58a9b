import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('applies the documented defaults', () => {
    const config = loadConfig({});

    expect(config.httpHost).toBe('127.0.0.1');
    expect(config.httpPort).toBe(4000);
    expect(config.temporalNamespace).toBe('default');
    expect(config.databaseUrl).toBe('postgres://postgres@127.0.0.1:5432/accord');
  });

  it('generates a random development secret', () => {
    const first = loadConfig({ NODE_ENV: 'development' });
    const second = loadConfig({ NODE_ENV: 'development' });

    expect(first.jwtSecret).toHaveLength(64);
    expect(first.jwtSecret).not.toBe(second.jwtSecret);
  });

  it('requires a long secret in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'short' })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'short' })).toThrow(/JWT_SECRET/);
  });

  it.each([
    ['HTTP_PORT', '0'],
    ['HTTP_PORT', 'eighty'],
    ['ACCESS_TOKEN_TTL_SECONDS', '5'],
    ['RATE_LIMIT_IP_PER_MINUTE', '0'],
    ['RATE_LIMIT_CREDENTIAL_PER_MINUTE', 'many'],
  ])('refuses %s=%s naming the variable', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`${name} "${value}" is invalid`));
  });

  it('sets rate limits outside tests', () => {
    const config = loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) });

    expect(config.rateLimitIpPerMinute).toBe(600);
    expect(config.rateLimitCredentialPerMinute).toBe(300);
    expect(config.trustProxy).toBe(false);
  });

  it.each([
    ['1', 1],
    ['loopback, uniquelocal', 'loopback, uniquelocal'],
    ['false', false],
  ])('reads TRUST_PROXY=%s', (value, expected) => {
    expect(loadConfig({ TRUST_PROXY: value }).trustProxy).toBe(expected);
  });

  it('refuses an unknown NODE_ENV', () => {
    expect(() => loadConfig({ NODE_ENV: 'staging' })).toThrow(/NODE_ENV "staging" is invalid/);
  });
});
