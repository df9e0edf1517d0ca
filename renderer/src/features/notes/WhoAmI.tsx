// "Who is writing on this laptop?": notes are signed by the member in settings.meId; this asks for it the first
// time and lets it be changed later. The trip's delegation is listed first, everyone else after.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../../../shared/model';
import { useClient } from '../../api';
import { describeError } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { nameIn } from '../../i18n/names';

interface WhoAmIProps {
  tripMemberIds: readonly string[];
  members: readonly Member[];
  current?: string;
  onChosen: (meId: string) => void;
  onCancel?: () => void;
}

export function WhoAmI({ tripMemberIds, members, current, onChosen, onCancel }: WhoAmIProps) {
  const { t, i18n } = useTranslation();
  const client = useClient();
  const [choice, setChoice] = useState(current ?? '');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const name = (m: Member): string => nameIn(m.name, i18n.language);
  const onTrip = new Set(tripMemberIds);
  const byRank = [...members].sort((a, b) => a.rank - b.rank || a.name.en.localeCompare(b.name.en));
  const delegation = byRank.filter((m) => onTrip.has(m.id));
  const others = byRank.filter((m) => !onTrip.has(m.id));

  const save = async (): Promise<void> => {
    if (!choice || busy) return;
    setBusy(true);
    setError(undefined);
    try {
      await client.call('settings.update', { meId: choice });
      onChosen(choice);
    } catch (failure) {
      const { key, detail } = describeError(failure);
      setError(t('notes.whoAmI.failed', { reason: detail ?? t(`errors.${key}`) }));
    } finally {
      setBusy(false);
    }
  };

  const option = (m: Member) => (
    <option key={m.id} value={m.id}>
      {name(m)}
      {m.title ? ` · ${m.title}` : ''}
    </option>
  );

  return (
    <section className="who-am-i" aria-labelledby="who-am-i-title">
      <h3 id="who-am-i-title">{t('notes.whoAmI.title')}</h3>
      <p className="muted">{t('notes.whoAmI.body')}</p>
      {members.length === 0 ? (
        <p className="callout callout--info">{t('notes.whoAmI.noMembers')}</p>
      ) : (
        <form
          className="who-am-i__form"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <Field label={t('notes.whoAmI.label')} error={error}>
            <select value={choice} onChange={(e) => setChoice(e.target.value)}>
              <option value="" disabled>
                {t('notes.whoAmI.choose')}
              </option>
              {delegation.length > 0 && <optgroup label={t('notes.whoAmI.tripMembers')}>{delegation.map(option)}</optgroup>}
              {others.length > 0 && <optgroup label={t('notes.whoAmI.otherMembers')}>{others.map(option)}</optgroup>}
            </select>
          </Field>
          <div className="who-am-i__actions">
            <button type="submit" className="button button--primary" disabled={!choice || busy}>
              {t('notes.whoAmI.confirm')}
            </button>
            {onCancel && (
              <button type="button" className="button" onClick={onCancel}>
                {t('common.cancel')}
              </button>
            )}
          </div>
        </form>
      )}
    </section>
  );
}
