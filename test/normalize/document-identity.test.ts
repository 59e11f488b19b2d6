import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {
  documentIdentity,
  languageTag,
  type IdentityEvidence
} from '../../src/normalize/document-identity.js'
import {languageOfText} from '../../src/normalize/language-of-text.js'
import {parse} from '../../src/index.js'
import {fixture} from '../helpers.js'

/** The corpus manifest: who gathered each page recorded its page, language and origin. */
const manifest = fixture('corpus/manifest.tsv')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const [file = '', , page = '', language = '', , repo = '', path = ''] =
      line.split('\t')
    return {file, page, language, repo, path}
  })
  .filter((row) => !row.file.startsWith('other-'))

/**
 * The Azure China pages of the corpus, checked by hand: `wacn.date` (ACOM,
 * 2015–2017) or `origin.date` with a Mooncake author (`v-yiso`), from the
 * China docs repositories (wacncontent, mc-docs and their forks).
 */
const chinaEdition = new Set([
  '2015-05-14_locations-flat_zh-cn_b65f5ade.md',
  '2015-12-02_locations-flat_zh-cn_fa9da440.md',
  '2016-05-11_locations-flat_zh-cn_1f29e76e.md',
  '2017-01-12_locations-providers_zh-cn_6341b894.md',
  '2017-02-13_locations_zh-cn_f0f1336a.md',
  '2018-05-14_locations_en_63be7c66.md',
  '2020-01-20_locations-providers_zh-cn_18063c7e.md',
  '2020-01-20_locations_zh-cn_5c0ccdff.md'
])

