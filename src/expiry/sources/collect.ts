/**
 * Runs the expiry sources and merges what they observed per token. A source that fails (after the client's retries)
 * becomes a warning note; the others still report, and the declared dates still judge every token.
 */
import type { ExpirySource, SourceContext, SourceName, SourceNote, TokenObservation } from './types.js';

export interface Collected {
  observations: Map<string, Partial<TokenObservation>>;
  notes: SourceNote[];
  /** API calls the sources made. */
  calls: number;
  /** The sources that had something to look at (made a call or observed a token), in the order given. */
  sources: SourceName[];
  /** Every source that ran. */
  ran: SourceName[];
}

function merge(into: Partial<TokenObservation>, from: Partial<TokenObservation>): void {
  if (from.evidence?.length) into.evidence = [...(into.evidence ?? []), ...from.evidence];
  if (from.notes?.length) into.notes = [...(into.notes ?? []), ...from.notes.filter((n) => !into.notes?.includes(n))];
  into.neverExpires ??= from.neverExpires;
  if (from.classicScopes && !into.classicScopes) {
    into.classicScopes = from.classicScopes;
    if (from.scopesSource) into.scopesSource = from.scopesSource;
  }
  if (from.permissions && !into.permissions) {
    into.permissions = from.permissions;
    if (from.scopesSource) into.scopesSource = from.scopesSource;
  }
  into.valueKind ??= from.valueKind;
}

export async function collectObservations(sources: readonly ExpirySource[], context: SourceContext): Promise<Collected> {
  const settled = await Promise.allSettled(sources.map((s) => s.collect(context)));
  const out: Collected = { observations: new Map(), notes: [], calls: 0, sources: [], ran: sources.map((s) => s.name) };
  settled.forEach((result, i) => {
    const source = sources[i]!;
    if (result.status === 'rejected') {
      const error = result.reason as unknown;
      out.notes.push({ source: source.name, level: 'warning', message: `the ${source.name} source failed: ${error instanceof Error ? error.message : String(error)}` });
      return;
    }
    out.calls += result.value.calls;
    if (result.value.calls > 0 || result.value.observations.size > 0) out.sources.push(source.name);
    out.notes.push(...result.value.notes);
    for (const [key, observation] of result.value.observations) {
      const into = out.observations.get(key) ?? { evidence: [], notes: [] };
      merge(into, observation);
      out.observations.set(key, into);
    }
  });
  return out;
}
