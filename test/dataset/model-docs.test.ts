/**
 * `src/model.ts` is where the model is documented; the JSON Schema's
 * descriptions and README's data dictionary repeat parts of it. These tests
 * read the model's TSDoc with the TypeScript compiler and hold the copies
 * to it, so that the three cannot drift:
 *
 * - every type and every field of the model has TSDoc (a nullable field's
 *   says what `null` means);
 * - each record type's summary (first paragraph) is its `description` in
 *   `schema.json`;
 * - each README dictionary column that is one field of the model is
 *   described by that field's summary.
 *
 * Why a test and not generated text: `schema.json` and the CSV tables are
 * outputs that must keep their bytes, and README's wording is prose.
 */

import {readFileSync} from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import {describe, expect, it} from 'vitest'
import {modelSchema} from '../../src/render/model-schema.js'
import {root} from '../helpers.js'
import {commonHeading, readmeDictionary} from './readme-dictionary.js'

const modelFile = path.join(root, 'src', 'model.ts')
const schemaFile = path.join(root, 'src', 'render', 'model-schema.ts')

/** What a TSDoc comment says. */
interface Doc {
  /** First paragraph, whitespace collapsed. */
  summary: string
  /** The whole comment, tags included. */
  text: string
}

/** A documented field. */
interface FieldDoc {
  /** Its TSDoc, if it has one. */
  doc: Doc | undefined
  /** Whether its type includes `null`. */
  nullable: boolean
}

/** The TSDoc of the model, by name. */
interface ModelDocs {
  /** Exported types and constants → TSDoc. */
  declarations: Map<string, Doc | undefined>
  /** Interfaces (record types) → TSDoc. */
  interfaces: Map<string, Doc | undefined>
  /**
   * Fields, as `Interface.field`; fields of an object type inside a field's
   * type as `Interface.field.inner` (`Region.locations.comingSoon`).
   */
  fields: Map<string, FieldDoc>
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim()

/** The last TSDoc comment of `node`, if any. */
function docOf(node: ts.Node): Doc | undefined {
  const doc = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc).at(-1)
  if (!doc) return undefined
  const comment = ts.getTextOfJSDocComment(doc.comment) ?? ''
  const tags = (doc.tags ?? []).map(
    (tag) =>
      '@' +
      tag.tagName.text +
      ' ' +
      (ts.getTextOfJSDocComment(tag.comment) ?? '')
  )
  return {
    summary: collapse(comment.split(/\n\s*\n/)[0] ?? ''),
    text: [comment, ...tags].join('\n')
  }
}

function isNullable(type: ts.TypeNode | undefined): boolean {
  return Boolean(
    type &&
      ts.isUnionTypeNode(type) &&
      type.types.some(
        (member) =>
          ts.isLiteralTypeNode(member) &&
          member.literal.kind === ts.SyntaxKind.NullKeyword
      )
  )
}

/** Read the TSDoc of every declaration and field of `src/model.ts`. */
function readModelDocs(): ModelDocs {
  const source = ts.createSourceFile(
    modelFile,
    readFileSync(modelFile, 'utf8'),
    ts.ScriptTarget.ES2022,
    true
  )
  const docs: ModelDocs = {
    declarations: new Map(),
    interfaces: new Map(),
    fields: new Map()
  }

  function members(owner: string, elements: ts.NodeArray<ts.TypeElement>) {
    for (const member of elements) {
      if (!ts.isPropertySignature(member)) continue
      const name = owner + '.' + member.name.getText(source)
      docs.fields.set(name, {
        doc: docOf(member),
        nullable: isNullable(member.type)
      })
      if (member.type) inner(name, member.type)
    }
  }

  // Object types written inside a field's type (`Array<{…}>`).
  function inner(owner: string, node: ts.Node) {
    if (ts.isTypeLiteralNode(node)) members(owner, node.members)
    else ts.forEachChild(node, (child) => inner(owner, child))
  }

  for (const statement of source.statements) {
    if (ts.isInterfaceDeclaration(statement)) {
      const name = statement.name.text
      docs.declarations.set(name, docOf(statement))
      docs.interfaces.set(name, docOf(statement))
      members(name, statement.members)
    } else if (ts.isTypeAliasDeclaration(statement)) {
      docs.declarations.set(statement.name.text, docOf(statement))
      inner(statement.name.text, statement.type)
    } else if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations)
        docs.declarations.set(declaration.name.getText(source), docOf(statement))
    }
  }

  return docs
}

