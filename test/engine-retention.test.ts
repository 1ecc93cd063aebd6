/**
 * A scan keeps nothing of a file's text once the file is done, except what the report needs. Strings cut from a file
 * (a `uses:` value, an expression, a finding's message built from them) are views into the whole text in V8; kept in
 * a cache shared across files or in a finding, they would keep every file alive until the end of the scan. Measured
 * with the heap after a full garbage collection, with the findings still held: the files' text (24 MB here) must not
 * be in it.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { scan, type ScanInput } from '../src/engine.js';
import { ownString } from '../src/model/own-string.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function heapAfterGc(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

/** A workflow whose `uses:`, expressions and findings are unique to it, padded with 1 MB of comment. */
function workflow(i: number): ScanInput {
  const padding = `# ${'x'.repeat(98)}\n`.repeat(10_000);
  const text = `${padding}on: pull_request_target
jobs:
  build-${i}:
    runs-on: ubuntu-latest
    steps:
      - uses: some-owner-${i}/some-action@v${i}
        with:
          token: \${{ secrets.TOKEN_NUMBER_${i} }}
      - uses: actions/checkout@v4
        with:
          ref: \${{ github.event.pull_request.head.sha }}
      - run: echo "\${{ github.event.pull_request.title }} ${i}"
`;
  return { path: `.github/workflows/w${i}.yml`, text };
}

describe('retention of file text', () => {
  it('ownString gives an equal string', () => {
    const text = 'a'.repeat(100) + 'the part we keep' + 'b'.repeat(100);
    expect(ownString(text.slice(100, 116))).toBe('the part we keep');
    expect(ownString('')).toBe('');
  });

  it('a scan of 24 files of 1 MB keeps a fraction of one of them once it is done (findings held)', () => {
    scan([workflow(1000)]); // loads and compiles what a first scan needs, outside the measurement
    const files = Array.from({ length: 24 }, (_, i) => workflow(i));
    const bytes = files.reduce((a, f) => a + f.text.length, 0);
    const before = heapAfterGc();
    const result = scan(
      (function* () {
        // Files are handed over one at a time and dropped, as the CLI reads them.
        for (let i = 0; i < files.length; i++) {
          const f = files[i]!;
          files[i] = { path: f.path, text: '' };
          yield f;
        }
      })(),
    );
    const after = heapAfterGc();
    expect(result.findings.length).toBeGreaterThan(24 * 3); // the findings are still held here
    expect(bytes).toBeGreaterThan(24_000_000);
    // Kept, every file would be there (24 MB, measured before the fix); what stays is the findings and the shared
    // caches' entries (0.8 MB measured), so four files' worth is a bound no retention of whole files passes.
    expect(after - before).toBeLessThan(4_000_000);
  });
});
