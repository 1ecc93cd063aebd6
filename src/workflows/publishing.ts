/**
 * Long-lived package-registry tokens used to publish where the registry accepts a short-lived token minted from the
 * job's OIDC identity instead ("trusted publishing"): PyPI, npm, crates.io, RubyGems and NuGet. Shared by the
 * `trusted-publishing` rule and the registry tie-in (which registered tokens OIDC could replace). Pure; memoised.
 *
 * A credential counts when it reaches a step that publishes to one of those registries:
 * - an input of a known publishing action (`password:` of pypa/gh-action-pypi-publish, `api-token:` of
 *   rubygems/configure-rubygems-credentials, `registry-token:` of katyo/publish-crates, `token:` of JS-DevTools/npm-publish);
 * - an environment variable (step, job or workflow `env:`) set from a secret, that the publishing tool reads
 *   (`NODE_AUTH_TOKEN`, `TWINE_PASSWORD`, `CARGO_REGISTRY_TOKEN`, `GEM_HOST_API_KEY` …) or that the publishing script
 *   passes itself (`--password "$PYPI_TOKEN"`), when the secret's name says which registry it is for;
 * - a secret written inline on the publish command line or on a line of the job that stores the registry credential
 *   (`//registry.npmjs.org/:_authToken=…`, `poetry config pypi-token.pypi …`, `cargo login …`).
 * An upload aimed at another index (a `--registry`/`--repository-url`/`--source` or action input naming another host,
 * `actions/setup-node` with another `registry-url`) is left alone: trusted publishing is the registry's feature.
 */
import type { SourceFile } from './source.js';
import { stepGroups, usesAction, withInput, type StepRef } from './model.js';
import { entrySpan, isMap, valueSpan, type Span } from './yaml.js';
import { envCarrying, labelsInValue, lowerIndex, referencedVariables, scriptLineSpan, type EnvCarrying } from './script-sinks.js';
import { findExpressions } from './expressions.js';
import { credentialSecretsIn } from './secret-kinds.js';
import type { PathSegment } from './paths.js';

export type OidcRegistry = 'PyPI' | 'npm' | 'crates.io' | 'RubyGems' | 'NuGet';

interface RegistryDef {
  name: OidcRegistry;
  /** A `run:` line that publishes there. */
  command: RegExp;
  /** Text `command` cannot match without (one of these): a cheap test first, most scripts have none. */
  commandWords: readonly string[];
  /** Environment variables the publishing tools read the token from. */
  tokenEnv: RegExp;
  /** Secret names that say they are this registry's token (for variables a script passes on itself). */
  secretName: RegExp;
  /** A line that stores the credential for a later publish (needs a publish in the job). */
  config?: RegExp;
  /** Hosts of the registry's upload endpoint; another URL on the publish line or in `urlEnv` means another index. */
  hosts: RegExp;
  /** Environment variables holding the upload URL. */
  urlEnv?: RegExp;
  /** What to do instead. */
  hint: string;
}

