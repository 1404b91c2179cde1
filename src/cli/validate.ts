import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { parseArgs } from 'node:util'
import { errorMessage } from '#core/error-message.ts'
import { transcriptJsonSchema } from '#core/transcript-json-schema.ts'
import { parseTranscriptJson } from '#core/validate-transcript.ts'
import {
  findWriteProblem,
  printIssues,
  readText,
  runMain,
  writeTextAtomically,
} from './cli-support.ts'

// PRODUCT §6: npm run validate -- <file.json>   (the format-v1 check alone)
//             npm run validate -- --schema <out.json>   (write the JSON Schema generated from the validator)

function main(argv: string[]): number {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { schema: { type: 'string' } },
    })
  } catch (error) {
    console.error(`${errorMessage(error)}\nusage: npm run validate -- <file.json> [more.json …]`)
    return 2
  }
  const { positionals, values } = parsed
  if (values.schema !== undefined) {
    try {
      mkdirSync(dirname(values.schema), { recursive: true })
    } catch {
      // Reported below, as the file that cannot be written.
    }
    const problem = findWriteProblem(values.schema)
    const written =
      problem === undefined
        ? writeTextAtomically(values.schema, `${JSON.stringify(transcriptJsonSchema(), null, 2)}\n`)
        : { ok: false as const, message: problem }
    if (!written.ok) {
      console.error(written.message)
      return 1
    }
    console.log(`wrote ${values.schema}`)
    return 0
  }
  if (positionals.length === 0) {
    console.error('usage: npm run validate -- <file.json> [more.json …]')
    return 2
  }
  let failed = 0
  for (const file of positionals) {
    const source = readText(file)
    if (!source.ok) {
      console.error(source.message)
      failed++
      continue
    }
    const result = parseTranscriptJson(source.text)
    if (result.ok) {
      console.log(
        `${file}: valid (format v1, ${result.value.turns.length} turns, ${result.value.entities?.length ?? 0} entities)`,
      )
    } else {
      printIssues(file, result.issues)
      failed++
    }
  }
  return failed > 0 ? 1 : 0
}

runMain('validate', main)
