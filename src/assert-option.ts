/**
 * Checks of the arguments of the public entry points.
 *
 * Why: the library is called from plain JavaScript too, where a typo
 * (`view: 'publised'`) or a wrong argument would otherwise be read as the
 * default, silently. Every check throws a `TypeError` whose message names
 * the argument, what it got, and what it accepts. `null` and `undefined`
 * options mean “the default” and pass.
 */

/**
 * Check that an argument is a string.
 *
 * @param name
 *   Name of the argument, for the message.
 * @param value
 *   Value given.
 * @throws {TypeError}
 *   When `value` is not a string.
 */
export function assertString(
  name: string,
  value: unknown
): asserts value is string {
  if (typeof value !== 'string') failOption(name, value, 'a string')
}

/**
 * Check that an option is a string, `null` or `undefined`.
 *
 * @param name
 *   Name of the option, for the message.
 * @param value
 *   Value given.
 * @throws {TypeError}
 *   When `value` is something else.
 */
export function assertOptionalString(
  name: string,
  value: unknown
): asserts value is string | null | undefined {
  if (value !== null && value !== undefined && typeof value !== 'string') {
    failOption(name, value, 'a string, `null` or `undefined`')
  }
}

/**
 * Check that an option is one of some strings, `null` or `undefined`.
 *
 * @param name
 *   Name of the option, for the message.
 * @param value
 *   Value given.
 * @param allowed
 *   The accepted strings.
 * @throws {TypeError}
 *   When `value` is another value.
 */
export function assertOneOf<Allowed extends string>(
  name: string,
  value: unknown,
  allowed: readonly Allowed[]
): asserts value is Allowed | null | undefined {
  if (value === null || value === undefined) return
  if (
    typeof value === 'string' &&
    (allowed as readonly string[]).includes(value)
  )
    return
  failOption(name, value, listOf(allowed.map((item) => "`'" + item + "'`")))
}

/**
 * Check that the options argument is an object, `null` or `undefined`.
 *
 * @param value
 *   Value given.
 * @throws {TypeError}
 *   When `value` is a primitive, a function or an array.
 */
export function assertOptions(value: unknown): void {
  if (value !== null && value !== undefined && !isRecord(value)) {
    failOption('options', value, 'an object, `null` or `undefined`')
  }
}

/**
 * Check that an argument has the shape of a model: an object with `source`,
 * `meta` and `facets`. Its records are not checked one by one: a model read
 * back from JSON is a model.
 *
 * @param name
 *   Name of the argument, for the message (`'older'`, `'documents[2]'`).
 * @param value
 *   Value given.
 * @throws {TypeError}
 *   When `value` is not such an object.
 */
export function assertModel(name: string, value: unknown): void {
  if (
    !isRecord(value) ||
    !isRecord(value['source']) ||
    !isRecord(value['meta']) ||
    !Array.isArray(value['facets'])
  ) {
    failOption(
      name,
      value,
      'a model (`LocationsDocument`: an object with `source`, `meta` and `facets`)'
    )
  }
}

/**
 * Check that an argument is an array of models.
 *
 * @param name
 *   Name of the argument, for the message.
 * @param value
 *   Value given.
 * @throws {TypeError}
 *   When `value` is not an array, or an item of it is not a model (the
 *   message names its index).
 */
export function assertModels(name: string, value: unknown): void {
  if (!Array.isArray(value))
    failOption(name, value, 'an array of models (`LocationsDocument[]`)')
  for (const [index, item] of value.entries())
    assertModel(name + '[' + index + ']', item)
}

/**
 * Check that an option is a positive integer, `null` or `undefined`.
 *
 * @param name
 *   Name of the option, for the message.
 * @param value
 *   Value given.
 * @throws {TypeError}
 *   When `value` is another value (`0`, `-1`, `1.5`, `Infinity`, `NaN`, a
 *   string…).
 */
export function assertOptionalPositiveInteger(
  name: string,
  value: unknown
): asserts value is number | null | undefined {
  if (value === null || value === undefined) return
  if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0)
    return
  failOption(name, value, 'a positive integer, `null` or `undefined`')
}

/** Whether a value is a non-array object (a record, a class instance). */
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Throw the `TypeError` of an argument, for checks of its own kind.
 *
 * @param name
 *   Name of the argument or option.
 * @param value
 *   Value given.
 * @param expected
 *   What it should be, in words.
 * @throws {TypeError}
 *   Always.
 */
export function failOption(
  name: string,
  value: unknown,
  expected: string
): never {
  throw new TypeError(
    'Unexpected `' + name + '` ' + shown(value) + ', expected ' + expected
  )
}

/**
 * A value as a message shows it: strings as they are (cut when long),
 * other primitives with their type, objects by kind only.
 */
function shown(value: unknown): string {
  if (typeof value === 'string') {
    return '`' + (value.length > 40 ? value.slice(0, 40) + '…' : value) + '`'
  }

  if (value === null || value === undefined) return '`' + String(value) + '`'
  if (Array.isArray(value)) return '(array)'
  if (
    typeof value === 'object' ||
    typeof value === 'function' ||
    typeof value === 'symbol'
  ) {
    return '(' + typeof value + ')'
  }

  return (
    '`' +
    String(value) +
    (typeof value === 'bigint' ? 'n' : '') +
    '` (' +
    typeof value +
    ')'
  )
}

/** `a`, `a or b`, `a, b, or c`. */
function listOf(items: readonly string[]): string {
  if (items.length < 3) return items.join(' or ')
  return items.slice(0, -1).join(', ') + ', or ' + items.at(-1)
}