/**
 * The `description` of each `object<Type>(properties, description)` of
 * `model-schema.ts`, by `Type`; a call without one gives `undefined`.
 */
function schemaDescriptions(): Map<string, Array<string | undefined>> {
  const source = ts.createSourceFile(
    schemaFile,
    readFileSync(schemaFile, 'utf8'),
    ts.ScriptTarget.ES2022,
    true
  )
  const found = new Map<string, Array<string | undefined>>()
  function visit(node: ts.Node) {
    if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'object'
    ) {
      const type = node.typeArguments?.[0]
      // `object<Region['locations'][number]>`: no record type of its own.
      if (type && ts.isTypeReferenceNode(type)) {
        const name = type.typeName.getText(source)
        const argument = node.arguments[1]
        const description =
          argument && ts.isStringLiteralLike(argument)
            ? argument.text
            : undefined
        found.set(name, [...(found.get(name) ?? []), description])
      }
    }

    ts.forEachChild(node, visit)
  }

  visit(source)
  return found
}

/** Every string `description` in a JSON Schema, with its JSON pointer. */
function descriptionsIn(schema: unknown, at = ''): Array<[string, string]> {
  if (schema === null || typeof schema !== 'object') return []
  return Object.entries(schema).flatMap(([key, value]) =>
    key === 'description' && typeof value === 'string'
      ? [[at, value] as [string, string]]
      : descriptionsIn(value, at + '/' + key)
  )
}

const model = readModelDocs()

describe('model TSDoc', () => {
  it('should find the model’s fields, nested ones included', () => {
    expect([...model.fields.keys()]).toEqual(
      expect.arrayContaining([
        'Location.zone',
        'LocationsDocument.facets',
        'Region.locations.comingSoon'
      ])
    )
  })

  it('should document every exported type and constant', () => {
    const undocumented = [...model.declarations]
      .filter(([, doc]) => !doc?.summary)
      .map(([name]) => name)
    expect(undocumented).toEqual([])
  })

  it('should document every field, with an example (inline code or @example)', () => {
    const missing = [...model.fields]
      .filter(
        ([, field]) =>
          !field.doc?.summary ||
          !(field.doc.text.includes('`') || field.doc.text.includes('@example'))
      )
      .map(([name]) => name)
    expect(missing).toEqual([])
  })

  it('should say what `null` means for every nullable field', () => {
    const silent = [...model.fields]
      .filter(([, field]) => field.nullable && !field.doc?.text.includes('`null`'))
      .map(([name]) => name)
    expect(silent).toEqual([])
  })
})

describe('model JSON Schema descriptions', () => {
  const described = schemaDescriptions()

  it('should describe each record type once, by its TSDoc summary', () => {
    const expected = [...model.interfaces].map(([name, doc]) => [
      name,
      [doc?.summary]
    ])
    const actual = [...model.interfaces.keys()].map((name) => [
      name,
      described.get(name) ?? []
    ])
    expect(actual).toEqual(expected)
  })

  it('should build no described schema of a type the model does not have', () => {
    expect(
      [...described.keys()].filter((name) => !model.interfaces.has(name))
    ).toEqual([])
  })

  it('should write only those descriptions into schema.json', () => {
    const summaries = new Set(
      [...model.interfaces.values()].map((doc) => doc?.summary)
    )
    const foreign = descriptionsIn(modelSchema).filter(
      ([, description]) => !summaries.has(description)
    )
    expect(foreign).toEqual([])
  })

  it('should describe each definition and the document by their type', () => {
    const typeOf = (name: string) => name.charAt(0).toUpperCase() + name.slice(1)
    const definitions = Object.entries(
      modelSchema['$defs'] as Record<string, {description?: string}>
    ).filter(([, schema]) => schema.description !== undefined)
    expect(definitions.length).toBeGreaterThan(0)
    for (const [name, schema] of definitions) {
      expect(schema.description, name).toBe(
        model.interfaces.get(typeOf(name))?.summary
      )
    }

    expect(modelSchema['description']).toBe(
      model.interfaces.get(String(modelSchema['title']))?.summary
    )
  })
})

