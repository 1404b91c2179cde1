import { Link } from 'react-router'
import { ENTITY_TYPES } from '#core/transcript-checks.ts'
import type { Entity } from '#core/transcript-schema.ts'
import { pickLabel } from '#core/transcript-model.ts'
import { paths } from '../paths.ts'
import { useLocale } from '../shell/locale.tsx'
import type { MessageKey } from '../shell/messages.ts'
import { useExplorer } from './explorer-context.tsx'
import { LabelText } from './label-text.tsx'

const TYPE_LABELS: Record<Entity['type'], MessageKey> = {
  person: 'typePerson',
  organization: 'typeOrganization',
  product: 'typeProduct',
  place: 'typePlace',
  event: 'typeEvent',
  concept: 'typeConcept',
}

/** Entities grouped by type, most mentioned first; each is a link that selects it (PRODUCT §5.2). */
export function EntityList() {
  const { t, locale } = useLocale()
  const { model, source, filters } = useExplorer()
  const entities = model.transcript.entities ?? []
  const count = (entity: Entity) => model.mentionsByEntity.get(entity.id)?.length ?? 0
  return (
    <section className="entity-list" aria-labelledby="entities-heading">
      <h2 id="entities-heading">{t('entities')}</h2>
      {ENTITY_TYPES.map((type) => {
        const group = entities.filter((e) => e.type === type).sort((a, b) => count(b) - count(a))
        if (group.length === 0) return null
        return (
          <div key={type} className="entity-group">
            <h3>{t(TYPE_LABELS[type])}</h3>
            <ul>
              {group.map((entity) => {
                const isSelected = filters.entity === entity.id
                return (
                  <li key={entity.id}>
                    <Link
                      to={paths.view(source, {
                        ...filters,
                        entity: isSelected ? undefined : entity.id,
                      })}
                      aria-current={isSelected ? 'true' : undefined}
                      className="entity-link"
                    >
                      <LabelText
                        className="entity-name"
                        label={pickLabel(entity.label, locale, model.transcript.language)}
                      />
                      <span className="count">
                        <span aria-hidden="true">{count(entity)}</span>
                        <span className="visually-hidden">
                          {t('mentions', { n: count(entity) })}
                        </span>
                      </span>
                    </Link>
                  </li>
                )
              })}
            </ul>
          </div>
        )
      })}
    </section>
  )
}
