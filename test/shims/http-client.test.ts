/**
 * The bundle's stand-in for @actions/http-client (src/shims/http-client.ts): tsconfig `paths` hands it to every
 * importer, @actions/cache included, so it must offer what the cache uses, and behave like the real module.
 */
// Jest loads the real module here (tsconfig `paths` only steer the type checker and the bundler).
import * as Real from '@actions/http-client';
import * as Shim from '../../src/shims/http-client.js';

describe('the @actions/http-client shim', () => {
  it('has the real HttpCodes', () => {
    expect(Real.HttpClient).not.toBe(Shim.HttpClient); // the comparison is with the real module
    const real = Object.fromEntries(Object.entries(Real.HttpCodes).filter(([k]) => Number.isNaN(Number(k))));
    expect(Shim.HttpCodes).toEqual(real);
  });

  it('recognises the real client’s errors with instanceof, and only those', () => {
    expect(new Real.HttpClientError('x', 404) instanceof Shim.HttpClientError).toBe(true);
    expect(new Shim.HttpClientError('x', 404) instanceof Shim.HttpClientError).toBe(true);
    expect(new Error('x') instanceof Shim.HttpClientError).toBe(false);
    expect({ name: 'HttpClientError' } instanceof Shim.HttpClientError).toBe(false);
  });

  it('offers every client method @actions/cache calls', () => {
    const client = new Shim.HttpClient('ua');
    for (const method of ['get', 'post', 'getJson', 'postJson', 'request', 'sendStream', 'dispose'] as const) expect(typeof client[method]).toBe('function');
    expect(() => client.dispose()).not.toThrow(); // before the real client is loaded
  });
});
