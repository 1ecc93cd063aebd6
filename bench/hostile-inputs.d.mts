/** Types of hostile-inputs.mjs (plain JS, shared by the benchmark and the tests). */
export interface HostileInput {
  name: string;
  description: string;
  /** The file: text, or raw bytes (invalid UTF-8). `scale` 1 is the benchmark's size. */
  make(scale: number): string | Uint8Array;
}

export declare const BUDGETS: { maxBytes: number; maxNodes: number; maxDepth: number; maxLineLength: number };
export declare const HOSTILE_INPUTS: readonly HostileInput[];
export declare function hostileInput(name: string, scale?: number): string | Uint8Array;
