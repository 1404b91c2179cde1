import { textViewOf } from '#core/text-view.ts'
import { isHttpUrl } from '#core/transcript-checks.ts'
import type { Highlights } from '#core/view-types.ts'
import { useLocale } from '../../shell/locale.tsx'
import { Highlighted } from '../text/highlighted.tsx'
import { useExplorer } from '../view/explorer-context.tsx'

/** The blog's related posts; those that mention the selected entity are marked (PRODUCT §5.2). */
export function RelatedPosts({ highlights }: { highlights: Highlights }) {
  const { t } = useLocale()
  const { model } = useExplorer()
  const posts = model.transcript.relatedPosts ?? []
  if (posts.length === 0) return null
  return (
    <section className="related-posts" aria-labelledby="related-heading">
      <h2 id="related-heading">{t('relatedPosts')}</h2>
      {model.transcript.category && (
        <p className="category" lang={model.transcript.language}>
          {model.transcript.category}
        </p>
      )}
      <ul>
        {posts.map((post, i) => {
          const textIndex = model.textIndex.related[i] ?? Number.NaN
          const text = textViewOf(model, highlights, textIndex)
          const isMarked = text.selectedEntity !== undefined
          return (
            <li
              key={i}
              className={isMarked ? 'is-marked' : undefined}
              lang={model.transcript.language}
            >
              {isHttpUrl(post.url) ? (
                <a href={post.url} rel="noopener noreferrer" target="_blank" className="post-title">
                  <Highlighted text={post.title} textIndex={textIndex} {...text} isLinked={false} />
                </a>
              ) : (
                <span className="post-title">
                  <Highlighted text={post.title} textIndex={textIndex} {...text} />
                </span>
              )}
              <span className="post-meta">
                {post.date && <time dateTime={post.date}>{post.date.replaceAll('-', '.')}</time>}
                {post.comments !== undefined && (
                  <span> · {t('comments', { n: post.comments })}</span>
                )}
                {isMarked && <span className="post-badge"> · {t('mentionsPost')}</span>}
              </span>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
