/**
 * js-yaml's CommonJS build, imported by path (its `exports` map sends ESM importers to the ESM build).
 * Same code and API; the CJS build parses about 2× faster under V8 (measured: bench/RESULTS.md), so the scanner
 * and the benchmark floor both use it.
 */
declare module '*/js-yaml/dist/js-yaml.cjs.js' {
  export * from 'js-yaml';
}
