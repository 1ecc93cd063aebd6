/**
 * A copy of a string that holds no reference to the text it was cut from.
 *
 * V8 represents `text.slice(a, b)` (and the substrings a parser cuts out of a file) as a view into the whole text, and
 * a string built with `+` or a template literal as a pair of its parts. Such a string, kept in a cache shared across
 * files or in a finding kept until the report, keeps the whole file it came from alive: measured on the corpus, the
 * expression and `uses:` caches and the findings' messages held on to most of the 13 MB of workflow text until the end
 * of the scan. Whatever outlives the file it came from goes through this first.
 *
 * `' ' + s` is a new two-part string; slicing it makes V8 flatten it into a fresh sequential string (a copy of `s`
 * with one space in front), and the result is a view into that copy only.
 */
export function ownString(s: string): string {
  return s.length === 0 ? '' : (' ' + s).slice(1);
}
