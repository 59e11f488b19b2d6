#!/usr/bin/env node
import process from 'node:process'
import {buffer} from 'node:stream/consumers'
import {run} from './index.js'
import {streamWriter} from './stream-writer.js'

const stdout = streamWriter(process.stdout)
// Errors on standard error have nowhere to be reported: the writer only
// keeps them from crashing the process.
const stderr = streamWriter(process.stderr)

process.exitCode = await run(process.argv.slice(2), {
  stdout: stdout.write,
  stderr: stderr.write,
  flush: stdout.flush,
  stdin: async () => new Uint8Array(await buffer(process.stdin)),
  cwd: process.cwd(),
  isTTY: process.stderr.isTTY === true,
  stdoutIsTTY: process.stdout.isTTY === true,
  env: process.env
})
