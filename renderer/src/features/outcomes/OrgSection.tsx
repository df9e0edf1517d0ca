// One section of the organisation page: a heading with its count, an empty message, and a list capped at 50 rows
// with "Show all" — so an organisation met 200 times still opens at once.
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { capped, sectionCap } from './outcomesLogic';

interface OrgSectionProps<T> {
  id: string;
  title: string;
  empty: string;
  items: readonly T[];
  itemKey: (item: T) => string;
  renderItem: (item: T) => ReactNode;
}

export function OrgSection<T>({ id, title, empty, items, itemKey, renderItem }: OrgSectionProps<T>) {
  const { t } = useTranslation();
  const [showAll, setShowAll] = useState(false);
  const { shown, hidden } = capped(items, showAll);
  const headingId = `org-${id}-heading`;
  return (
    <section className={`org-section org-section--${id}`} aria-labelledby={headingId}>
      <h2 id={headingId}>
        {title} <span className="org-section__count">{items.length}</span>
      </h2>
      {items.length === 0 ? (
        <p className="muted org-section__empty">{empty}</p>
      ) : (
        <ul className="org-list" aria-labelledby={headingId}>
          {shown.map((item) => (
            <li key={itemKey(item)} className="org-list__item">
              {renderItem(item)}
            </li>
          ))}
        </ul>
      )}
      {(hidden > 0 || showAll) && items.length > sectionCap && (
        <button type="button" className="button button--small button--quiet" aria-expanded={showAll} onClick={() => setShowAll(!showAll)}>
          {showAll ? t('outcomes.org.showFewer', { count: sectionCap }) : t('outcomes.org.showAll', { count: items.length })}
        </button>
      )}
    </section>
  );
}