export const OIDC_REGISTRIES: readonly RegistryDef[] = [
  {
    name: 'PyPI',
    command: /\btwine\s+upload\b|\buv\s+publish\b|\bpoetry\s+publish\b|\bhatch\s+publish\b|\bflit\s+publish\b|\bpdm\s+publish\b|\bmaturin\s+(?:upload|publish)\b/,
    commandWords: ['upload', 'publish'],
    tokenEnv: /^(?:TWINE_PASSWORD|UV_PUBLISH_TOKEN|UV_PUBLISH_PASSWORD|POETRY_PYPI_TOKEN_\w+|POETRY_HTTP_BASIC_\w+_PASSWORD|HATCH_INDEX_AUTH|FLIT_PASSWORD|PDM_PUBLISH_PASSWORD|MATURIN_PYPI_TOKEN|MATURIN_PASSWORD)$/i,
    secretName: /PYPI/i,
    config: /\bpoetry\s+config\s+(?:pypi-token|http-basic)\.|\.pypirc\b/,
    hosts: /(?:upload|test)\.pypi\.org|\bpypi\.org/,
    urlEnv: /^(?:TWINE_REPOSITORY_URL|UV_PUBLISH_URL|PDM_PUBLISH_REPO|MATURIN_REPOSITORY_URL|FLIT_INDEX_URL)$/i,
    hint: 'configure a trusted publisher for this workflow on PyPI, grant the job `id-token: write` and drop the password (pypa/gh-action-pypi-publish, `uv publish` and `twine` through the action mint the upload token themselves)',
  },
  {
    name: 'npm',
    command: /\b(?:npm|pnpm|pn|yarn|bun)\s+(?:(?!run\b|install\b|ci\b)[^\n;&|])*?\bpublish\b|\bsemantic-release\b|\bchangeset\s+publish\b|\blerna\s+publish\b/,
    commandWords: ['publish', 'semantic-release'],
    tokenEnv: /^(?:NODE_AUTH_TOKEN|NPM_TOKEN|NPM_AUTH_TOKEN|NPM_CONFIG_TOKEN|NPM_PUBLISH_TOKEN|YARN_NPM_AUTH_TOKEN|NPM_CONFIG__AUTHTOKEN|npm_config__authToken)$/i,
    secretName: /NPM/i,
    config: /\/\/registry\.npmjs\.org\/:_authToken|\bnpmAuthToken\b/,
    hosts: /registry\.npmjs\.org/,
    hint: 'configure the package\'s trusted publisher on npmjs.com, grant the job `id-token: write` and publish with npm 11.5.1 or later without NODE_AUTH_TOKEN (the CLI exchanges the OIDC token itself, and adds provenance)',
  },
  {
    name: 'crates.io',
    command: /\bcargo\s+(?:\+\S+\s+)?(?:publish|release|workspaces\s+publish|smart-release)\b|\bcargo-(?:release|smart-release|workspaces)\b/,
    commandWords: ['cargo'],
    tokenEnv: /^(?:CARGO_REGISTRY_TOKEN|CARGO_REGISTRIES_CRATES_IO_TOKEN)$/i,
    secretName: /CARGO|CRATES/i,
    config: /\bcargo\s+login\b/,
    hosts: /crates\.io/,
    hint: 'configure a trusted publisher for the crate on crates.io, grant the job `id-token: write` and take CARGO_REGISTRY_TOKEN from rust-lang/crates-io-auth-action, which mints a 30-minute token',
  },
  {
    name: 'RubyGems',
    command: /\bgem\s+push\b|\brake\s+release\b|\bgem\s+release\b/,
    commandWords: ['gem', 'rake'],
    tokenEnv: /^(?:GEM_HOST_API_KEY|RUBYGEMS_API_KEY|RUBYGEMS_AUTH_TOKEN)$/i,
    secretName: /RUBYGEMS|\bGEM/i,
    config: /rubygems_api_key|\.gem\/credentials/,
    hosts: /rubygems\.org/,
    hint: 'configure a trusted publisher for the gem on rubygems.org, grant the job `id-token: write` and use rubygems/release-gem (or configure-rubygems-credentials without `api-token`)',
  },
  {
    name: 'NuGet',
    command: /\b(?:dotnet\s+)?nuget\s+push\b/,
    commandWords: ['nuget'],
    tokenEnv: /^(?:NUGET_API_KEY|NUGET_AUTH_TOKEN|NUGET_KEY|NUGET_TOKEN)$/i,
    secretName: /NUGET/i,
    hosts: /(?:api\.)?nuget\.org/,
    hint: 'configure a trusted publishing policy on nuget.org, grant the job `id-token: write` and take the API key from NuGet/login, which exchanges the OIDC token for a short-lived one',
  },
];

