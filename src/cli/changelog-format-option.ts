import {UsageError} from './io.js'

/** Output formats of the changelog commands (`diff`, `views`, `changelog`). */
export type ChangelogFormat = 'markdown' | 'json'

/**
 * Check a `--format` value of a changelog command.
 *
 * @param value
 *   The option as parsed.
 * @returns
 *   The format (default `markdown`).
 */
export function changelogFormatOption(value: unknown): ChangelogFormat {
  if (value === undefined) return 'markdown'
  if (value === 'markdown' || value === 'json') return value
  throw new UsageError('`--format` must be `markdown` or `json`')
}
