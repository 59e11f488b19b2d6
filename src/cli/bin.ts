#!/usr/bin/env node
import {fstatSync} from 'node:fs'
import process from 'node:process'
import {fileURLToPath} from 'node:url'
import {relaunchArguments, runRelaunched} from './relaunch.js'
import {streamWriter} from './stream-writer.js'

const argv = process.argv.slice(2)
const relaunch = relaunchArguments({
  argv,
  execArgv: process.execArgv,
  env: process.env,
  script: fileURLToPath(import.meta.url),
  platform: process.platform,
  inspecting: await isInspected()
})
const relaunched = relaunch ? await runRelaunched(relaunch) : undefined

if (relaunched === undefined) {
  // Loaded only here: a process that starts the CLI again does not load the
  // library it does not use.
  const {run} = await import('./index.js')
  const stdout = streamWriter(process.stdout)
  // Errors on standard error have nowhere to be reported: the writer only
  // keeps them from crashing the process.
  const stderr = streamWriter(process.stderr)

  process.exitCode = await run(argv, {
    stdout: stdout.write,
    stderr: stderr.write,
    flush: stdout.flush,
    stdin: readStandardInput,
    cwd: process.cwd(),
    isTTY: process.stderr.isTTY === true,
    stdoutIsTTY: process.stdout.isTTY === true,
    env: process.env
  })
} else {
  process.exitCode = relaunched
}

/** Whether a debugger can attach to this process (`--inspect`, or SIGUSR1). */
async function isInspected(): Promise<boolean> {
  try {
    const inspector = await import('node:inspector')
    return inspector.url() !== undefined
  } catch {
    // A Node built without the inspector.
    return false
  }
}

/**
 * Read standard input, stopping once more than `maxBytes` bytes are read.
 *
 * Why not `buffer(process.stdin)`: it reads an endless input (`yes |`,
 * `< /dev/zero`) until memory runs out, and reads a folder (`< /tmp`) as
 * nothing.
 */
async function readStandardInput(maxBytes?: number): Promise<Uint8Array> {
  let folder = false
  try {
    folder = fstatSync(0).isDirectory()
  } catch {
    // No standard input at all: Node.js reads it as empty, and so do we.
  }

  if (folder) {
    throw Object.assign(new Error('EISDIR: standard input is a directory'), {
      code: 'EISDIR'
    })
  }

  const chunks: Buffer[] = []
  let length = 0

  // Leaving the loop destroys the stream: the rest is not read.
  for await (const chunk of process.stdin) {
    const bytes =
      typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer)
    chunks.push(bytes)
    length += bytes.length
    if (maxBytes !== undefined && length > maxBytes) break
  }

  return Buffer.concat(chunks, length)
}
