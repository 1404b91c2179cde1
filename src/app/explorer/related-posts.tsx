import { isHttpUrl } from '#core/transcript-checks.ts'
import { useLocale } from '../shell/locale.tsx'
import { useExplorer } from './explorer-context.tsx'
import { Highlighted } from './highlighted.tsx'
import { textHighlights } from './text-highlights.ts'

/** The blog's related posts; those that mention the selected entity are marked (PRODUCT §5.2). */
export function RelatedPosts() {
  const { t } = useLocale()
  const explorer = useExplorer()
  const { model, filters } = explorer
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
          const textIndex = model.textIndex.related[i] ?? -1
          const mentions = model.mentions[textIndex] ?? []
          const isMarked =
            filters.entity !== undefined && mentions.some((m) => m.entity === filters.entity)
          return (
            <li
              key={i}
              className={isMarked ? 'is-marked' : undefined}
              lang={model.transcript.language}
            >
              {isHttpUrl(post.url) ? (
                <a href={post.url} rel="noopener noreferrer" target="_blank" className="post-title">
                  <Highlighted
                    text={post.title}
                    textIndex={textIndex}
                    {...textHighlights(explorer, textIndex)}
                    isLinked={false}
                  />
                </a>
              ) : (
                <span className="post-title">
                  <Highlighted
                    text={post.title}
                    textIndex={textIndex}
                    {...textHighlights(explorer, textIndex)}
                  />
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
