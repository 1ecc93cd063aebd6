/**
 * What a secret probably is, from its name (and the input it is handed to): a guess used only to grade severity.
 * Credentials that reach code, packages or cloud accounts weigh more than a coverage-upload or chat-webhook token.
 */
import { mentionsSecretsOrToken } from './expressions.js';
import type { SourceFile } from './source.js';

export type CredentialKind = 'github' | 'cloud' | 'registry' | 'signing' | 'service' | 'identifier' | 'unknown';

export interface CredentialClass {
  kind: CredentialKind;
  /** For messages: "a GitHub token", "a cloud credential" … */
  label: string;
  /** GitHub tokens, cloud, package-registry and signing credentials: whoever holds one can push, publish or deploy. */
  highValue: boolean;
}

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));

/** Reporting, notification and test services: tokens that upload results or post messages. */
const SERVICE = words(`CODECOV COVERALLS CODACY CODECLIMATE CC SONAR SONARCLOUD SONARQUBE SLACK DISCORD TEAMS TELEGRAM GITTER
  WEBHOOK MATTERMOST DEEPSOURCE CODSPEED CHROMATIC PERCY ARGOS CURRENTS CYPRESS BROWSERSTACK SAUCE LAMBDATEST SENTRY
  DATADOG HONEYCOMB BUILDPULSE TRUNK BENCHER TWITTER MASTODON BLUESKY GITGUARDIAN SNYK SOCKET`);
const CLOUD = words(`AWS AZURE ARM GCP GCLOUD GOOGLE GKE GCS CLOUDFLARE CF DIGITALOCEAN HEROKU VERCEL NETLIFY FLY KUBECONFIG
  KUBE K8S TERRAFORM TF OCI ALIYUN ALIBABA TENCENT HCLOUD HETZNER LINODE SCALEWAY S3 R2 B2 SSH DEPLOY VAULT FIREBASE
  SUPABASE RAILWAY OPENSHIFT OKTETO PULUMI ACR GKE EKS AKS`);
const REGISTRY = words(`DOCKER DOCKERHUB REGISTRY GHCR QUAY ECR NPM NODE YARN PYPI TWINE TESTPYPI CARGO CRATES CRATESIO NUGET
  MAVEN OSSRH SONATYPE CENTRAL GRADLE RUBYGEMS GEM HEX CHOCO CHOCOLATEY VSCE OVSX MARKETPLACE SNAPCRAFT HOMEBREW JFROG
  ARTIFACTORY CODEARTIFACT ANACONDA CONDA HACKAGE CPAN JSR CLOJARS PACKAGIST OPENVSX WINGET AUR FLATHUB JETBRAINS`);
const SIGNING = words(`GPG PGP SIGNING SIGN KEYSTORE CERTIFICATE CERT P12 PFX COSIGN NOTARY NOTARIZE APPLE MATCH PROVISIONING
  MINISIGN JKS`);

/**
 * Last words of names that hold identifiers kept as secrets by habit, not credentials: `AZURE_CLIENT_ID`,
 * `AWS_ACCESS_KEY_ID` (its pair, the secret key, is the credential), `DOCKER_USERNAME`, `SSH_KNOWN_HOSTS` …
 */
const IDENTIFIER_LAST = words(`ID IDS USER USERNAME LOGIN EMAIL TENANT SUBSCRIPTION REGION ZONE HOST HOSTS
  PORT ORG ORGANIZATION OWNER PROJECT BUCKET ENDPOINT RECIPIENT RECIPIENTS NAME CHANNEL OPTIONS ARN ROLE`);

/** Input and variable names that receive a GitHub token. */
const GITHUB_TOKEN_INPUT_RE = /^(?:github[-_]?token|gh[-_]?token|token|repo[-_]?token|github[-_]?pat|pat|personal[-_]access[-_]token|GITHUB_TOKEN|GH_TOKEN|GH_PAT)$/i;

function isGithubName(w: string[]): boolean {
  const has = (x: string) => w.includes(x);
  return (
    has('PAT') ||
    (has('PERSONAL') && has('ACCESS')) ||
    ((has('GH') || has('GITHUB')) && (has('TOKEN') || has('KEY') || has('PEM'))) ||
    (has('APP') && (has('PRIVATE') || has('PEM')))
  );
}

/** Classifies a secret by its name; `receiver` is the input or environment variable it is handed to, if any. */
export function classifySecret(name: string, receiver?: string): CredentialClass {
  const w = name.toUpperCase().split(/[^A-Z0-9]+/).filter(Boolean);
  const any = (set: ReadonlySet<string>) => w.some((x) => set.has(x));
  const last = w[w.length - 1];
  if (last !== undefined && IDENTIFIER_LAST.has(last)) return { kind: 'identifier', label: 'an identifier', highValue: false };
  if (any(SERVICE)) return { kind: 'service', label: 'a service token', highValue: false };
  if (isGithubName(w)) return { kind: 'github', label: 'a GitHub token', highValue: true };
  if (any(CLOUD)) return { kind: 'cloud', label: 'a cloud or deployment credential', highValue: true };
  if (any(REGISTRY)) return { kind: 'registry', label: 'a package-registry credential', highValue: true };
  if (any(SIGNING)) return { kind: 'signing', label: 'a signing key', highValue: true };
  if (receiver !== undefined && GITHUB_TOKEN_INPUT_RE.test(receiver)) return { kind: 'github', label: 'a GitHub token', highValue: true };
  return { kind: 'unknown', label: 'a secret', highValue: false };
}

/**
 * Secrets whose value the expression (the text inside `${{ }}`) carries, except the GITHUB_TOKEN (judged on its own)
 * and identifiers kept as secrets (`AZURE_CLIENT_ID`, `DOCKER_USERNAME` …), which grant nothing on their own.
 */
export function credentialSecretsIn(file: SourceFile, inner: string): string[] {
  if (!mentionsSecretsOrToken(inner)) return [];
  return file.expressions.analyse(inner).valueSecrets.filter((n) => n.toUpperCase() !== 'GITHUB_TOKEN' && classifySecret(n).kind !== 'identifier');
}
