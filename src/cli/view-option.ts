import type {ViewName} from '../model.js'
import {UsageError} from './io.js'

/**
 * Check a `--view` value.
 *
 * @param value
 *   The option as parsed.
 * @returns
 *   The view (default `published`).
 */
export function viewOption(value: unknown): ViewName {
  if (value === undefined) return 'published'
  if (value === 'published' || value === 'upstream') return value
  throw new UsageError('`--view` must be `published` or `upstream`')
}