/** Publishing actions, the registry they publish to, the input holding the credential, and inputs naming the index. */
const ACTIONS: ReadonlyArray<{ action: string; registry: OidcRegistry; input?: string; urlInputs?: string[]; needsInput?: string }> = [
  { action: 'pypa/gh-action-pypi-publish', registry: 'PyPI', input: 'password', urlInputs: ['repository-url', 'repository_url'] },
  { action: 'pyo3/maturin-action', registry: 'PyPI', needsInput: 'command' },
  { action: 'rubygems/configure-rubygems-credentials', registry: 'RubyGems', input: 'api-token', urlInputs: ['gem-server'] },
  { action: 'rubygems/release-gem', registry: 'RubyGems' },
  { action: 'katyo/publish-crates', registry: 'crates.io', input: 'registry-token' },
  { action: 'js-devtools/npm-publish', registry: 'npm', input: 'token', urlInputs: ['registry'] },
  { action: 'changesets/action', registry: 'npm', needsInput: 'publish' },
  { action: 'cycjimmy/semantic-release-action', registry: 'npm' },
];

export interface PublishCredential {
  registry: OidcRegistry;
  /** Secret names (as written) the credential comes from. */
  secrets: string[];
  /** For messages: where it is ("`password:` of pypa/gh-action-pypi-publish", "NODE_AUTH_TOKEN"). */
  how: string;
  span: Span;
  path: PathSegment[];
  /** The step that publishes with it. */
  step: StepRef;
  /** Trusted publishing switched off explicitly (the key comes from elsewhere: `secrets` is empty). */
  optOut?: boolean;
  related: Array<{ message: string; span: Span }>;
}

const defOf = (name: OidcRegistry): RegistryDef => OIDC_REGISTRIES.find((d) => d.name === name)!;

/** Whether the text holds a command that publishes to the registry. */
function publishesTo(def: RegistryDef, text: string): boolean {
  return def.commandWords.some((w) => text.includes(w)) && def.command.test(text);
}

/** Secrets a string value carries (GITHUB_TOKEN and identifiers excepted). */
function secretsOf(file: SourceFile, value: unknown): string[] {
  return typeof value === 'string' && value.includes('${{') ? labelsInValue(value, (inner) => credentialSecretsIn(file, inner)) : [];
}

