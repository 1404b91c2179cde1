import { textViewOf } from '#core/text-view.ts'
import type { TurnView } from '#core/view-types.ts'
import { ClampedText } from '../text/clamped-text.tsx'
import { useExplorer } from '../view/explorer-context.tsx'

/** One text of a turn, with what shows in it. */
export function TurnText({ view, textIndex }: { view: TurnView; textIndex: number }) {
  const { model } = useExplorer()
  return (
    <ClampedText
      text={model.texts[textIndex]?.text ?? ''}
      textIndex={textIndex}
      {...textViewOf(model, view, textIndex)}
    />
  )
}
