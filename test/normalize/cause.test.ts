/**
 * A fact stated twice is reported at its repetition, with the first
 * statement as the message's `cause` (as remark-lint's
 * `no-duplicate-definitions` does): the report of `check` shows both
 * places, and the model's diagnostics stay reason and place only.
 */

import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {reporter} from 'vfile-reporter'
import {describe, expect, it} from 'vitest'
import {readDocument} from '../../src/document.js'

/**
 * A page with a region map and a by-location table: Munich in two regions,
 * twice in one list, and in two rows that both give it Megaport.
 */
const text = [
  '# Locations',
  '',
  '## Azure regions to ExpressRoute locations within a geopolitical region',
  '',
  '| Geopolitical region | Azure regions | ExpressRoute locations |',
  '| --- | --- | --- |',
  '| **Europe** | West Europe | Munich, Zurich, Munich |',
  '| **Germany** | Germany West Central | Munich |',
  '',
  '## Global commercial Azure',
  '',
  '| Location | Service providers |',
  '| --- | --- |',
  '| **Munich** | Megaport |',
  '| **Zurich** | Megaport |',
  '| **Munich** | Megaport, Equinix |',
  ''
].join('\n')

/**
 * Line and column (1-indexed) of the `occurrence`th `needle` on the
 * `line`th line of `text`.
 */
function pointOf(line: number, needle: string, occurrence = 1) {
  const content = text.split('\n')[line - 1] ?? ''
  let index = -1
  for (let count = 0; count < occurrence; count++) {
    index = content.indexOf(needle, index + 1)
  }

  expect(index).toBeGreaterThanOrEqual(0)
  return {line, column: index + 1}
}

function messagesOf(ruleId: string): VFileMessage[] {
  return readDocument(text).messages.filter(
    (message) => message.ruleId === ruleId
  )
}

function placeOf(message: VFileMessage | undefined) {
  return {line: message?.line, column: message?.column}
}

describe('the cause of a repetition', () => {
  it('should point a name twice in one list at its first mention', () => {
    const [message, ...rest] = messagesOf('duplicate-entry').filter(
      (message) => message.line === 7
    )
    expect(rest).toEqual([])
    expect(placeOf(message)).toEqual(pointOf(7, 'Munich', 2))
    const cause = message?.cause as VFileMessage | undefined
    expect(placeOf(cause)).toEqual(pointOf(7, 'Munich', 1))
    expect(cause?.reason).toBe('First occurrence of `Munich`')
    expect(cause?.ruleId).toBe('duplicate-entry')
  })

  it('should point an offering stated twice at its first statement', () => {
    const [message, ...rest] = messagesOf('duplicate-entry').filter(
      (message) => message.line !== 7
    )
    expect(rest).toEqual([])
    expect(placeOf(message)).toEqual(pointOf(16, 'Megaport'))
    const cause = message?.cause as VFileMessage | undefined
    expect(placeOf(cause)).toEqual(pointOf(14, 'Megaport'))
    expect(cause?.reason).toBe('First occurrence of `Megaport` at `Munich`')
  })

  it('should point a location in a second region at the first', () => {
    const [message, ...rest] = messagesOf('location-in-two-regions')
    expect(rest).toEqual([])
    expect(placeOf(message)).toEqual(pointOf(8, 'Munich'))
    const cause = message?.cause as VFileMessage | undefined
    expect(placeOf(cause)).toEqual(pointOf(7, 'Munich', 1))
    expect(cause?.reason).toBe(
      'First occurrence of `Munich`, in region `Europe`'
    )
    expect(cause?.ruleId).toBe('location-in-two-regions')
  })

  it('should keep the cause out of the model', () => {
    const {model} = readDocument(text)
    const repeated = model.diagnostics.filter(
      (diagnostic) =>
        diagnostic.ruleId === 'duplicate-entry' ||
        diagnostic.ruleId === 'location-in-two-regions'
    )
    expect(repeated.length).toBe(3)
    for (const diagnostic of repeated) {
      expect(Object.keys(diagnostic)).toEqual([
        'ruleId',
        'severity',
        'message',
        'line',
        'column'
      ])
    }
  })

  it('should show the first occurrence under the message in a report', () => {
    const file = new VFile({path: 'page.md', value: text})
    file.messages.push(...messagesOf('location-in-two-regions'))
    const first = pointOf(7, 'Munich', 1)
    const report = reporter([file], {color: false})
    expect(report).toMatch(
      new RegExp(
        '\\[cause\\]:\\n +' +
          first.line +
          ':' +
          first.column +
          ' +warning +First occurrence of `Munich`, in region `Europe` +location-in-two-regions'
      )
    )
  })
})
