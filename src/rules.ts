/**
 * Every diagnostic the library reports: one stable `ruleId` each, its
 * severity, and one line on what it means.
 *
 * README's "Diagnostics" list is this table; a test keeps them equal.
 */

import type {Severity} from './model.js'

/** Description of one rule. */
export interface Rule {
  /** Severity of every message of this rule. */
  severity: Severity
  /** What the rule reports, in one sentence. */
  description: string
}

export const rules = {
  // Source: metadata.
  'invalid-date': {
    severity: 'warning',
    description: '`ms.date` is not a date (`MM/DD/YYYY`); `meta.date` is `null`.'
  },
  'invalid-front-matter': {
    severity: 'warning',
    description:
      'The YAML front matter does not parse as a whole; each top-level key is read on its own, and a value that still does not parse is kept as text.'
  },
  'invalid-acom-metadata': {
    severity: 'warning',
    description: 'An ACOM `<properties>` or `<tags>` header is not closed by `/>`.'
  },
  // Source: customization comments.
  'nested-customization-comment': {
    severity: 'info',
    description:
      'A comment opens inside a `deleted by customization` comment; HTML would end both at the first `-->`, the authors meant nesting, and nesting is how it is read.'
  },
  'unterminated-deleted-marker': {
    severity: 'error',
    description:
      'A `<!-- deleted by customization` comment is never closed by `-->`; it is read as ending at the end of its line (inline) or of its block (next blank line).'
  },
  'unterminated-comment': {
    severity: 'error',
    description:
      'A `<!--` inside a `deleted by customization` comment is never closed; it is read as ending where its enclosing comment would.'
  },
  'unbalanced-keep-marker': {
    severity: 'error',
    description:
      'A `keep by customization: begin` has no `end` (read as ending at the end of its line or block), or an `end` has no `begin` (ignored).'
  },
  'stray-comment-close': {
    severity: 'warning',
    description:
      'A `-->` closes no comment; it is left out of both views.'
  }
} satisfies Record<string, Rule>

/** Stable identifier of a rule. */
export type RuleId = keyof typeof rules