const URL_RE = /\bhttps?:\/\/[^\s'"`]+/g;

/** The line or value names another index than the registry's own. */
function aimsElsewhere(def: RegistryDef, text: string): boolean {
  if (def.name === 'npm' && /--registry[= ]\s*(?!\S*registry\.npmjs\.org)\S/.test(text)) return true;
  if (def.name === 'crates.io' && /--(?:registry|index)\b/.test(text)) return true;
  if (def.name === 'PyPI' && /(?:^|\s)(?:-r|--repository)\s+(?!pypi\b|testpypi\b)[\w-]+/.test(text)) return true;
  const urls = text.match(URL_RE) ?? [];
  return urls.some((u) => !def.hosts.test(u) && !u.includes('${{'));
}

/** Where an environment variable visible to a step is set: the step's, the job's or the workflow's `env:`. */
function envEntry(file: SourceFile, step: StepRef, name: string): { span: Span; path: PathSegment[]; level: string } | undefined {
  const layers: Array<[unknown, PathSegment[], string]> = [
    [step.step.env, [...step.path, 'env'], 'step'],
    [step.job?.job.env, step.job ? [...step.job.path, 'env'] : [], 'job'],
    [file.kind === 'workflow' ? file.root.env : undefined, ['env'], 'workflow'],
  ];
  for (const [env, path, level] of layers) {
    if (isMap(env) && Object.prototype.hasOwnProperty.call(env, name)) return { span: entrySpan(env, name)!, path: [...path, name], level };
  }
  return undefined;
}

/** Variables (step, job, workflow `env:`) that name an upload URL or feed. */
const URL_VAR_RE = /URL|FEED|REGISTRY|INDEX|SOURCE|REPO/i;

/** A variable visible to the step names an upload endpoint on another host (a private feed, a mirror). */
function envAimsElsewhere(file: SourceFile, step: StepRef, def: RegistryDef): boolean {
  if (layerAimsElsewhere(step.step.env, def)) return true;
  // The job's and the workflow's `env:` are the same for every step of the job: judged once per job and registry.
  let memo = file.memo.get(AIMS_MEMO) as Map<string, boolean> | undefined;
  if (!memo) file.memo.set(AIMS_MEMO, (memo = new Map()));
  const key = `${step.job?.id ?? ''}\u0000${def.name}`;
  let shared = memo.get(key);
  if (shared === undefined) {
    shared = layerAimsElsewhere(step.job?.job.env, def) || layerAimsElsewhere(file.kind === 'workflow' ? file.root.env : undefined, def);
    memo.set(key, shared);
  }
  return shared;
}

const AIMS_MEMO = Symbol('envAimsElsewhere');

function layerAimsElsewhere(env: unknown, def: RegistryDef): boolean {
  if (!isMap(env)) return false;
  for (const name of Object.keys(env)) {
    const value = env[name];
    if (typeof value !== 'string' || !(def.urlEnv?.test(name) || URL_VAR_RE.test(name))) continue;
    if ((value.match(URL_RE) ?? []).some((u) => !def.hosts.test(u))) return true;
  }
  return false;
}

/** The variables named as a registry's token variable, per carrying map and registry. */
const TOKEN_ENV = new WeakMap<EnvCarrying, Map<OidcRegistry, Array<[string, readonly string[]]>>>();

function tokenEnvOf(env: EnvCarrying, def: RegistryDef): Array<[string, readonly string[]]> {
  let byRegistry = TOKEN_ENV.get(env);
  if (!byRegistry) TOKEN_ENV.set(env, (byRegistry = new Map()));
  let list = byRegistry.get(def.name);
  if (!list) {
    list = [...env].filter(([name]) => def.tokenEnv.test(name));
    byRegistry.set(def.name, list);
  }
  return list;
}

/** `actions/setup-node` earlier in the job: the registry its .npmrc points NODE_AUTH_TOKEN at. */
function setupNodeBefore(group: readonly StepRef[], step: StepRef): StepRef | undefined {
  return [...group].reverse().find((s) => s.index < step.index && usesAction(s.step, 'actions/setup-node') && typeof withInput(s.step, 'registry-url') === 'string');
}

interface Collector {
  file: SourceFile;
  out: PublishCredential[];
  seen: Set<string>;
}

function add(c: Collector, cred: PublishCredential): void {
  const key = `${cred.registry}\u0000${cred.span[0]}`;
  if (c.seen.has(key) || (cred.secrets.length === 0 && !cred.optOut)) return;
  c.seen.add(key);
  c.out.push(cred);
}

const usesText = (step: StepRef): string => String(step.step.uses ?? '').trim().split('@')[0]!;

/** A known publishing action: its credential input, and the variables its environment hands it. */
function checkAction(c: Collector, step: StepRef): void {
  const s = step.step;
  const a = ACTIONS.find((x) => usesAction(s, x.action));
  if (!a) return;
  if (a.needsInput && withInput(s, a.needsInput) === undefined) return;
  if (a.action === 'pyo3/maturin-action' && !/^(?:upload|publish)$/.test(String(withInput(s, 'command') ?? '').trim())) return;
  const def = defOf(a.registry);
  const w = isMap(s.with) ? s.with : undefined;
  for (const url of a.urlInputs ?? []) {
    const v = w?.[url];
    if (typeof v === 'string' && v.trim() && (v.includes('${{') || !def.hosts.test(v))) return;
  }
  if (a.action === 'rubygems/release-gem') {
    const v = withInput(s, 'setup-trusted-publisher');
    if (v === false || (typeof v === 'string' && v.trim().toLowerCase() === 'false')) {
      add(c, { registry: 'RubyGems', secrets: [], optOut: true, how: '`setup-trusted-publisher: false` of rubygems/release-gem', span: entrySpan(w!, 'setup-trusted-publisher')!, path: [...step.path, 'with', 'setup-trusted-publisher'], step, related: [] });
    }
  }
  if (a.input && w && Object.prototype.hasOwnProperty.call(w, a.input)) {
    const secrets = secretsOf(c.file, w[a.input]);
    add(c, { registry: a.registry, secrets, how: `\`${a.input}:\` of ${usesText(step)}`, span: entrySpan(w, a.input)!, path: [...step.path, 'with', a.input], step, related: [] });
  }
  for (const [name, secrets] of envCarrying(c.file, step, 'publish-credentials', (v) => secretsOf(c.file, v))) {
    if (!def.tokenEnv.test(name)) continue;
    const entry = envEntry(c.file, step, name);
    if (entry) add(c, { registry: a.registry, secrets: [...secrets], how: `${name} for ${usesText(step)}`, span: entry.span, path: entry.path, step, related: [] });
  }
}

/** A `run:` script that publishes: variables it reads a token from, and secrets written on the publish line. */
function checkRun(c: Collector, step: StepRef, group: readonly StepRef[]): void {
  const run = step.step.run;
  if (typeof run !== 'string') return;
  // Most scripts publish nothing: a command pattern that finds nothing in the whole script finds nothing on a line.
  const publishing = OIDC_REGISTRIES.filter((def) => publishesTo(def, run));
  if (publishing.length === 0) return;
  const lines = run.split('\n');
  const env = envCarrying(c.file, step, 'publish-credentials', (v) => secretsOf(c.file, v));
  for (const def of publishing) {
    const publishLines = lines.map((l, i) => [l, i] as const).filter(([l]) => def.command.test(l));
    if (publishLines.length === 0) continue;
    const publishText = publishLines.map(([l]) => l).join('\n');
    if (aimsElsewhere(def, publishText) || envAimsElsewhere(c.file, step, def)) continue;
    // NuGet's push source defaults to whatever the config names: without nuget.org on the line, only a secret that
    // says it is a NuGet key tells where it goes.
    const explicitHost = def.hosts.test(publishText);
    const related: PublishCredential['related'] = [];
    if (def.name === 'npm') {
      const setup = setupNodeBefore(group, step);
      if (setup) {
        const url = String(withInput(setup.step, 'registry-url'));
        if (!def.hosts.test(url)) continue; // .npmrc points the token at another registry
        related.push({ message: 'actions/setup-node writes an .npmrc that sends NODE_AUTH_TOKEN to registry.npmjs.org', span: valueSpan(setup.step, 'uses')! });
      }
    }
    const runSpan = valueSpan(step.step, 'run')!;
    const [firstLine, firstIndex] = publishLines[0]!;
    const publishSpan = scriptLineSpan(c.file, runSpan, run, firstIndex);
    // The variables that can matter: those named as this registry's token, and those the script reads (looked up by
    // name, so the work does not grow with every variable of the job for every step).
    const read = referencedVariables(run);
    const candidates = new Map(tokenEnvOf(env, def));
    for (const name of read) for (const [n, secrets] of lowerIndex(env).get(name) ?? []) candidates.set(n, secrets);
    for (const [name, secrets] of candidates) {
      const referenced = read.has(name.toLowerCase());
      const byName = def.tokenEnv.test(name) || (referenced && secrets.some((s) => def.secretName.test(s)));
      if (!byName || (def.name === 'NuGet' && !explicitHost && !secrets.some((s) => def.secretName.test(s)))) continue;
      const entry = envEntry(c.file, step, name);
      if (!entry) continue;
      const rel = entry.level === 'step' ? related : [...related, { message: `\`${firstLine.trim().slice(0, 60)}\` publishes with it`, span: publishSpan }];
      add(c, { registry: def.name, secrets: [...secrets], how: name, span: entry.span, path: entry.path, step, related: rel });
    }
    for (const [line, i] of publishLines) {
      const secrets = findExpressions(line)
        .flatMap((e) => credentialSecretsIn(c.file, e.inner))
        .filter((name) => def.name !== 'NuGet' || explicitHost || def.secretName.test(name));
      add(c, { registry: def.name, secrets, how: 'the publish command line', span: scriptLineSpan(c.file, runSpan, run, i), path: [...step.path, 'run', def.name], step, related });
    }
  }
}

/** Lines of the job's scripts that store a registry credential for a publish elsewhere in the job. */
function checkConfigLines(c: Collector, group: readonly StepRef[], publishes: ReadonlySet<OidcRegistry>): void {
  if (!OIDC_REGISTRIES.some((def) => def.config && publishes.has(def.name))) return; // the job publishes nowhere
  for (const step of group) {
    const run = step.step.run;
    if (typeof run !== 'string') continue;
    const env = envCarrying(c.file, step, 'publish-credentials', (v) => secretsOf(c.file, v));
    const index = lowerIndex(env);
    run.split('\n').forEach((line, i) => {
      for (const def of OIDC_REGISTRIES) {
        if (!def.config || !publishes.has(def.name) || !def.config.test(line)) continue;
        const inline = findExpressions(line).flatMap((e) => credentialSecretsIn(c.file, e.inner));
        const viaEnv = [...referencedVariables(line.replace(/%[^%\s]+%/g, ''))].flatMap((name) => (index.get(name) ?? []).flatMap(([, s]) => s));
        const span = scriptLineSpan(c.file, valueSpan(step.step, 'run')!, run, i);
        add(c, { registry: def.name, secrets: [...inline, ...viaEnv], how: 'a line that stores the registry credential', span, path: [...step.path, 'run', def.name, 'config'], step, related: [] });
      }
    });
  }
}

/**
 * One finding per token and job: the same secret publishing to the same registry from several places of a job (two
 * env variables, two steps) is one token to replace there (the fix — `id-token: write`, no token — is per job); the
 * later places become related locations.
 */
function mergeBySecret(list: PublishCredential[]): PublishCredential[] {
  const out: PublishCredential[] = [];
  const byKey = new Map<string, PublishCredential>();
  for (const cred of list) {
    const key = cred.optOut ? undefined : `${cred.step.job?.id ?? ''}\u0000${cred.registry}\u0000${cred.secrets.map((n) => n.toUpperCase()).sort().join(',')}`;
    const first = key ? byKey.get(key) : undefined;
    if (!first) {
      if (key) byKey.set(key, cred);
      out.push(cred);
    } else if (first.related.length < 10) first.related.push({ message: `${cred.how}: the same token`, span: cred.span });
  }
  return out;
}

const MEMO = Symbol('publishCredentials');

/** Every long-lived registry credential used to publish where trusted publishing would do, in file order. */
export function publishCredentials(file: SourceFile): PublishCredential[] {
  let found = file.memo.get(MEMO) as PublishCredential[] | undefined;
  if (found) return found;
  const c: Collector = { file, out: [], seen: new Set() };
  for (const group of stepGroups(file)) {
    for (const step of group) {
      checkAction(c, step);
      checkRun(c, step, group);
    }
    const publishes = new Set<OidcRegistry>();
    for (const step of group) {
      const run = step.step.run;
      if (typeof run === 'string') for (const def of OIDC_REGISTRIES) if (publishesTo(def, run)) publishes.add(def.name);
      const a = ACTIONS.find((x) => usesAction(step.step, x.action));
      if (a) publishes.add(a.registry);
    }
    checkConfigLines(c, group, publishes);
  }
  found = mergeBySecret(c.out.sort((a, b) => a.span[0] - b.span[0]));
  file.memo.set(MEMO, found);
  return found;
}

export function registryHint(registry: OidcRegistry): string {
  return defOf(registry).hint;
}
