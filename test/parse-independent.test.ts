import {describe, expect, it} from 'vitest'
import {parse} from '../src/index.js'
import type {LocationsDocument} from '../src/model.js'
import {allDocuments, fixture} from './helpers.js'

/** Every object (arrays too) a value holds, itself included. */
function objectsOf(value: unknown, found = new Set<object>()): Set<object> {
  if (typeof value !== 'object' || value === null || found.has(value))
    return found
  found.add(value)
  for (const item of Object.values(value)) objectsOf(item, found)
  return found
}

describe('parse', () => {
  // The stages remember what they read (blocks, rows, lists) and give it
  // back to the next version of a page; a model is still the caller's own:
  // changing one changes no other, and no later one.
  it('should give models that share no object, whatever was parsed before', () => {
    for (const name of allDocuments()) {
      const text = fixture(name)
      const moved = 'Intro.\n\n' + text
      const first = parse(text, {path: name})
      const models: LocationsDocument[] = [
        parse(text, {path: name}),
        parse(text, {path: name}),
        parse(moved, {path: name}),
        parse(moved, {path: name}),
        parse(text, {path: name})
      ]
      // Each against the one before it too: two parses in a row of a page
      // whose rows are new give the second the first one's rows.
      for (const [index, model] of models.entries()) {
        for (const other of [first, models[index - 1]]) {
          if (!other) continue
          const held = objectsOf(other)
          const shared = [...objectsOf(model)].filter((object) =>
            held.has(object)
          )
          expect(shared, name).toEqual([])
        }
      }
    }
  })

  it('should not let a change to one model reach the next', () => {
    const name = 'corpus/2025-11-13_locations-providers_en_42ac1280.md'
    const text = fixture(name)
    const expected = JSON.stringify(parse(text, {path: name, cache: false}))
    // Twice: the second is given what the first read.
    parse(text, {path: name})
    const model = parse(text, {path: name})
    for (const location of model.locations) {
      location.facilities?.push({name: 'changed', url: null})
      location.localAzureRegions?.push('changed')
      location.erDirect?.speeds.push('changed')
    }

    expect(JSON.stringify(parse(text, {path: name}))).toBe(expected)
  })
})
