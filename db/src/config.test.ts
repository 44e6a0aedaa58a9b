import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('applies the documented defaults', () => {
    const config = loadConfig({});

    expect(config.httpHost).toBe('127.0.0.1');
    expect(config.httpPort).toBe(4000);
    expect(config.temporalNamespace).toBe('default');
    expect(config.databaseUrl).toBe('postgres://postgres@127.0.0.1:5432/accord');
    expect(config.kpiRefreshIntervalSeconds).toBe(60);
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
    ['KPI_REFRESH_INTERVAL_SECONDS', '-1'],
  ])('refuses %s=%s naming the variable', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`${name} "${value}" is invalid`));
  });

  it('refuses an unknown NODE_ENV', () => {
    expect(() => loadConfig({ NODE_ENV: 'staging' })).toThrow(/NODE_ENV "staging" is invalid/);
  });
});
