/**
 * What a failed system call means, in words a user can act on: the CLI says
 * “no space left on the device”, never a bare `ENOSPC`.
 */

/** Words for the `code` of Node's system errors. */
const reasons: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is exceeded',
  EFBIG: 'the file is too large for the file system',
  EEXIST: 'a file is in the way',
  ENOTDIR: 'not a directory',
  EISDIR: 'it is a directory',
  ENOENT: 'no such file',
  ENAMETOOLONG: 'the name is too long',
  ELOOP: 'too many levels of symbolic links',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files',
  EBUSY: 'the file or device is busy',
  EIO: 'an input/output error of the device',
  EXDEV: 'not on the same file system',
  ENOTEMPTY: 'the directory is not empty'
}

/**
 * The `code` of a Node system error (`'ENOSPC'`), or `undefined` when the
 * error is not one.
 *
 * @param error
 *   Anything thrown.
 */
export function systemErrorCode(error: unknown): string | undefined {
  if (
    error &&
    typeof error === 'object' &&
    'code' in error &&
    typeof error.code === 'string'
  ) {
    return error.code
  }

  return undefined
}

/**
 * The cause of a failed system call in words.
 *
 * @param error
 *   Anything thrown.
 * @param fallback
 *   Words for an error without a known code.
 */
export function systemReason(error: unknown, fallback: string): string {
  const code = systemErrorCode(error)
  return (
    (code !== undefined && Object.hasOwn(reasons, code)
      ? reasons[code]
      : undefined) ?? fallback
  )
}
