import type { IssueCode } from '#core/issue-code.ts'
import type { Issue } from '#core/transcript-checks.ts'
import { fillTemplate } from '../shell/locale.tsx'
import type { Locale } from '../shell/messages.ts'

// A problem in a reader's file, in the reader's language: the core gives each issue a code and its
// values, and keeps the English (its `message`, also what the CLI prints). Korean is worded here
// from the code, with the same line numbers and JSON paths; a code without wording here is shown
// in the core's English. Loaded with the error views only (PRODUCT §7 size).

const GOT = ' (받은 값: {got})'

const ko: Partial<Record<IssueCode, string>> = {
  'json-syntax':
    '올바른 JSON이 아닙니다. {line}번째 줄 {column}번째 글자({found})에서 문법이 맞지 않습니다.',
  'json-ends-early':
    '올바른 JSON이 아닙니다. {line}번째 줄 {column}번째 글자에서 내용이 중간에 끝납니다.',
  'json-invalid': '올바른 JSON이 아닙니다.',
  'not-object': `대담 데이터(JSON 객체)가 아닙니다${GOT}.`,
  'wrong-format': `대담 파일이 아닙니다. format은 "{expected}"여야 합니다${GOT}.`,
  'unsupported-version': `지원하지 않는 형식 버전입니다${GOT}. 이 앱이 읽는 버전은 {supported}입니다.`,
  'too-many-texts': '문단과 주석이 {count}개로, 보여 줄 수 있는 최대 {max}개보다 많습니다.',
  'file-unreadable': '파일을 읽지 못했습니다.',
  'parse-timeout': '읽는 데 {seconds}초가 넘게 걸려 멈췄습니다.',
  'web-page': '이 주소는 대담 파일이 아니라 웹 페이지를 보냈습니다 (HTTP {status}).',
  'empty-file': '빈 파일입니다. "진행자 - …"와 같은 발언 줄이 있어야 합니다.',
  'no-turns':
    '발언을 찾지 못했습니다. "<화자> - <내용>" 형식의 줄이 하나 이상 있어야 합니다 (화자 이름은 {max}자 이하, 그 뒤에 " - ").',
  'turn-without-text': '"{speaker} - " 뒤에 발언 내용이 있어야 합니다.',
  'note-not-closed': '옮긴이 주는 "(*"로 시작해 같은 줄에서 ")"로 끝나야 합니다.',
  'note-empty': '옮긴이 주 "(* …)"가 비어 있습니다.',
  'note-without-turn':
    '옮긴이 주 "(* …)" 앞에 발언이나 배경 문단이 있어야 하는데 아무것도 없습니다.',
  'bad-related-post':
    '관련 글은 "<제목> (<댓글 수>) | <YYYY.MM.DD> |" 형식이어야 합니다 (이 줄: "{got}").',
  'not-a-date': '달력에 없는 날짜 "{date}"입니다.',
  'related-empty': '관련 글 목록에 글이 하나도 없습니다.',
  missing: '꼭 있어야 하는 값({expected})이 없습니다.',
  'wrong-type': `{expected} 값이어야 합니다${GOT}.`,
  'not-allowed': `허용되지 않는 값입니다${GOT}. 쓸 수 있는 값: {allowed}.`,
  'not-slug': `영어 소문자, 숫자, 하이픈(-)만 쓸 수 있습니다${GOT}.`,
  'bad-turn-id': `발언 id는 영문자, 숫자, ".", "_", "-"로 된 1–64자여야 합니다${GOT}.`,
  'bad-language-tag': `ko, en 같은 BCP 47 언어 태그여야 합니다${GOT}.`,
  'bad-language-key': '키가 ko, en 같은 BCP 47 언어 태그가 아닙니다.',
  'bad-date': `YYYY-MM-DD 형식의 날짜여야 합니다${GOT}.`,
  'not-http-url': `http: 또는 https: 주소여야 합니다${GOT}.`,
  empty: '비어 있으면 안 됩니다.',
  'too-few': '항목이 {min}개 이상 있어야 합니다.',
  'too-long': `{max}자 이하여야 합니다${GOT}.`,
  'too-small': `{min} 이상이어야 합니다${GOT}.`,
  invalid: `올바른 값이 아닙니다${GOT}.`,
  'duplicate-id': '{first}에서 이미 쓴 id "{id}"입니다.',
  'no-own-language': '대담의 언어 "{language}"로 된 글이 없습니다.',
  'unknown-speaker': 'speakers 목록에 없는 화자 "{id}"입니다.',
  'unknown-section': 'sections 목록에 없는 섹션 "{id}"입니다.',
  'unknown-topic': 'topics 목록에 없는 주제 "{id}"입니다.',
  'unknown-entity': 'entities 목록에 없는 항목 "{id}"입니다.',
}

/** The schema's type names, as `{expected}` reads in Korean. */
const KO_TYPES: Record<string, string> = {
  string: '문자열',
  number: '숫자',
  int: '정수',
  boolean: '참·거짓',
  array: '배열',
  object: '객체',
  record: '객체',
}

export type IssueText = {
  /** A line (`811번째 줄`, `line 811`) or a JSON path; none for the file as a whole. */
  where?: string
  /** Whether `where` is a JSON path, shown as code. */
  isPath: boolean
  text: string
  /** The language `text` is in: the core's English when there is no wording for its code. */
  lang: Locale
}

/** A line in the reader's words, or the JSON path as it is; `(json)`, `(file)`, `(root)` are the whole file. */
function placeOf(path: string, line: number | undefined, locale: Locale): string | undefined {
  if (line !== undefined) return locale === 'ko' ? `${line}번째 줄` : `line ${line}`
  return path.startsWith('(') ? undefined : path
}

/** An issue as the reader's interface says it (see above). */
export function describeIssue(issue: Issue, locale: Locale): IssueText {
  const params = issue.params ?? {}
  const line = typeof params.line === 'number' ? params.line : undefined
  const where = placeOf(issue.path, line, locale)
  const isPath = line === undefined
  const template = locale === 'ko' ? ko[issue.code] : undefined
  if (template === undefined) return { where, isPath, text: issue.message, lang: 'en' }
  const values: Record<string, string | number> = { ...params }
  if (typeof params.expected === 'string') {
    values.expected = KO_TYPES[params.expected] ?? params.expected
  }
  for (const key of ['count', 'max'] as const) {
    const value = params[key]
    if (typeof value === 'number') values[key] = value.toLocaleString('ko')
  }
  // A value that was not there reads as nothing, not as `(받은 값: )`.
  const text = fillTemplate(params.got === '' ? template.replace(GOT, '') : template, values)
  return { where, isPath, text, lang: 'ko' }
}
