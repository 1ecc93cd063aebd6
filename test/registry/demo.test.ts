import path from 'node:path';
import { ONLINE_ONLY_RULE_IDS, REGISTRY_RULE_META } from '../../src/registry/rules/index.js';
import { PROJECT_ROOT } from '../helpers.js';
import { scanRepo } from './repo.js';

describe('the demo repository registry (examples/demo-repo/.github/token-scope-map.yml)', () => {
  // The date its comments judge expiry by (token-expired and token-expiring need a clock).
  const { found, result } = scanRepo(path.join(PROJECT_ROOT, 'examples', 'demo-repo'), { now: new Date('2026-12-01T00:00:00Z') });

  it('trips each registry rule exactly once (the online-only ones never: no source runs here)', () => {
    expect(result.ruleFailures).toEqual([]);
    const counts = Object.fromEntries(REGISTRY_RULE_META.map((m) => [m.id, found.filter((f) => f.startsWith(`${m.id} `)).length]));
    expect(counts).toEqual(Object.fromEntries(REGISTRY_RULE_META.map((m) => [m.id, ONLINE_ONLY_RULE_IDS.has(m.id) ? 0 : 1])));
  });

  it('at the places its comments point to', () => {
    expect(found).toEqual([
      'stale-registry-entry .github/token-scope-map.yml:21',
      // expiry findings sit at the token's name (registry-lifetime-exceeded, now token-lifetime-exceeded, sat at max-age-days)
      'token-expired .github/token-scope-map.yml:33',
      'token-lifetime-exceeded .github/token-scope-map.yml:33',
      'registry-broad-classic-pat .github/token-scope-map.yml:52',
      'token-expiring .github/token-scope-map.yml:58',
      'registry-missing-owner .github/token-scope-map.yml:58',
      'registry-missing-expiry .github/token-scope-map.yml:69',
      'registry-missing-reason .github/token-scope-map.yml:85',
      'pasted-secret-in-registry .github/token-scope-map.yml:88',
      'token-expiry-unknown .github/token-scope-map.yml:91',
      'app-token-permissions .github/workflows/app-token.yml:25',
      'default-token-policy .github/workflows/pr-target.yml:8',
      'secret-outside-scope .github/workflows/release.yml:14',
      'unregistered-secret .github/workflows/release.yml:31',
    ]);
  });
});
