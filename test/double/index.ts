/** The GitHub API double for tests: see test/README.md. */
export { GitHubDouble, GRAPHQL, type DoubleOptions, type RequestRecord } from './server.js';
export { GraphqlEndpoint, BLOB_TEXT_LIMIT, blobText } from './graphql.js';
export { faults, type Fault, type FaultRule, type CallSelector } from './faults.js';
export { Contract, type ContractViolation, type OperationSpec } from './contract.js';
export { DoubleState, type TokenRecord, type TokenOptions, type RepoRecord, type SecretScope, type RunnerScope, type AppRecord, type InstallationRecord } from './state.js';
export { ROUTES } from './routes.js';
