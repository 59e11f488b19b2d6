import {describe, expect, it, vi} from 'vitest'
import {blocksFromView} from '../../src/blocks/index.js'
import {profileColumns} from '../../src/extract/column-profile.js'
import {sourceFromText, viewOf} from '../../src/source/index.js'
import {allDocuments, fixture} from '../helpers.js'

type Modules = {
  blocks: {blocksFromView: typeof blocksFromView}
  source: {sourceFromText: typeof sourceFromText; viewOf: typeof viewOf}
  profile: {profileColumns: typeof profileColumns}
}

/** The column profiles of every table of a fixture, read as the pipeline reads them. */
function profilesOf(name: string, modules: Modules) {
  const raw = fixture(name)
  const source = modules.source.sourceFromText(raw)
  const view = modules.source.viewOf(source, 'published')
  return modules.blocks
    .blocksFromView(view, raw, {place: source.place})
    .tables.map((table) => modules.profile.profileColumns(table))
}

describe('column profiles', () => {
  it('should profile a row profiled before as a row profiled first', async () => {
    const names = allDocuments()
    const modules: Modules = {
      blocks: {blocksFromView},
      source: {sourceFromText, viewOf},
      profile: {profileColumns}
    }
    const warm = names.map((name) => profilesOf(name, modules))
    // The second time, every row is one profiled before.
    const again = names.map((name) => profilesOf(name, modules))
    vi.resetModules()
    const fresh: Modules = {
      blocks: await import('../../src/blocks/index.js'),
      source: await import('../../src/source/index.js'),
      profile: await import('../../src/extract/column-profile.js')
    }
    const cold = names.map((name) => profilesOf(name, fresh))
    expect(again).toEqual(warm)
    expect(cold).toEqual(warm)
  })
})
