/**
 * Ids: the slug of a canonical name.
 */

/**
 * Turn a name into an id: lowercase, ASCII-folded (`GÉANT` → `geant`),
 * words joined by `-`.
 *
 * Note: names in scripts that do not fold to ASCII (`北京`) keep their
 * letters, so a Chinese page still gets one distinct id a name.
 *
 * @param name
 *   Canonical name.
 */
export function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/[Øø]/g, 'o')
    .replace(/[Łł]/g, 'l')
    .replace(/[Ææ]/g, 'ae')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
}
