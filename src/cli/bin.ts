#!/usr/bin/env node
import process from 'node:process'
import {buffer} from 'node:stream/consumers'
import {run} from './index.js'

process.exitCode = await run(process.argv.slice(2), {
  stdout: (value) => process.stdout.write(value),
  stderr: (value) => process.stderr.write(value),
  stdin: async () => new Uint8Array(await buffer(process.stdin)),
  cwd: process.cwd(),
  isTTY: process.stderr.isTTY === true
})
