/**
 * Why a `fetch` failed, in words a user can act on: “the host is not found
 * (DNS)”, never `TypeError: fetch failed`.
 *
 * Node's `fetch` (undici) rejects with a `TypeError` (“fetch failed” before
 * the answer, “terminated” while reading the body) whose `cause` is the
 * system, TLS, zlib or undici error that tells what happened.
 */

import {systemErrorCode} from './system-reason.js'

/**
 * Kinds of failure of reading a URL: a closed union, so a caller (`update`)
 * can tell a network that is down from a page that is gone.
 *
 * - `invalid-url`: the argument or a `Location` is no URL that is read
 * - `dns`: the host name cannot be resolved
 * - `refused`: nothing listens at the host and port
 * - `tls`: the TLS handshake or certificate failed
 * - `timeout`: the answer did not come in time
 * - `connection`: the connection failed or broke off otherwise
 * - `protocol`: the answer is not HTTP, or its encoding is broken
 * - `status`: the server answered with an error status (4xx, 5xx, …)
 * - `redirect`: too many redirects, a loop, or a bad `Location`
 * - `too-large`: the body is over the size limit
 */
export type UrlFailureKind =
  | 'invalid-url'
  | 'dns'
  | 'refused'
  | 'tls'
  | 'timeout'
  | 'connection'
  | 'protocol'
  | 'status'
  | 'redirect'
  | 'too-large'

/** A failure in words. */
export interface FetchFailure {
  kind: UrlFailureKind
  /** What happened, one clause without a capital or a full stop. */
  reason: string
}

/** Words for the codes of the certificate checks of Node's TLS. */
const certificateReasons: Readonly<Record<string, string>> = {
  DEPTH_ZERO_SELF_SIGNED_CERT: 'is self-signed',
  SELF_SIGNED_CERT_IN_CHAIN: 'is signed by a self-signed certificate',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'is signed by an unknown authority',
  UNABLE_TO_GET_ISSUER_CERT: 'is signed by an unknown authority',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'is signed by an unknown authority',
  CERT_HAS_EXPIRED: 'has expired',
  CERT_NOT_YET_VALID: 'is not valid yet',
  CERT_REVOKED: 'is revoked',
  CERT_UNTRUSTED: 'is not trusted',
  CERT_REJECTED: 'is rejected',
  ERR_TLS_CERT_ALTNAME_INVALID: 'is not for this host name'
}

/** Words for the codes of system and undici errors (TLS and DNS aside). */
const connectionReasons: Readonly<
  Record<string, {kind: UrlFailureKind; reason: string}>
> = {
  ECONNREFUSED: {kind: 'refused', reason: 'the connection was refused'},
  ECONNRESET: {kind: 'connection', reason: 'the server reset the connection'},
  EPIPE: {kind: 'connection', reason: 'the server closed the connection'},
  UND_ERR_SOCKET: {
    kind: 'connection',
    reason: 'the server closed the connection before the whole answer'
  },
  UND_ERR_CLOSED: {kind: 'connection', reason: 'the connection was closed'},
  EHOSTUNREACH: {kind: 'connection', reason: 'the host is unreachable'},
  ENETUNREACH: {kind: 'connection', reason: 'the network is unreachable'},
  EADDRNOTAVAIL: {kind: 'connection', reason: 'the address is not available'},
  ETIMEDOUT: {kind: 'timeout', reason: 'connecting timed out'},
  UND_ERR_CONNECT_TIMEOUT: {kind: 'timeout', reason: 'connecting timed out'},
  UND_ERR_HEADERS_TIMEOUT: {
    kind: 'timeout',
    reason: 'the server sent no answer in time'
  },
  UND_ERR_BODY_TIMEOUT: {
    kind: 'timeout',
    reason: 'the server stopped sending the body'
  },
  Z_DATA_ERROR: {
    kind: 'protocol',
    reason: 'its compressed body (`Content-Encoding`) is broken'
  },
  Z_BUF_ERROR: {
    kind: 'protocol',
    reason: 'its compressed body (`Content-Encoding`) is cut short'
  }
}

/**
 * What a rejection of `fetch`, or of reading its body, means.
 *
 * @param error
 *   Anything `fetch` or a body reader rejected with.
 * @param host
 *   Host (and port) of the URL asked for, for the message.
 */
export function fetchFailure(error: unknown, host: string): FetchFailure {
  const cause = codedCause(error)
  const code = cause ? (systemErrorCode(cause) as string) : undefined

  if (code === 'ENOTFOUND') {
    return {kind: 'dns', reason: 'the host `' + host + '` is not found (DNS)'}
  }

  if (code === 'EAI_AGAIN') {
    return {
      kind: 'dns',
      reason:
        'the host `' +
        host +
        '` cannot be looked up now (DNS: temporary failure; try again)'
    }
  }

  if (code !== undefined && Object.hasOwn(certificateReasons, code)) {
    return {
      kind: 'tls',
      reason:
        'TLS/SSL: the certificate of `' +
        host +
        '` ' +
        certificateReasons[code] +
        ' (' +
        code +
        ')'
    }
  }

  if (
    code !== undefined &&
    (code.startsWith('ERR_SSL_') ||
      code.startsWith('ERR_TLS_') ||
      code.startsWith('CERT_'))
  ) {
    return {
      kind: 'tls',
      reason:
        'the TLS/SSL handshake with `' +
        host +
        '` failed (' +
        code +
        (code === 'ERR_SSL_WRONG_VERSION_NUMBER'
          ? ': does the server speak plain http?'
          : '') +
        ')'
    }
  }

  if (code !== undefined && Object.hasOwn(connectionReasons, code)) {
    const known = connectionReasons[code] as FetchFailure
    return {
      kind: known.kind,
      reason:
        known.reason + (known.kind === 'refused' ? ' by `' + host + '`' : '')
    }
  }

  if (code !== undefined && code.startsWith('HPE_')) {
    return {
      kind: 'protocol',
      reason: 'the answer is not valid HTTP (' + code + ')'
    }
  }

  // Unknown: a code is more use than “fetch failed”.
  return {
    kind: 'connection',
    reason: 'the request failed' + (code === undefined ? '' : ' (' + code + ')')
  }
}

/**
 * The first error in the chain of `cause`s (and of an `AggregateError`'s
 * `errors`, which a connection to a host of several addresses gives) that
 * has a `code`.
 */
function codedCause(error: unknown): unknown {
  let current: unknown = error
  // A cycle of causes is a bug elsewhere: a few steps are enough.
  for (let depth = 0; depth < 8 && current; depth++) {
    if (systemErrorCode(current) !== undefined) return current
    if (current instanceof AggregateError && current.errors.length > 0) {
      current = current.errors[0]
    } else if (current instanceof Error) {
      current = current.cause
    } else {
      return undefined
    }
  }

  return undefined
}
