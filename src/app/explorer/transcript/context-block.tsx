import { textViewOf } from '#core/text-view.ts'
import type { Highlights } from '#core/view-types.ts'
import { useLocale } from '../../shell/locale.tsx'
import { Highlighted } from '../text/highlighted.tsx'
import { TranslatorNote } from '../text/translator-note.tsx'
import { useExplorer } from '../view/explorer-context.tsx'

/** The background paragraphs before the interview, and any notes on them. */
export function ContextBlock({ highlights }: { highlights: Highlights }) {
  const { t } = useLocale()
  const { model } = useExplorer()
  const { transcript, textIndex } = model
  if ((transcript.context?.length ?? 0) === 0 && (transcript.contextNotes?.length ?? 0) === 0)
    return null
  const render = (index: number) => (
    <Highlighted
      text={model.texts[index]?.text ?? ''}
      textIndex={index}
      {...textViewOf(model, highlights, index)}
    />
  )
  return (
    <section className="context" aria-labelledby="context-heading">
      <h2 id="context-heading" className="context-heading">
        {t('context')}
      </h2>
      {textIndex.context.map((index) => (
        <p key={index}>{render(index)}</p>
      ))}
      {textIndex.contextNotes.map((index) => (
        <TranslatorNote key={index}>{render(index)}</TranslatorNote>
      ))}
    </section>
  )
}
