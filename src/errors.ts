/** A bad flag, an unreadable path or an invalid config file: exit code 2, one clear message. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
