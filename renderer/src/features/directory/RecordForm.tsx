// Create or edit an organisation, contact or member in a dialog. Errors appear beside their fields; nothing typed is
// lost when saving fails.
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PlannerError } from '../../../../shared/contract';
import { OrganisationKind, type Organisation } from '../../../../shared/model';
import { useClient } from '../../api';
import type { DirectorySection } from '../../app/router';
import { Dialog } from '../../components/Dialog';
import { describeError } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { saveRecord } from './directoryApi';
import { draftFromRecord, emptyDraft, issuesToFieldErrors, validateDraft, type DirectoryDraft } from './directoryDraft';
import { sortByName, type DirectoryRecord } from './directoryLogic';
import { useFocusFirstProblem } from '../../components/useFocusFirstProblem';

interface RecordFormProps {
  section: DirectorySection;
  /** The record to edit; without it the form creates one. */
  record?: DirectoryRecord;
  /** Values a new record starts with (e.g. the organisation when adding a contact from its page). */
  preset?: Partial<DirectoryDraft>;
  /** For the contact's organisation select. */
  organisations: Organisation[];
  onClose: () => void;
  onSaved: (record: DirectoryRecord, created: boolean) => void;
}

type Errors = Partial<Record<keyof DirectoryDraft, string>>;
const formId = 'directory-form';

export function RecordForm({ section, record, preset, organisations, onClose, onSaved }: RecordFormProps) {
  const { t } = useTranslation();
  const client = useClient();
  const [draft, setDraft] = useState<DirectoryDraft>(() => (record ? draftFromRecord(section, record) : { ...emptyDraft(), ...preset }));
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);

  useFocusFirstProblem(formRef, attempt);

  const set = (patch: Partial<DirectoryDraft>): void => {
    setDraft((d) => ({ ...d, ...patch }));
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([key]) => !(key in patch))));
  };

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (saving) return;
    const found = validateDraft(section, draft, t);
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0) {
      setAttempt((a) => a + 1);
      return;
    }
    setSaving(true);
    try {
      onSaved(await saveRecord(client, section, draft, record?.id), !record);
    } catch (error) {
      if (error instanceof PlannerError && error.code === 'invalid-input') {
        const { fields, other } = issuesToFieldErrors(error.details);
        setErrors(fields);
        // Issues with a field show beside it; any others (or none we could place) go in the summary.
        const placed = Object.keys(fields).length > 0;
        setFailure(other.length > 0 ? other.join(' ') : placed ? null : error.message);
      } else {
        const { key, detail } = describeError(error);
        setFailure(detail ? `${t(`errors.${key}`)} ${t('errors.detail', { message: detail })}` : t(`errors.${key}`));
      }
      setSaving(false);
      setAttempt((a) => a + 1);
    }
  };

  const text = (key: keyof DirectoryDraft, label: string, options: { hint?: string; type?: string; lang?: string; autoFocus?: boolean } = {}) => (
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

  const hasErrors = failure !== null || Object.keys(errors).length > 0;
  return (
    <Dialog
      title={record ? t(`directory.edit.${section}`) : t(`directory.new.${section}`)}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" form={formId} className="button button--primary" disabled={saving}>
            {saving ? t('common.saving') : record ? t('common.save') : t(`directory.form.create.${section}`)}
          </button>
        </>
      }
    >
      <form id={formId} ref={formRef} className="directory-form" onSubmit={(e) => void submit(e)} noValidate>
        {hasErrors && (
          <div className="form-summary callout callout--error" role="alert" tabIndex={-1}>
            <p className="callout__title">{t('directory.form.summary')}</p>
            {failure && <p className="callout__detail">{failure}</p>}
          </div>
        )}
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
  );
}
