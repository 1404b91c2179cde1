import { basename } from 'node:path'
import { parseArgs } from 'node:util'
import { transcriptFromText } from '#core/build-transcript.ts'
import { errorMessage } from '#core/error-message.ts'
import { slugify } from '#core/slugify.ts'
import { formatReport, reportTranscript } from '#core/transcript-report.ts'
import {
  findWriteProblem,
  isSameFile,
  printIssues,
  readJson,
  readText,
  runMain,
  writeTextAtomically,
} from './cli-support.ts'

// PRODUCT §6: npm run ingest -- <transcript.txt> --annotations <file.json> --out <file.json> [--check]

const usage =
  'usage: npm run ingest -- <transcript.txt> [--annotations <file.json>] --out <file.json> [--check]'

function main(argv: string[]): number {
  let args
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        annotations: { type: 'string' },
        out: { type: 'string' },
        check: { type: 'boolean', default: false },
      },
    })
  } catch (error) {
    console.error(`${errorMessage(error)}\n${usage}`)
    return 2
  }
  const [input] = args.positionals
  const out = args.values.out
  const annotationsPath = args.values.annotations
  if (input === undefined || out === undefined || args.positionals.length > 1) {
    console.error(usage)
    return 2
  }

  // The output must never be one of the inputs: writing it would destroy the source (issue 15).
  for (const source of [input, annotationsPath]) {
    if (source !== undefined && isSameFile(out, source)) {
      return fail(`--out ${out} is the input ${source}: choose another output file`)
    }
  }
  const problem = findWriteProblem(out)
  if (problem !== undefined) return fail(problem)

  const source = readText(input)
  if (!source.ok) return fail(source.message)
  let annotations: unknown
  if (annotationsPath !== undefined) {
    const file = readJson(annotationsPath)
    if (!file.ok) return fail(file.message)
    annotations = file.value
  }

  const id = slugify(basename(out).replace(/\.json$/i, ''))
  const result = transcriptFromText(source.text, annotations, {
    ...(id === undefined ? {} : { id }),
    fileName: basename(input),
  })
  if (!result.ok) {
    printIssues(input, result.issues)
    console.error(`nothing written: ${out} is unchanged`)
    return 1
  }
  const json = `${JSON.stringify(result.value, null, 2)}\n`
  console.log(`${input} → ${out}`)
  console.log(formatReport(reportTranscript(result.value)))

  if (args.values.check) {
    const current = readText(out)
    if (!current.ok || current.text !== json) {
      console.error(`${out} is stale: run npm run ingest without --check to regenerate it`)
      return 1
    }
    console.log(`${out} is up to date`)
    return 0
  }
  const written = writeTextAtomically(out, json)
  if (!written.ok) return fail(written.message)
  return 0
}

function fail(message: string): number {
  console.error(message)
  return 1
}

runMain('ingest', main)
