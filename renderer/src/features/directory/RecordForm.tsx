// Create or edit an organisation, contact or member in a dialog. Errors appear beside their fields; nothing typed is
// lost when saving fails, and closing it with unsaved edits asks first.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OrganisationKind, type Organisation } from '../../../../shared/model';
import { useClient } from '../../api';
import type { DirectorySection } from '../../app/router';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { useDiscardGuard } from '../../components/forms/DiscardPrompt';
import { useSchemaForm } from '../../components/forms/schemaForm';
import { saveRecord } from './directoryApi';
import { directoryFieldMap, directoryForm, directoryMessages, draftFromRecord, emptyDraft, type DirectoryValues } from './directoryForm';
import { sortByName, type DirectoryRecord } from './directoryLogic';
import { FormFooter, FormSummary } from '../../components/forms/FormParts';

interface RecordFormProps {
  section: DirectorySection;
  /** The record to edit; without it the form creates one. */
  record?: DirectoryRecord;
  /** Values a new record starts with (e.g. the organisation when adding a contact from its page). */
  preset?: Partial<DirectoryValues>;
  /** For the contact's organisation select. */
  organisations: Organisation[];
  onClose: () => void;
  onSaved: (record: DirectoryRecord, created: boolean) => void;
}

const formId = 'directory-form';

export function RecordForm({ section, record, preset, organisations, onClose, onSaved }: RecordFormProps) {
  const { t } = useTranslation();
  const client = useClient();
  const [saving, setSaving] = useState(false);
  const [defaults] = useState<DirectoryValues>(() => (record ? draftFromRecord(section, record) : { ...emptyDraft(), ...preset }));
  const [schema] = useState(() => directoryForm(section));
  const { draft, errors, formMessage, hasErrors, isDirty, set, fail, submit, formRef } = useSchemaForm<DirectoryValues>({
    schema,
    defaults,
    messages: directoryMessages(t),
    fieldMap: directoryFieldMap,
    t,
  });
  const guard = useDiscardGuard(isDirty, onClose);

  const save = async (values: DirectoryValues): Promise<void> => {
    if (saving) return;
    setSaving(true);
    try {
      const stored = await saveRecord(client, section, values, record?.id);
      guard.release();
      onSaved(stored, !record);
    } catch (error) {
      fail(error);
      setSaving(false);
    }
  };

  const text = (key: keyof DirectoryValues, label: string, options: { hint?: string; type?: string; lang?: string; autoFocus?: boolean } = {}) => (
    <Field label={label} error={errors[key]} hint={options.hint}>
      <input
        type={options.type ?? 'text'}
        value={draft[key]}
        lang={options.lang}
        onChange={(e) => set({ [key]: e.target.value })}
        {...(options.autoFocus ? { 'data-autofocus': true } : {})}
      />
    </Field>
  );

  return (
    <>
      <Dialog
        title={record ? t(`directory.edit.${section}`) : t(`directory.new.${section}`)}
        onClose={guard.close}
        footer={
          <FormFooter formId={formId} busy={saving} submitLabel={record ? t('common.save') : t(`directory.form.create.${section}`)} onCancel={guard.close} />
        }
      >
        <form id={formId} ref={formRef} className="directory-form" onSubmit={submit(save)} noValidate>
          <FormSummary show={hasErrors} title={t('directory.form.summary')} message={formMessage} />
          {text('nameEn', t('directory.form.nameEn'), { hint: t('directory.form.nameEnHint'), autoFocus: true, lang: 'en' })}
            <div className="form-row form-row--even">
              {text('nameZhHant', t('directory.form.nameZhHant'), { lang: 'zh-Hant' })}
              {text('nameZhHans', t('directory.form.nameZhHans'), { lang: 'zh-Hans' })}
            </div>

          {section === 'organisations' && (
            <>
              <div className="form-row form-row--even">
                <Field label={t('directory.form.kind')} error={errors.kind}>
                  <select value={draft.kind} onChange={(e) => set({ kind: e.target.value as OrganisationKind })}>
                    {OrganisationKind.options.map((kind) => (
                      <option key={kind} value={kind}>
                        {t(`directory.kinds.${kind}`)}
                      </option>
                    ))}
                  </select>
                </Field>
                {text('city', t('directory.form.city'))}
              </div>
              {text('sector', t('directory.form.sector'), { hint: t('directory.form.sectorHint') })}
              {text('website', t('directory.form.website'), { type: 'url' })}
            </>
          )}

          {section === 'contacts' && (
            <>
              {text('title', t('directory.form.title'), { hint: t('directory.form.contactTitleHint') })}
              <Field label={t('directory.form.organisation')} error={errors.organisationId}>
                <select value={draft.organisationId} onChange={(e) => set({ organisationId: e.target.value })}>
                  <option value="">
                    {t('directory.form.noOrganisation')}
                  </option>
                  {sortByName(organisations).map((o) => (
                    <option key={o.id} value={o.id}>
                      {o.name.zhHant ? `${o.name.en} ${o.name.zhHant}` : o.name.en}
                    </option>
                  ))}
                </select>
              </Field>
              <div className="form-row form-row--even">
                {text('email', t('directory.form.email'), { type: 'email' })}
                {text('phone', t('directory.form.phone'), { type: 'tel' })}
              </div>
            </>
          )}

          {section === 'members' && (
            <>
              {text('title', t('directory.form.title'), { hint: t('directory.form.memberTitleHint') })}
              <div className="form-row form-row--rank">
                {text('organisation', t('directory.form.memberOrganisation'), { hint: t('directory.form.memberOrganisationHint') })}
                <Field label={t('directory.form.rank')} error={errors.rank} hint={t('directory.form.rankHint')}>
                  <input type="number" min={1} max={10000} step={1} inputMode="numeric" value={draft.rank} onChange={(e) => set({ rank: e.target.value })} />
                </Field>
              </div>
            </>
          )}
        </form>
      </Dialog>
      {guard.prompt}
    </>
  );
}
