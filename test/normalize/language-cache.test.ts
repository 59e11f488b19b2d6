import fc from 'fast-check'
import {describe, expect, it, vi} from 'vitest'
import {languageOfText} from '../../src/normalize/language-of-text.js'

/** Lines of prose in a few languages, and table rows, which are no prose. */
const lines = [
  'This is the page of the locations and the providers that you can use with ExpressRoute, which are listed by location from the table.',
  'Die Standorte und die Anbieter sind in der Tabelle mit den Regionen für das Netz von Azure.',
  'Les emplacements et les fournisseurs sont dans le tableau de la page pour les régions du réseau.',
  '下表列出了中国的连接位置和服务提供商，以及每个位置的对等互连和区域。',
  '| **Amsterdam** | Equinix AM5 | the and of to is are with this that for |',
  '| London | und der die das mit für von |',
  '',
  '## Locations'
]

describe('language cache', () => {
  it('should tell the language of a text read after others as of a text read first', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.array(fc.nat(lines.length - 1), {minLength: 0, maxLength: 12}),
          {minLength: 1, maxLength: 4}
        ),
        async (texts) => {
          const text = (picks: number[]) =>
            picks.map((pick) => lines[pick]).join('\n')
          let last: string | null = null
          // Versions of a page, often with the same prose.
          for (const picks of [...texts, ...texts])
            last = languageOfText(text(picks))
          vi.resetModules()
          const fresh = await import('../../src/normalize/language-of-text.js')
          expect(fresh.languageOfText(text(texts.at(-1) ?? []))).toBe(last)
        }
      ),
      {numRuns: 60}
    )
  })
})
