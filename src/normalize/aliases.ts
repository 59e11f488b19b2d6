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
 * here that differ only so fix the *name* the model shows.
 *
 * Where each spelling is written is not kept here: the fixtures say it, and
 * `test/normalize/aliases.test.ts` reads them all and fails on an entry that
 * no page writes (a dead entry) and on a translation whose `languages` are
 * not those of the pages that write it.
 */

/** What an alias says about a spelling. */
export type AliasKind = 'spelling' | 'rename' | 'display' | 'translation'

/** One spelling and what it stands for. */
export interface Alias {
  /** The spelling as pages write it. */
  written: string
  /** The canonical name it resolves to. */
  canonical: string
  /** What the spelling is to the canonical name (see the kinds above). */
  kind: AliasKind
  /** Why, in one sentence. */
  reason: string
  /**
   * Of a `translation` (and only of one): the docs locales (`zh-cn`, `pt-br`)
   * of the fixtures whose pages write it. Kept, unlike where the other kinds
   * are seen: it says which language the translation is from, which a reader
   * of the entry needs to judge it.
   */
  languages?: string[]
}

/** Aliases of connectivity providers (also used for exchanges and datacenter providers, which are companies too). */
export const providerAliases: Alias[] = [
  {
    written: 'Level3',
    canonical: 'Level 3 Communications',
    kind: 'spelling',
    reason: 'Short form of the company name in exchange columns.'
  },
  {
    written: 'Level 3',
    canonical: 'Level 3 Communications',
    kind: 'spelling',
    reason: 'Short form of the company name in exchange columns.'
  },
  {
    written: 'Level3 IPVPN',
    canonical: 'Level 3 Communications - IPVPN',
    kind: 'spelling',
    reason: 'The 2015 services table writes the IPVPN product of Level 3 so.'
  },
  {
    written: 'Coresite',
    canonical: 'CoreSite',
    kind: 'spelling',
    reason: 'The company writes its name CoreSite.'
  },
  {
    written: 'NextDC',
    canonical: 'NEXTDC',
    kind: 'spelling',
    reason: 'The company writes its name NEXTDC, as the provider tables do.'
  },
  {
    written: 'GEANT',
    canonical: 'GÉANT',
    kind: 'spelling',
    reason: 'The network writes its name GÉANT.'
  },
  {
    written: 'Intercloud',
    canonical: 'InterCloud',
    kind: 'spelling',
    reason: 'The company writes its name InterCloud.'
  },
  {
    written: 'SIFY',
    canonical: 'Sify',
    kind: 'spelling',
    reason: 'The company writes its name Sify; the pages use both.'
  },
  {
    written: 'NTT',
    canonical: 'NTT Communications',
    kind: 'spelling',
    reason:
      'By-location pages write NTT only at Los Angeles, where the by-provider pages of the same dates list NTT Communications.'
  },
  {
    written: 'Global Cloud Xchange (GCX)',
    canonical: 'Global CloudXchange (GCX)',
    kind: 'spelling',
    reason: 'By-provider pages space the name, by-location pages do not.'
  },
  {
    written: 'Airgate Technologies. Inc',
    canonical: 'Airgate Technologies, Inc.',
    kind: 'spelling',
    reason: 'A typo of the comma.'
  },
  {
    written: 'Kaalam Telecom Bahrain B.S.C',
    canonical: 'Kalaam Telecom Bahrain B.S.C',
    kind: 'spelling',
    reason: 'A typo of Kalaam.'
  },
  {
    written: 'Oncore Cloud Service Inc',
    canonical: 'Oncore Cloud Services Inc.',
    kind: 'spelling',
    reason: 'A typo of the company name.'
  },
  {
    written: 'DataFoundry',
    canonical: 'Data Foundry',
    kind: 'spelling',
    reason: 'A missing space.'
  },
  {
    written: 'Cyrus One',
    canonical: 'CyrusOne',
    kind: 'spelling',
    reason: 'The company writes its name CyrusOne.'
  },
  {
    written: 'VodafoneIdea',
    canonical: 'Vodafone Idea',
    kind: 'spelling',
    reason: 'A missing space.'
  },
  {
    written: 'Aryaka',
    canonical: 'Aryaka Networks',
    kind: 'spelling',
    reason: 'Short form in the 2015 services table.'
  },
  {
    written: 'Zayo Group',
    canonical: 'Zayo',
    kind: 'spelling',
    reason:
      'Long form of the name that pages of the same years also write Zayo.'
  },
  {
    written: 'Console',
    canonical: 'Console Connect',
    kind: 'spelling',
    reason: 'Short form in by-provider location lists.'
  },
  {
    written: 'Chief',
    canonical: 'Chief Telecom',
    kind: 'spelling',
    reason:
      'Short form in exchange tables of the same pages that list Chief Telecom.'
  },
  {
    written: 'C3ntro',
    canonical: 'C3ntro Telecom',
    kind: 'spelling',
    reason: 'Short form in by-location lists.'
  },
  {
    written: 'Telia Carrier',
    canonical: 'Arelion',
    kind: 'rename',
    reason:
      'Telia Carrier was renamed Arelion (the 2026 page shows `Arelion (Telia Carrier)`).'
  },
  {
    written: 'Arelion (Telia Carrier)',
    canonical: 'Arelion',
    kind: 'display',
    reason: 'Display name with the former name in parentheses.'
  },
  {
    written: 'CenturyLink Cloud Connect',
    canonical: 'Lumen',
    kind: 'rename',
    reason:
      'CenturyLink became Lumen (the 2026 page shows `Lumen (CenturyLink Cloud Connect)`).'
  },
  {
    written: 'Lumen (CenturyLink Cloud Connect)',
    canonical: 'Lumen',
    kind: 'display',
    reason: 'Display name with the former name in parentheses.'
  },
  {
    written: 'Lumen (Level 3 Communications)',
    canonical: 'Level 3 Communications',
    kind: 'display',
    reason:
      'The 2026 page shows the Level 3 line as `Lumen (Level 3 Communications)` next to `Lumen (CenturyLink Cloud Connect)`: kept as Level 3 so the two lines do not merge.'
  },
  {
    written: 'PCCW Global Limited',
    canonical: 'Console Connect',
    kind: 'rename',
    reason:
      'PCCW Global became Console Connect (the 2025 pages show `Console Connect (PCCW Global Limited)`).'
  },
  {
    written: 'Console Connect (PCCW Global Limited)',
    canonical: 'Console Connect',
    kind: 'display',
    reason: 'Display name with the former name in parentheses.'
  },
  {
    written: 'Interxion (Digital Realty)',
    canonical: 'Interxion',
    kind: 'display',
    reason:
      'Interxion, now part of Digital Realty, which the same pages also list on its own.'
  },
  {
    written: 'Digital Realty (Interxion)',
    canonical: 'Interxion',
    kind: 'display',
    reason:
      'Interxion under its owner Digital Realty, as `Interxion (Digital Realty)` on other rows.'
  },
  {
    written: 'Vi (Vodafone Idea)',
    canonical: 'Vodafone Idea',
    kind: 'display',
    reason:
      'Display name with the company name in parentheses; later pages write Vodafone Idea again.'
  },
  {
    written: 'Cogent (T-Mobile)',
    canonical: 'Cogent',
    kind: 'display',
    reason: 'Display name with the former owner in parentheses.'
  },
  {
    written: 'Internet Association of Australia (IX Australia)',
    canonical: 'Internet Association of Australia',
    kind: 'display',
    reason: 'Display name with the exchange name in parentheses.'
  },
  {
    written: 'NTT Communications - Flexible InterConnect',
    canonical: 'NTT DOCOMO BUSINESS - Flexible InterConnect',
    kind: 'rename',
    reason:
      'Renamed (the 2026 page shows `NTT DOCOMO BUSINESS - Flexible Interconnect (NTT Communications - Flexible Interconnect)`).'
  },
  {
    written:
      'NTT DOCOMO BUSINESS - Flexible Interconnect (NTT Communications - Flexible Interconnect)',
    canonical: 'NTT DOCOMO BUSINESS - Flexible InterConnect',
    kind: 'display',
    reason: 'Display name with the former name in parentheses.'
  },
  // Translations: the names of the pages in other languages.
  {
    written: '中国电信',
    canonical: 'China Telecom',
    kind: 'translation',
    languages: ['zh-cn'],
    reason:
      'Chinese name of China Telecom, which the English pages of its dates list in China.'
  },
  {
    written: 'XO 通訊',
    canonical: 'XO Communications',
    kind: 'translation',
    languages: ['zh-tw'],
    reason: 'Chinese (traditional) name of XO Communications.'
  },
  {
    written: 'Colt 乙太網路',
    canonical: 'Colt Ethernet',
    kind: 'translation',
    languages: ['zh-tw'],
    reason: 'Chinese (traditional) name of Colt Ethernet.'
  },
  {
    written: 'Level 3 EVPL 服務',
    canonical: 'Level 3 EVPL Service',
    kind: 'translation',
    languages: ['zh-tw'],
    reason: 'Chinese (traditional) name of Level 3 EVPL Service.'
  },
  {
    written: 'Internet 解决方案 - 云连接',
    canonical: 'Internet Solutions - Cloud Connect',
    kind: 'translation',
    languages: ['zh-cn'],
    reason: 'Chinese name of Internet Solutions - Cloud Connect.'
  },
  {
    written: 'Internet Solutions - 클라우드 연결',
    canonical: 'Internet Solutions - Cloud Connect',
    kind: 'translation',
    languages: ['ko'],
    reason: 'Korean name of Internet Solutions - Cloud Connect.'
  },
  {
    written: 'XO 통신',
    canonical: 'XO Communications',
    kind: 'translation',
    languages: ['ko'],
    reason: 'Korean name of XO Communications.'
  },
  {
    written: 'Redes Aryaka',
    canonical: 'Aryaka Networks',
    kind: 'translation',
    languages: ['es', 'pt-br'],
    reason: 'Spanish and Portuguese (machine) translation of Aryaka Networks.'
  },
  {
    written: 'Aryaka redes',
    canonical: 'Aryaka Networks',
    kind: 'translation',
    languages: ['es', 'pt-br'],
    reason:
      'Spanish and Portuguese (word for word) translation of Aryaka Networks.'
  },
  {
    written: 'Redes de Aryaka',
    canonical: 'Aryaka Networks',
    kind: 'translation',
    languages: ['pt-br'],
    reason: 'Portuguese (machine) translation of Aryaka Networks.'
  },
  {
    written: 'Naranja',
    canonical: 'Orange',
    kind: 'translation',
    languages: ['es'],
    reason: 'Spanish (machine) translation of Orange.'
  },
  {
    written: 'Laranja',
    canonical: 'Orange',
    kind: 'translation',
    languages: ['pt-br'],
    reason: 'Portuguese (machine) translation of Orange.'
  },
  {
    written: 'Comunicaciones de nivel 3',
    canonical: 'Level 3 Communications',
    kind: 'translation',
    languages: ['es'],
    reason: 'Spanish (machine) translation of Level 3 Communications.'
  },
  {
    written: 'Nivel 3 comunicaciones',
    canonical: 'Level 3 Communications',
    kind: 'translation',
    languages: ['es'],
    reason: 'Spanish (word for word) translation of Level 3 Communications.'
  },
  {
    written: 'Comunicações de nível 3',
    canonical: 'Level 3 Communications',
    kind: 'translation',
    languages: ['pt-br'],
    reason: 'Portuguese (machine) translation of Level 3 Communications.'
  },
  {
    written: 'Nível 3 comunicações',
    canonical: 'Level 3 Communications',
    kind: 'translation',
    languages: ['pt-br'],
    reason: 'Portuguese (word for word) translation of Level 3 Communications.'
  },
  {
    written: 'Nivel 3',
    canonical: 'Level 3',
    kind: 'translation',
    languages: ['es', 'pt-br'],
    reason: 'Spanish and Portuguese (machine) translation of Level 3.'
  },
  {
    written: 'Comunicaciones de NTT',
    canonical: 'NTT Communications',
    kind: 'translation',
    languages: ['es'],
    reason: 'Spanish (machine) translation of NTT Communications.'
  },
  {
    written: 'NTT comunicaciones',
    canonical: 'NTT Communications',
    kind: 'translation',
    languages: ['es'],
    reason: 'Spanish (word for word) translation of NTT Communications.'
  },
  {
    written: 'Comunicações de NTT',
    canonical: 'NTT Communications',
    kind: 'translation',
    languages: ['pt-br'],
    reason: 'Portuguese (machine) translation of NTT Communications.'
  },
  {
    written: 'NTT comunicações',
    canonical: 'NTT Communications',
    kind: 'translation',
    languages: ['pt-br'],
    reason: 'Portuguese (word for word) translation of NTT Communications.'
  },
  {
    written: 'Comunicaciones de TATA',
    canonical: 'Tata Communications',
    kind: 'translation',
    languages: ['es'],
    reason: 'Spanish (machine) translation of Tata Communications.'
  },
  {
    written: 'Tata comunicaciones',
    canonical: 'Tata Communications',
    kind: 'translation',
    languages: ['es'],
    reason: 'Spanish (word for word) translation of Tata Communications.'
  },
  {
    written: 'Comunicações de Tata',
    canonical: 'Tata Communications',
    kind: 'translation',
    languages: ['pt-br'],
    reason: 'Portuguese (machine) translation of Tata Communications.'
  },
  {
    written: 'Tata comunicações',
    canonical: 'Tata Communications',
    kind: 'translation',
    languages: ['pt-br'],
    reason: 'Portuguese (word for word) translation of Tata Communications.'
  },
  {
    written: 'Comunicaciones de XO',
    canonical: 'XO Communications',
    kind: 'translation',
    languages: ['es'],
    reason: 'Spanish (machine) translation of XO Communications.'
  },
  {
    written: 'Comunicações de XO',
    canonical: 'XO Communications',
    kind: 'translation',
    languages: ['pt-br'],
    reason: 'Portuguese (machine) translation of XO Communications.'
  },
  {
    written: 'Comunicaciones de Alaska',
    canonical: 'Alaska Communications',
    kind: 'translation',
    languages: ['es'],
    reason: 'Spanish (machine) translation of Alaska Communications.'
  },
  {
    written: 'Comunicações de Alasca',
    canonical: 'Alaska Communications',
    kind: 'translation',
    languages: ['pt-br'],
    reason: 'Portuguese (machine) translation of Alaska Communications.'
  },
  {
    written: 'Grupo de Zayo',
    canonical: 'Zayo Group',
    kind: 'translation',
    languages: ['es', 'pt-br'],
    reason: 'Spanish and Portuguese (machine) translation of Zayo Group.'
  },
  {
    written: 'Zayo grupo',
    canonical: 'Zayo Group',
    kind: 'translation',
    languages: ['es', 'pt-br'],
    reason: 'Spanish and Portuguese (word for word) translation of Zayo Group.'
  },
  {
    written: 'Grupo de TeleCity',
    canonical: 'TeleCity Group',
    kind: 'translation',
    languages: ['es', 'pt-br'],
    reason: 'Spanish and Portuguese (machine) translation of TeleCity Group.'
  },
  {
    written: 'Telecity grupo',
    canonical: 'TeleCity Group',
    kind: 'translation',
    languages: ['es'],
    reason: 'Spanish (word for word) translation of TeleCity Group.'
  },
  {
    written: 'Servicios profesionales Equinix',
    canonical: 'Equinix Professional Services',
    kind: 'translation',
    languages: ['es'],
    reason: 'Spanish translation of Equinix Professional Services.'
  },
  {
    written: 'Serviços profissionais de Equinix',
    canonical: 'Equinix Professional Services',
    kind: 'translation',
    languages: ['pt-br'],
    reason: 'Portuguese translation of Equinix Professional Services.'
  },
  {
    written: 'PCCW Global limitada',
    canonical: 'PCCW Global Limited',
    kind: 'translation',
    languages: ['es'],
    reason: 'Spanish translation of PCCW Global Limited.'
  },
  {
    written: 'PCCW Global limitado',
    canonical: 'PCCW Global Limited',
    kind: 'translation',
    languages: ['pt-br'],
    reason: 'Portuguese translation of PCCW Global Limited.'
  },
  {
    written: 'Consola',
    canonical: 'Console',
    kind: 'translation',
    languages: ['es'],
    reason: 'Spanish translation of Console (Console Connect).'
  },
  {
    written: 'Exponencial E',
    canonical: 'Exponential E',
    kind: 'translation',
    languages: ['es'],
    reason: 'Spanish translation of Exponential E.'
  },
  {
    written: 'Esponenziale E',
    canonical: 'Exponential E',
    kind: 'translation',
    languages: ['it'],
    reason: 'Italian translation of Exponential E.'
  },
  {
    written: 'E Exponencial',
    canonical: 'Exponential E',
    kind: 'translation',
    languages: ['pt-br'],
    reason: 'Portuguese translation of Exponential E.'
  },
  {
    written: 'Dados Foundry',
    canonical: 'Data Foundry',
    kind: 'translation',
    languages: ['pt-br'],
    reason: 'Portuguese translation of Data Foundry.'
  },
  {
    written: 'Datacenters T5',
    canonical: 'T5 Datacenters',
    kind: 'translation',
    languages: ['pt-br'],
    reason: 'Portuguese translation of T5 Datacenters.'
  },
  {
    written: 'Centros de datos de T5',
    canonical: 'T5 Datacenters',
    kind: 'translation',
    languages: ['es'],
    reason: 'Spanish translation of T5 Datacenters.'
  },
  {
    written: 'Data centers Ascenty',
    canonical: 'Ascenty Data Centers',
    kind: 'translation',
    languages: ['pt-br'],
    reason: 'Portuguese translation of Ascenty Data Centers.'
  },
  {
    written: 'Centros de datos de Ascenty',
    canonical: 'Ascenty Data Centers',
    kind: 'translation',
    languages: ['es'],
    reason: 'Spanish translation of Ascenty Data Centers.'
  },
  {
    written: 'Centros de datos de RagingWire',
    canonical: 'RagingWire Data Centers',
    kind: 'translation',
    languages: ['es'],
    reason: 'Spanish translation of RagingWire Data Centers.'
  },
  {
    written: 'Datos de última generación',
    canonical: 'Next Generation Data',
    kind: 'translation',
    languages: ['es'],
    reason: 'Spanish translation of Next Generation Data.'
  },
  {
    written: 'Datos de siguiente generación',
    canonical: 'Next Generation Data',
    kind: 'translation',
    languages: ['es'],
    reason: 'Spanish translation of Next Generation Data.'
  },
  {
    written: 'Datos de generación siguiente',
    canonical: 'Next Generation Data',
    kind: 'translation',
    languages: ['es'],
    reason: 'Spanish (word for word) translation of Next Generation Data.'
  },
  {
    written: 'Dados da próxima geração',
    canonical: 'Next Generation Data',
    kind: 'translation',
    languages: ['pt-br'],
    reason: 'Portuguese translation of Next Generation Data.'
  },
  {
    written: 'Próxima geração dados',
    canonical: 'Next Generation Data',
    kind: 'translation',
    languages: ['pt-br'],
    reason: 'Portuguese (word for word) translation of Next Generation Data.'
  },
  {
    written: 'Dati di nuova generazione',
    canonical: 'Next Generation Data',
    kind: 'translation',
    languages: ['it'],
    reason: 'Italian translation of Next Generation Data.'
  },
  {
    written: 'Firma nueva',
    canonical: 'New Signature',
    kind: 'translation',
    languages: ['es'],
    reason: 'Spanish translation of New Signature (a system integrator).'
  },
  {
    written: 'Nova assinatura',
    canonical: 'New Signature',
    kind: 'translation',
    languages: ['pt-br'],
    reason: 'Portuguese translation of New Signature (a system integrator).'
  },
  {
    written: 'Serviços de Mensagem',
    canonical: 'MSG Services',
    kind: 'translation',
    languages: ['pt-br'],
    reason: 'Portuguese translation of MSG Services (a system integrator).'
  },
  {
    written: 'Soluciones de dotnet',
    canonical: 'Dotnet Solutions',
    kind: 'translation',
    languages: ['es'],
    reason: 'Spanish translation of Dotnet Solutions.'
  },
  {
    written: 'Soluções de dotnet',
    canonical: 'Dotnet Solutions',
    kind: 'translation',
    languages: ['pt-br'],
    reason: 'Portuguese translation of Dotnet Solutions.'
  },
  {
    written: 'Dotnet 解決方案',
    canonical: 'Dotnet Solutions',
    kind: 'translation',
    languages: ['zh-tw'],
    reason:
      'Chinese (traditional) name of Dotnet Solutions (a system integrator).'
  },
  {
    written: 'Dotnet 솔루션',
    canonical: 'Dotnet Solutions',
    kind: 'translation',
    languages: ['ko'],
    reason: 'Korean name of Dotnet Solutions (a system integrator).'
  },
  {
    written: 'Equinix 전문 서비스',
    canonical: 'Equinix Professional Services',
    kind: 'translation',
    languages: ['ko'],
    reason:
      'Korean name of Equinix Professional Services (a system integrator).'
  },
  {
    written: '프로젝트 리더십',
    canonical: 'Project Leadership',
    kind: 'translation',
    languages: ['ko'],
    reason: 'Korean name of Project Leadership (a system integrator).'
  },
  {
    written: 'Liderazgo del proyecto',
    canonical: 'Project Leadership',
    kind: 'translation',
    languages: ['es'],
    reason: 'Spanish translation of Project Leadership (a system integrator).'
  },
  {
    written: 'Liderança de projeto',
    canonical: 'Project Leadership',
    kind: 'translation',
    languages: ['pt-br'],
    reason:
      'Portuguese translation of Project Leadership (a system integrator).'
  },
  {
    written: 'Internet iniciativa Japón Inc. - IIJ',
    canonical: 'Internet Initiative Japan Inc. - IIJ',
    kind: 'translation',
    languages: ['es'],
    reason: 'Spanish translation of Internet Initiative Japan Inc. - IIJ.'
  },
  {
    written: 'Internet iniciativa Japão Inc. - IIJ',
    canonical: 'Internet Initiative Japan Inc. - IIJ',
    kind: 'translation',
    languages: ['pt-br'],
    reason: 'Portuguese translation of Internet Initiative Japan Inc. - IIJ.'
  },
  {
    written: 'de nível 3',
    canonical: 'Level 3 Communications',
    kind: 'translation',
    languages: ['es', 'pt-br'],
    reason:
      'Portuguese (`de nível 3`) and Spanish (`de nivel 3`) machine translation of Level 3 (“of level 3”).'
  },
  {
    written: 'para Mountain',
    canonical: 'MTN',
    kind: 'translation',
    languages: ['pt-br'],
    reason: 'Portuguese machine translation of MTN, read as an English phrase.'
  },
  {
    written: 'Montaña',
    canonical: 'MTN',
    kind: 'translation',
    languages: ['es'],
    reason: 'Spanish machine translation of MTN (“mountain”).'
  },
  {
    written: 'soluções de Internet - nuvem conectar',
    canonical: 'Internet Solutions - Cloud Connect',
    kind: 'translation',
    languages: ['pt-br'],
    reason:
      'Portuguese machine translation of Internet Solutions - Cloud Connect.'
  },
  {
    written: 'Conectar-se de soluções de Internet - nuvem',
    canonical: 'Internet Solutions - Cloud Connect',
    kind: 'translation',
    languages: ['pt-br'],
    reason:
      'Portuguese machine translation of Internet Solutions - Cloud Connect.'
  },
  {
    written: 'Conectar soluciones de Internet - nube',
    canonical: 'Internet Solutions - Cloud Connect',
    kind: 'translation',
    languages: ['es'],
    reason: 'Spanish machine translation of Internet Solutions - Cloud Connect.'
  },
  {
    written: 'Internet Solutions - conectar en la nube',
    canonical: 'Internet Solutions - Cloud Connect',
    kind: 'translation',
    languages: ['es'],
    reason: 'Spanish machine translation of Internet Solutions - Cloud Connect.'
  },
  {
    written: 'soluciones de Internet - conectar en la nube',
    canonical: 'Internet Solutions - Cloud Connect',
    kind: 'translation',
    languages: ['es'],
    reason: 'Spanish machine translation of Internet Solutions - Cloud Connect.'
  },
  {
    written: 'Verizon de comunicaciones',
    canonical: 'Verizon',
    kind: 'translation',
    languages: ['es'],
    reason: 'Spanish machine translation of Verizon Communications.'
  },
  {
    written: 'Verizon de comunicações',
    canonical: 'Verizon',
    kind: 'translation',
    languages: ['pt-br'],
    reason: 'Portuguese machine translation of Verizon Communications.'
  },
  {
    written: 'Zayo grupo de comunicações',
    canonical: 'Zayo',
    kind: 'translation',
    languages: ['pt-br'],
    reason: 'Portuguese machine translation of Zayo Group Communications.'
  },
  {
    written: 'Limitado PCCW Global',
    canonical: 'PCCW Global Limited',
    kind: 'translation',
    languages: ['pt-br'],
    reason: 'Portuguese translation of PCCW Global Limited.'
  },
  {
    written: 'cubierta de e',
    canonical: 'e-shelter',
    kind: 'translation',
    languages: ['es'],
    reason: 'Spanish machine translation of e-shelter (“shelter” → “cubierta”).'
  },
  {
    written: 'cubierta',
    canonical: 'e-shelter',
    kind: 'translation',
    languages: ['es'],
    reason:
      'Spanish machine translation of e-shelter, after `e` (read as “and”) in `Colt + e cubierta`.'
  },
  {
    written: 'Teltra Corporation',
    canonical: 'Telstra Corporation',
    kind: 'spelling',
    reason: 'A typo of Telstra on a Spanish page.'
  }
]

