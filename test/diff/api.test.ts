import {describe, expect, it} from 'vitest'
import * as diffStage from '../../src/diff/index.js'

describe('diff API', () => {
  it('should export exactly these values', () => {
    expect(Object.keys(diffStage).sort()).toEqual([
      'compareDocuments',
      'createSequenceDiff',
      'diff',
      // For render and the command line; the package entry does not export
      // these.
      'mergeModels',
      'renamedSubjects',
      'sameInOrder',
      'subjectCollections',
      'subjectOrder',
      'subjects'
    ])
  })
})
