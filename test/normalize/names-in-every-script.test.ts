import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {parse, type LocationsDocument} from '../../src/index.js'
import {cloudFromName} from '../../src/extract/cloud-from-name.js'
import {
  locationAliases,
  providerAliases,
  resolveName,
  slug
} from '../../src/normalize/index.js'
import {hasNonLatinLetter} from '../../src/normalize/untranslated-names.js'
import {allDocuments, fixture} from '../helpers.js'

/** A page with a region map and one by-location table, both in Chinese. */
function chinesePage(regionLocations: string, rows: string[]): string {
  return [
    '# ExpressRoute 位置',
    '',
    '## 地缘政治区域内 ExpressRoute 位置与 Azure 区域的映射',
    '',
    '| **地缘政治区域** | **Azure 区域** | **ExpressRoute 位置** |',
    '| --- | --- | --- |',
    '| **亚洲** | 东亚 | ' + regionLocations + ' |',
    '',
    '## 生产 Azure',
    '',
    '| Location | Service providers |',
    '| --- | --- |',
    ...rows,
    ''
  ].join('\n')
}

function rules(model: LocationsDocument, ruleId: string) {
  return model.diagnostics.filter((diagnostic) => diagnostic.ruleId === ruleId)
}

const zhPages = allDocuments().filter((name) => /_zh-(cn|tw)_/.test(name))

