import picomatch from 'picomatch';

/** A set of path globs (relative to the repository root, forward slashes; a leading `./` is ignored). */
export interface PathMatcher {
  readonly globs: readonly string[];
  matches(file: string): boolean;
}

export function pathMatcher(globs: readonly string[]): PathMatcher {
  const compiled = globs.map((g) => picomatch(g.replace(/^\.\//, ''), { dot: true }));
  return {
    globs,
    matches: (file) => {
      const f = file.replace(/^\.\//, '');
      return compiled.some((m) => m(f));
    },
  };
}
