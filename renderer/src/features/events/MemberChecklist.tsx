// Who from our side attends: the trip's delegation first, then anyone else in the directory, each in order of
// precedence, as a checkbox list (names in the reader's language, with their title).
import { useTranslation } from 'react-i18next';
import type { Member } from '../../../../shared/model';
import { nameIn } from '../../i18n/names';

interface MemberChecklistProps {
  members: { delegation: Member[]; others: Member[] };
  selectedIds: string[];
  onChange: (ids: string[]) => void;
  error?: string;
}

export function MemberChecklist({ members, selectedIds, onChange, error }: MemberChecklistProps) {
  const { t } = useTranslation();
  const toggle = (id: string, on: boolean): void => onChange(on ? [...selectedIds, id] : selectedIds.filter((x) => x !== id));
  const empty = members.delegation.length === 0 && members.others.length === 0;
  return (
    <div className={`member-checklist ${error ? 'field--invalid' : ''}`} role="group" aria-labelledby="member-checklist-label">
      <p id="member-checklist-label" className="field__label">
        {t('events.fields.members')}
      </p>
      {empty && <p className="muted member-checklist__empty">{t('events.fields.noMembers')}</p>}
      {members.delegation.length > 0 && <MemberGroup title={t('events.fields.delegation')} members={members.delegation} selectedIds={selectedIds} toggle={toggle} />}
      {members.others.length > 0 && <MemberGroup title={t('events.fields.otherMembers')} members={members.others} selectedIds={selectedIds} toggle={toggle} />}
      {error && (
        <p className="field__error">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      )}
    </div>
  );
}

function MemberGroup({ title, members, selectedIds, toggle }: { title: string; members: Member[]; selectedIds: string[]; toggle: (id: string, on: boolean) => void }) {
  const { i18n } = useTranslation();
  return (
    <div className="member-checklist__group">
      <p className="member-checklist__title">{title}</p>
      <ul className="member-checklist__list">
        {members.map((member) => {
          const name = nameIn(member.name, i18n.language);
          return (
            <li key={member.id}>
              <label className="member-checklist__item">
                <input type="checkbox" checked={selectedIds.includes(member.id)} onChange={(e) => toggle(member.id, e.target.checked)} />
                <span>
                  <span className="member-checklist__name">{name}</span>
                  {member.title && <span className="member-checklist__role muted">{member.title}</span>}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
