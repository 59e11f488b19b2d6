/**
 * Typed builders of JSON Schema: each builder returns a `Schema<T>`, the JSON
 * Schema of values of type `T`, so a schema assembled from them is checked
 * against a TypeScript type by the compiler.
 *
 * `Schema<T>` is invariant in `T` (its phantom member both takes and returns
 * a `T`): a schema of `string` is not a schema of `string | null`, a schema
 * of `'a' | 'b'` is not one of `'a' | 'b' | 'c'`, and `object<T>` needs a
 * schema for every key of `T` and no other. So when `src/model.ts` changes
 * and `model-schema.ts` does not, `tsc` fails.
 */

/** A JSON Schema as plain JSON. */
export type JsonSchema = {[key: string]: unknown}

/** The JSON Schema of values of type `T`. */
export interface Schema<T> {
  /** The schema itself. */
  readonly json: JsonSchema
  /**
   * Never set: only makes `Schema<T>` invariant in `T`.
   * Note: a property (not a method), so `strictFunctionTypes` checks its
   * parameter contravariantly.
   */
  readonly phantom?: (value: T) => T
}

/** Schemas of every property of `T`, none missing, none extra. */
export type PropertySchemas<T> = {[Key in keyof T]-?: Schema<T[Key]>}

const scalarTypes = new Set(['string', 'integer', 'number', 'boolean'])

const make = <T>(json: JsonSchema): Schema<T> => ({json})

/** A string, matching `pattern` when given. */
export const string = (pattern?: string): Schema<string> =>
  make(pattern === undefined ? {type: 'string'} : {type: 'string', pattern})

/**
 * A string typed as the string union `Value`, written as any string.
 *
 * For unions that grow between releases (`RuleId`, `Facet`): the published
 * schema leaves them open, so a new rule or facet is not an incompatible
 * change of the model (`schemaVersion`) and `schema.json` keeps its bytes.
 * The compiler still holds the field to the union; `enumeration` is for
 * unions the schema closes.
 */
export const openString = <Value extends string>(): Schema<Value> =>
  make({type: 'string'})

/** An integer, at least `minimum` when given. */
export const integer = (minimum?: number): Schema<number> =>
  make(minimum === undefined ? {type: 'integer'} : {type: 'integer', minimum})

/** `true` or `false`. */
export const boolean = (): Schema<boolean> => make({type: 'boolean'})

/** Exactly `value`. */
export const constant = <const Value extends string | number | boolean>(
  value: Value
): Schema<Value> => make({const: value})

/** One of `values`: the members of a string union, all of them. */
export const enumeration = <const Value extends string>(
  values: readonly Value[]
): Schema<Value> => make({enum: [...values]})

/** A value of `schema` or `null`. */
export function nullable<T>(schema: Schema<T>): Schema<T | null> {
  const {json} = schema
  if (typeof json['type'] === 'string' && scalarTypes.has(json['type'])) {
    return make({...json, type: [json['type'], 'null']})
  }

  if (Array.isArray(json['enum']) && Object.keys(json).length === 1) {
    return make({enum: [...json['enum'], null]})
  }

  return make({anyOf: [json, {type: 'null'}]})
}

/** An array of `item`. */
export const array = <T>(item: Schema<T>): Schema<T[]> =>
  make({type: 'array', items: item.json})

/** An object of any keys, each value a `value`. */
export const record = <T>(value: Schema<T>): Schema<Record<string, T>> =>
  make({type: 'object', additionalProperties: value.json})

/**
 * A closed object: every property of `T` is required, no other is allowed.
 *
 * @param properties
 *   Schema of each property, in the order the model writes them.
 * @param description
 *   One sentence on what the object is.
 */
export function object<T>(
  properties: PropertySchemas<T>,
  description?: string
): Schema<T> {
  const entries = Object.entries(properties as Record<string, Schema<unknown>>)
  return make({
    ...(description === undefined ? {} : {description}),
    type: 'object',
    properties: Object.fromEntries(
      entries.map(([key, schema]) => [key, schema.json])
    ),
    required: entries.map(([key]) => key),
    additionalProperties: false
  })
}

/**
 * A reference to a definition in `$defs`, typed as the definition.
 *
 * @param name
 *   Key in `$defs`.
 * @param _definition
 *   The definition (only for its type).
 */
export const reference = <T>(name: string, _definition: Schema<T>): Schema<T> =>
  make({$ref: '#/$defs/' + name})
