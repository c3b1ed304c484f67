import { describe, expect, it } from 'vitest';
import { buildSite, configuredSite, LOCAL_SITE } from '../../src/site-address';

describe('site address', () => {
  it('uses SITE_URL, without a trailing slash, when it is set', () => {
    expect(configuredSite({ SITE_URL: 'https://atlas.example.org/' })).toBe('https://atlas.example.org');
    expect(buildSite({ SITE_URL: 'https://atlas.example.org' })).toBe('https://atlas.example.org');
  });
  it('is a local build when SITE_URL is unset or empty', () => {
    expect(configuredSite({})).toBeUndefined();
    expect(configuredSite({ SITE_URL: '  ' })).toBeUndefined();
    expect(buildSite({})).toBe(LOCAL_SITE);
  });
  it('refuses a malformed address rather than building broken URLs', () => {
    expect(() => configuredSite({ SITE_URL: 'atlas.example.org' })).toThrow();
  });
});
