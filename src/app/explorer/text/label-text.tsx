import { useLocale } from '../../shell/locale.tsx'

type LabelTextProps = { label: { text: string; lang: string }; className?: string }

/** A label from the transcript, marked with its language when that differs from the interface's. */
export function LabelText({ label, className }: LabelTextProps) {
  const { locale } = useLocale()
  return (
    <span className={className} lang={label.lang === locale ? undefined : label.lang}>
      {label.text}
    </span>
  )
}
