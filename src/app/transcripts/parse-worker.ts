import { errorMessage } from '#core/error-message.ts'
import { parseAnyTranscript } from '#core/parse-any.ts'

// Parsing and validating a reader's file runs here, off the main thread, so a large or hostile
// file never freezes the tab (PRODUCT §7 safety).

type ParseRequest = { text: string; fileName: string }

self.onmessage = (event: MessageEvent<ParseRequest>) => {
  const { text, fileName } = event.data
  try {
    self.postMessage(parseAnyTranscript(text, fileName))
  } catch (error) {
    self.postMessage({
      ok: false,
      issues: [{ path: '(file)', code: 'file-unreadable', message: errorMessage(error) }],
    })
  }
}
