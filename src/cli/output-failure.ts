/**
 * What a failed write to standard output means for the run.
 */

/**
 * Whether a write error is a closed pipe (`er-locations … | head`): the
 * reader stopped reading, which is its choice and no failure of ours.
 *
 * @param error
 *   Error of the write.
 */
export function isClosedPipe(error: unknown): boolean {
  return errorCode(error) === 'EPIPE'
}

/**
 * The reason of a write error, in words.
 *
 * @param error
 *   Error of the write.
 */
export function writeFailureReason(error: unknown): string {
  const code = errorCode(error)
  if (code === 'ENOSPC') return 'no space left on the device'
  if (code === 'EDQUOT') return 'disk quota exceeded'
  if (code === 'EFBIG') return 'the file is too large'
  if (code === 'EIO') return 'input/output error'
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  if (code === 'EBADF') return 'it is not open for writing'
  if (code) return code
  return error instanceof Error ? error.message : String(error)
}

function errorCode(error: unknown): string {
  return error && typeof error === 'object' && 'code' in error ? String(error.code) : ''
}
