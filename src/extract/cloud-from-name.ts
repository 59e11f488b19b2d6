/**
 * Which cloud a name in a national region map stands for.
 */

import {cloudFromSectionPath} from './cloud-from-section-path.js'
import type {Cloud} from '../model.js'

/**
 * The cloud a region name names: `US Government cloud` → `us-government`,
 * `China East` → `china` (the longest leading words that name a cloud).
 *
 * @param name
 *   Region name as written.
 * @returns
 *   The cloud, or `null` when the name names none.
 */
export function cloudFromName(name: string): Cloud | null {
  const words = name.trim().split(/\s+/)
  for (let count = words.length; count > 0; count--) {
    const cloud = cloudFromSectionPath([words.slice(0, count).join(' ')])
    if (cloud !== null && cloud !== 'national') return cloud
  }

  return null
}
