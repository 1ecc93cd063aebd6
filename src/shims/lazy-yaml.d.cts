/** See lazy-yaml.cjs. */
import type * as Yaml from 'yaml';

export declare function loadYaml(): typeof Yaml;
