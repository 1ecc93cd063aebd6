#!/usr/bin/env node
// Runs the GitHub API double on its own, for manual runs (plain node, no build step):
//
//   node test/double/serve.mjs [--port 8787] [--prefix /api/v3] [--repo acme/app]... [--scopes repo,admin:org]
//
// It prints the API URL and a token, logs each request, and serves /_double/{log,calls,violations,faults,tokens}
// for inspection and fault injection (see test/README.md). Ctrl-C stops it.
import { register } from 'node:module';

register('./ts-hooks.mjs', import.meta.url);
const { GitHubDouble } = await import('./server.ts');

function parseArgs(argv) {
  const options = { port: 0, prefix: '', repos: [], scopes: ['repo', 'admin:org', 'security_events'] };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--port') options.port = Number(value());
    else if (arg === '--prefix') options.prefix = value();
    else if (arg === '--repo') options.repos.push(value());
    else if (arg === '--scopes') options.scopes = value().split(',').filter(Boolean);
    else if (arg === '--help' || arg === '-h') {
      console.log('usage: node test/double/serve.mjs [--port N] [--prefix /api/v3] [--repo owner/name]... [--scopes a,b]');
      process.exit(0);
    } else throw new Error(`unknown argument ${arg}`);
  }
  if (options.repos.length === 0) options.repos.push('acme/app');
  return options;
}

const options = parseArgs(process.argv.slice(2));
const double = await GitHubDouble.start({
  port: options.port,
  prefix: options.prefix,
  controlApi: true,
  onRequest: (r) => console.log(`${String(r.seq).padStart(4)} ${r.method} ${r.path} -> ${r.status || 'reset'}${r.operationId ? ` [${r.operationId} #${r.call}]` : ''}${r.fault ? ` fault=${r.fault}` : ''} ${r.durationMs} ms`),
});
for (const repo of options.repos) double.state.addRepo(repo, { files: { '.github/workflows/ci.yml': 'on: push\njobs: {}\n' } });
const token = double.state.addToken({ scopes: options.scopes }).token;
console.log(`GitHub API double listening on ${double.url}`);
console.log(`token: ${token}`);
console.log(`repositories: ${options.repos.join(', ')}`);
console.log(`try: curl -H "Authorization: token ${token}" ${double.url}/rate_limit`);

const stop = async () => {
  await double.stop();
  const violations = double.takeViolations();
  if (violations.length) console.log(`contract violations:\n${violations.map((v) => `  [${v.kind}] ${v.operationId ?? ''} ${v.method} ${v.path}: ${v.message}`).join('\n')}`);
  process.exit(violations.length ? 1 : 0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
