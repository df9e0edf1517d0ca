// The paper every document starts on (settings.paper), on the Data page: saved as soon as it is picked, since a
// single choice needs no Save button. Each dialog can still print one document on the other paper.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Paper } from '../../../../shared/contract';
import { useClient } from '../../api';
import { useWritten } from '../../api/query';
import { describeError } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { useToast } from '../../components/Toasts';
import { useSettingsPaper } from './documentChoices';
import './exports.css';

export function PaperSetting() {
  const { t } = useTranslation();
  const client = useClient();
  const written = useWritten();
  const toast = useToast();
  const paper = useSettingsPaper();
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const choose = async (next: Paper): Promise<void> => {
    setSaving(true);
    setFailure(null);
    try {
      written('settings.update', { paper: next }, await client.call('settings.update', { paper: next }));
      toast(t('exports.paperSetting.saved', { paper: t(`exports.itinerary.paper${next}`) }));
    } catch (error) {
      const { key, detail } = describeError(error);
      setFailure(t('exports.paperSetting.failed', { reason: detail ?? t(`errors.${key}`) }));
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className="tables-section paper-setting" aria-labelledby="paper-setting-title">
      <h2 id="paper-setting-title">{t('exports.paperSetting.title')}</h2>
      <p className="muted">{t('exports.paperSetting.intro')}</p>
      <Field label={t('exports.paperSetting.label')} error={failure ?? undefined}>
        <select value={paper} onChange={(e) => void choose(e.target.value as Paper)} disabled={saving}>
          <option value="A4">{t('exports.itinerary.paperA4')}</option>
          <option value="Letter">{t('exports.itinerary.paperLetter')}</option>
        </select>
      </Field>
    </section>
  );
}
