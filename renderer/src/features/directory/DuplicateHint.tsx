// "Possible duplicates": records that look like the same organisation or person, each group one click from merging.
import { useTranslation } from 'react-i18next';
import type { DirectoryRecord } from './directoryLogic';
import type { DuplicateGroup } from './duplicates';

/** More groups than this would bury the list; the rest show up as these are merged. */
const maxGroups = 5;

export function DuplicateHint({ groups, onReview }: { groups: DuplicateGroup<DirectoryRecord>[]; onReview: (records: DirectoryRecord[]) => void }) {
  const { t } = useTranslation();
  return (
    <section className="duplicates" aria-labelledby="duplicates-title">
      <h2 id="duplicates-title" className="duplicates__title">
        <span aria-hidden="true">⚑ </span>
        {t('directory.duplicates.title')} <span className="count">{groups.length}</span>
      </h2>
      <ul className="duplicates__list">
        {groups.slice(0, maxGroups).map((group) => {
          const names = group.records.map((r) => r.name.en).join(t('directory.duplicates.and'));
          const reasons = group.reasons.map((r) => t(`directory.duplicates.${r}`)).join(t('directory.duplicates.and'));
          return (
            <li key={group.records.map((r) => r.id).join('+')} className="duplicates__group">
              <span>{t('directory.duplicates.group', { names, reasons })}</span>
              <button type="button" className="button button--small" aria-label={t('directory.duplicates.reviewNamed', { names })} onClick={() => onReview(group.records)}>
                {t('directory.duplicates.review')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
