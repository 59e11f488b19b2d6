/**
 * Two versions that differ in every way the changelog has a sentence for
 * that the history (`history.ts`) does not show.
 */

import {
  datacenterProvider,
  documentOf,
  exchange,
  location,
  offering,
  provider,
  region,
  researchNetwork,
  satelliteOperator,
  systemIntegrator
} from '../diff/builders.js'

/** The older version. */
export const before = documentOf({
  date: '2023-02-01',
  path: 'corpus/2023-02-01.md',
  regions: [
    region('asia', {
      name: 'Asia',
      azureRegions: ['East Asia', 'Southeast Asia']
    }),
    region('us-government', {
      name: 'US Government cloud',
      cloud: 'national',
      locations: [{location: 'dallas', comingSoon: true}]
    }),
    region('antarctica')
  ],
  locations: [
    location('amsterdam', {
      zone: 1,
      facilities: [{name: 'Equinix AM5', url: 'http://am5'}],
      localAzureRegions: ['West Europe'],
      erDirect: {available: true, speeds: ['10G']}
    }),
    location('berlin', {cloud: 'germany'}),
    location('dallas', {cloud: 'us-government', comingSoon: true}),
    location('frankfurt', {
      facilities: [
        {name: 'Equinix FR5', url: null},
        {name: 'Interxion FRA11', url: null}
      ],
      erDirect: {available: false, speeds: []},
      localAzureRegions: []
    }),
    location('london'),
    location('los-angeles', {
      name: 'Los Angeles*',
      erDirect: {available: true, speeds: ['10G']}
    }),
    location('montreal'),
    location('sao-paulo', {
      zone: 3,
      erDirect: {available: true, speeds: ['10G', '100G']}
    }),
    location('tokyo'),
    location('toronto'),
    location('vienna', {erDirect: {available: true, speeds: []}})
  ],
  providers: [
    provider('arelion', {name: 'Telia Carrier'}),
    provider('att-netbond', {name: 'AT&T NetBond'}),
    provider('cologix'),
    provider('equinix', {url: 'http://www.equinix.com/'})
  ],
  offerings: [
    offering('att-netbond', 'dallas', {
      cloud: 'us-government',
      comingSoon: true
    }),
    offering('cologix', 'montreal'),
    offering('cologix', 'toronto'),
    offering('equinix', 'london', {office365: 'not-supported'}),
    offering('equinix', 'tokyo', {office365: 'not-supported'})
  ],
  exchanges: [
    exchange('amsterdam', {
      exchanges: ['ams-ix', 'nl-ix'],
      providers: ['cologix']
    }),
    exchange('berlin', {cloud: 'germany'})
  ],
  systemIntegrators: [
    systemIntegrator('avanade-inc', {
      name: 'Avanade Inc.',
      continent: 'Europe'
    }),
    systemIntegrator('avanade-inc', {name: 'Avanade Inc.', continent: 'Asia'}),
    systemIntegrator('inframon', {continent: 'Europe'}),
    systemIntegrator('inframon', {continent: 'Asia'}),
    systemIntegrator('nelite', {url: 'http://old.nelite'})
  ],
  satelliteOperators: [
    satelliteOperator('ses', {name: 'SES'}),
    satelliteOperator('intelsat', {name: 'Intelsat'})
  ],
  datacenterProviders: [
    datacenterProvider('digital-realty', {exchanges: ['ams-ix']}),
    datacenterProvider('coresite', {name: 'CoreSite'})
  ],
  researchNetworks: [
    researchNetwork('garr', {name: 'GARR', via: 'geant'}),
    researchNetwork('geant', {name: 'GÉANT'}),
    researchNetwork('surf', {name: 'SURF'}),
    researchNetwork('internet2', {name: 'Internet2'}),
    researchNetwork('renater', {name: 'RENATER'})
  ]
})

/** The newer version. */
export const after = documentOf({
  date: '2024-07-31',
  path: 'corpus/2024-07-31.md',
  regions: [
    region('asia', {name: 'Asia Pacific', azureRegions: ['East Asia']}),
    region('us-government', {
      name: 'US Government cloud',
      cloud: 'national',
      locations: [{location: 'dallas', comingSoon: false}]
    })
  ],
  locations: [
    location('amsterdam', {
      zone: 2,
      facilities: [{name: 'Equinix AM5', url: 'https://am5'}],
      localAzureRegions: ['North Europe', 'West Europe'],
      erDirect: {available: false, speeds: []}
    }),
    location('dallas', {cloud: 'us-government'}),
    location('frankfurt', {
      facilities: [
        {name: 'Equinix FR5', url: null},
        {name: 'Digital Realty FRA1', url: null}
      ],
      erDirect: {available: true, speeds: ['100G']},
      localAzureRegions: ['Germany West Central']
    }),
    location('london'),
    location('los-angeles', {
      name: 'Los Angeles*',
      erDirect: {available: true, speeds: ['10G', '100G']}
    }),
    location('montreal'),
    location('sao-paulo', {
      zone: 3,
      comingSoon: true,
      localAzureRegions: ['Brazil South'],
      erDirect: {available: true, speeds: []}
    }),
    location('tokyo'),
    location('tokyo3', {name: 'Tokyo3', comingSoon: true}),
    location('toronto'),
    location('vienna', {erDirect: {available: true, speeds: ['10G']}})
  ],
  providers: [
    provider('arelion', {name: 'Arelion'}),
    provider('att-netbond', {name: 'AT&T NetBond'}),
    provider('equinix', {url: 'https://www.equinix.com/'})
  ],
  offerings: [
    offering('att-netbond', 'dallas', {cloud: 'us-government'}),
    offering('att-netbond', 'phoenix', {cloud: 'us-government'}),
    offering('equinix', 'london', {comingSoon: true, office365: 'supported'}),
    offering('equinix', 'tokyo', {office365: 'supported'}),
    offering('equinix', 'tokyo3', {comingSoon: true})
  ],
  exchanges: [
    exchange('amsterdam', {
      exchanges: ['ams-ix', 'de-cix'],
      providers: ['att-netbond']
    }),
    exchange('frankfurt', {exchanges: ['de-cix'], providers: ['arelion']})
  ],
  systemIntegrators: [
    systemIntegrator('avanade-inc', {
      name: 'Avanade Inc.',
      continent: 'Europe'
    }),
    systemIntegrator('avanade-inc', {
      name: 'Avanade Inc.',
      continent: 'North America'
    }),
    systemIntegrator('nelite', {name: 'Exakis Nelite', url: 'https://nelite'})
  ],
  satelliteOperators: [
    satelliteOperator('viasat', {name: 'Viasat'}),
    satelliteOperator('intelsat', {name: 'Intelsat S.A.'})
  ],
  datacenterProviders: [
    datacenterProvider('digital-realty', {
      name: 'Digital Realty (Interxion)',
      exchanges: ['de-cix']
    }),
    datacenterProvider('equinix', {exchanges: ['ams-ix', 'de-cix']})
  ],
  researchNetworks: [
    researchNetwork('garr', {name: 'GARR', via: 'surf'}),
    researchNetwork('geant', {name: 'GÉANT'}),
    researchNetwork('surf', {name: 'SURF'}),
    researchNetwork('aarnet', {name: 'AARNet', via: 'geant'}),
    researchNetwork('internet2', {name: 'Internet2', url: null})
  ]
})
