import { memo, useMemo } from 'react'
import { pickLabel } from '#core/transcript-model.ts'
import { ENTITY_TYPES } from '#core/transcript-rules.ts'
import type { Entity } from '#core/transcript-schema.ts'
import { useLocale } from '../../shell/locale.tsx'
import type { MessageKey } from '../../shell/messages.ts'
import { EntityLink } from '../text/entity-link.tsx'
import { LabelText } from '../text/label-text.tsx'
import { useExplorer } from '../view/explorer-context.tsx'

const TYPE_LABELS: Record<Entity['type'], MessageKey> = {
  person: 'typePerson',
  organization: 'typeOrganization',
  product: 'typeProduct',
  place: 'typePlace',
  event: 'typeEvent',
  concept: 'typeConcept',
}

/** A group lists at most this many entities (PRODUCT §7 scale: 10,000 entities stay quick). */
const PAGE = 100

type Counted = { entity: Entity; count: number }

const EntityItem = memo(function EntityItem({
  entity,
  count,
  isSelected,
}: Counted & { isSelected: boolean }) {
  const { t, locale } = useLocale()
  const { model } = useExplorer()
  return (
    <li>
      <EntityLink
        entity={entity.id}
        isSelected={isSelected}
        aria-current={isSelected ? 'true' : undefined}
        className="entity-link"
      >
        <LabelText
          className="entity-name"
          label={pickLabel(entity.label, locale, model.transcript.language)}
        />
        <span className="count">
          <span aria-hidden="true">{count}</span>
          <span className="visually-hidden">{t('mentions', { n: count })}</span>
        </span>
      </EntityLink>
    </li>
  )
})

function EntityGroup({
  type,
  group,
  selected,
}: {
  type: Entity['type']
  group: Counted[]
  selected: string | undefined
}) {
  const { t } = useLocale()
  // The most mentioned, and the selected entity however far down its group it is; the rest are
  // reached through their mentions and search.
  const shown = group.filter((item, i) => i < PAGE || item.entity.id === selected)
  return (
    <div className="entity-group">
      <h3>{t(TYPE_LABELS[type])}</h3>
      <ul>
        {shown.map(({ entity, count }) => (
          <EntityItem
            key={entity.id}
            entity={entity}
            count={count}
            isSelected={entity.id === selected}
          />
        ))}
      </ul>
    </div>
  )
}

/**
 * Entities grouped by type, most mentioned first, each a link that selects it (PRODUCT §5.2); it
 * re-renders only when the selection changes. An entity never mentioned is left out: as a link it
 * would lead nowhere (the CLI's report names it, for the editor). With none mentioned, one line
 * says how to add them instead of a heading over nothing.
 */
export const EntityList = memo(function EntityList({ selected }: { selected: string | undefined }) {
  const { t } = useLocale()
  const { model } = useExplorer()
  const groups = useMemo(() => {
    const counted = (model.transcript.entities ?? [])
      .map((entity) => ({ entity, count: model.mentionsByEntity.get(entity.id)?.length ?? 0 }))
      .filter((item) => item.count > 0)
      .sort((a, b) => b.count - a.count)
    return ENTITY_TYPES.map((type) => ({
      type,
      group: counted.filter((c) => c.entity.type === type),
    }))
  }, [model])
  if (groups.every(({ group }) => group.length === 0))
    return <p className="sidebar-note">{t('noEntities')}</p>
  return (
    <section className="entity-list" aria-labelledby="entities-heading">
      <h2 id="entities-heading">{t('entities')}</h2>
      {groups.map(({ type, group }) =>
        group.length === 0 ? null : (
          <EntityGroup key={type} type={type} group={group} selected={selected} />
        ),
      )}
    </section>
  )
})
