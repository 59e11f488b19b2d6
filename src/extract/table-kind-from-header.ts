/**
 * Decide which kind of table a header is, from the roles of its columns.
 */

import type {ColumnRole} from './header-synonyms.js'

/**
 * Kinds of table the pages carry (see `notes/tables-survey.md`).
 *
 * - `region-map`: geopolitical region → Azure regions → ExpressRoute
 *   locations (commercial or national; the section or the row tells).
 * - `providers-by-provider`: one provider a row with its locations, and
 *   usually its Azure and Office 365 statuses (2015–2021+ `locations` page).
 * - `services-by-provider`: one provider a row with its statuses and no
 *   locations (2015 `ExpressRoute and Microsoft Cloud Services`).
 * - `locations-by-location`: one location a row with its providers, and on
 *   later pages its address, zone, local regions and ER Direct.
 * - `exchanges`: providers reached through an exchange, in either order
 *   (`Connectivity provider | Exchange | Locations` or
 *   `Location | Exchange | Connectivity providers`).
 * - `system-integrators`: in either order (`System integrator | Continent`
 *   or `Continent | System integrators`).
 * - `datacenter-providers`: `Provider | Exchange`.
 * - `research-networks`: the NREN table, a single `Provider` column.
 * - `provider-location-matrix`: the first page form (2015): an empty first
 *   header cell, a location in every other one, a provider a row, a mark
 *   (`Available`) or nothing in each cell. Never told by header words (its
 *   header is data), only by `recognizeTables`.
 * - `unknown`: anything else (other pages' tables, unrecognized headers).
 */
export type TableKind =
  | 'region-map'
  | 'providers-by-provider'
  | 'services-by-provider'
  | 'locations-by-location'
  | 'exchanges'
  | 'system-integrators'
  | 'datacenter-providers'
  | 'research-networks'
  | 'provider-location-matrix'
  | 'unknown'

/**
 * Which kind of table the given column roles make.
 *
 * The first column (the row's key) and the presence of one telling column
 * decide; other columns may be `null` (unrecognized) without changing the
 * kind — the extractor reports those cells.
 *
 * @param roles
 *   Roles of the columns in order, as `rolesFromHeader` gives them.
 */
export function tableKindFromHeader(
  roles: ReadonlyArray<ColumnRole | null>
): TableKind {
  const [key, ...rest] = roles
  const has = (role: ColumnRole) => rest.includes(role)

  switch (key) {
    case 'geopoliticalRegion': {
      return has('azureRegions') || has('locations') ? 'region-map' : 'unknown'
    }

    case 'serviceProvider': {
      if (has('locations')) return 'providers-by-provider'
      return has('azureStatus') || has('office365Status')
        ? 'services-by-provider'
        : 'unknown'
    }

    case 'location': {
      if (has('exchange')) return 'exchanges'
      return has('serviceProviders') ? 'locations-by-location' : 'unknown'
    }

    case 'connectivityProvider': {
      return has('exchange') ? 'exchanges' : 'unknown'
    }

    case 'systemIntegrator': {
      return has('continent') ? 'system-integrators' : 'unknown'
    }

    case 'continent': {
      return has('systemIntegrators') ? 'system-integrators' : 'unknown'
    }

    case 'provider': {
      if (has('exchange')) return 'datacenter-providers'
      return rest.length === 0 ? 'research-networks' : 'unknown'
    }

    default: {
      return 'unknown'
    }
  }
}
