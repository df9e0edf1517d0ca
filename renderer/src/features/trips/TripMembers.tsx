// The delegation in order of precedence (rank 1 leads), names in the reader's language first.
import { useTranslation } from 'react-i18next';
import type { Member, Trip } from '../../../../shared/model';
import { orderedMembers } from './tripLogic';
import { isChinese } from '../../i18n/languages';
import { nameIn } from '../../i18n/names';

export function TripMembers({ trip, members }: { trip: Trip; members: Member[] }) {
  const { t, i18n } = useTranslation();
  const zh = isChinese(i18n.language);
  const ordered = orderedMembers(trip, members);
  return (
    <section className="panel" aria-labelledby="members-heading">
      <h2 id="members-heading">{t('detail.members')}</h2>
      {ordered.length === 0 ? (
        <p className="muted">{t('detail.noMembers')}</p>
      ) : (
        <ol className="members">
          {ordered.map((member) => {
            const primary = nameIn(member.name, i18n.language);
            const secondary = zh ? (primary !== member.name.en ? member.name.en : '') : member.name.zhHant;
            return (
              <li key={member.id} className="member">
                <p className="member__name">
                  {primary}
                  {secondary && (
                    <span className="member__alt" lang={zh ? 'en' : 'zh-Hant'}>
                      {secondary}
                    </span>
                  )}
                </p>
                <p className="member__title muted">{[member.title, member.organisation].filter(Boolean).join(', ')}</p>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
