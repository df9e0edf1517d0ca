// The rules behind the clash warnings (minimum transfer times, how early to warn about tentative events) and the
// logistics warnings (travel window, pick-up margin after landing, how long a ride holds its car), saved for
// this device with settings.update. Values stay as typed until they are saved or corrected.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../../shared/contract';
import { useClient } from '../../api';
import { useWritten } from '../../api/query';
import { describeError } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { useToast } from '../../components/Toasts';
import { limits, parseSettingsDraft, type RuleKey, type SettingsDraft } from './clashRules';
import { useClashSettings } from './useClashes';

export function ClashSettingsForm() {
  const loaded = useClashSettings();
  if (!loaded.data) return <section className="panel clash-rules" aria-busy="true" />;
  // Keyed so a change saved elsewhere (another window) starts a fresh form.
  return <RulesForm key={JSON.stringify(loaded.data)} initial={loaded.data} />;
}

function RulesForm({ initial }: { initial: Settings }) {
  const { t } = useTranslation();
  const client = useClient();
  const written = useWritten();
  const toast = useToast();
  const [draft, setDraft] = useState<SettingsDraft>({
    transferMinutes: String(initial.transferMinutes),
    interCityTransferMinutes: String(initial.interCityTransferMinutes),
    tentativeWarningDays: String(initial.tentativeWarningDays),
    travelWindowDays: String(initial.travelWindowDays),
    pickUpMarginMinutes: String(initial.pickUpMarginMinutes),
    rideMinutes: String(initial.rideMinutes),
  });
  const [invalid, setInvalid] = useState<RuleKey[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const parsed = parseSettingsDraft(draft);
    setInvalid(parsed.invalid);
    setFailure(null);
    if (!parsed.settings) return;
    setSaving(true);
    try {
      written('settings.update', parsed.settings, await client.call('settings.update', parsed.settings));
      toast(t('events.rules.saved'));
    } catch (error) {
      const { key, detail } = describeError(error);
      setFailure(t('events.rules.failed', { reason: detail ?? t(`errors.${key}`) }));
    } finally {
      setSaving(false);
    }
  };

  const field = (key: RuleKey, label: string, hint: string) => (
    <Field label={label} error={invalid.includes(key) ? t('events.rules.invalid', { max: limits[key] }) : undefined} hint={hint}>
      <input
        type="number"
        inputMode="numeric"
        min={0}
        max={limits[key]}
        step={1}
        value={draft[key]}
        onChange={(e) => {
          setDraft((d) => ({ ...d, [key]: e.target.value }));
          setInvalid((list) => list.filter((k) => k !== key));
        }}
      />
    </Field>
  );

  return (
    <section className="panel clash-rules" aria-labelledby="clash-rules-heading">
      <h2 id="clash-rules-heading">{t('events.rules.title')}</h2>
      <p className="muted clash-rules__intro">{t('events.rules.intro')}</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        {field('transferMinutes', t('events.rules.transferMinutes'), t('events.rules.minutes'))}
        {field('interCityTransferMinutes', t('events.rules.interCityTransferMinutes'), t('events.rules.minutes'))}
        {field('tentativeWarningDays', t('events.rules.tentativeWarningDays'), t('events.rules.days'))}
        <h3 className="clash-rules__group">{t('logisticsWarnings.rules.heading')}</h3>
        {field('travelWindowDays', t('logisticsWarnings.rules.travelWindowDays'), t('logisticsWarnings.rules.travelWindowDaysHint'))}
        {field('pickUpMarginMinutes', t('logisticsWarnings.rules.pickUpMarginMinutes'), t('events.rules.minutes'))}
        {field('rideMinutes', t('logisticsWarnings.rules.rideMinutes'), t('events.rules.minutes'))}
        {failure && (
          <p className="field__error" role="alert">
            {failure}
          </p>
        )}
        <button type="submit" className="button" disabled={saving}>
          {saving ? t('common.saving') : t('events.rules.save')}
        </button>
      </form>
    </section>
  );
}
