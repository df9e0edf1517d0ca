// The follow-up editor: a dialog that creates or edits one follow-up, or deletes it with an Undo. Nothing typed is
// lost when saving fails: the form stays open with the reason beside the field. Other features may open it with
// a starting draft (e.g. a sentence selected in a meeting note, with its trip and event).
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PlannerError } from '../../../../shared/contract';
import type { FollowUp } from '../../../../shared/model';
import { useClient } from '../../api';
import { useInvalidate } from '../../api/useData';
import { Dialog } from '../../components/Dialog';
import { describeError } from '../../components/ErrorMessage';
import { useToast } from '../../components/Toasts';
import { draftFromFollowUp, draftToCreate, draftToPatch, emptyDraft, issuesToErrors, validateDraft, type DraftErrors, type FollowUpDraft } from './followUpDraft';
import { FollowUpFields } from './FollowUpFields';
import { useFollowUpDirectory } from './useFollowUpDirectory';
import './followups.css';
import { useFocusFirstProblem } from '../../components/useFocusFirstProblem';

export type FollowUpEditorMode = { kind: 'create'; start?: Partial<FollowUpDraft> } | { kind: 'edit'; followUp: FollowUp };

const formId = 'followup-form';

export function FollowUpEditor({ mode, onClose }: { mode: FollowUpEditorMode; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useClient();
  const invalidate = useInvalidate();
  const toast = useToast();
  const directory = useFollowUpDirectory();
  const saved = mode.kind === 'edit' ? mode.followUp : undefined;
  const [draft, setDraft] = useState<FollowUpDraft>(() => (saved ? draftFromFollowUp(saved) : emptyDraft(mode.kind === 'create' ? mode.start : {})));
  const [errors, setErrors] = useState<DraftErrors>({});
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);

  // A new follow-up is owned by whoever uses this laptop, unless the caller said otherwise.
  // Settings arrive after the first render, so this is applied once, when they do; a cleared owner stays cleared.
  const meId = directory.meId;
  const ownerDefaulted = useRef(saved !== undefined || (mode.kind === 'create' && mode.start?.ownerId !== undefined));
  useEffect(() => {
    if (ownerDefaulted.current || !meId) return;
    ownerDefaulted.current = true;
    setDraft((d) => (d.ownerId ? d : { ...d, ownerId: meId }));
  }, [meId]);

  useFocusFirstProblem(formRef, attempt);

  const set = (patch: Partial<FollowUpDraft>): void => {
    setDraft((d) => ({ ...d, ...patch }));
    setErrors((e) => {
      const next = { ...e };
      for (const key of Object.keys(patch) as (keyof FollowUpDraft)[]) delete next[key];
      if ('mouParties' in patch || 'mouDate' in patch) delete next.mouTitle;
      delete next.form;
      return next;
    });
  };

  const fail = (error: unknown): void => {
    const fromServer = error instanceof PlannerError && error.code === 'invalid-input' ? issuesToErrors(error.details) : {};
    // The service's own sentence says which record was missing and that nothing was saved; show it too.
    const { key, detail } = describeError(error);
    fromServer.form = detail ? `${t(`errors.${key}`)} ${t('errors.detail', { message: detail })}` : t(`errors.${key}`);
    setErrors(fromServer);
    setAttempt((a) => a + 1);
  };

  const run = async (action: () => Promise<void>): Promise<void> => {
    if (busy) return;
    setBusy(true);
    try {
      await action();
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  const save = (event: FormEvent): void => {
    event.preventDefault();
    void run(async () => {
      const found = validateDraft(draft, t);
      setErrors(found);
      if (Object.keys(found).length > 0) {
        setAttempt((a) => a + 1);
        return;
      }
      const stored = saved
        ? await client.call('followups.update', { id: saved.id, tripId: saved.tripId, patch: draftToPatch(draft) })
        : await client.call('followups.create', draftToCreate(draft));
      invalidate();
      toast(saved ? t('followups.editor.saved', { title: stored.title }) : t('followups.editor.created', { title: stored.title }));
      onClose();
    });
  };

  const remove = (): void =>
    void run(async () => {
      if (!saved) return;
      const { id, tripId, title } = saved;
      await client.call('followups.delete', { id, tripId });
      invalidate();
      onClose();
      const undo = (): void => {
        client.call('history.undo', { tripId }).then(
          () => {
            invalidate();
            toast(t('followups.editor.restored', { title }));
          },
          (error: unknown) => toast(t('followups.editor.undoFailed', { reason: describeError(error).detail ?? t(`errors.${describeError(error).key}`) })),
        );
      };
      toast(t('followups.editor.deleted', { title }), { label: t('common.undo'), run: undo });
    });

  const hasErrors = Object.keys(errors).length > 0;
  return (
    <Dialog
      title={saved ? t('followups.editor.editTitle') : t('followups.editor.createTitle')}
      onClose={onClose}
      size="large"
      footer={
        <>
          {saved && (
            <div className="fu-form__secondary">
              <button type="button" className="button button--quiet-danger" onClick={remove} disabled={busy}>
                {t('common.delete')}
              </button>
            </div>
          )}
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" form={formId} className="button button--primary" disabled={busy}>
            {busy ? t('common.saving') : saved ? t('common.save') : t('followups.editor.create')}
          </button>
        </>
      }
    >
      <form id={formId} ref={formRef} className="fu-form" onSubmit={save} noValidate>
        {hasErrors && (
          <div className="form-summary callout callout--error" role="alert" tabIndex={-1}>
            <p className="callout__title">{t('followups.editor.summary')}</p>
            {errors.form && <p className="callout__detail">{errors.form}</p>}
          </div>
        )}
        <FollowUpFields draft={draft} errors={errors} set={set} directory={directory} tripFixed={!!saved} />
      </form>
    </Dialog>
  );
}
