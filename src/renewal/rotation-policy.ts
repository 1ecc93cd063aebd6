/** Which generated secrets are due for rotation: pure, from the registry's rules, the secrets' `updated_at` and a clock. */
import type { RegistryToken, RotationRule } from '../registry/types.js';
import { entropyBits } from './generate.js';

const DAY_MS = 86_400_000;

export type RotationReason = 'forced' | 'missing' | 'too-old' | 'fresh';

export interface RotationPlanEntry {
  /** The secret (the registry entry's name, as written). */
  name: string;
  rule: RotationRule;
  due: boolean;
  reason: RotationReason;
  /** Why, in words (dates, ages; never a value). */
  detail: string;
  /** The secret's `updated_at`; absent when it does not exist. */
  updatedAt?: string;
  /** Whole days since `updatedAt`. */
  ageDays?: number;
  /** When it falls due (`updatedAt + max-age-days`). */
  dueAt?: string;
}

export interface ForceSelection {
  all?: boolean;
  /** Secret names (case-insensitive, as GitHub's). */
  names?: readonly string[];
}

/** `api-key: sk_ + 40 characters (202 random bits)`: what a rule generates, for plans and logs. */
export function describeGenerated(rule: RotationRule): string {
  const g = rule.generate;
  return `${g.type}: ${g.prefix ? `${g.prefix} + ` : ''}${g.length} characters (${entropyBits(g.type, g.length)} random bits)`;
}

/**
 * One entry per token with a rotation rule, in registry order. Due when forced, when GitHub has no such secret (it is
 * created), or when the secret is at least `max-age-days` old.
 */
export function rotationPlan(tokens: readonly RegistryToken[], updatedAt: ReadonlyMap<string, string>, nowMs: number, force: ForceSelection = {}): RotationPlanEntry[] {
  const forced = new Set((force.names ?? []).map((n) => n.toUpperCase()));
  const plan: RotationPlanEntry[] = [];
  for (const token of tokens) {
    const rule = token.rotation;
    if (!rule) continue;
    const updated = updatedAt.get(token.key);
    const base = { name: token.name, rule, ...(updated ? { updatedAt: updated } : {}) };
    const ageMs = updated ? nowMs - Date.parse(updated) : undefined;
    const ageDays = ageMs === undefined ? undefined : Math.floor(ageMs / DAY_MS);
    const dueAt = updated ? new Date(Date.parse(updated) + rule.maxAgeDays * DAY_MS).toISOString() : undefined;
    const facts = { ...(ageDays !== undefined ? { ageDays } : {}), ...(dueAt ? { dueAt } : {}) };
    const age = updated ? `updated ${updated.slice(0, 10)}, ${ageDays} day(s) ago` : '';
    if (force.all || forced.has(token.key)) {
      plan.push({ ...base, ...facts, due: true, reason: 'forced', detail: `forced${age ? ` (${age})` : ''}` });
    } else if (!updated) {
      plan.push({ ...base, due: true, reason: 'missing', detail: 'no Actions secret of this name yet: it is created' });
    } else if (ageMs! >= rule.maxAgeDays * DAY_MS) {
      plan.push({ ...base, ...facts, due: true, reason: 'too-old', detail: `${age}: at least max-age-days ${rule.maxAgeDays}` });
    } else {
      plan.push({ ...base, ...facts, due: false, reason: 'fresh', detail: `${age}; due ${dueAt!.slice(0, 10)} (max-age-days ${rule.maxAgeDays})` });
    }
  }
  return plan;
}