describe('source.document', () => {
  it('should tell the document of every dated corpus page from its content, as the manifest records it', () => {
    expect(manifest.length).toBeGreaterThan(35)
    for (const row of manifest) {
      const page = row.page === 'locations-flat' ? 'locations' : row.page
      const edition = chinaEdition.has(row.file) ? 'china' : 'global'
      const model = parse(fixture('corpus/' + row.file), {path: row.file})
      expect(model.source.document, row.file).toEqual({
        id: edition + '/' + row.language + '/' + page,
        edition,
        language: row.language,
        page
      })
      expect(
        model.diagnostics.map((diagnostic) => diagnostic.ruleId),
        row.file
      ).not.toContain('document-unknown')
    }
  })

  it('should tell the same document from the path the page had upstream', () => {
    for (const row of manifest) {
      const upstreamPath = row.path.replace(/\(.*$/, '')
      const fromContent = parse(fixture('corpus/' + row.file), {path: row.file})
        .source.document
      const fromPath = parse(fixture('corpus/' + row.file), {
        path: row.repo + '/' + upstreamPath
      }).source.document
      expect(fromPath, row.file).toEqual(fromContent)
    }
  })

  it('should tell the seeds: the Azure China page, today’s by-location page, the 2015 page', () => {
    const ids = [
      '000_c20a30ffbdf1b6d4.txt',
      '001_cfa4b7430e42c113.txt',
      '002_157c44210deb0293.txt'
    ].map((name) => parse(fixture('seeds/' + name)).source.document.id)
    expect(ids).toEqual([
      'china/en/locations',
      'global/en/locations-providers',
      'global/en/locations'
    ])
  })

  it('should make a page it cannot tell a document of its own, with a diagnostic when it states facts', () => {
    const table =
      '## Global commercial Azure\n\n| Location | Service providers |\n| --- | --- |\n| Amsterdam | Equinix |\n'
    const model = parse(table)
    expect(model.source.document).toEqual({
      id: 'unknown/' + model.source.sha256.slice(0, 16),
      edition: 'global',
      language: null,
      page: 'locations-providers'
    })
    expect(model.diagnostics).toContainEqual(
      expect.objectContaining({
        ruleId: 'document-unknown',
        severity: 'warning',
        line: 1,
        column: 1
      })
    )

    const prose = parse('# Azure Site Recovery\n\nThis page maps networks.\n')
    expect(prose.source.document).toEqual({
      id: 'unknown/' + prose.source.sha256.slice(0, 16),
      edition: 'global',
      language: null,
      page: null
    })
    expect(prose.diagnostics).toEqual([])
  })
})

describe('documentIdentity', () => {
  const base = {
    path: null,
    sha256: 'f'.repeat(64),
    raw: {},
    customized: false,
    page: 'unknown' as const,
    locationClouds: [],
    text: ''
  }
  const english =
    'The tables in this article provide information on where you can connect to Azure and which providers are available. '.repeat(
      3
    )

  it('should let the file name of either page win over the layout of its tables', () => {
    expect(
      documentIdentity({
        ...base,
        page: 'by-provider',
        text: english,
        path: 'articles/expressroute/expressroute-locations-providers.md'
      }).document.page
    ).toBe('locations-providers')
    expect(
      documentIdentity({
        ...base,
        page: 'by-location',
        text: english,
        path: 'articles\\expressroute-locations.md'
      }).document.page
    ).toBe('locations')
  })

  it('should read the language from locale metadata, then a locale folder, then the prose', () => {
    expect(
      documentIdentity({
        ...base,
        page: 'by-location',
        text: english,
        raw: {'ms.contentlocale': 'pt-PT'}
      }).document.language
    ).toBe('pt-pt')
    expect(
      documentIdentity({
        ...base,
        page: 'by-location',
        text: english,
        path: 'azure-docs.fr-fr/articles/x.md'
      }).document.language
    ).toBe('fr')
    expect(
      documentIdentity({
        ...base,
        page: 'by-location',
        text: english,
        path: 'content/de-de/x.md'
      }).document.language
    ).toBe('de')
    // A folder that only looks like a tag is none.
    expect(
      documentIdentity({
        ...base,
        page: 'by-location',
        text: english,
        path: 'mc-docs/articles/x.md'
      }).document
    ).toEqual({
      id: 'china/en/locations-providers',
      edition: 'china',
      language: 'en',
      page: 'locations-providers'
    })
  })

  it('should read no language from a folder whose name only looks like a locale', () => {
    for (const folder of ['web-ui', 'ci-cd', 'old-md', 'mac-os', 'my-os']) {
      expect(
        documentIdentity({
          ...base,
          page: 'by-location',
          text: english,
          path: folder + '/page.md'
        }).document.language,
        folder
      ).toBe('en')
    }
  })

  it('should take a page of China-cloud locations only for the China edition, whatever metadata it lost', () => {
    expect(
      documentIdentity({
        ...base,
        page: 'by-provider',
        text: english,
        locationClouds: ['china', 'china']
      }).document.edition
    ).toBe('china')
    expect(
      documentIdentity({
        ...base,
        page: 'by-provider',
        text: english,
        locationClouds: ['china', 'commercial']
      }).document.edition
    ).toBe('global')
  })

  it('should tell the China edition by its metadata or customization comments', () => {
    const marks: Array<Partial<IdentityEvidence>> = [
      {raw: {'wacn.date': '01/01/2016'}},
      {raw: {'origin.date': '01/01/2016'}},
      {customized: true}
    ]
    for (const evidence of marks) {
      expect(
        documentIdentity({
          ...base,
          page: 'by-provider',
          text: english,
          ...evidence
        }).document.id
      ).toBe('china/en/locations')
    }
  })

  it('should never read a key of Object.prototype as metadata or a page', () => {
    const result = documentIdentity({
      ...base,
      text: english,
      path: 'constructor',
      raw: {}
    })
    expect(result.document.page).toBeNull()
    expect(result.unknown).toBe('page')
  })

  it('should normalize locales to one tag a written language', () => {
    expect(
      [
        'fr-FR',
        'fr_fr',
        'FR',
        'zh-Hans',
        'zh-CN',
        'zh-TW',
        'zh-hk',
        'pt-BR',
        'pt',
        'pt-PT',
        'en-us',
        'zh',
        'english',
        ''
      ].map(languageTag)
    ).toEqual([
      'fr',
      'fr',
      'fr',
      'zh-cn',
      'zh-cn',
      'zh-tw',
      'zh-tw',
      'pt-br',
      'pt-br',
      'pt-pt',
      'en',
      null,
      null,
      null
    ])
  })

  it('should never throw, and give an id of the documented form', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.option(fc.string()),
        fc.dictionary(fc.string(), fc.string()),
        fc.boolean(),
        (text, path, raw, customized) => {
          const {document} = documentIdentity({
            ...base,
            text,
            path,
            raw,
            customized
          })
          expect(document.id).toMatch(
            /^(?:(?:global|china)\/[a-z]{2,3}(?:-[a-z]{2})?\/(?:locations|locations-providers)|unknown\/[0-9a-f]{16})$/
          )
        }
      )
    )
  })
})

