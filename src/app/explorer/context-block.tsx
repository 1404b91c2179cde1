import { useLocale } from '../shell/locale.tsx'
import { useExplorer } from './explorer-context.tsx'
import { Highlighted } from './highlighted.tsx'
import { textHighlights } from './text-highlights.ts'
import { TranslatorNote } from './translator-note.tsx'

/** The background paragraphs before the interview, and any notes on them. */
export function ContextBlock() {
  const { t } = useLocale()
  const explorer = useExplorer()
  const { transcript, textIndex } = explorer.model
  if ((transcript.context?.length ?? 0) === 0 && (transcript.contextNotes?.length ?? 0) === 0)
    return null
  const render = (text: string, index: number) => (
    <Highlighted text={text} textIndex={index} {...textHighlights(explorer, index)} />
  )
  return (
    <section className="context" aria-labelledby="context-heading">
      <h2 id="context-heading" className="context-heading">
        {t('context')}
      </h2>
      {transcript.context?.map((text, i) => (
        <p key={i}>{render(text, textIndex.context[i] ?? -1)}</p>
      ))}
      {transcript.contextNotes?.map((text, i) => (
        <TranslatorNote key={i}>{render(text, textIndex.contextNotes[i] ?? -1)}</TranslatorNote>
      ))}
    </section>
  )
}