/** The record type of each table README documents. */
const tableRecords: Readonly<Record<string, string>> = {
  'locations.csv': 'Location',
  'providers.csv': 'Provider',
  'offerings.csv': 'Offering',
  'regions.csv': 'Region',
  'exchanges.csv': 'Exchange',
  'system-integrators.csv': 'SystemIntegrator',
  'satellite-operators.csv': 'SatelliteOperator',
  'datacenter-providers.csv': 'DatacenterProvider',
  'research-networks.csv': 'ResearchNetwork',
  'diagnostics.csv': 'Diagnostic'
}

/** Columns that repeat fields of the document on each of its rows. */
const documentColumns = {
  date: 'Meta.date',
  view: 'LocationsDocument.view',
  path: 'DocumentSource.path'
}

/** Columns that are one field, but not the same-named field of their table's type. */
const columnFields: Readonly<Record<string, Readonly<Record<string, string>>>> =
  {
    [commonHeading]: {
      ...documentColumns,
      line: 'SourcePoint.line',
      column: 'SourcePoint.column'
    },
    'documents.csv': {
      ...documentColumns,
      sha256: 'DocumentSource.sha256',
      page: 'DocumentSource.page',
      metadataFormat: 'DocumentSource.metadataFormat',
      customized: 'DocumentSource.customized',
      title: 'Meta.title',
      facets: 'LocationsDocument.facets'
    }
  }

/** Columns that are no one field of the model, and why. */
const notOneField: Readonly<Record<string, Readonly<Record<string, string>>>> =
  {
    'documents.csv': {
      document: 'the `id` of `source.document`, under another name',
      errors: 'a count of diagnostics',
      warnings: 'a count of diagnostics'
    },
    'locations.csv': {
      facilities: 'the `name` of each of `facilities`',
      facilityUrls: 'the `url` of each of `facilities`',
      localAzureRegions:
        'the model’s `[]` (`n/a`) and `null` are both an empty field',
      erDirect: '`erDirect.available`',
      erDirectSpeeds: '`erDirect.speeds`'
    },
    'regions.csv': {
      locations: 'the `location` of each of `locations`',
      comingSoonLocations: 'those of `locations` that are coming soon'
    }
  }

/**
 * README's description in the model's words: README speaks of CSV, where
 * `null` is an empty field.
 */
const inModelWords = (text: string) =>
  collapse(text).replace(/\bempty\b/g, '`null`')

/** Whether two sentences are one: a README item starts lowercase, a TSDoc one uppercase. */
const sameSentence = (a: string, b: string) =>
  a.charAt(0).toLowerCase() === b.charAt(0).toLowerCase() &&
  a.slice(1) === b.slice(1)

describe('README data dictionary and the model', () => {
  const dictionary = readmeDictionary()

  /** `Interface.field` of a column, or `undefined` when it is none. */
  function fieldOf(heading: string, column: string): string | undefined {
    if (notOneField[heading]?.[column] !== undefined) return undefined
    return columnFields[heading]?.[column] ?? tableRecords[heading] + '.' + column
  }

  it('should know, for every column, its field or why it has none', () => {
    const unknown: string[] = []
    for (const [heading, entries] of dictionary) {
      for (const {column} of entries) {
        const field = fieldOf(heading, column)
        if (field !== undefined && !model.fields.has(field))
          unknown.push(heading + ' `' + column + '` → ' + field)
      }
    }

    expect(unknown).toEqual([])
  })

  it('should list as no one field only columns README documents', () => {
    const listed = Object.entries(notOneField).flatMap(([heading, columns]) =>
      Object.keys(columns).map((column) => heading + ' `' + column + '`')
    )
    const documented = new Set(
      [...dictionary].flatMap(([heading, entries]) =>
        entries.map(({column}) => heading + ' `' + column + '`')
      )
    )
    expect(listed.filter((column) => !documented.has(column))).toEqual([])
  })

  it('should describe each column that is one field by its TSDoc summary', () => {
    const differing: Array<{column: string; readme: string; tsdoc: string}> =
      []
    let compared = 0
    for (const [heading, entries] of dictionary) {
      for (const {column, description} of entries) {
        const field = fieldOf(heading, column)
        const doc = field === undefined ? undefined : model.fields.get(field)
        if (!doc) continue
        compared++
        const readme = inModelWords(description)
        const tsdoc = doc.doc?.summary ?? ''
        if (!sameSentence(readme, tsdoc))
          differing.push({
            column: heading + ' `' + column + '` (' + field + ')',
            readme,
            tsdoc
          })
      }
    }

    expect(differing).toEqual([])
    expect(compared).toBeGreaterThan(0)
  })
})