describe('translated names', () => {
  it('should resolve the names of the issue to the canonical ids, keeping the name as written', () => {
    expect(resolveName('locations', '孟买')).toMatchObject({
      name: '孟买',
      id: 'mumbai'
    })
    expect(resolveName('locations', '香港').id).toBe('hong-kong-sar')
    expect(resolveName('locations', '香港特别行政区').id).toBe('hong-kong-sar')
    expect(resolveName('locations', '中国香港特别行政区')).toMatchObject({
      name: '香港特别行政区',
      id: 'hong-kong-sar'
    })
    expect(resolveName('locations', '蒙特利尔').id).toBe('montreal')
    expect(resolveName('locations', '纽波特（威尔士）').id).toBe(
      'newport-wales'
    )
    expect(resolveName('locations', '大坂')).toMatchObject({
      name: '大阪',
      id: 'osaka'
    })
    expect(resolveName('locations', 'Londra')).toMatchObject({
      name: 'Londra',
      id: 'london'
    })
    expect(resolveName('locations', 'Sídney').id).toBe('sydney')
    expect(resolveName('providers', 'Redes Aryaka').id).toBe('aryaka-networks')
    expect(resolveName('providers', '中国电信').id).toBe('china-telecom')
  })

  it('should give every translation a Latin canonical name and its languages', () => {
    const tables = [
      ...locationAliases.map((alias) => ['locations', alias] as const),
      ...providerAliases.map((alias) => ['providers', alias] as const)
    ]
    for (const [table, alias] of tables) {
      if (alias.kind !== 'translation') {
        expect(alias.languages, alias.written).toBeUndefined()
        continue
      }

      expect(alias.languages?.length, alias.written).toBeGreaterThan(0)
      expect(
        hasNonLatinLetter(resolveName(table, alias.written).canonical),
        alias.written
      ).toBe(false)
    }
  })

  it('should merge a location written in English and in Chinese on one page', () => {
    const model = parse(
      chinesePage('孟买、新加坡', [
        '| **Mumbai** | Tata Communications |',
        '| **新加坡** | Equinix |'
      ])
    )
    expect(model.locations.map((location) => location.id)).toEqual([
      'mumbai',
      'singapore'
    ])
    expect(rules(model, 'location-not-in-region')).toEqual([])
    expect(rules(model, 'location-without-provider')).toEqual([])
  })

  for (const name of zhPages) {
    it(
      'should hold each place once, with no false location-not-in-region: ' +
        name,
      () => {
        for (const view of ['published', 'upstream'] as const) {
          const model = parse(fixture(name), {view, path: name})
          // Every location of these pages has a translation: no Chinese id is left.
          expect(
            model.locations.filter((location) => hasNonLatinLetter(location.id))
          ).toEqual([])
          const keys = model.locations.map(
            (location) => location.cloud + ':' + location.id
          )
          expect(new Set(keys).size).toBe(keys.length)
          // The one location a provider serves that no region map of its
          // cloud lists: the 2015 US Government map lists Ashburn and Chicago,
          // its providers Chicago and Washington DC.
          const unmapped = rules(model, 'location-not-in-region').map(
            (diagnostic) => /`([^`]+)`/.exec(diagnostic.message)?.[1]
          )
          expect(unmapped).toEqual(
            name.includes('2015-12-02') ? ['华盛顿特区'] : []
          )
        }
      }
    )
  }
})

describe('untranslated names', () => {
  it('should keep a non-Latin name without translation as its own id, once, with an info diagnostic', () => {
    const model = parse(
      chinesePage('新加坡', [
        '| **新加坡** | 上海电信, Equinix |',
        '| **孟买** | 上海电信 |'
      ])
    )
    expect(model.providers.map((provider) => provider.id)).toEqual([
      'equinix',
      '上海电信'
    ])
    expect(
      rules(model, 'untranslated-name').map((diagnostic) => [
        diagnostic.severity,
        diagnostic.line,
        diagnostic.column
      ])
    ).toEqual([['info', 13, 13]])
  })

  it('should report the untranslated China-cloud providers of the zh-cn pages', () => {
    const model = parse(
      fixture('corpus/2016-05-11_locations-flat_zh-cn_1f29e76e.md')
    )
    expect(
      rules(model, 'untranslated-name').map((diagnostic) => diagnostic.message)
    ).toEqual([
      'Unexpected untranslated name `北京电信`, expected a name the alias table translates; kept as its own id `北京电信`',
      'Unexpected untranslated name `上海电信`, expected a name the alias table translates; kept as its own id `上海电信`'
    ])
  })

  it('should tell non-Latin letters by script', () => {
    expect(
      ['北京', '서울', 'ガバメント', 'Москва', 'Αθήνα'].map(hasNonLatinLetter)
    ).toEqual([true, true, true, true, true])
    expect(
      ['São Paulo', 'GÉANT', 'Zürich', 'Łódź', 'AT&T 2'].map(hasNonLatinLetter)
    ).toEqual([false, false, false, false, false])
  })
})

describe('ids of names in every script', () => {
  it('should keep Latin ids as they were', () => {
    expect(slug('GÉANT')).toBe('geant')
    expect(slug('Silicon Valley 2')).toBe('silicon-valley2')
    expect(slug('Newport(Wales)')).toBe('newport-wales')
    expect(slug('São Paulo')).toBe('sao-paulo')
    expect(slug('Straße Łódź Ærø')).toBe('strasse-lodz-aero')
  })

  it('should keep other scripts composed, with their marks', () => {
    expect(slug('뉴포트(웨일스)')).toBe('뉴포트-웨일스')
    expect([...slug('서울')].length).toBe(2)
    expect(slug('ガバメント')).not.toBe(slug('カハメント'))
    expect(slug('ｶﾞﾊﾞﾒﾝﾄ')).toBe(slug('ガバメント'))
    expect(slug('मुंबई')).toBe('मुंबई')
    expect(slug('Ёлки')).not.toBe(slug('Елки'))
    expect(slug('纽波特（威尔士）')).toBe('纽波特-威尔士')
  })

  it('should never give the empty id to a name with content', () => {
    expect(slug('★')).toBe('u2605')
    fc.assert(
      fc.property(
        fc.string({minLength: 1, maxLength: 12, unit: 'binary'}),
        (name) => {
          const id = slug(name)
          if (name.trim() !== '') expect(id).not.toBe('')
          expect(id).toBe(id.normalize('NFC'))
          expect(slug(name.normalize('NFD'))).toBe(id)
        }
      )
    )
  })
})

describe('national clouds in every language', () => {
  it('should read a cloud before its qualifier, however it is set off', () => {
    expect(cloudFromName('China, Osten')).toBe('china')
    expect(cloudFromName('China, Norden')).toBe('china')
    expect(cloudFromName('China (Norden)')).toBe('china')
    expect(cloudFromName('Deutschland, Mitte')).toBe('germany')
    expect(cloudFromName('中国东部')).toBe('china')
    expect(cloudFromName('德国中部')).toBe('germany')
    expect(cloudFromName('美国政府云')).toBe('us-government')
    expect(cloudFromName('중국 북부')).toBe('china')
    expect(cloudFromName('Europa, Norden')).toBe(null)
    expect(cloudFromName('亚洲')).toBe(null)
  })

  it('should read the German national rows as their clouds', () => {
    const model = parse(
      fixture('corpus/2016-09-20_locations-providers_de_484ba299.md')
    )
    const national = model.regions
      .filter((region) => region.cloud === 'national')
      .map((region) => region.name)
    expect(national.sort()).toEqual([
      'China',
      'Deutschland',
      'US-Government Cloud'
    ])
    expect(
      model.locations
        .filter((location) => location.cloud === 'china')
        .map((location) => location.id)
    ).toEqual(['beijing', 'shanghai'])
  })

  it('should read German region rows with a comma as the China cloud', () => {
    const text = fixture(
      'corpus/2016-09-20_locations-providers_de_484ba299.md'
    ).replace(
      '|**China**|China (Norden), China (Osten)|Peking, Shanghai|',
      '|**China, Osten**|China (Osten)|Shanghai|\n|**China, Norden**|China (Norden)|Peking|'
    )
    const model = parse(text)
    expect(
      model.regions
        .filter((region) => region.name.startsWith('China,'))
        .map((region) => region.cloud)
    ).toEqual(['national', 'national'])
    expect(
      model.locations
        .filter((location) => location.cloud === 'china')
        .map((location) => location.id)
    ).toEqual(['beijing', 'shanghai'])
  })
})

describe('the zh-cn systems-integrator table', () => {
  it('should read | **洲** | **系统集成商** |', () => {
    const model = parse(
      [
        '# ExpressRoute 位置',
        '',
        '## 系统集成商',
        '',
        '| **洲** | **系统集成商** |',
        '| --- | --- |',
        '| **亚洲** | Avanade Inc.、OneAs1a |',
        '| **欧洲** | Dotnet Solutions |',
        ''
      ].join('\n')
    )
    expect(
      model.systemIntegrators.map((record) => [record.id, record.continent])
    ).toEqual([
      ['avanade-inc', '亚洲'],
      ['dotnet-solutions', '欧洲'],
      ['oneas1a', '亚洲']
    ])
  })
})

describe('lists without a separator in scripts without spaces', () => {
  it('should split two names the alias table knows, with a diagnostic', () => {
    const model = parse(
      chinesePage('墨尔本悉尼、伦敦东京', ['| **悉尼** | Equinix |'])
    )
    expect(model.regions[0]?.locations.map((entry) => entry.location)).toEqual([
      'london',
      'melbourne',
      'sydney',
      'tokyo'
    ])
    expect(
      rules(model, 'list-missing-comma').map((diagnostic) => [
        diagnostic.line,
        diagnostic.column
      ])
    ).toEqual([
      [7, 17],
      [7, 23]
    ])
  })

  it('should leave an entry whole when a half is unknown or the cut is ambiguous', () => {
    const model = parse(
      chinesePage('墨尔本某地、新加坡', ['| **新加坡** | Equinix |'])
    )
    expect(rules(model, 'list-missing-comma')).toEqual([])
    expect(model.regions[0]?.locations.map((entry) => entry.location)).toEqual([
      'singapore',
      '墨尔本某地'
    ])
  })

  it('should split the 2015 national map of zh-cn (芝加哥市阿什本: the English page writes Ashburn, Chicago)', () => {
    const model = parse(
      fixture('corpus/2015-12-02_locations-flat_zh-cn_fa9da440.md')
    )
    const region = model.regions.find((entry) => entry.cloud === 'national')
    expect(region?.locations.map((entry) => entry.location)).toEqual([
      'ashburn',
      'chicago'
    ])
    expect(rules(model, 'list-missing-comma')).toHaveLength(1)
  })

  it('should stay fast on a long run of characters', () => {
    const start = performance.now()
    parse(chinesePage('伦敦'.repeat(20_000), ['| **伦敦** | Equinix |']))
    expect(performance.now() - start).toBeLessThan(5000)
  })
})
