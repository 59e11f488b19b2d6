/**
 * A tiny JSON Schema validator for the keywords `changelogSchema` uses
 * (`type`, `const`, `enum`, `properties`, `required`,
 * `additionalProperties: false`, `items`, `minItems`, `uniqueItems`,
 * `minimum`, `pattern`, `anyOf`, `oneOf`, local `$ref`).
 *
 * Note: a stand-in until ajv is a dev dependency; the signature is what a
 * wrapper around `new Ajv2020().compile(schema)` would return, so switching
 * is a change of this file only. Unknown keywords throw, so the schema
 * cannot silently outgrow this checker.
 */

type Schema = Record<string, unknown>

const known = new Set([
  '$schema',
  '$id',
  '$defs',
  'title',
  'description',
  'type',
  'const',
  'enum',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'minItems',
  'uniqueItems',
  'minimum',
  'pattern',
  'anyOf',
  'oneOf',
  '$ref'
])

/**
 * Validate `value` against `schema`; returns the errors (empty when valid),
 * each with the JSON pointer of the value.
 */
export function validateJsonSchema(schema: Schema, value: unknown): string[] {
  const errors: string[] = []
  check(schema, value, '', errors)
  return errors

  function check(node: Schema, data: unknown, at: string, out: string[]): void {
    for (const key of Object.keys(node)) {
      if (!known.has(key))
        throw new Error('Unsupported keyword `' + key + '` at ' + at)
    }

    if (typeof node.$ref === 'string') {
      const name = node.$ref.replace(/^#\/\$defs\//, '')
      const target = (schema.$defs as Record<string, Schema>)[name]
      if (!target) throw new Error('Unresolved `$ref` ' + node.$ref)
      check(target, data, at, out)
    }

    if (node.type !== undefined) {
      const types = Array.isArray(node.type) ? node.type : [node.type]
      if (!types.some((type) => typeOk(type as string, data))) {
        out.push(at + ': expected ' + types.join(' or '))
        return
      }
    }

    if (
      'const' in node &&
      JSON.stringify(node.const) !== JSON.stringify(data)
    ) {
      out.push(at + ': expected ' + JSON.stringify(node.const))
    }

    if (
      Array.isArray(node.enum) &&
      !node.enum.some((item) => JSON.stringify(item) === JSON.stringify(data))
    ) {
      out.push(at + ': expected one of ' + JSON.stringify(node.enum))
    }

    if (
      typeof node.minimum === 'number' &&
      typeof data === 'number' &&
      data < node.minimum
    ) {
      out.push(at + ': below ' + node.minimum)
    }

    if (
      typeof node.pattern === 'string' &&
      typeof data === 'string' &&
      !new RegExp(node.pattern, 'u').test(data)
    ) {
      out.push(at + ': does not match ' + node.pattern)
    }

    if (Array.isArray(data)) {
      if (typeof node.minItems === 'number' && data.length < node.minItems)
        out.push(at + ': too few items')
      if (
        node.uniqueItems === true &&
        new Set(data.map((item) => JSON.stringify(item))).size !== data.length
      ) {
        out.push(at + ': repeated items')
      }

      if (node.items)
        data.forEach((item, index) =>
          check(node.items as Schema, item, at + '/' + index, out)
        )
    }

    if (data !== null && typeof data === 'object' && !Array.isArray(data)) {
      const record = data as Record<string, unknown>
      const properties = (node.properties ?? {}) as Record<string, Schema>
      for (const key of (node.required ?? []) as string[]) {
        if (!(key in record)) out.push(at + ': missing `' + key + '`')
      }

      for (const [key, item] of Object.entries(record)) {
        if (properties[key]) check(properties[key], item, at + '/' + key, out)
        else if (node.additionalProperties === false)
          out.push(at + ': unexpected `' + key + '`')
      }
    }

    for (const [keyword, needed] of [
      ['anyOf', 1],
      ['oneOf', 1]
    ] as const) {
      const options = node[keyword] as Schema[] | undefined
      if (!options) continue
      const passing = options.filter((option) => {
        const inner: string[] = []
        check(option, data, at, inner)
        return inner.length === 0
      }).length
      if (keyword === 'anyOf' ? passing < needed : passing !== needed) {
        out.push(
          at +
            ': `' +
            keyword +
            '` matched ' +
            passing +
            ' of ' +
            options.length
        )
      }
    }
  }
}

function typeOk(type: string, data: unknown): boolean {
  switch (type) {
    case 'null':
      return data === null
    case 'array':
      return Array.isArray(data)
    case 'object':
      return data !== null && typeof data === 'object' && !Array.isArray(data)
    case 'integer':
      return Number.isInteger(data)
    case 'number':
      return typeof data === 'number'
    default:
      return typeof data === type
  }
}
