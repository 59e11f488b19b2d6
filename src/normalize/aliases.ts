/**
 * The alias table: every spelling seen across the seeds and the corpus that
 * is not the canonical one, as data.
 *
 * Kinds:
 *
 * - `spelling`: another way to write the same name (a typo, a short form);
 *   the model's `name` becomes the canonical spelling.
 * - `rename`: the thing was renamed over time (`Hong Kong` → `Hong Kong
 *   SAR`); the id is the current name's, the `name` stays as the page wrote
 *   it, so a diff reports a rename.
 * - `display`: a display name that carries another name in parentheses
 *   (`Lumen (CenturyLink Cloud Connect)`); resolves to one company, the
 *   `name` stays as written.
 * - `translation`: the name in the language of a translated page (`孟买` →
 *   `Mumbai`, `Londra` → `London`); the id is the canonical name's, so a
 *   translated page names the same places as the English one, and the
 *   `name` stays as the page writes it: it is the page's language, not a
 *   mistake (no `alias-applied`). `languages` lists the docs locales whose
 *   pages write it.
 *
 * A name in a script other than Latin that no entry translates keeps its own
 * id (`untranslated-name`, `src/normalize/untranslated-names.ts`).
 *
 * Lookups fold case, diacritics and whitespace, so `Coresite` and
 * `CoreSite ` need no entry of their own — ids fold them anyway; the entries
 * here that differ only so fix the *name* the model shows. `seenIn` lists
 * the fixtures (by file name date) whose text has the spelling; a test keeps
 * it true, and keeps every entry used.
 */

/** What an alias says about a spelling. */
export type AliasKind = 'spelling' | 'rename' | 'display' | 'translation'

/** One spelling and what it stands for. */
export interface Alias {
  /** The spelling as pages write it. */
  written: string
  /** The canonical name it resolves to. */
  canonical: string
  kind: AliasKind
  /** Why, in one sentence. */
  reason: string
  /** Dates (`YYYY-MM-DD`) of the fixtures whose pages write it. */
  seenIn: string[]
  /**
   * Of a `translation` (and only of one): the docs locales (`zh-cn`, `pt-br`)
   * of the fixtures whose pages write it.
   */
  languages?: string[]
}

