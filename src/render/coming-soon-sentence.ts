import type {Cloud} from '../model.js'
import {changeSentences as say} from './change-sentences.js'
import {group, type SentenceSink} from './sentence-sink.js'

/**
 * Say that a peering location gained or lost its coming-soon mark.
 *
 * Locations and region maps both carry the mark; both call this, and the
 * same text is then said once.
 *
 * @param sink
 *   Where sentences go.
 * @param name
 *   Display name of the location.
 * @param cloud
 *   Its cloud.
 * @param comingSoon
 *   Whether it is marked now.
 */
export function comingSoonSentence(
  sink: SentenceSink,
  name: string,
  cloud: Cloud,
  comingSoon: boolean
): void {
  const make = comingSoon
    ? say.locationNowComingSoon
    : say.locationNoLongerComingSoon
  // `0 `: location marks before the offering marks of the same group.
  sink.add('changed', group.comingSoon, '0 ' + name, make(name, cloud))
}