/** Aliases of peering locations. */
export const locationAliases: Alias[] = [
  {
    written: 'Sao Paula',
    canonical: 'Sao Paulo',
    kind: 'spelling',
    reason: 'A typo of Sao Paulo.'
  },
  {
    written: 'Toronoto',
    canonical: 'Toronto',
    kind: 'spelling',
    reason: 'A typo of Toronto.'
  },
  {
    written: 'Washinton DC',
    canonical: 'Washington DC',
    kind: 'spelling',
    reason: 'A typo of Washington DC.'
  },
  {
    written: 'Phoeni',
    canonical: 'Phoenix',
    kind: 'spelling',
    reason: 'A truncated Phoenix.'
  },
  {
    written: 'Newport',
    canonical: 'Newport(Wales)',
    kind: 'spelling',
    reason:
      'By-provider lists write Newport for the one peering location Newport(Wales).'
  },
  {
    written: 'Queretaro',
    canonical: 'Queretaro (Mexico)',
    kind: 'spelling',
    reason: 'Short form of the one peering location Queretaro (Mexico).'
  },
  {
    written: 'Queretaro(Mexico City)',
    canonical: 'Queretaro (Mexico)',
    kind: 'spelling',
    reason: 'Queretaro is not in Mexico City: a slip for Queretaro (Mexico).'
  },
  {
    written: 'Hong Kong',
    canonical: 'Hong Kong SAR',
    kind: 'rename',
    reason: 'The pages renamed the location Hong Kong SAR in 2019.'
  },
  {
    written: 'Hong Kong2',
    canonical: 'Hong Kong SAR2',
    kind: 'rename',
    reason: 'Renamed with Hong Kong.'
  },
  {
    written: '大坂',
    canonical: '大阪',
    kind: 'spelling',
    reason: 'A typo of 大阪 (Osaka) on a page that also writes 大阪.'
  },
  {
    written: '中国香港特别行政区',
    canonical: '香港特别行政区',
    kind: 'spelling',
    reason:
      'The long form of 香港特别行政区 (Hong Kong SAR), which the same page also writes.'
  },
  // Translations: the names of the pages in other languages.
  {
    written: '上海',
    canonical: 'Shanghai',
    kind: 'translation',
    languages: ['zh-cn'],
    reason: 'Chinese name of Shanghai.'
  },
  {
    written: '北京',
    canonical: 'Beijing',
    kind: 'translation',
    languages: ['zh-cn'],
    reason: 'Chinese name of Beijing.'
  },
  {
    written: '东京',
    canonical: 'Tokyo',
    kind: 'translation',
    languages: ['zh-cn'],
    reason: 'Chinese name of Tokyo (simplified).'
  },
  {
    written: '東京',
    canonical: 'Tokyo',
    kind: 'translation',
    languages: ['zh-tw'],
    reason: 'Chinese name of Tokyo (traditional).'
  },
  {
    written: '亚特兰大',
    canonical: 'Atlanta',
    kind: 'translation',
    languages: ['zh-cn'],
    reason: 'Chinese name of Atlanta (simplified).'
  },
  {
    written: '亞特蘭大',
    canonical: 'Atlanta',
    kind: 'translation',
    languages: ['zh-tw'],
    reason: 'Chinese name of Atlanta (traditional).'
  },
  {
    written: '伦敦',
    canonical: 'London',
    kind: 'translation',
    languages: ['zh-cn'],
    reason: 'Chinese name of London (simplified).'
  },
  {
    written: '倫敦',
    canonical: 'London',
    kind: 'translation',
    languages: ['zh-tw'],
    reason: 'Chinese name of London (traditional).'
  },
  {
    written: '华盛顿特区',
    canonical: 'Washington DC',
    kind: 'translation',
    languages: ['zh-cn'],
    reason: 'Chinese name of Washington DC (simplified).'
  },
  {
    written: '華盛頓特區',
    canonical: 'Washington DC',
    kind: 'translation',
    languages: ['zh-tw'],
    reason: 'Chinese name of Washington DC (traditional).'
  },
  {
    written: '圣保罗',
    canonical: 'Sao Paulo',
    kind: 'translation',
    languages: ['zh-cn'],
    reason: 'Chinese name of Sao Paulo (simplified).'
  },
  {
    written: '聖保羅',
    canonical: 'Sao Paulo',
    kind: 'translation',
    languages: ['zh-tw'],
    reason: 'Chinese name of Sao Paulo (traditional).'
  },
  {
    written: '墨尔本',
    canonical: 'Melbourne',
    kind: 'translation',
    languages: ['zh-cn'],
    reason: 'Chinese name of Melbourne.'
  },
  {
    written: '孟买',
    canonical: 'Mumbai',
    kind: 'translation',
    languages: ['zh-cn'],
    reason: 'Chinese name of Mumbai.'
  },
  {
    written: '悉尼',
    canonical: 'Sydney',
    kind: 'translation',
    languages: ['zh-cn'],
    reason: 'Chinese name of Sydney (mainland form).'
  },
  {
    written: '雪梨',
    canonical: 'Sydney',
    kind: 'translation',
    languages: ['zh-tw'],
    reason: 'Chinese name of Sydney (Taiwan form).'
  },
  {
    written: '新加坡',
    canonical: 'Singapore',
    kind: 'translation',
    languages: ['zh-cn', 'zh-tw'],
    reason: 'Chinese name of Singapore.'
  },
  {
    written: '洛杉矶',
    canonical: 'Los Angeles',
    kind: 'translation',
    languages: ['zh-cn'],
    reason: 'Chinese name of Los Angeles (simplified).'
  },
  {
    written: '洛杉磯',
    canonical: 'Los Angeles',
    kind: 'translation',
    languages: ['zh-tw'],
    reason: 'Chinese name of Los Angeles (traditional).'
  },
  {
    written: '硅谷',
    canonical: 'Silicon Valley',
    kind: 'translation',
    languages: ['zh-cn'],
    reason: 'Chinese name of Silicon Valley (mainland form).'
  },
  {
    written: '矽谷',
    canonical: 'Silicon Valley',
    kind: 'translation',
    languages: ['zh-tw'],
    reason: 'Chinese name of Silicon Valley (Taiwan form).'
  },
  {
    written: '纽约',
    canonical: 'New York',
    kind: 'translation',
    languages: ['zh-cn'],
    reason: 'Chinese name of New York (simplified).'
  },
  {
    written: '紐約',
    canonical: 'New York',
    kind: 'translation',
    languages: ['zh-tw'],
    reason: 'Chinese name of New York (traditional).'
  },
  {
    written: '芝加哥',
    canonical: 'Chicago',
    kind: 'translation',
    languages: ['zh-cn', 'zh-tw'],
    reason: 'Chinese name of Chicago.'
  },
  {
    written: '西雅图',
    canonical: 'Seattle',
    kind: 'translation',
    languages: ['zh-cn'],
    reason: 'Chinese name of Seattle (simplified).'
  },
  {
    written: '西雅圖',
    canonical: 'Seattle',
    kind: 'translation',
    languages: ['zh-tw'],
    reason: 'Chinese name of Seattle (traditional).'
  },
  {
    written: '达拉斯',
    canonical: 'Dallas',
    kind: 'translation',
    languages: ['zh-cn'],
    reason: 'Chinese name of Dallas (simplified).'
  },
  {
    written: '達拉斯',
    canonical: 'Dallas',
    kind: 'translation',
    languages: ['zh-tw'],
    reason: 'Chinese name of Dallas (traditional).'
  },
  {
    written: '金奈',
    canonical: 'Chennai',
    kind: 'translation',
    languages: ['zh-cn'],
    reason: 'Chinese name of Chennai.'
  },
  {
    written: '阿姆斯特丹',
    canonical: 'Amsterdam',
    kind: 'translation',
    languages: ['zh-cn', 'zh-tw'],
    reason: 'Chinese name of Amsterdam.'
  },
  {
    written: '香港',
    canonical: 'Hong Kong',
    kind: 'translation',
    languages: ['zh-cn'],
    reason: 'Chinese name of Hong Kong.'
  },
  {
    written: '香港特别行政区',
    canonical: 'Hong Kong SAR',
    kind: 'translation',
    languages: ['zh-cn'],
    reason: 'Chinese name of Hong Kong SAR (simplified).'
  },
  {
    written: '香港特別行政區',
    canonical: 'Hong Kong SAR',
    kind: 'translation',
    languages: ['zh-tw'],
    reason: 'Chinese name of Hong Kong SAR (traditional).'
  },
  {
    written: '多伦多',
    canonical: 'Toronto',
    kind: 'translation',
    languages: ['zh-cn'],
    reason: 'Chinese name of Toronto.'
  },
  {
    written: '大阪',
    canonical: 'Osaka',
    kind: 'translation',
    languages: ['zh-cn'],
    reason: 'Chinese name of Osaka.'
  },
  {
    written: '巴黎',
    canonical: 'Paris',
    kind: 'translation',
    languages: ['zh-cn'],
    reason: 'Chinese name of Paris.'
  },
  {
    written: '拉斯维加斯',
    canonical: 'Las Vegas',
    kind: 'translation',
    languages: ['zh-cn'],
    reason: 'Chinese name of Las Vegas.'
  },
  {
    written: '纽波特（威尔士）',
    canonical: 'Newport(Wales)',
    kind: 'translation',
    languages: ['zh-cn'],
    reason: 'Chinese name of Newport (Wales).'
  },
  {
    written: '蒙特利尔',
    canonical: 'Montreal',
    kind: 'translation',
    languages: ['zh-cn'],
    reason: 'Chinese name of Montreal.'
  },
  {
    written: '都柏林',
    canonical: 'Dublin',
    kind: 'translation',
    languages: ['zh-cn'],
    reason: 'Chinese name of Dublin.'
  },
  {
    written: '釜山',
    canonical: 'Busan',
    kind: 'translation',
    languages: ['zh-cn'],
    reason: 'Chinese name of Busan.'
  },
  {
    written: '首尔',
    canonical: 'Seoul',
    kind: 'translation',
    languages: ['zh-cn'],
    reason: 'Chinese name of Seoul.'
  },
  {
    written: '魁北克市',
    canonical: 'Quebec City',
    kind: 'translation',
    languages: ['zh-cn'],
    reason: 'Chinese name of Quebec City.'
  },
  {
    written: '柏林',
    canonical: 'Berlin',
    kind: 'translation',
    languages: ['zh-cn'],
    reason: 'Chinese name of Berlin.'
  },
  {
    written: '法兰克福',
    canonical: 'Frankfurt',
    kind: 'translation',
    languages: ['zh-cn'],
    reason: 'Chinese name of Frankfurt.'
  },
  {
    written: '芝加哥市',
    canonical: 'Chicago',
    kind: 'translation',
    languages: ['zh-cn'],
    reason:
      'Chinese for "Chicago city"; the 2015 national map runs it together with 阿什本 (the English page: `Ashburn, Chicago`).'
  },
  {
    written: '阿什本',
    canonical: 'Ashburn',
    kind: 'translation',
    languages: ['zh-cn'],
    reason:
      'Chinese name of Ashburn; the 2015 national map runs it together with 芝加哥市 (the English page: `Ashburn, Chicago`).'
  },
  {
    written: '베이징',
    canonical: 'Beijing',
    kind: 'translation',
    languages: ['ko'],
    reason: 'Korean name of Beijing.'
  },
  {
    written: '상하이',
    canonical: 'Shanghai',
    kind: 'translation',
    languages: ['ko'],
    reason: 'Korean name of Shanghai.'
  },
  {
    written: '뉴욕',
    canonical: 'New York',
    kind: 'translation',
    languages: ['ko'],
    reason: 'Korean name of New York.'
  },
  {
    written: '뉴포트(웨일스)',
    canonical: 'Newport(Wales)',
    kind: 'translation',
    languages: ['ko'],
    reason: 'Korean name of Newport (Wales).'
  },
  {
    written: '댈러스',
    canonical: 'Dallas',
    kind: 'translation',
    languages: ['ko'],
    reason: 'Korean name of Dallas.'
  },
  {
    written: '댈라스',
    canonical: 'Dallas',
    kind: 'translation',
    languages: ['ko'],
    reason:
      'Korean name of Dallas, another transcription on the page that also writes 댈러스.'
  },
  {
    written: '더블린',
    canonical: 'Dublin',
    kind: 'translation',
    languages: ['ko'],
    reason: 'Korean name of Dublin.'
  },
  {
    written: '도쿄',
    canonical: 'Tokyo',
    kind: 'translation',
    languages: ['ko'],
    reason: 'Korean name of Tokyo.'
  },
  {
    written: '라스베이거스',
    canonical: 'Las Vegas',
    kind: 'translation',
    languages: ['ko'],
    reason: 'Korean name of Las Vegas.'
  },
  {
    written: '런던',
    canonical: 'London',
    kind: 'translation',
    languages: ['ko'],
    reason: 'Korean name of London.'
  },
  {
    written: '로스앤젤레스',
    canonical: 'Los Angeles',
    kind: 'translation',
    languages: ['ko'],
    reason: 'Korean name of Los Angeles.'
  },
  {
    written: '멜버른',
    canonical: 'Melbourne',
    kind: 'translation',
    languages: ['ko'],
    reason: 'Korean name of Melbourne.'
  },
  {
    written: '몬트리올',
    canonical: 'Montreal',
    kind: 'translation',
    languages: ['ko'],
    reason: 'Korean name of Montreal.'
  },
  {
    written: '뭄바이',
    canonical: 'Mumbai',
    kind: 'translation',
    languages: ['ko'],
    reason: 'Korean name of Mumbai.'
  },
  {
    written: '상파울루',
    canonical: 'Sao Paulo',
    kind: 'translation',
    languages: ['ko'],
    reason: 'Korean name of Sao Paulo.'
  },
  {
    written: '상 파울로',
    canonical: 'Sao Paulo',
    kind: 'translation',
    languages: ['ko'],
    reason:
      'Korean name of Sao Paulo, another transcription on the page that also writes 상파울루.'
  },
  {
    written: '시드니',
    canonical: 'Sydney',
    kind: 'translation',
    languages: ['ko'],
    reason: 'Korean name of Sydney.'
  },
  {
    written: '시애틀',
    canonical: 'Seattle',
    kind: 'translation',
    languages: ['ko'],
    reason: 'Korean name of Seattle.'
  },
  {
    written: '시카고',
    canonical: 'Chicago',
    kind: 'translation',
    languages: ['ko'],
    reason: 'Korean name of Chicago.'
  },
  {
    written: '실리콘밸리',
    canonical: 'Silicon Valley',
    kind: 'translation',
    languages: ['ko'],
    reason: 'Korean name of Silicon Valley.'
  },
  {
    written: '싱가포르',
    canonical: 'Singapore',
    kind: 'translation',
    languages: ['ko'],
    reason: 'Korean name of Singapore.'
  },
  {
    written: '암스테르담',
    canonical: 'Amsterdam',
    kind: 'translation',
    languages: ['ko'],
    reason: 'Korean name of Amsterdam.'
  },
  {
    written: '애틀랜타',
    canonical: 'Atlanta',
    kind: 'translation',
    languages: ['ko'],
    reason: 'Korean name of Atlanta.'
  },
  {
    written: '오사카',
    canonical: 'Osaka',
    kind: 'translation',
    languages: ['ko'],
    reason: 'Korean name of Osaka.'
  },
  {
    written: '워싱턴 DC',
    canonical: 'Washington DC',
    kind: 'translation',
    languages: ['ko'],
    reason: 'Korean name of Washington DC.'
  },
  {
    written: '첸나이',
    canonical: 'Chennai',
    kind: 'translation',
    languages: ['ko'],
    reason: 'Korean name of Chennai.'
  },
  {
    written: '퀘벡 시티',
    canonical: 'Quebec City',
    kind: 'translation',
    languages: ['ko'],
    reason: 'Korean name of Quebec City.'
  },
  {
    written: '토론토',
    canonical: 'Toronto',
    kind: 'translation',
    languages: ['ko'],
    reason: 'Korean name of Toronto.'
  },
  {
    written: '파리',
    canonical: 'Paris',
    kind: 'translation',
    languages: ['ko'],
    reason: 'Korean name of Paris.'
  },
  {
    written: '홍콩',
    canonical: 'Hong Kong',
    kind: 'translation',
    languages: ['ko'],
    reason: 'Korean name of Hong Kong.'
  },
  {
    written: '홍콩 특별행정구',
    canonical: 'Hong Kong SAR',
    kind: 'translation',
    languages: ['ko'],
    reason: 'Korean name of Hong Kong SAR.'
  },
  {
    written: '베를린',
    canonical: 'Berlin',
    kind: 'translation',
    languages: ['ko'],
    reason: 'Korean name of Berlin.'
  },
  {
    written: '프랑크푸르트',
    canonical: 'Frankfurt',
    kind: 'translation',
    languages: ['ko'],
    reason: 'Korean name of Frankfurt.'
  },
  {
    written: 'Hongkong',
    canonical: 'Hong Kong',
    kind: 'translation',
    languages: ['de'],
    reason: 'German name of Hong Kong.'
  },
  {
    written: 'Tokio',
    canonical: 'Tokyo',
    kind: 'translation',
    languages: ['de', 'es'],
    reason: 'German and Spanish name of Tokyo.'
  },
  {
    written: 'Peking',
    canonical: 'Beijing',
    kind: 'translation',
    languages: ['de'],
    reason: 'German name of Beijing.'
  },
  {
    written: 'Singapur',
    canonical: 'Singapore',
    kind: 'translation',
    languages: ['de', 'es'],
    reason: 'German and Spanish name of Singapore.'
  },
  {
    written: 'Londres',
    canonical: 'London',
    kind: 'translation',
    languages: ['es', 'fr', 'pt-br'],
    reason: 'French, Spanish and Portuguese name of London.'
  },
  {
    written: 'Singapour',
    canonical: 'Singapore',
    kind: 'translation',
    languages: ['fr'],
    reason: 'French name of Singapore.'
  },
  {
    written: 'Nueva York',
    canonical: 'New York',
    kind: 'translation',
    languages: ['es'],
    reason: 'Spanish name of New York.'
  },
  {
    written: 'Pekín',
    canonical: 'Beijing',
    kind: 'translation',
    languages: ['es'],
    reason: 'Spanish name of Beijing.'
  },
  {
    written: 'Quebec ciudad',
    canonical: 'Quebec City',
    kind: 'translation',
    languages: ['es'],
    reason: 'Spanish (word for word) name of Quebec City.'
  },
  {
    written: 'Ciudad de Quebec',
    canonical: 'Quebec City',
    kind: 'translation',
    languages: ['es'],
    reason: 'Spanish name of Quebec City.'
  },
  {
    written: 'Sídney',
    canonical: 'Sydney',
    kind: 'translation',
    languages: ['es', 'pt-br'],
    reason: 'Spanish and Portuguese name of Sydney.'
  },
  {
    written: 'Fráncfort',
    canonical: 'Frankfurt',
    kind: 'translation',
    languages: ['es'],
    reason: 'Spanish name of Frankfurt.'
  },
  {
    written: 'Mumbai (Bombay)',
    canonical: 'Mumbai',
    kind: 'translation',
    languages: ['es'],
    reason: 'Spanish display of Mumbai with its former name.'
  },
  {
    written: 'Newport (Gales)',
    canonical: 'Newport(Wales)',
    kind: 'translation',
    languages: ['es'],
    reason: 'Spanish and Portuguese name of Newport (Wales).'
  },
  {
    written: 'Seúl',
    canonical: 'Seoul',
    kind: 'translation',
    languages: ['es', 'it', 'pt-br'],
    reason: 'Spanish, Italian and Portuguese name of Seoul.'
  },
  {
    written: 'Washington D.C.',
    canonical: 'Washington DC',
    kind: 'translation',
    languages: ['es', 'pt-br'],
    reason: 'Spanish and Portuguese spelling of Washington DC.'
  },
  {
    written: 'Washington, D.C.',
    canonical: 'Washington DC',
    kind: 'translation',
    languages: ['pt-br'],
    reason:
      'Portuguese spelling of Washington DC, with a comma that does not split the list.'
  },
  {
    written: 'Berlino',
    canonical: 'Berlin',
    kind: 'translation',
    languages: ['it'],
    reason: 'Italian name of Berlin.'
  },
  {
    written: 'Dublino',
    canonical: 'Dublin',
    kind: 'translation',
    languages: ['it'],
    reason: 'Italian name of Dublin.'
  },
  {
    written: 'Francoforte',
    canonical: 'Frankfurt',
    kind: 'translation',
    languages: ['it'],
    reason: 'Italian name of Frankfurt.'
  },
  {
    written: 'Londra',
    canonical: 'London',
    kind: 'translation',
    languages: ['it'],
    reason: 'Italian name of London.'
  },
  {
    written: 'Newport (Galles)',
    canonical: 'Newport(Wales)',
    kind: 'translation',
    languages: ['it'],
    reason: 'Italian name of Newport (Wales).'
  },
  {
    written: 'Parigi',
    canonical: 'Paris',
    kind: 'translation',
    languages: ['it'],
    reason: 'Italian name of Paris.'
  },
  {
    written: 'Pechino',
    canonical: 'Beijing',
    kind: 'translation',
    languages: ['it'],
    reason: 'Italian name of Beijing.'
  },
  {
    written: 'San Paolo',
    canonical: 'Sao Paulo',
    kind: 'translation',
    languages: ['it'],
    reason: 'Italian name of Sao Paulo.'
  },
  {
    written: 'Hong Kong - R.A.S.',
    canonical: 'Hong Kong SAR',
    kind: 'translation',
    languages: ['it'],
    reason: 'Italian name of Hong Kong SAR (Regione Amministrativa Speciale).'
  },
  {
    written: 'Amsterdã',
    canonical: 'Amsterdam',
    kind: 'translation',
    languages: ['pt-br'],
    reason: 'Portuguese name of Amsterdam.'
  },
  {
    written: 'Berlim',
    canonical: 'Berlin',
    kind: 'translation',
    languages: ['pt-br'],
    reason: 'Portuguese name of Berlin.'
  },
  {
    written: 'Bombaim',
    canonical: 'Mumbai',
    kind: 'translation',
    languages: ['pt-br'],
    reason: 'Portuguese name of Mumbai.'
  },
  {
    written: 'Madras',
    canonical: 'Chennai',
    kind: 'translation',
    languages: ['pt-br'],
    reason:
      'Former name of Chennai, in a Portuguese page where the English page of its date writes Chennai.'
  },
  {
    written: 'Cingapura',
    canonical: 'Singapore',
    kind: 'translation',
    languages: ['pt-br'],
    reason: 'Portuguese name of Singapore.'
  },
  {
    written: 'Cidade de Quebec',
    canonical: 'Quebec City',
    kind: 'translation',
    languages: ['pt-br'],
    reason: 'Portuguese name of Quebec City.'
  },
  {
    written: 'Quebec',
    canonical: 'Quebec City',
    kind: 'translation',
    languages: ['pt-br'],
    reason:
      'Portuguese short form of Quebec City, where the English page writes Quebec City.'
  },
  {
    written: 'Dublim',
    canonical: 'Dublin',
    kind: 'translation',
    languages: ['pt-br'],
    reason: 'Portuguese name of Dublin.'
  },
  {
    written: 'Madri',
    canonical: 'Madrid',
    kind: 'translation',
    languages: ['pt-br'],
    reason: 'Portuguese name of Madrid.'
  },
  {
    written: 'Newport (País de Gales)',
    canonical: 'Newport(Wales)',
    kind: 'translation',
    languages: ['pt-br'],
    reason: 'Portuguese name of Newport (Wales).'
  },
  {
    written: 'Newport(Gales)',
    canonical: 'Newport(Wales)',
    kind: 'translation',
    languages: ['pt-br'],
    reason: 'Portuguese name of Newport (Wales), without the space.'
  },
  {
    written: 'Nova Iorque',
    canonical: 'New York',
    kind: 'translation',
    languages: ['pt-br'],
    reason: 'Portuguese name of New York (European form).'
  },
  {
    written: 'Nova York',
    canonical: 'New York',
    kind: 'translation',
    languages: ['pt-br'],
    reason: 'Portuguese name of New York (Brazilian form).'
  },
  {
    written: 'Pequim',
    canonical: 'Beijing',
    kind: 'translation',
    languages: ['pt-br'],
    reason: 'Portuguese name of Beijing.'
  },
  {
    written: 'Tóquio',
    canonical: 'Tokyo',
    kind: 'translation',
    languages: ['pt-br'],
    reason: 'Portuguese name of Tokyo.'
  },
  {
    written: 'Vale do Silício',
    canonical: 'Silicon Valley',
    kind: 'translation',
    languages: ['pt-br'],
    reason: 'Portuguese name of Silicon Valley.'
  },
  {
    written: 'Xangai',
    canonical: 'Shanghai',
    kind: 'translation',
    languages: ['pt-br'],
    reason: 'Portuguese name of Shanghai.'
  }
]

/** Aliases of Azure regions (plain names in region maps and local-region cells). */
export const azureRegionAliases: Alias[] = [
  {
    written: 'India South',
    canonical: 'South India',
    kind: 'spelling',
    reason:
      'Azure writes the region South India; early pages wrote India South.'
  },
  {
    written: 'India West',
    canonical: 'West India',
    kind: 'spelling',
    reason: 'Azure writes the region West India; early pages wrote India West.'
  },
  {
    written: 'India Central',
    canonical: 'Central India',
    kind: 'spelling',
    reason:
      'Azure writes the region Central India; early pages wrote India Central.'
  },
  {
    written: 'China East2',
    canonical: 'China East 2',
    kind: 'spelling',
    reason: 'A missing space.'
  },
  {
    written: 'China North2',
    canonical: 'China North 2',
    kind: 'spelling',
    reason: 'A missing space.'
  }
]
