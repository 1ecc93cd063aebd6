/**
 * The renewal jobs for the action and the CLI: keep a runner registration token fresh (`runRunnerToken`) and rotate
 * generated secrets (`runRotate`). Build the client with `createRenewalClient` (the jobs retry; the client must not),
 * pass a `mask` that registers values with the log masker (core.setSecret), and a state store to keep metrics and the
 * rotation history between runs (`FileRenewalStateStore`, or any `RenewalStateStore`).
 */
export { runRunnerToken, runnerStateKey, permissionMessage, type RunnerTokenOptions, type RunnerTokenResult, type StoreSecretOptions, type JitOptions } from './runner-token.js';
export { runRotate, type RotateOptions, type RotateResult } from './rotate.js';
export { createRenewalClient, githubRenewalApi, type RenewalApi } from './github-api.js';
export { FileRenewalStateStore } from './state-file.js';
export { MemoryRenewalStateStore, describeRun, parseRenewalState, serializeRenewalState, type RenewalState, type RenewalStateStore, type RunnerTokenMetrics, type RotationEvent } from './state.js';
export { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry.js';
export { DEFAULT_ALERT_AFTER, DEFAULT_THRESHOLD_MS, type RunnerScope } from './runner-policy.js';
export { parseDuration, formatDuration } from './duration.js';
export { RENEWAL_RULE_META } from './rules.js';
