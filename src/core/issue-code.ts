/**
 * What kind of problem an issue is: stable names an interface words in the reader's language
 * (the core stays free of interface languages; `message` is the English the CLI prints).
 */
export type IssueCode =
  // the file as a whole
  | 'json-syntax'
  | 'json-ends-early'
  | 'json-invalid'
  | 'not-object'
  | 'wrong-format'
  | 'unsupported-version'
  | 'too-many-texts'
  | 'file-unreadable'
  | 'parse-timeout'
  | 'web-page'
  // the plain-text format (PRODUCT §2), at a line
  | 'empty-file'
  | 'no-turns'
  | 'turn-without-text'
  | 'note-not-closed'
  | 'note-empty'
  | 'note-without-turn'
  | 'bad-related-post'
  | 'not-a-date'
  | 'related-empty'
  // the JSON format (PRODUCT §3), at a path
  | 'missing'
  | 'wrong-type'
  | 'not-allowed'
  | 'not-slug'
  | 'bad-turn-id'
  | 'bad-language-tag'
  | 'bad-language-key'
  | 'bad-date'
  | 'not-http-url'
  | 'empty'
  | 'too-few'
  | 'too-long'
  | 'too-small'
  | 'invalid'
  | 'duplicate-id'
  | 'no-own-language'
  | 'unknown-speaker'
  | 'unknown-section'
  | 'unknown-topic'
  | 'unknown-entity'
  // annotations (the CLI's ingest)
  | 'annotation'
