// Lets a plain `node` script import the project's TypeScript sources (types stripped by @swc/core, a dev
// dependency). The hooks themselves live with the GitHub API double, which needs the same thing.
import { register } from 'node:module';

register('../test/double/ts-hooks.mjs', import.meta.url);
