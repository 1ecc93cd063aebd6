/** Validation errors of hand-written YAML files; free of parser imports so entry points can catch them cheaply. */
export interface ValidationIssue {
  file: string;
  line: number;
  column: number;
  /** Dotted key path, e.g. `rules.persist-credentials.severity`. */
  key: string;
  message: string;
}

export function formatIssue(i: ValidationIssue): string {
  return `${i.file}:${i.line}:${i.column}: ${i.key ? `${i.key}: ` : ''}${i.message}`;
}

/** Every problem of a file, each with its position. Exit code 2 at the entry points. */
export class ConfigError extends Error {
  constructor(readonly issues: ValidationIssue[]) {
    super(issues.map(formatIssue).join('\n'));
    this.name = 'ConfigError';
  }
}