describe('languageOfText', () => {
  it('should not take a language outside the corpus for one whose function word it shares', () => {
    const prose = {
      // Hungarian `is`, Romanian `la`/`ce`, Indonesian `di`, Ukrainian and Bulgarian `в`/`на`/`не`.
      hu: 'A táblázatok is megmutatják, hogy a szolgáltatók is elérhetők, és a helyek is szerepelnek benne. ',
      ro: 'Tabelele din acest articol arată la ce locații se poate conecta la Azure și ce furnizori sunt disponibili. ',
      id: 'Tabel di artikel ini menunjukkan di mana Anda dapat terhubung di lokasi dan penyedia yang tersedia. ',
      uk: 'Таблиці в цій статті показують, де можна підключитися до Azure і які постачальники доступні на місці. ',
      bg: 'Таблиците в тази статия показват къде можете да се свържете с Azure и кои доставчици са на разположение. '
    }
    for (const [language, sentence] of Object.entries(prose)) {
      expect(languageOfText(sentence.repeat(30)), language).toBeNull()
    }

    expect(
      languageOfText(
        'Таблицы в этой статье показывают, где можно подключиться к Azure и какие поставщики доступны для вас и при этом. '.repeat(
          10
        )
      )
    ).toBe('ru')
  })

  it('should not take the English names of a translated page’s tables for its language', () => {
    const table =
      '| Location | Providers |\n| --- | --- |\n' +
      '| Amsterdam | Equinix, Level 3 Communications, The Bank of the West |\n'.repeat(
        40
      )
    const german =
      'Die Tabellen in diesem Artikel enthalten Informationen zu den Anbietern und den Standorten, die mit Azure verbunden sind und für die Sie nicht zahlen. '.repeat(
        3
      )
    expect(languageOfText(german + '\n\n' + table)).toBe('de')
    expect(languageOfText(table)).toBeNull()
  })

  it('should tell Simplified from Traditional Chinese, and Korean and Japanese by their scripts', () => {
    expect(
      languageOfText(
        '这个区域的连接服务提供商为国内用户提供网络数据。'.repeat(3)
      )
    ).toBe('zh-cn')
    expect(
      languageOfText(
        '這個區域的連接服務提供商為國內用戶提供網絡數據。'.repeat(3)
      )
    ).toBe('zh-tw')
    expect(
      languageOfText(
        '이 문서의 표에서는 연결 공급자에 대한 정보를 제공합니다.'.repeat(3)
      )
    ).toBe('ko')
    expect(
      languageOfText(
        'この記事の表では、接続プロバイダーについての情報を提供します。'.repeat(
          3
        )
      )
    ).toBe('ja')
  })

  it('should read the translation of a bilingual file, not its English original', () => {
    const line =
      '<span data-ttu-id="1">Las tablas de este artículo son los proveedores del servicio y es lo que hay</span><span class="sxs-lookup"><span data-stu-id="1">The tables in this article are the providers of the service and that is what there is to the page</span></span>\n'
    expect(languageOfText(line.repeat(4))).toBe('es')
  })
})
