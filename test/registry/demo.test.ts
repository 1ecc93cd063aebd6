import path from 'node:path';
import { REGISTRY_RULE_META } from '../../src/registry/rules/index.js';
import { PROJECT_ROOT } from '../helpers.js';
import { scanRepo } from './repo.js';

describe('the demo repository registry (examples/demo-repo/.github/token-scope-map.yml)', () => {
  const { found, result } = scanRepo(path.join(PROJECT_ROOT, 'examples', 'demo-repo'));

  it('trips each registry rule exactly once', () => {
    expect(result.ruleFailures).toEqual([]);
    const counts = Object.fromEntries(REGISTRY_RULE_META.map((m) => [m.id, found.filter((f) => f.startsWith(`${m.id} `)).length]));
    expect(counts).toEqual(Object.fromEntries(REGISTRY_RULE_META.map((m) => [m.id, 1])));
  });

  it('at the places its comments point to', () => {
    expect(found).toEqual([
      'stale-registry-entry .github/token-scope-map.yml:21',
      'registry-lifetime-exceeded .github/token-scope-map.yml:43',
      'registry-broad-classic-pat .github/token-scope-map.yml:52',
      'registry-missing-owner .github/token-scope-map.yml:58',
      'registry-missing-expiry .github/token-scope-map.yml:69',
      'registry-missing-reason .github/token-scope-map.yml:85',
      'pasted-secret-in-registry .github/token-scope-map.yml:88',
      'default-token-policy .github/workflows/pr-target.yml:8',
      'secret-outside-scope .github/workflows/release.yml:14',
      'unregistered-secret .github/workflows/release.yml:31',
    ]);
  });
});