/** Aliases of connectivity providers (also used for exchanges and datacenter providers, which are companies too). */
export const providerAliases: Alias[] = [
  {
    written: 'Level3',
    canonical: 'Level 3 Communications',
    kind: 'spelling',
    reason: 'Short form of the company name in exchange columns.',
    seenIn: [
      '2017-06-16',
      '2017-08-17',
      '2018-01-17',
      '2019-07-11',
      '2020-01-17',
      '2020-05-05',
      '2023-02-02',
      '2023-08-28',
      '2024-09-22',
      '2025-11-13',
      '2026-09-16'
    ]
  },
  {
    written: 'Level 3',
    canonical: 'Level 3 Communications',
    kind: 'spelling',
    reason: 'Short form of the company name in exchange columns.',
    seenIn: [
      '2017-06-27',
      '2017-08-17',
      '2018-04-04',
      '2019-07-11',
      '2021-02-10',
      '2021-08-26',
      '2023-02-01',
      '2024-07-31',
      '2025-11-09'
    ]
  },
  {
    written: 'Level3 IPVPN',
    canonical: 'Level 3 Communications - IPVPN',
    kind: 'spelling',
    reason: 'The 2015 services table writes the IPVPN product of Level 3 so.',
    seenIn: ['2015-04-29', '2015-05-14']
  },
  {
    written: 'Coresite',
    canonical: 'CoreSite',
    kind: 'spelling',
    reason: 'The company writes its name CoreSite.',
    seenIn: [
      '2015-09-22',
      '2015-12-02',
      '2016-03-31',
      '2016-07-28',
      '2016-09-20',
      '2016-10-21',
      '2016-11-17',
      '2017-02-13',
      '2017-06-16',
      '2017-06-27',
      '2017-08-17',
      '2018-01-17',
      '2018-04-04',
      '2018-05-14',
      '2019-07-11',
      '2020-01-17',
      '2020-01-20',
      '2020-05-05',
      '2021-02-10',
      '2021-08-26',
      '2023-02-01',
      '2023-02-02',
      '2023-08-28',
      '2024-07-31',
      '2024-09-22',
      '2025-11-09',
      '2025-11-13',
      '2026-09-16'
    ]
  },
  {
    written: 'NextDC',
    canonical: 'NEXTDC',
    kind: 'spelling',
    reason: 'The company writes its name NEXTDC, as the provider tables do.',
    seenIn: [
      '2015-05-14',
      '2015-07-07',
      '2015-09-22',
      '2015-12-02',
      '2016-03-31',
      '2016-07-28',
      '2016-09-20',
      '2016-10-21',
      '2016-11-17',
      '2017-02-13',
      '2017-06-16',
      '2017-06-27',
      '2017-08-17',
      '2018-01-17',
      '2018-04-04',
      '2018-05-14',
      '2019-07-11',
      '2020-01-17',
      '2020-01-20',
      '2020-05-05',
      '2021-02-10',
      '2021-08-26',
      '2023-02-01',
      '2023-02-02',
      '2023-08-28',
      '2024-07-31',
      '2024-09-22',
      '2025-11-09',
      '2025-11-13',
      '2026-09-16'
    ]
  },
  {
    written: 'GEANT',
    canonical: 'GÉANT',
    kind: 'spelling',
    reason: 'The network writes its name GÉANT.',
    seenIn: [
      '2016-07-28',
      '2016-09-20',
      '2016-10-21',
      '2016-11-17',
      '2017-02-13',
      '2017-06-16',
      '2017-06-27',
      '2017-08-17',
      '2018-01-17',
      '2018-04-04',
      '2018-05-14',
      '2019-07-11',
      '2020-01-17',
      '2020-01-20',
      '2020-05-05',
      '2021-02-10',
      '2021-08-26',
      '2023-02-01',
      '2023-02-02',
      '2023-08-28',
      '2024-07-31',
      '2024-09-22',
      '2025-11-09',
      '2025-11-13',
      '2026-09-16'
    ]
  },
  {
    written: 'Intercloud',
    canonical: 'InterCloud',
    kind: 'spelling',
    reason: 'The company writes its name InterCloud.',
    seenIn: [
      '2015-04-29',
      '2015-05-14',
      '2015-07-07',
      '2015-09-22',
      '2015-12-02',
      '2016-03-31',
      '2016-07-28',
      '2016-09-20',
      '2016-10-21',
      '2016-11-17',
      '2017-02-13',
      '2017-06-16',
      '2017-06-27',
      '2017-08-17',
      '2018-01-17',
      '2018-04-04',
      '2018-05-14',
      '2019-07-11',
      '2020-01-17',
      '2020-01-20',
      '2020-05-05',
      '2021-02-10',
      '2021-08-26',
      '2023-02-01',
      '2023-02-02',
      '2023-08-28',
      '2024-07-31',
      '2024-09-22',
      '2025-11-09',
      '2025-11-13',
      '2026-09-16'
    ]
  },
  {
    written: 'SIFY',
    canonical: 'Sify',
    kind: 'spelling',
    reason: 'The company writes its name Sify; the pages use both.',
    seenIn: [
      '2017-02-13',
      '2017-06-16',
      '2017-06-27',
      '2017-08-17',
      '2018-01-17',
      '2018-04-04',
      '2019-07-11',
      '2020-01-17',
      '2020-01-20',
      '2020-05-05',
      '2021-02-10',
      '2021-08-26',
      '2023-02-01',
      '2023-02-02',
      '2023-08-28',
      '2024-07-31',
      '2024-09-22',
      '2025-11-09',
      '2025-11-13',
      '2026-09-16'
    ]
  },
  {
    written: 'NTT',
    canonical: 'NTT Communications',
    kind: 'spelling',
    reason:
      'By-location pages write NTT only at Los Angeles, where the by-provider pages of the same dates list NTT Communications.',
    seenIn: [
      '2016-09-20',
      '2016-10-21',
      '2017-02-13',
      '2017-06-16',
      '2017-08-17',
      '2018-01-17',
      '2019-07-11',
      '2020-01-17',
      '2020-01-20',
      '2020-05-05',
      '2023-02-02',
      '2023-08-28',
      '2024-09-22',
      '2025-11-13'
    ]
  },
  {
    written: 'Global Cloud Xchange (GCX)',
    canonical: 'Global CloudXchange (GCX)',
    kind: 'spelling',
    reason: 'By-provider pages space the name, by-location pages do not.',
    seenIn: [
      '2017-06-27',
      '2017-08-17',
      '2018-04-04',
      '2019-07-11',
      '2021-02-10',
      '2021-08-26',
      '2023-02-01',
      '2024-07-31',
      '2025-11-09'
    ]
  },
  {
    written: 'Airgate Technologies. Inc',
    canonical: 'Airgate Technologies, Inc.',
    kind: 'spelling',
    reason: 'A typo of the comma.',
    seenIn: ['2017-06-16', '2017-08-17', '2018-01-17']
  },
  {
    written: 'Kaalam Telecom Bahrain B.S.C',
    canonical: 'Kalaam Telecom Bahrain B.S.C',
    kind: 'spelling',
    reason: 'A typo of Kalaam.',
    seenIn: [
      '2021-02-10',
      '2021-08-26',
      '2023-02-01',
      '2024-07-31',
      '2025-11-09'
    ]
  },
  {
    written: 'Oncore Cloud Service Inc',
    canonical: 'Oncore Cloud Services Inc.',
    kind: 'spelling',
    reason: 'A typo of the company name.',
    seenIn: [
      '2021-02-10',
      '2021-08-26',
      '2023-02-01',
      '2024-07-31',
      '2025-11-09'
    ]
  },
  {
    written: 'DataFoundry',
    canonical: 'Data Foundry',
    kind: 'spelling',
    reason: 'A missing space.',
    seenIn: [
      '2019-07-11',
      '2021-02-10',
      '2021-08-26',
      '2023-02-01',
      '2024-07-31',
      '2025-11-09'
    ]
  },
  {
    written: 'Cyrus One',
    canonical: 'CyrusOne',
    kind: 'spelling',
    reason: 'The company writes its name CyrusOne.',
    seenIn: ['2017-06-27', '2017-08-17', '2018-04-04']
  },
  {
    written: 'VodafoneIdea',
    canonical: 'Vodafone Idea',
    kind: 'spelling',
    reason: 'A missing space.',
    seenIn: [
      '2023-02-02',
      '2023-08-28',
      '2024-09-22',
      '2025-11-13',
      '2026-09-16'
    ]
  },
  {
    written: 'Aryaka',
    canonical: 'Aryaka Networks',
    kind: 'spelling',
    reason: 'Short form in the 2015 services table.',
    seenIn: ['2015-04-29', '2015-05-14']
  },
  {
    written: 'Zayo Group',
    canonical: 'Zayo',
    kind: 'spelling',
    reason:
      'Long form of the name that pages of the same years also write Zayo.',
    seenIn: [
      '2015-04-29',
      '2015-05-14',
      '2015-07-07',
      '2015-09-22',
      '2015-12-02',
      '2016-03-31',
      '2016-07-28',
      '2016-09-20',
      '2016-10-21',
      '2016-11-17',
      '2017-02-13',
      '2017-06-16',
      '2017-06-27',
      '2017-08-17',
      '2018-01-17',
      '2018-05-14',
      '2020-01-20'
    ]
  },
  {
    written: 'Console',
    canonical: 'Console Connect',
    kind: 'spelling',
    reason: 'Short form in by-provider location lists.',
    seenIn: [
      '2017-02-13',
      '2017-06-16',
      '2017-06-27',
      '2017-08-17',
      '2018-01-17',
      '2020-01-20'
    ]
  },
  {
    written: 'Chief',
    canonical: 'Chief Telecom',
    kind: 'spelling',
    reason:
      'Short form in exchange tables of the same pages that list Chief Telecom.',
    seenIn: [
      '2019-07-11',
      '2020-01-17',
      '2020-05-05',
      '2021-02-10',
      '2021-08-26',
      '2023-02-01',
      '2023-02-02',
      '2023-08-28',
      '2024-07-31',
      '2024-09-22',
      '2025-11-09',
      '2025-11-13',
      '2026-09-16'
    ]
  },
  {
    written: 'C3ntro',
    canonical: 'C3ntro Telecom',
    kind: 'spelling',
    reason: 'Short form in by-location lists.',
    seenIn: [
      '2017-08-17',
      '2018-01-17',
      '2018-04-04',
      '2019-07-11',
      '2020-01-17',
      '2020-05-05',
      '2021-02-10',
      '2021-08-26',
      '2023-02-01',
      '2023-02-02',
      '2023-08-28',
      '2024-07-31',
      '2024-09-22',
      '2025-11-09',
      '2025-11-13',
      '2026-09-16'
    ]
  },
  {
    written: 'Telia Carrier',
    canonical: 'Arelion',
    kind: 'rename',
    reason:
      'Telia Carrier was renamed Arelion (the 2026 page shows `Arelion (Telia Carrier)`).',
    seenIn: [
      '2019-07-11',
      '2020-01-17',
      '2020-05-05',
      '2021-02-10',
      '2021-08-26',
      '2023-02-01',
      '2023-02-02',
      '2023-08-28',
      '2024-07-31',
      '2024-09-22',
      '2025-11-09',
      '2025-11-13'
    ]
  },
  {
    written: 'Arelion (Telia Carrier)',
    canonical: 'Arelion',
    kind: 'display',
    reason: 'Display name with the former name in parentheses.',
    seenIn: ['2026-09-16']
  },
  {
    written: 'CenturyLink Cloud Connect',
    canonical: 'Lumen',
    kind: 'rename',
    reason:
      'CenturyLink became Lumen (the 2026 page shows `Lumen (CenturyLink Cloud Connect)`).',
    seenIn: [
      '2018-04-04',
      '2019-07-11',
      '2020-01-17',
      '2020-05-05',
      '2021-02-10',
      '2021-08-26',
      '2023-02-01',
      '2023-02-02',
      '2023-08-28',
      '2024-07-31',
      '2024-09-22',
      '2025-11-09',
      '2025-11-13'
    ]
  },
  {
    written: 'Lumen (CenturyLink Cloud Connect)',
    canonical: 'Lumen',
    kind: 'display',
    reason: 'Display name with the former name in parentheses.',
    seenIn: ['2026-09-16']
  },
  {
    written: 'Lumen (Level 3 Communications)',
    canonical: 'Level 3 Communications',
    kind: 'display',
    reason:
      'The 2026 page shows the Level 3 line as `Lumen (Level 3 Communications)` next to `Lumen (CenturyLink Cloud Connect)`: kept as Level 3 so the two lines do not merge.',
    seenIn: ['2026-09-16']
  },
  {
    written: 'PCCW Global Limited',
    canonical: 'Console Connect',
    kind: 'rename',
    reason:
      'PCCW Global became Console Connect (the 2025 pages show `Console Connect (PCCW Global Limited)`).',
    seenIn: [
      '2015-05-14',
      '2015-07-07',
      '2015-09-22',
      '2015-12-02',
      '2016-03-31',
      '2016-07-28',
      '2016-09-20',
      '2016-10-21',
      '2016-11-17',
      '2017-02-13',
      '2017-06-16',
      '2017-06-27',
      '2017-08-17',
      '2018-01-17',
      '2018-04-04',
      '2018-05-14',
      '2019-07-11',
      '2020-01-17',
      '2020-01-20',
      '2020-05-05',
      '2021-02-10',
      '2021-08-26',
      '2023-02-01',
      '2023-02-02',
      '2023-08-28',
      '2024-07-31',
      '2024-09-22'
    ]
  },
  {
    written: 'Console Connect (PCCW Global Limited)',
    canonical: 'Console Connect',
    kind: 'display',
    reason: 'Display name with the former name in parentheses.',
    seenIn: ['2025-11-09', '2025-11-13', '2026-09-16']
  },
  {
    written: 'Interxion (Digital Realty)',
    canonical: 'Interxion',
    kind: 'display',
    reason:
      'Interxion, now part of Digital Realty, which the same pages also list on its own.',
    seenIn: [
      '2024-07-31',
      '2024-09-22',
      '2025-11-09',
      '2025-11-13',
      '2026-09-16'
    ]
  },
  {
    written: 'Digital Realty (Interxion)',
    canonical: 'Interxion',
    kind: 'display',
    reason:
      'Interxion under its owner Digital Realty, as `Interxion (Digital Realty)` on other rows.',
    seenIn: ['2026-09-16']
  },
  {
    written: 'Vi (Vodafone Idea)',
    canonical: 'Vodafone Idea',
    kind: 'display',
    reason:
      'Display name with the company name in parentheses; later pages write Vodafone Idea again.',
    seenIn: ['2023-02-01', '2024-07-31', '2025-11-09']
  },
  {
    written: 'Cogent (T-Mobile)',
    canonical: 'Cogent',
    kind: 'display',
    reason: 'Display name with the former owner in parentheses.',
    seenIn: ['2025-11-09']
  },
  {
    written: 'Internet Association of Australia (IX Australia)',
    canonical: 'Internet Association of Australia',
    kind: 'display',
    reason: 'Display name with the exchange name in parentheses.',
    seenIn: ['2026-09-16']
  },
  {
    written: 'NTT Communications - Flexible InterConnect',
    canonical: 'NTT DOCOMO BUSINESS - Flexible InterConnect',
    kind: 'rename',
    reason:
      'Renamed (the 2026 page shows `NTT DOCOMO BUSINESS - Flexible Interconnect (NTT Communications - Flexible Interconnect)`).',
    seenIn: ['2023-02-01', '2024-07-31']
  },
  {
    written:
      'NTT DOCOMO BUSINESS - Flexible Interconnect (NTT Communications - Flexible Interconnect)',
    canonical: 'NTT DOCOMO BUSINESS - Flexible InterConnect',
    kind: 'display',
    reason: 'Display name with the former name in parentheses.',
    seenIn: ['2026-09-16']
  },
  // Translations: the names of the pages in other languages.
  {
    written: '中国电信',
    canonical: 'China Telecom',
    kind: 'translation',
    languages: ['zh-cn'],
    reason:
      'Chinese name of China Telecom, which the English pages of its dates list in China.',
    seenIn: ['2017-01-12', '2020-01-20']
  },
  {
    written: 'XO 通訊',
    canonical: 'XO Communications',
    kind: 'translation',
    languages: ['zh-tw'],
    reason: 'Chinese (traditional) name of XO Communications.',
    seenIn: ['2015-04-29']
  },
  {
    written: 'Colt 乙太網路',
    canonical: 'Colt Ethernet',
    kind: 'translation',
    languages: ['zh-tw'],
    reason: 'Chinese (traditional) name of Colt Ethernet.',
    seenIn: ['2015-04-29']
  },
  {
    written: 'Level 3 EVPL 服務',
    canonical: 'Level 3 EVPL Service',
    kind: 'translation',
    languages: ['zh-tw'],
    reason: 'Chinese (traditional) name of Level 3 EVPL Service.',
    seenIn: ['2015-04-29']
  },
  {
    written: 'Internet 解决方案 - 云连接',
    canonical: 'Internet Solutions - Cloud Connect',
    kind: 'translation',
    languages: ['zh-cn'],
    reason: 'Chinese name of Internet Solutions - Cloud Connect.',
    seenIn: ['2015-12-02', '2020-01-20']
  },
  {
    written: 'Internet Solutions - 클라우드 연결',
    canonical: 'Internet Solutions - Cloud Connect',
    kind: 'translation',
    languages: ['ko'],
    reason: 'Korean name of Internet Solutions - Cloud Connect.',
    seenIn: ['2016-09-20']
  },
  {
    written: 'XO 통신',
    canonical: 'XO Communications',
    kind: 'translation',
    languages: ['ko'],
    reason: 'Korean name of XO Communications.',
    seenIn: ['2016-09-20']
  },
  {
    written: 'Redes Aryaka',
    canonical: 'Aryaka Networks',
    kind: 'translation',
    languages: ['es', 'pt-br'],
    reason: 'Spanish and Portuguese (machine) translation of Aryaka Networks.',
    seenIn: ['2016-10-21']
  },
  {
    written: 'Aryaka redes',
    canonical: 'Aryaka Networks',
    kind: 'translation',
    languages: ['es', 'pt-br'],
    reason:
      'Spanish and Portuguese (word for word) translation of Aryaka Networks.',
    seenIn: ['2016-10-21']
  },
  {
    written: 'Redes de Aryaka',
    canonical: 'Aryaka Networks',
    kind: 'translation',
    languages: ['pt-br'],
    reason: 'Portuguese (machine) translation of Aryaka Networks.',
    seenIn: ['2016-10-21']
  },
  {
    written: 'Naranja',
    canonical: 'Orange',
    kind: 'translation',
    languages: ['es'],
    reason: 'Spanish (machine) translation of Orange.',
    seenIn: ['2016-10-21']
  },
  {
    written: 'Laranja',
    canonical: 'Orange',
    kind: 'translation',
    languages: ['pt-br'],
    reason: 'Portuguese (machine) translation of Orange.',
    seenIn: ['2016-10-21']
  },
  {
    written: 'Comunicaciones de nivel 3',
    canonical: 'Level 3 Communications',
    kind: 'translation',
    languages: ['es'],
    reason: 'Spanish (machine) translation of Level 3 Communications.',
    seenIn: ['2016-10-21']
  },
  {
    written: 'Nivel 3 comunicaciones',
    canonical: 'Level 3 Communications',
    kind: 'translation',
    languages: ['es'],
    reason: 'Spanish (word for word) translation of Level 3 Communications.',
    seenIn: ['2016-10-21']
  },
  {
    written: 'Comunicações de nível 3',
    canonical: 'Level 3 Communications',
    kind: 'translation',
    languages: ['pt-br'],
    reason: 'Portuguese (machine) translation of Level 3 Communications.',
    seenIn: ['2016-10-21', '2017-08-17']
  },
  {
    written: 'Nível 3 comunicações',
    canonical: 'Level 3 Communications',
    kind: 'translation',
    languages: ['pt-br'],
    reason: 'Portuguese (word for word) translation of Level 3 Communications.',
    seenIn: ['2016-10-21']
  },
  {
    written: 'Nivel 3',
    canonical: 'Level 3',
    kind: 'translation',
    languages: ['es', 'pt-br'],
    reason: 'Spanish and Portuguese (machine) translation of Level 3.',
    seenIn: ['2016-10-21', '2017-08-17']
  },
  {
    written: 'Comunicaciones de NTT',
    canonical: 'NTT Communications',
    kind: 'translation',
    languages: ['es'],
    reason: 'Spanish (machine) translation of NTT Communications.',
    seenIn: ['2016-10-21']
  },
  {
    written: 'NTT comunicaciones',
    canonical: 'NTT Communications',
    kind: 'translation',
    languages: ['es'],
    reason: 'Spanish (word for word) translation of NTT Communications.',
    seenIn: ['2016-10-21']
  },
  {
    written: 'Comunicações de NTT',
    canonical: 'NTT Communications',
    kind: 'translation',
    languages: ['pt-br'],
    reason: 'Portuguese (machine) translation of NTT Communications.',
    seenIn: ['2016-10-21']
  },
  {
    written: 'NTT comunicações',
    canonical: 'NTT Communications',
    kind: 'translation',
    languages: ['pt-br'],
    reason: 'Portuguese (word for word) translation of NTT Communications.',
    seenIn: ['2016-10-21']
  },
  {
    written: 'Comunicaciones de TATA',
    canonical: 'Tata Communications',
    kind: 'translation',
    languages: ['es'],
    reason: 'Spanish (machine) translation of Tata Communications.',
    seenIn: ['2016-10-21']
  },
  {
    written: 'Tata comunicaciones',
    canonical: 'Tata Communications',
    kind: 'translation',
    languages: ['es'],
    reason: 'Spanish (word for word) translation of Tata Communications.',
    seenIn: ['2016-10-21']
  },
  {
    written: 'Comunicações de Tata',
    canonical: 'Tata Communications',
    kind: 'translation',
    languages: ['pt-br'],
    reason: 'Portuguese (machine) translation of Tata Communications.',
    seenIn: ['2016-10-21']
  },
  {
    written: 'Tata comunicações',
    canonical: 'Tata Communications',
    kind: 'translation',
    languages: ['pt-br'],
    reason: 'Portuguese (word for word) translation of Tata Communications.',
    seenIn: ['2016-10-21']
  },
  {
    written: 'Comunicaciones de XO',
    canonical: 'XO Communications',
    kind: 'translation',
    languages: ['es'],
    reason: 'Spanish (machine) translation of XO Communications.',
    seenIn: ['2016-10-21']
  },
  {
    written: 'Comunicações de XO',
    canonical: 'XO Communications',
    kind: 'translation',
    languages: ['pt-br'],
    reason: 'Portuguese (machine) translation of XO Communications.',
    seenIn: ['2016-10-21']
  },
  {
    written: 'Comunicaciones de Alaska',
    canonical: 'Alaska Communications',
    kind: 'translation',
    languages: ['es'],
    reason: 'Spanish (machine) translation of Alaska Communications.',
    seenIn: ['2016-10-21']
  },
  {
    written: 'Comunicações de Alasca',
    canonical: 'Alaska Communications',
    kind: 'translation',
    languages: ['pt-br'],
    reason: 'Portuguese (machine) translation of Alaska Communications.',
    seenIn: ['2016-10-21']
  },
  {
    written: 'Grupo de Zayo',
    canonical: 'Zayo Group',
    kind: 'translation',
    languages: ['es', 'pt-br'],
    reason: 'Spanish and Portuguese (machine) translation of Zayo Group.',
    seenIn: ['2016-10-21']
  },
  {
    written: 'Zayo grupo',
    canonical: 'Zayo Group',
    kind: 'translation',
    languages: ['es', 'pt-br'],
    reason: 'Spanish and Portuguese (word for word) translation of Zayo Group.',
    seenIn: ['2016-10-21']
  },
  {
    written: 'Grupo de TeleCity',
    canonical: 'TeleCity Group',
    kind: 'translation',
    languages: ['es', 'pt-br'],
    reason: 'Spanish and Portuguese (machine) translation of TeleCity Group.',
    seenIn: ['2016-10-21']
  },
  {
    written: 'Telecity grupo',
    canonical: 'TeleCity Group',
    kind: 'translation',
    languages: ['es'],
    reason: 'Spanish (word for word) translation of TeleCity Group.',
    seenIn: ['2016-10-21']
  },
  {
    written: 'Servicios profesionales Equinix',
    canonical: 'Equinix Professional Services',
    kind: 'translation',
    languages: ['es'],
    reason: 'Spanish translation of Equinix Professional Services.',
    seenIn: ['2016-10-21']
  },
  {
    written: 'Serviços profissionais de Equinix',
    canonical: 'Equinix Professional Services',
    kind: 'translation',
    languages: ['pt-br'],
    reason: 'Portuguese translation of Equinix Professional Services.',
    seenIn: ['2016-10-21']
  },
  {
    written: 'PCCW Global limitada',
    canonical: 'PCCW Global Limited',
    kind: 'translation',
    languages: ['es'],
    reason: 'Spanish translation of PCCW Global Limited.',
    seenIn: ['2016-10-21']
  },
  {
    written: 'PCCW Global limitado',
    canonical: 'PCCW Global Limited',
    kind: 'translation',
    languages: ['pt-br'],
    reason: 'Portuguese translation of PCCW Global Limited.',
    seenIn: ['2016-10-21']
  },
  {
    written: 'Consola',
    canonical: 'Console',
    kind: 'translation',
    languages: ['es'],
    reason: 'Spanish translation of Console (Console Connect).',
    seenIn: ['2017-08-17']
  },
  {
    written: 'Exponencial E',
    canonical: 'Exponential E',
    kind: 'translation',
    languages: ['es'],
    reason: 'Spanish translation of Exponential E.',
    seenIn: ['2017-08-17']
  },
  {
    written: 'Esponenziale E',
    canonical: 'Exponential E',
    kind: 'translation',
    languages: ['it'],
    reason: 'Italian translation of Exponential E.',
    seenIn: ['2017-08-17']
  },
  {
    written: 'E Exponencial',
    canonical: 'Exponential E',
    kind: 'translation',
    languages: ['pt-br'],
    reason: 'Portuguese translation of Exponential E.',
    seenIn: ['2017-08-17']
  },
  {
    written: 'Dados Foundry',
    canonical: 'Data Foundry',
    kind: 'translation',
    languages: ['pt-br'],
    reason: 'Portuguese translation of Data Foundry.',
    seenIn: ['2017-08-17']
  },
  {
    written: 'Datacenters T5',
    canonical: 'T5 Datacenters',
    kind: 'translation',
    languages: ['pt-br'],
    reason: 'Portuguese translation of T5 Datacenters.',
    seenIn: ['2017-08-17']
  },
  {
    written: 'Centros de datos de T5',
    canonical: 'T5 Datacenters',
    kind: 'translation',
    languages: ['es'],
    reason: 'Spanish translation of T5 Datacenters.',
    seenIn: ['2017-08-17']
  },
  {
    written: 'Data centers Ascenty',
    canonical: 'Ascenty Data Centers',
    kind: 'translation',
    languages: ['pt-br'],
    reason: 'Portuguese translation of Ascenty Data Centers.',
    seenIn: ['2017-08-17']
  },
  {
    written: 'Centros de datos de Ascenty',
    canonical: 'Ascenty Data Centers',
    kind: 'translation',
    languages: ['es'],
    reason: 'Spanish translation of Ascenty Data Centers.',
    seenIn: ['2017-08-17']
  },
  {
    written: 'Centros de datos de RagingWire',
    canonical: 'RagingWire Data Centers',
    kind: 'translation',
    languages: ['es'],
    reason: 'Spanish translation of RagingWire Data Centers.',
    seenIn: ['2017-08-17']
  },
  {
    written: 'Datos de última generación',
    canonical: 'Next Generation Data',
    kind: 'translation',
    languages: ['es'],
    reason: 'Spanish translation of Next Generation Data.',
    seenIn: ['2017-08-17']
  },
  {
    written: 'Datos de siguiente generación',
    canonical: 'Next Generation Data',
    kind: 'translation',
    languages: ['es'],
    reason: 'Spanish translation of Next Generation Data.',
    seenIn: ['2016-10-21']
  },
  {
    written: 'Datos de generación siguiente',
    canonical: 'Next Generation Data',
    kind: 'translation',
    languages: ['es'],
    reason: 'Spanish (word for word) translation of Next Generation Data.',
    seenIn: ['2016-10-21']
  },
  {
    written: 'Dados da próxima geração',
    canonical: 'Next Generation Data',
    kind: 'translation',
    languages: ['pt-br'],
    reason: 'Portuguese translation of Next Generation Data.',
    seenIn: ['2016-10-21', '2017-08-17']
  },
  {
    written: 'Próxima geração dados',
    canonical: 'Next Generation Data',
    kind: 'translation',
    languages: ['pt-br'],
    reason: 'Portuguese (word for word) translation of Next Generation Data.',
    seenIn: ['2016-10-21']
  },
  {
    written: 'Dati di nuova generazione',
    canonical: 'Next Generation Data',
    kind: 'translation',
    languages: ['it'],
    reason: 'Italian translation of Next Generation Data.',
    seenIn: ['2017-08-17']
  },
  {
    written: 'Firma nueva',
    canonical: 'New Signature',
    kind: 'translation',
    languages: ['es'],
    reason: 'Spanish translation of New Signature (a system integrator).',
    seenIn: ['2017-08-17']
  },
  {
    written: 'Nova assinatura',
    canonical: 'New Signature',
    kind: 'translation',
    languages: ['pt-br'],
    reason: 'Portuguese translation of New Signature (a system integrator).',
    seenIn: ['2017-08-17']
  },
  {
    written: 'Serviços de Mensagem',
    canonical: 'MSG Services',
    kind: 'translation',
    languages: ['pt-br'],
    reason: 'Portuguese translation of MSG Services (a system integrator).',
    seenIn: ['2017-08-17']
  },
  {
    written: 'Soluciones de dotnet',
    canonical: 'Dotnet Solutions',
    kind: 'translation',
    languages: ['es'],
    reason: 'Spanish translation of Dotnet Solutions.',
    seenIn: ['2016-10-21']
  },
  {
    written: 'Soluções de dotnet',
    canonical: 'Dotnet Solutions',
    kind: 'translation',
    languages: ['pt-br'],
    reason: 'Portuguese translation of Dotnet Solutions.',
    seenIn: ['2016-10-21']
  },
  {
    written: 'Dotnet 解決方案',
    canonical: 'Dotnet Solutions',
    kind: 'translation',
    languages: ['zh-tw'],
    reason:
      'Chinese (traditional) name of Dotnet Solutions (a system integrator).',
    seenIn: ['2015-04-29']
  },
  {
    written: 'Dotnet 솔루션',
    canonical: 'Dotnet Solutions',
    kind: 'translation',
    languages: ['ko'],
    reason: 'Korean name of Dotnet Solutions (a system integrator).',
    seenIn: ['2016-09-20']
  },
  {
    written: 'Equinix 전문 서비스',
    canonical: 'Equinix Professional Services',
    kind: 'translation',
    languages: ['ko'],
    reason:
      'Korean name of Equinix Professional Services (a system integrator).',
    seenIn: ['2016-09-20']
  },
  {
    written: '프로젝트 리더십',
    canonical: 'Project Leadership',
    kind: 'translation',
    languages: ['ko'],
    reason: 'Korean name of Project Leadership (a system integrator).',
    seenIn: ['2016-09-20']
  },
  {
    written: 'Liderazgo del proyecto',
    canonical: 'Project Leadership',
    kind: 'translation',
    languages: ['es'],
    reason: 'Spanish translation of Project Leadership (a system integrator).',
    seenIn: ['2016-10-21']
  },
  {
    written: 'Liderança de projeto',
    canonical: 'Project Leadership',
    kind: 'translation',
    languages: ['pt-br'],
    reason:
      'Portuguese translation of Project Leadership (a system integrator).',
    seenIn: ['2016-10-21']
  },
  {
    written: 'Internet iniciativa Japón Inc. - IIJ',
    canonical: 'Internet Initiative Japan Inc. - IIJ',
    kind: 'translation',
    languages: ['es'],
    reason: 'Spanish translation of Internet Initiative Japan Inc. - IIJ.',
    seenIn: ['2016-10-21']
  },
  {
    written: 'Internet iniciativa Japão Inc. - IIJ',
    canonical: 'Internet Initiative Japan Inc. - IIJ',
    kind: 'translation',
    languages: ['pt-br'],
    reason: 'Portuguese translation of Internet Initiative Japan Inc. - IIJ.',
    seenIn: ['2016-10-21']
  },
  {
    written: 'de nível 3',
    canonical: 'Level 3 Communications',
    kind: 'translation',
    languages: ['es', 'pt-br'],
    reason:
      'Portuguese (`de nível 3`) and Spanish (`de nivel 3`) machine translation of Level 3 (“of level 3”).',
    seenIn: ['2016-10-21']
  },
  {
    written: 'para Mountain',
    canonical: 'MTN',
    kind: 'translation',
    languages: ['pt-br'],
    reason: 'Portuguese machine translation of MTN, read as an English phrase.',
    seenIn: ['2016-10-21']
  },
  {
    written: 'Montaña',
    canonical: 'MTN',
    kind: 'translation',
    languages: ['es'],
    reason: 'Spanish machine translation of MTN (“mountain”).',
    seenIn: ['2016-10-21']
  },
  {
    written: 'soluções de Internet - nuvem conectar',
    canonical: 'Internet Solutions - Cloud Connect',
    kind: 'translation',
    languages: ['pt-br'],
    reason:
      'Portuguese machine translation of Internet Solutions - Cloud Connect.',
    seenIn: ['2016-10-21']
  },
  {
    written: 'Conectar-se de soluções de Internet - nuvem',
    canonical: 'Internet Solutions - Cloud Connect',
    kind: 'translation',
    languages: ['pt-br'],
    reason:
      'Portuguese machine translation of Internet Solutions - Cloud Connect.',
    seenIn: ['2016-10-21']
  },
  {
    written: 'Conectar soluciones de Internet - nube',
    canonical: 'Internet Solutions - Cloud Connect',
    kind: 'translation',
    languages: ['es'],
    reason:
      'Spanish machine translation of Internet Solutions - Cloud Connect.',
    seenIn: ['2016-10-21']
  },
  {
    written: 'Internet Solutions - conectar en la nube',
    canonical: 'Internet Solutions - Cloud Connect',
    kind: 'translation',
    languages: ['es'],
    reason:
      'Spanish machine translation of Internet Solutions - Cloud Connect.',
    seenIn: ['2016-10-21']
  },
  {
    written: 'soluciones de Internet - conectar en la nube',
    canonical: 'Internet Solutions - Cloud Connect',
    kind: 'translation',
    languages: ['es'],
    reason:
      'Spanish machine translation of Internet Solutions - Cloud Connect.',
    seenIn: ['2016-10-21']
  },
  {
    written: 'Verizon de comunicaciones',
    canonical: 'Verizon',
    kind: 'translation',
    languages: ['es'],
    reason: 'Spanish machine translation of Verizon Communications.',
    seenIn: ['2016-10-21']
  },
  {
    written: 'Verizon de comunicações',
    canonical: 'Verizon',
    kind: 'translation',
    languages: ['pt-br'],
    reason: 'Portuguese machine translation of Verizon Communications.',
    seenIn: ['2016-10-21']
  },
  {
    written: 'Zayo grupo de comunicações',
    canonical: 'Zayo',
    kind: 'translation',
    languages: ['pt-br'],
    reason: 'Portuguese machine translation of Zayo Group Communications.',
    seenIn: ['2016-10-21']
  },
  {
    written: 'Limitado PCCW Global',
    canonical: 'PCCW Global Limited',
    kind: 'translation',
    languages: ['pt-br'],
    reason: 'Portuguese translation of PCCW Global Limited.',
    seenIn: ['2016-10-21']
  },
  {
    written: 'cubierta de e',
    canonical: 'e-shelter',
    kind: 'translation',
    languages: ['es'],
    reason:
      'Spanish machine translation of e-shelter (“shelter” → “cubierta”).',
    seenIn: ['2016-10-21']
  },
  {
    written: 'cubierta',
    canonical: 'e-shelter',
    kind: 'translation',
    languages: ['es'],
    reason:
      'Spanish machine translation of e-shelter, after `e` (read as “and”) in `Colt + e cubierta`.',
    seenIn: ['2016-10-21']
  },
  {
    written: 'Teltra Corporation',
    canonical: 'Telstra Corporation',
    kind: 'spelling',
    reason: 'A typo of Telstra on a Spanish page.',
    seenIn: ['2016-10-21']
  }
]

