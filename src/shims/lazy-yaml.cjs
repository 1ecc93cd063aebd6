/**
 * Loads the `yaml` package on first use. Only the second parse path (src/workflows/yaml-fallback.ts) needs it, for
 * the rare file js-yaml rejects; importing it up front costs the bundled action ~15 ms of start-up (measured). A
 * CommonJS `require` inside a function is what the bundler (ncc) keeps lazy: an ESM import, static or
 * `createRequire`d, is either evaluated at start-up or not bundled at all.
 */
'use strict';

let yaml;

exports.loadYaml = function loadYaml() {
  if (yaml === undefined) yaml = require('yaml');
  return yaml;
};
