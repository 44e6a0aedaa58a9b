import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('applies the documented defaults', () => {
    const config = loadConfig({});

    expect(config.httpHost).toBe('127.0.0.1');
    expect(config.httpPort).toBe(4000);
    expect(config.temporalNamespace).toBe('default');
    expect(config.databaseUrl).toBe('postgres://postgres@127.0.0.1:5432/accord');
    expect(config.accessTokenTtlSeconds).toBe(900);
    expect(config.sessionTtlSeconds).toBe(30 * 24 * 3600);
    expect(config.trustProxy).toBe(false);
    expect(config.partnerDuplicateWindowHours).toBe(24);
    expect(config.kpiRefreshIntervalSeconds).toBe(60);
  });

  it.each([
    ['2', 2],
    ['loopback', ['loopback']],
    ['10.0.0.0/8, 192.168.1.7', ['10.0.0.0/8', '192.168.1.7']],
    ['::1', ['::1']],
  ])('reads TRUST_PROXY=%s', (value, expected) => {
    expect(loadConfig({ TRUST_PROXY: value }).trustProxy).toEqual(expected);
  });

  it('refuses a session shorter than an access token', () => {
    expect(() => loadConfig({ ACCESS_TOKEN_TTL_SECONDS: '3600', SESSION_TTL_SECONDS: '600' })).toThrow(/SESSION_TTL_SECONDS "600" is shorter/);
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
    ['SESSION_TTL_SECONDS', '10'],
    ['TRUST_PROXY', 'true'],
    ['TRUST_PROXY', '11'],
    ['TRUST_PROXY', '10.0.0.1,proxy.example'],
    ['PARTNER_DUPLICATE_WINDOW_HOURS', '-1'],
    ['KPI_REFRESH_INTERVAL_SECONDS', '-1'],
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
    ['loopback, uniquelocal', ['loopback', 'uniquelocal']],
    ['false', false],
  ])('reads TRUST_PROXY=%s', (value, expected) => {
    expect(loadConfig({ TRUST_PROXY: value }).trustProxy).toEqual(expected);
  });

  it('refuses an unknown NODE_ENV', () => {
    expect(() => loadConfig({ NODE_ENV: 'staging' })).toThrow(/NODE_ENV "staging" is invalid/);
  });
});