/** Aliases of peering locations. */
export const locationAliases: Alias[] = [
  {
    written: 'Sao Paula',
    canonical: 'Sao Paulo',
    kind: 'spelling',
    reason: 'A typo of Sao Paulo.',
    seenIn: ['2019-07-11', '2020-01-17', '2020-05-05']
  },
  {
    written: 'Toronoto',
    canonical: 'Toronto',
    kind: 'spelling',
    reason: 'A typo of Toronto.',
    seenIn: ['2017-06-27', '2017-08-17']
  },
  {
    written: 'Washinton DC',
    canonical: 'Washington DC',
    kind: 'spelling',
    reason: 'A typo of Washington DC.',
    seenIn: ['2018-04-04']
  },
  {
    written: 'Phoeni',
    canonical: 'Phoenix',
    kind: 'spelling',
    reason: 'A truncated Phoenix.',
    seenIn: ['2023-02-01']
  },
  {
    written: 'Newport',
    canonical: 'Newport(Wales)',
    kind: 'spelling',
    reason:
      'By-provider lists write Newport for the one peering location Newport(Wales).',
    seenIn: [
      '2018-04-04',
      '2019-07-11',
      '2021-02-10',
      '2021-08-26',
      '2023-02-01',
      '2024-07-31',
      '2025-11-09'
    ]
  },
  {
    written: 'Queretaro',
    canonical: 'Queretaro (Mexico)',
    kind: 'spelling',
    reason: 'Short form of the one peering location Queretaro (Mexico).',
    seenIn: ['2024-07-31', '2025-11-09']
  },
  {
    written: 'Queretaro(Mexico City)',
    canonical: 'Queretaro (Mexico)',
    kind: 'spelling',
    reason: 'Queretaro is not in Mexico City: a slip for Queretaro (Mexico).',
    seenIn: ['2024-07-31', '2025-11-09']
  },
  {
    written: 'Hong Kong',
    canonical: 'Hong Kong SAR',
    kind: 'rename',
    reason: 'The pages renamed the location Hong Kong SAR in 2019.',
    seenIn: [
      '2015-03-31',
      '2015-04-29',
      '2015-07-07',
      '2015-09-22',
      '2015-12-02',
      '2016-03-31',
      '2016-07-28',
      '2016-10-21',
      '2016-11-17',
      '2017-02-13',
      '2017-06-16',
      '2017-06-27',
      '2017-08-17',
      '2018-01-17',
      '2018-04-04',
      '2018-05-14',
      '2019-07-11',
      '2020-05-05',
      '2021-02-10',
      '2021-08-26',
      '2023-02-01',
      '2023-02-02',
      '2023-08-28',
      '2024-07-31',
      '2024-09-22',
      '2025-11-09',
      '2025-11-13'
    ]
  },
  {
    written: 'Hong Kong2',
    canonical: 'Hong Kong SAR2',
    kind: 'rename',
    reason: 'Renamed with Hong Kong.',
    seenIn: [
      '2020-05-05',
      '2021-02-10',
      '2021-08-26',
      '2023-02-01',
      '2023-02-02',
      '2023-08-28',
      '2024-07-31',
      '2024-09-22',
      '2025-11-09',
      '2025-11-13'
    ]
  },
  {
    written: '大坂',
    canonical: '大阪',
    kind: 'spelling',
    reason: 'A typo of 大阪 (Osaka) on a page that also writes 大阪.',
    seenIn: ['2020-01-20']
  },
  {
    written: '中国香港特别行政区',
    canonical: '香港特别行政区',
    kind: 'spelling',
    reason:
      'The long form of 香港特别行政区 (Hong Kong SAR), which the same page also writes.',
    seenIn: ['2020-01-20']
  },
  // Translations: the names of the pages in other languages.
  {
    written: '上海',
    canonical: 'Shanghai',
    kind: 'translation',
    languages: ['zh-cn'],
    reason: 'Chinese name of Shanghai.',
    seenIn: [
      '2015-05-14',
      '2015-12-02',
      '2016-05-11',
      '2017-01-12',
      '2017-02-13',
      '2020-01-20'
    ]
  },
  {
    written: '北京',
    canonical: 'Beijing',
    kind: 'translation',
    languages: ['zh-cn'],
    reason: 'Chinese name of Beijing.',
    seenIn: [
      '2015-05-14',
      '2015-12-02',
      '2016-05-11',
      '2017-01-12',
      '2017-02-13',
      '2020-01-20'
    ]
  },
  {
    written: '东京',
    canonical: 'Tokyo',
    kind: 'translation',
    languages: ['zh-cn'],
    reason: 'Chinese name of Tokyo (simplified).',
    seenIn: ['2015-05-14', '2015-12-02', '2020-01-20']
  },
  {
    written: '東京',
    canonical: 'Tokyo',
    kind: 'translation',
    languages: ['zh-tw'],
    reason: 'Chinese name of Tokyo (traditional).',
    seenIn: ['2015-04-29']
  },
  {
    written: '亚特兰大',
    canonical: 'Atlanta',
    kind: 'translation',
    languages: ['zh-cn'],
    reason: 'Chinese name of Atlanta (simplified).',
    seenIn: ['2015-05-14', '2015-12-02', '2020-01-20']
  },
  {
    written: '亞特蘭大',
    canonical: 'Atlanta',
    kind: 'translation',
    languages: ['zh-tw'],
    reason: 'Chinese name of Atlanta (traditional).',
    seenIn: ['2015-04-29']
  },
  {
    written: '伦敦',
    canonical: 'London',
    kind: 'translation',
    languages: ['zh-cn'],
    reason: 'Chinese name of London (simplified).',
    seenIn: ['2015-05-14', '2015-12-02', '2020-01-20']
  },
  {
    written: '倫敦',
    canonical: 'London',
    kind: 'translation',
    languages: ['zh-tw'],
    reason: 'Chinese name of London (traditional).',
    seenIn: ['2015-04-29']
  },
  {
    written: '华盛顿特区',
    canonical: 'Washington DC',
    kind: 'translation',
    languages: ['zh-cn'],
    reason: 'Chinese name of Washington DC (simplified).',
    seenIn: ['2015-05-14', '2015-12-02', '2020-01-20']
  },
  {
    written: '華盛頓特區',
    canonical: 'Washington DC',
    kind: 'translation',
    languages: ['zh-tw'],
    reason: 'Chinese name of Washington DC (traditional).',
    seenIn: ['2015-04-29']
  },
  {
    written: '圣保罗',
    canonical: 'Sao Paulo',
    kind: 'translation',
    languages: ['zh-cn'],
    reason: 'Chinese name of Sao Paulo (simplified).',
    seenIn: ['2015-05-14', '2015-12-02', '2020-01-20']
  },
  {
    written: '聖保羅',
    canonical: 'Sao Paulo',
    kind: 'translation',
    languages: ['zh-tw'],
    reason: 'Chinese name of Sao Paulo (traditional).',
    seenIn: ['2015-04-29']
  },
  {
    written: '墨尔本',
    canonical: 'Melbourne',
    kind: 'translation',
    languages: ['zh-cn'],
    reason: 'Chinese name of Melbourne.',
    seenIn: ['2015-05-14', '2015-12-02', '2020-01-20']
  },
  {
    written: '孟买',
    canonical: 'Mumbai',
    kind: 'translation',
    languages: ['zh-cn'],
    reason: 'Chinese name of Mumbai.',
    seenIn: ['2015-05-14', '2015-12-02', '2020-01-20']
  },
  {
    written: '悉尼',
    canonical: 'Sydney',
    kind: 'translation',
    languages: ['zh-cn'],
    reason: 'Chinese name of Sydney (mainland form).',
    seenIn: ['2015-05-14', '2015-12-02', '2020-01-20']
  },
  {
    written: '雪梨',
    canonical: 'Sydney',
    kind: 'translation',
    languages: ['zh-tw'],
    reason: 'Chinese name of Sydney (Taiwan form).',
    seenIn: ['2015-04-29']
  },
  {
    written: '新加坡',
    canonical: 'Singapore',
    kind: 'translation',
    languages: ['zh-cn', 'zh-tw'],
    reason: 'Chinese name of Singapore.',
    seenIn: ['2015-04-29', '2015-05-14', '2015-12-02', '2020-01-20']
  },
  {
    written: '洛杉矶',
    canonical: 'Los Angeles',
    kind: 'translation',
    languages: ['zh-cn'],
    reason: 'Chinese name of Los Angeles (simplified).',
    seenIn: ['2015-05-14', '2015-12-02', '2020-01-20']
  },
  {
    written: '洛杉磯',
    canonical: 'Los Angeles',
    kind: 'translation',
    languages: ['zh-tw'],
    reason: 'Chinese name of Los Angeles (traditional).',
    seenIn: ['2015-04-29']
  },
  {
    written: '硅谷',
    canonical: 'Silicon Valley',
    kind: 'translation',
    languages: ['zh-cn'],
    reason: 'Chinese name of Silicon Valley (mainland form).',
    seenIn: ['2015-05-14', '2015-12-02', '2020-01-20']
  },
  {
    written: '矽谷',
    canonical: 'Silicon Valley',
    kind: 'translation',
    languages: ['zh-tw'],
    reason: 'Chinese name of Silicon Valley (Taiwan form).',
    seenIn: ['2015-04-29']
  },
  {
    written: '纽约',
    canonical: 'New York',
    kind: 'translation',
    languages: ['zh-cn'],
    reason: 'Chinese name of New York (simplified).',
    seenIn: ['2015-05-14', '2015-12-02', '2020-01-20']
  },
  {
    written: '紐約',
    canonical: 'New York',
    kind: 'translation',
    languages: ['zh-tw'],
    reason: 'Chinese name of New York (traditional).',
    seenIn: ['2015-04-29']
  },
  {
    written: '芝加哥',
    canonical: 'Chicago',
    kind: 'translation',
    languages: ['zh-cn', 'zh-tw'],
    reason: 'Chinese name of Chicago.',
    seenIn: ['2015-04-29', '2015-05-14', '2015-12-02', '2020-01-20']
  },
  {
    written: '西雅图',
    canonical: 'Seattle',
    kind: 'translation',
    languages: ['zh-cn'],
    reason: 'Chinese name of Seattle (simplified).',
    seenIn: ['2015-05-14', '2015-12-02', '2020-01-20']
  },
  {
    written: '西雅圖',
    canonical: 'Seattle',
    kind: 'translation',
    languages: ['zh-tw'],
    reason: 'Chinese name of Seattle (traditional).',
    seenIn: ['2015-04-29']
  },
  {
    written: '达拉斯',
    canonical: 'Dallas',
    kind: 'translation',
    languages: ['zh-cn'],
    reason: 'Chinese name of Dallas (simplified).',
    seenIn: ['2015-05-14', '2015-12-02', '2020-01-20']
  },
  {
    written: '達拉斯',
    canonical: 'Dallas',
    kind: 'translation',
    languages: ['zh-tw'],
    reason: 'Chinese name of Dallas (traditional).',
    seenIn: ['2015-04-29']
  },
  {
    written: '金奈',
    canonical: 'Chennai',
    kind: 'translation',
    languages: ['zh-cn'],
    reason: 'Chinese name of Chennai.',
    seenIn: ['2015-05-14', '2015-12-02', '2020-01-20']
  },
  {
    written: '阿姆斯特丹',
    canonical: 'Amsterdam',
    kind: 'translation',
    languages: ['zh-cn', 'zh-tw'],
    reason: 'Chinese name of Amsterdam.',
    seenIn: ['2015-04-29', '2015-05-14', '2015-12-02', '2020-01-20']
  },
  {
    written: '香港',
    canonical: 'Hong Kong',
    kind: 'translation',
    languages: ['zh-cn'],
    reason: 'Chinese name of Hong Kong.',
    seenIn: ['2015-05-14', '2015-12-02']
  },
  {
    written: '香港特别行政区',
    canonical: 'Hong Kong SAR',
    kind: 'translation',
    languages: ['zh-cn'],
    reason: 'Chinese name of Hong Kong SAR (simplified).',
    seenIn: ['2020-01-20']
  },
  {
    written: '香港特別行政區',
    canonical: 'Hong Kong SAR',
    kind: 'translation',
    languages: ['zh-tw'],
    reason: 'Chinese name of Hong Kong SAR (traditional).',
    seenIn: ['2015-04-29']
  },
  {
    written: '多伦多',
    canonical: 'Toronto',
    kind: 'translation',
    languages: ['zh-cn'],
    reason: 'Chinese name of Toronto.',
    seenIn: ['2020-01-20']
  },
  {
    written: '大阪',
    canonical: 'Osaka',
    kind: 'translation',
    languages: ['zh-cn'],
    reason: 'Chinese name of Osaka.',
    seenIn: ['2020-01-20']
  },
  {
    written: '巴黎',
    canonical: 'Paris',
    kind: 'translation',
    languages: ['zh-cn'],
    reason: 'Chinese name of Paris.',
    seenIn: ['2020-01-20']
  },
  {
    written: '拉斯维加斯',
    canonical: 'Las Vegas',
    kind: 'translation',
    languages: ['zh-cn'],
    reason: 'Chinese name of Las Vegas.',
    seenIn: ['2020-01-20']
  },
  {
    written: '纽波特（威尔士）',
    canonical: 'Newport(Wales)',
    kind: 'translation',
    languages: ['zh-cn'],
    reason: 'Chinese name of Newport (Wales).',
    seenIn: ['2020-01-20']
  },
  {
    written: '蒙特利尔',
    canonical: 'Montreal',
    kind: 'translation',
    languages: ['zh-cn'],
    reason: 'Chinese name of Montreal.',
    seenIn: ['2020-01-20']
  },
  {
    written: '都柏林',
    canonical: 'Dublin',
    kind: 'translation',
    languages: ['zh-cn'],
    reason: 'Chinese name of Dublin.',
    seenIn: ['2020-01-20']
  },
  {
    written: '釜山',
    canonical: 'Busan',
    kind: 'translation',
    languages: ['zh-cn'],
    reason: 'Chinese name of Busan.',
    seenIn: ['2020-01-20']
  },
  {
    written: '首尔',
    canonical: 'Seoul',
    kind: 'translation',
    languages: ['zh-cn'],
    reason: 'Chinese name of Seoul.',
    seenIn: ['2020-01-20']
  },
  {
    written: '魁北克市',
    canonical: 'Quebec City',
    kind: 'translation',
    languages: ['zh-cn'],
    reason: 'Chinese name of Quebec City.',
    seenIn: ['2020-01-20']
  },
  {
    written: '柏林',
    canonical: 'Berlin',
    kind: 'translation',
    languages: ['zh-cn'],
    reason: 'Chinese name of Berlin.',
    seenIn: ['2020-01-20']
  },
  {
    written: '法兰克福',
    canonical: 'Frankfurt',
    kind: 'translation',
    languages: ['zh-cn'],
    reason: 'Chinese name of Frankfurt.',
    seenIn: ['2020-01-20']
  },
  {
    written: '芝加哥市',
    canonical: 'Chicago',
    kind: 'translation',
    languages: ['zh-cn'],
    reason:
      'Chinese for "Chicago city"; the 2015 national map runs it together with 阿什本 (the English page: `Ashburn, Chicago`).',
    seenIn: ['2015-12-02']
  },
  {
    written: '阿什本',
    canonical: 'Ashburn',
    kind: 'translation',
    languages: ['zh-cn'],
    reason:
      'Chinese name of Ashburn; the 2015 national map runs it together with 芝加哥市 (the English page: `Ashburn, Chicago`).',
    seenIn: ['2015-12-02']
  },
  {
    written: '베이징',
    canonical: 'Beijing',
    kind: 'translation',
    languages: ['ko'],
    reason: 'Korean name of Beijing.',
    seenIn: ['2016-09-20']
  },
  {
    written: '상하이',
    canonical: 'Shanghai',
    kind: 'translation',
    languages: ['ko'],
    reason: 'Korean name of Shanghai.',
    seenIn: ['2016-09-20']
  },
  {
    written: '뉴욕',
    canonical: 'New York',
    kind: 'translation',
    languages: ['ko'],
    reason: 'Korean name of New York.',
    seenIn: ['2016-09-20']
  },
  {
    written: '뉴포트(웨일스)',
    canonical: 'Newport(Wales)',
    kind: 'translation',
    languages: ['ko'],
    reason: 'Korean name of Newport (Wales).',
    seenIn: ['2016-09-20']
  },
  {
    written: '댈러스',
    canonical: 'Dallas',
    kind: 'translation',
    languages: ['ko'],
    reason: 'Korean name of Dallas.',
    seenIn: ['2016-09-20']
  },
  {
    written: '댈라스',
    canonical: 'Dallas',
    kind: 'translation',
    languages: ['ko'],
    reason:
      'Korean name of Dallas, another transcription on the page that also writes 댈러스.',
    seenIn: ['2016-09-20']
  },
  {
    written: '더블린',
    canonical: 'Dublin',
    kind: 'translation',
    languages: ['ko'],
    reason: 'Korean name of Dublin.',
    seenIn: ['2016-09-20']
  },
  {
    written: '도쿄',
    canonical: 'Tokyo',
    kind: 'translation',
    languages: ['ko'],
    reason: 'Korean name of Tokyo.',
    seenIn: ['2016-09-20']
  },
  {
    written: '라스베이거스',
    canonical: 'Las Vegas',
    kind: 'translation',
    languages: ['ko'],
    reason: 'Korean name of Las Vegas.',
    seenIn: ['2016-09-20']
  },
  {
    written: '런던',
    canonical: 'London',
    kind: 'translation',
    languages: ['ko'],
    reason: 'Korean name of London.',
    seenIn: ['2016-09-20']
  },
  {
    written: '로스앤젤레스',
    canonical: 'Los Angeles',
    kind: 'translation',
    languages: ['ko'],
    reason: 'Korean name of Los Angeles.',
    seenIn: ['2016-09-20']
  },
  {
    written: '멜버른',
    canonical: 'Melbourne',
    kind: 'translation',
    languages: ['ko'],
    reason: 'Korean name of Melbourne.',
    seenIn: ['2016-09-20']
  },
  {
    written: '몬트리올',
    canonical: 'Montreal',
    kind: 'translation',
    languages: ['ko'],
    reason: 'Korean name of Montreal.',
    seenIn: ['2016-09-20']
  },
  {
    written: '뭄바이',
    canonical: 'Mumbai',
    kind: 'translation',
    languages: ['ko'],
    reason: 'Korean name of Mumbai.',
    seenIn: ['2016-09-20']
  },
  {
    written: '상파울루',
    canonical: 'Sao Paulo',
    kind: 'translation',
    languages: ['ko'],
    reason: 'Korean name of Sao Paulo.',
    seenIn: ['2016-09-20']
  },
  {
    written: '상 파울로',
    canonical: 'Sao Paulo',
    kind: 'translation',
    languages: ['ko'],
    reason:
      'Korean name of Sao Paulo, another transcription on the page that also writes 상파울루.',
    seenIn: ['2016-09-20']
  },
  {
    written: '시드니',
    canonical: 'Sydney',
    kind: 'translation',
    languages: ['ko'],
    reason: 'Korean name of Sydney.',
    seenIn: ['2016-09-20']
  },
  {
    written: '시애틀',
    canonical: 'Seattle',
    kind: 'translation',
    languages: ['ko'],
    reason: 'Korean name of Seattle.',
    seenIn: ['2016-09-20']
  },
  {
    written: '시카고',
    canonical: 'Chicago',
    kind: 'translation',
    languages: ['ko'],
    reason: 'Korean name of Chicago.',
    seenIn: ['2016-09-20']
  },
  {
    written: '실리콘밸리',
    canonical: 'Silicon Valley',
    kind: 'translation',
    languages: ['ko'],
    reason: 'Korean name of Silicon Valley.',
    seenIn: ['2016-09-20']
  },
  {
    written: '싱가포르',
    canonical: 'Singapore',
    kind: 'translation',
    languages: ['ko'],
    reason: 'Korean name of Singapore.',
    seenIn: ['2016-09-20']
  },
  {
    written: '암스테르담',
    canonical: 'Amsterdam',
    kind: 'translation',
    languages: ['ko'],
    reason: 'Korean name of Amsterdam.',
    seenIn: ['2016-09-20']
  },
  {
    written: '애틀랜타',
    canonical: 'Atlanta',
    kind: 'translation',
    languages: ['ko'],
    reason: 'Korean name of Atlanta.',
    seenIn: ['2016-09-20']
  },
  {
    written: '오사카',
    canonical: 'Osaka',
    kind: 'translation',
    languages: ['ko'],
    reason: 'Korean name of Osaka.',
    seenIn: ['2016-09-20']
  },
  {
    written: '워싱턴 DC',
    canonical: 'Washington DC',
    kind: 'translation',
    languages: ['ko'],
    reason: 'Korean name of Washington DC.',
    seenIn: ['2016-09-20']
  },
  {
    written: '첸나이',
    canonical: 'Chennai',
    kind: 'translation',
    languages: ['ko'],
    reason: 'Korean name of Chennai.',
    seenIn: ['2016-09-20']
  },
  {
    written: '퀘벡 시티',
    canonical: 'Quebec City',
    kind: 'translation',
    languages: ['ko'],
    reason: 'Korean name of Quebec City.',
    seenIn: ['2016-09-20']
  },
  {
    written: '토론토',
    canonical: 'Toronto',
    kind: 'translation',
    languages: ['ko'],
    reason: 'Korean name of Toronto.',
    seenIn: ['2016-09-20']
  },
  {
    written: '파리',
    canonical: 'Paris',
    kind: 'translation',
    languages: ['ko'],
    reason: 'Korean name of Paris.',
    seenIn: ['2016-09-20']
  },
  {
    written: '홍콩',
    canonical: 'Hong Kong',
    kind: 'translation',
    languages: ['ko'],
    reason: 'Korean name of Hong Kong.',
    seenIn: ['2016-09-20']
  },
  {
    written: '홍콩 특별행정구',
    canonical: 'Hong Kong SAR',
    kind: 'translation',
    languages: ['ko'],
    reason: 'Korean name of Hong Kong SAR.',
    seenIn: ['2016-09-20']
  },
  {
    written: '베를린',
    canonical: 'Berlin',
    kind: 'translation',
    languages: ['ko'],
    reason: 'Korean name of Berlin.',
    seenIn: ['2016-09-20']
  },
  {
    written: '프랑크푸르트',
    canonical: 'Frankfurt',
    kind: 'translation',
    languages: ['ko'],
    reason: 'Korean name of Frankfurt.',
    seenIn: ['2016-09-20']
  },
  {
    written: 'Hongkong',
    canonical: 'Hong Kong',
    kind: 'translation',
    languages: ['de'],
    reason: 'German name of Hong Kong.',
    seenIn: ['2016-09-20']
  },
  {
    written: 'Tokio',
    canonical: 'Tokyo',
    kind: 'translation',
    languages: ['de', 'es'],
    reason: 'German and Spanish name of Tokyo.',
    seenIn: ['2016-09-20', '2016-10-21', '2017-08-17']
  },
  {
    written: 'Peking',
    canonical: 'Beijing',
    kind: 'translation',
    languages: ['de'],
    reason: 'German name of Beijing.',
    seenIn: ['2016-09-20']
  },
  {
    written: 'Singapur',
    canonical: 'Singapore',
    kind: 'translation',
    languages: ['de', 'es'],
    reason: 'German and Spanish name of Singapore.',
    seenIn: ['2016-09-20', '2016-10-21', '2017-08-17']
  },
  {
    written: 'Londres',
    canonical: 'London',
    kind: 'translation',
    languages: ['es', 'fr', 'pt-br'],
    reason: 'French, Spanish and Portuguese name of London.',
    seenIn: ['2015-04-29', '2016-10-21', '2017-08-17']
  },
  {
    written: 'Singapour',
    canonical: 'Singapore',
    kind: 'translation',
    languages: ['fr'],
    reason: 'French name of Singapore.',
    seenIn: ['2015-04-29']
  },
  {
    written: 'Nueva York',
    canonical: 'New York',
    kind: 'translation',
    languages: ['es'],
    reason: 'Spanish name of New York.',
    seenIn: ['2016-10-21', '2017-08-17']
  },
  {
    written: 'Pekín',
    canonical: 'Beijing',
    kind: 'translation',
    languages: ['es'],
    reason: 'Spanish name of Beijing.',
    seenIn: ['2016-10-21']
  },
  {
    written: 'Quebec ciudad',
    canonical: 'Quebec City',
    kind: 'translation',
    languages: ['es'],
    reason: 'Spanish (word for word) name of Quebec City.',
    seenIn: ['2016-10-21', '2017-08-17']
  },
  {
    written: 'Ciudad de Quebec',
    canonical: 'Quebec City',
    kind: 'translation',
    languages: ['es'],
    reason: 'Spanish name of Quebec City.',
    seenIn: ['2017-08-17']
  },
  {
    written: 'Sídney',
    canonical: 'Sydney',
    kind: 'translation',
    languages: ['es', 'pt-br'],
    reason: 'Spanish and Portuguese name of Sydney.',
    seenIn: ['2016-10-21', '2017-08-17']
  },
  {
    written: 'Fráncfort',
    canonical: 'Frankfurt',
    kind: 'translation',
    languages: ['es'],
    reason: 'Spanish name of Frankfurt.',
    seenIn: ['2017-08-17']
  },
  {
    written: 'Mumbai (Bombay)',
    canonical: 'Mumbai',
    kind: 'translation',
    languages: ['es'],
    reason: 'Spanish display of Mumbai with its former name.',
    seenIn: ['2017-08-17']
  },
  {
    written: 'Newport (Gales)',
    canonical: 'Newport(Wales)',
    kind: 'translation',
    languages: ['es'],
    reason: 'Spanish and Portuguese name of Newport (Wales).',
    seenIn: ['2017-08-17']
  },
  {
    written: 'Seúl',
    canonical: 'Seoul',
    kind: 'translation',
    languages: ['es', 'it', 'pt-br'],
    reason: 'Spanish, Italian and Portuguese name of Seoul.',
    seenIn: ['2017-08-17']
  },
  {
    written: 'Washington D.C.',
    canonical: 'Washington DC',
    kind: 'translation',
    languages: ['es', 'pt-br'],
    reason: 'Spanish and Portuguese spelling of Washington DC.',
    seenIn: ['2017-08-17']
  },
  {
    written: 'Washington, D.C.',
    canonical: 'Washington DC',
    kind: 'translation',
    languages: ['pt-br'],
    reason:
      'Portuguese spelling of Washington DC, with a comma that does not split the list.',
    seenIn: ['2017-08-17']
  },
  {
    written: 'Berlino',
    canonical: 'Berlin',
    kind: 'translation',
    languages: ['it'],
    reason: 'Italian name of Berlin.',
    seenIn: ['2017-08-17', '2018-01-17']
  },
  {
    written: 'Dublino',
    canonical: 'Dublin',
    kind: 'translation',
    languages: ['it'],
    reason: 'Italian name of Dublin.',
    seenIn: ['2017-08-17', '2018-01-17']
  },
  {
    written: 'Francoforte',
    canonical: 'Frankfurt',
    kind: 'translation',
    languages: ['it'],
    reason: 'Italian name of Frankfurt.',
    seenIn: ['2017-08-17', '2018-01-17']
  },
  {
    written: 'Londra',
    canonical: 'London',
    kind: 'translation',
    languages: ['it'],
    reason: 'Italian name of London.',
    seenIn: ['2017-08-17', '2018-01-17']
  },
  {
    written: 'Newport (Galles)',
    canonical: 'Newport(Wales)',
    kind: 'translation',
    languages: ['it'],
    reason: 'Italian name of Newport (Wales).',
    seenIn: ['2017-08-17', '2018-01-17']
  },
  {
    written: 'Parigi',
    canonical: 'Paris',
    kind: 'translation',
    languages: ['it'],
    reason: 'Italian name of Paris.',
    seenIn: ['2017-08-17', '2018-01-17']
  },
  {
    written: 'Pechino',
    canonical: 'Beijing',
    kind: 'translation',
    languages: ['it'],
    reason: 'Italian name of Beijing.',
    seenIn: ['2017-08-17', '2018-01-17']
  },
  {
    written: 'San Paolo',
    canonical: 'Sao Paulo',
    kind: 'translation',
    languages: ['it'],
    reason: 'Italian name of Sao Paulo.',
    seenIn: ['2017-08-17']
  },
  {
    written: 'Hong Kong - R.A.S.',
    canonical: 'Hong Kong SAR',
    kind: 'translation',
    languages: ['it'],
    reason: 'Italian name of Hong Kong SAR (Regione Amministrativa Speciale).',
    seenIn: ['2017-08-17']
  },
  {
    written: 'Amsterdã',
    canonical: 'Amsterdam',
    kind: 'translation',
    languages: ['pt-br'],
    reason: 'Portuguese name of Amsterdam.',
    seenIn: ['2017-08-17']
  },
  {
    written: 'Berlim',
    canonical: 'Berlin',
    kind: 'translation',
    languages: ['pt-br'],
    reason: 'Portuguese name of Berlin.',
    seenIn: ['2016-10-21', '2017-08-17']
  },
  {
    written: 'Bombaim',
    canonical: 'Mumbai',
    kind: 'translation',
    languages: ['pt-br'],
    reason: 'Portuguese name of Mumbai.',
    seenIn: ['2016-10-21']
  },
  {
    written: 'Madras',
    canonical: 'Chennai',
    kind: 'translation',
    languages: ['pt-br'],
    reason:
      'Former name of Chennai, in a Portuguese page where the English page of its date writes Chennai.',
    seenIn: ['2016-10-21']
  },
  {
    written: 'Cingapura',
    canonical: 'Singapore',
    kind: 'translation',
    languages: ['pt-br'],
    reason: 'Portuguese name of Singapore.',
    seenIn: ['2016-10-21', '2017-08-17']
  },
  {
    written: 'Cidade de Quebec',
    canonical: 'Quebec City',
    kind: 'translation',
    languages: ['pt-br'],
    reason: 'Portuguese name of Quebec City.',
    seenIn: ['2016-10-21', '2017-08-17']
  },
  {
    written: 'Quebec',
    canonical: 'Quebec City',
    kind: 'translation',
    languages: ['pt-br'],
    reason:
      'Portuguese short form of Quebec City, where the English page writes Quebec City.',
    seenIn: ['2017-08-17']
  },
  {
    written: 'Dublim',
    canonical: 'Dublin',
    kind: 'translation',
    languages: ['pt-br'],
    reason: 'Portuguese name of Dublin.',
    seenIn: ['2017-08-17']
  },
  {
    written: 'Madri',
    canonical: 'Madrid',
    kind: 'translation',
    languages: ['pt-br'],
    reason: 'Portuguese name of Madrid.',
    seenIn: ['2017-08-17']
  },
  {
    written: 'Newport (País de Gales)',
    canonical: 'Newport(Wales)',
    kind: 'translation',
    languages: ['pt-br'],
    reason: 'Portuguese name of Newport (Wales).',
    seenIn: ['2017-08-17']
  },
  {
    written: 'Newport(Gales)',
    canonical: 'Newport(Wales)',
    kind: 'translation',
    languages: ['pt-br'],
    reason: 'Portuguese name of Newport (Wales), without the space.',
    seenIn: ['2017-08-17']
  },
  {
    written: 'Nova Iorque',
    canonical: 'New York',
    kind: 'translation',
    languages: ['pt-br'],
    reason: 'Portuguese name of New York (European form).',
    seenIn: ['2017-08-17']
  },
  {
    written: 'Nova York',
    canonical: 'New York',
    kind: 'translation',
    languages: ['pt-br'],
    reason: 'Portuguese name of New York (Brazilian form).',
    seenIn: ['2016-10-21', '2017-08-17']
  },
  {
    written: 'Pequim',
    canonical: 'Beijing',
    kind: 'translation',
    languages: ['pt-br'],
    reason: 'Portuguese name of Beijing.',
    seenIn: ['2016-10-21', '2017-08-17']
  },
  {
    written: 'Tóquio',
    canonical: 'Tokyo',
    kind: 'translation',
    languages: ['pt-br'],
    reason: 'Portuguese name of Tokyo.',
    seenIn: ['2016-10-21', '2017-08-17']
  },
  {
    written: 'Vale do Silício',
    canonical: 'Silicon Valley',
    kind: 'translation',
    languages: ['pt-br'],
    reason: 'Portuguese name of Silicon Valley.',
    seenIn: ['2016-10-21', '2017-08-17']
  },
  {
    written: 'Xangai',
    canonical: 'Shanghai',
    kind: 'translation',
    languages: ['pt-br'],
    reason: 'Portuguese name of Shanghai.',
    seenIn: ['2016-10-21', '2017-08-17']
  }
]

