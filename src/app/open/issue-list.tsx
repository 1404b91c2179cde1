import type { Issue } from '#core/transcript-checks.ts'
import { useLocale } from '../shell/locale.tsx'
import { useErrorText } from '../shell/use-error-text.ts'
import { describeIssue } from './issue-text.ts'

type IssueListProps = {
  issues: readonly Issue[]
  /** How many are listed before "and N more"; all when not given. */
  shown?: number
}

/**
 * The problems in a file, each with its line or JSON path, in the reader's language (PRODUCT
 * §5.7: the same precise errors as the CLI). The first three are what an editor fixes first.
 */
export function IssueList({ issues, shown = issues.length }: IssueListProps) {
  const { locale } = useLocale()
  const te = useErrorText()
  return (
    <>
      <ol className="issue-list">
        {issues.slice(0, shown).map((issue, i) => {
          const { where, isPath, text, lang } = describeIssue(issue, locale)
          return (
            <li key={i} className={i < 3 ? 'is-first' : undefined}>
              {where !== undefined && (
                <>
                  {isPath ? <code>{where}</code> : <span className="issue-where">{where}</span>}
                  {': '}
                </>
              )}
              <span lang={lang === locale ? undefined : lang}>{text}</span>
            </li>
          )
        })}
      </ol>
      {issues.length > shown && <p>{te('moreIssues', { n: issues.length - shown })}</p>}
    </>
  )
}
