/**
 * A hand-built history of three versions, shaped like the seeds: a 2015
 * region map, a 2015 by-provider page, a 2020 by-location page.
 */

import {
  documentOf,
  exchange,
  location,
  offering,
  provider,
  region,
  satelliteOperator,
  systemIntegrator
} from '../diff/builders.js'

const europe = (...ids: string[]) =>
  region('europe', {
    azureRegions: ['North Europe', 'West Europe'],
    locations: ids.map((id) => ({location: id, comingSoon: false}))
  })

/** 2015-03-31: regions only. */
export const march2015 = documentOf({
  date: '2015-03-31',
  path: 'seeds/002.txt',
  facets: ['regions'],
  regions: [
    region('us', {
      azureRegions: ['East US'],
      locations: [{location: 'washington-dc', comingSoon: false}]
    }),
    europe('amsterdam', 'london'),
    region('asia', {
      azureRegions: ['East Asia'],
      locations: [
        {location: 'hong-kong-sar', comingSoon: false},
        {location: 'singapore', comingSoon: false}
      ]
    })
  ],
  locations: [
    location('amsterdam'),
    location('london'),
    location('hong-kong-sar', {name: 'Hong Kong'}),
    location('singapore'),
    location('washington-dc', {name: 'Washington DC'})
  ]
})

/** 2015-12-02: by provider, with Azure and Office 365 statuses. */
export const december2015 = documentOf({
  date: '2015-12-02',
  path: 'corpus/2015-12-02.md',
  facets: [
    'regions',
    'offerings',
    'offeringStatus',
    'office365Status',
    'exchanges',
    'systemIntegrators'
  ],
  regions: [
    ...march2015.regions,
    region('canada', {
      azureRegions: ['Canada Central'],
      locations: [
        {location: 'montreal', comingSoon: true},
        {location: 'toronto', comingSoon: true}
      ]
    })
  ],
  locations: [
    ...march2015.locations,
    location('montreal', {comingSoon: true}),
    location('toronto', {comingSoon: true})
  ],
  providers: [provider('cologix'), provider('equinix'), provider('orange')],
  offerings: [
    offering('cologix', 'montreal', {
      comingSoon: true,
      azure: 'coming-soon',
      office365: 'not-supported'
    }),
    offering('cologix', 'toronto', {
      comingSoon: true,
      azure: 'coming-soon',
      office365: 'not-supported'
    }),
    offering('equinix', 'amsterdam', {
      azure: 'supported',
      office365: 'supported'
    }),
    offering('equinix', 'washington-dc', {
      azure: 'coming-soon',
      office365: 'supported'
    }),
    offering('orange', 'hong-kong-sar', {
      azure: 'supported',
      office365: 'supported'
    }),
    offering('orange', 'singapore', {
      azure: 'supported',
      office365: 'supported'
    })
  ],
  exchanges: [
    exchange('amsterdam', {
      exchanges: ['equinix-cloud-exchange'],
      providers: ['orange']
    })
  ],
  systemIntegrators: [systemIntegrator('nelite', {name: 'Nelite'})]
})

/** 2020-01-17: by location, with details; no Office 365 status. */
export const january2020 = documentOf({
  date: '2020-01-17',
  path: 'seeds/001.txt',
  facets: [
    'regions',
    'offerings',
    'offeringStatus',
    'locationDetails',
    'exchanges',
    'systemIntegrators',
    'satelliteOperators'
  ],
  regions: [
    region('us', {
      azureRegions: ['East US'],
      locations: [{location: 'washington-dc', comingSoon: false}]
    }),
    europe('amsterdam', 'london', 'zurich'),
    region('asia', {
      azureRegions: ['East Asia'],
      locations: [
        {location: 'hong-kong-sar', comingSoon: false},
        {location: 'singapore', comingSoon: false}
      ]
    }),
    region('canada', {
      azureRegions: ['Canada Central', 'Canada East'],
      locations: [
        {location: 'montreal', comingSoon: true},
        {location: 'toronto', comingSoon: false}
      ]
    }),
    region('australia', {
      azureRegions: ['Australia East'],
      locations: [
        {location: 'auckland', comingSoon: false},
        {location: 'perth', comingSoon: false}
      ]
    }),
    region('middle-east', {
      azureRegions: [],
      locations: [{location: 'dubai2', comingSoon: false}]
    })
  ],
  locations: [
    location('amsterdam', {
      zone: 1,
      facilities: [
        {
          name: 'Equinix AM5',
          url: 'https://www.equinix.com/locations/europe-colocation/netherlands-colocation/amsterdam-data-centers/am5/'
        }
      ],
      localAzureRegions: ['West Europe'],
      erDirect: {available: true, speeds: ['10G', '100G']}
    }),
    location('auckland', {zone: 2}),
    location('dubai2', {name: 'Dubai2', zone: 3}),
    location('hong-kong-sar', {name: 'Hong Kong SAR', zone: 2}),
    location('london', {zone: 1}),
    location('montreal', {comingSoon: true, zone: 1}),
    location('perth', {zone: 2}),
    location('singapore', {zone: 2}),
    location('toronto', {zone: 1}),
    location('washington-dc', {name: 'Washington DC', zone: 1}),
    location('zurich', {
      zone: 1,
      facilities: [{name: 'Interxion ZUR2', url: null}],
      localAzureRegions: ['Switzerland North'],
      erDirect: {available: true, speeds: ['10G']}
    })
  ],
  providers: [
    provider('cologix'),
    provider('equinix'),
    provider('megaport'),
    provider('orange')
  ],
  offerings: [
    offering('cologix', 'montreal', {comingSoon: true}),
    offering('cologix', 'toronto'),
    offering('equinix', 'amsterdam', {azure: 'supported'}),
    offering('equinix', 'washington-dc', {azure: 'supported'}),
    offering('megaport', 'auckland'),
    offering('megaport', 'dubai2'),
    offering('megaport', 'perth')
  ],
  exchanges: [
    exchange('amsterdam', {
      exchanges: ['equinix-cloud-exchange'],
      providers: ['megaport', 'orange']
    })
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
    systemIntegrator('nelite', {name: 'Nelite'})
  ],
  satelliteOperators: [satelliteOperator('intelsat')]
})