/** Aliases of Azure regions (plain names in region maps and local-region cells). */
export const azureRegionAliases: Alias[] = [
  {
    written: 'India South',
    canonical: 'South India',
    kind: 'spelling',
    reason:
      'Azure writes the region South India; early pages wrote India South.',
    seenIn: [
      '2015-07-07',
      '2015-09-22',
      '2015-12-02',
      '2016-03-31',
      '2016-07-28',
      '2016-10-21',
      '2016-11-17',
      '2017-02-13',
      '2017-06-16',
      '2017-06-27',
      '2017-08-17',
      '2018-04-04',
      '2018-05-14',
      '2019-07-11',
      '2020-01-17',
      '2020-05-05',
      '2021-02-10'
    ]
  },
  {
    written: 'India West',
    canonical: 'West India',
    kind: 'spelling',
    reason: 'Azure writes the region West India; early pages wrote India West.',
    seenIn: [
      '2015-07-07',
      '2015-09-22',
      '2015-12-02',
      '2016-03-31',
      '2016-07-28',
      '2016-10-21',
      '2016-11-17',
      '2017-02-13',
      '2017-06-16',
      '2017-06-27',
      '2017-08-17',
      '2018-04-04',
      '2018-05-14',
      '2019-07-11',
      '2020-01-17',
      '2020-05-05',
      '2021-02-10'
    ]
  },
  {
    written: 'India Central',
    canonical: 'Central India',
    kind: 'spelling',
    reason:
      'Azure writes the region Central India; early pages wrote India Central.',
    seenIn: [
      '2015-07-07',
      '2015-09-22',
      '2015-12-02',
      '2016-03-31',
      '2016-07-28',
      '2016-10-21',
      '2016-11-17',
      '2017-02-13',
      '2017-06-16',
      '2017-06-27',
      '2017-08-17',
      '2018-04-04',
      '2018-05-14',
      '2019-07-11',
      '2020-01-17',
      '2020-05-05',
      '2021-02-10'
    ]
  },
  {
    written: 'China East2',
    canonical: 'China East 2',
    kind: 'spelling',
    reason: 'A missing space.',
    seenIn: ['2019-07-11', '2020-01-17', '2020-05-05', '2021-02-10']
  },
  {
    written: 'China North2',
    canonical: 'China North 2',
    kind: 'spelling',
    reason: 'A missing space.',
    seenIn: ['2019-07-11', '2020-01-17', '2020-05-05', '2021-02-10']
  }
]
