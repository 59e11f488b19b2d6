import {describe, expect, it} from 'vitest'
import {toCsv} from '../../src/render/csv.js'
import {datasetTables} from '../../src/render/dataset-tables.js'
import {documentOf, provider} from '../diff/builders.js'

describe('CSV tables', () => {
  it('should quote a field with a comma or a quote and double the quote (RFC 4180)', () => {
    expect(
      toCsv(
        ['id', 'name'],
        [
          ['acme', 'Acme "Best", Inc.'],
          ['plain', 'Plain']
        ]
      )
    ).toBe('id,name\nacme,"Acme ""Best"", Inc."\nplain,Plain\n')
  })

  it('should quote a field with a line ending, and write null as an empty field', () => {
    expect(
      toCsv(
        ['a', 'b', 'c', 'd'],
        [
          ['x\ny', null, false, 0],
          ['r\rs', '', true, 10]
        ]
      )
    ).toBe('a,b,c,d\n"x\ny",,false,0\n"r\rs",,true,10\n')
  })

  it('should quote a provider name with a comma and a quote in providers.csv', () => {
    const tables = datasetTables([
      documentOf({
        date: '2021-02-10',
        path: 'pages/a, "b".md',
        providers: [
          provider('airgate-technologies-inc', {
            name: 'Airgate Technologies, Inc.'
          }),
          provider('the-best', {
            name: 'The "Best" Networks, Ltd',
            url: 'https://example.com/?a=1,2'
          })
        ]
      })
    ])
    expect(tables['providers.csv']).toBe(
      'date,view,path,id,name,url,line,column\n' +
        '2021-02-10,published,"pages/a, ""b"".md",airgate-technologies-inc,"Airgate Technologies, Inc.",,1,1\n' +
        '2021-02-10,published,"pages/a, ""b"".md",the-best,"The ""Best"" Networks, Ltd","https://example.com/?a=1,2",1,1\n'
    )
  })
})
