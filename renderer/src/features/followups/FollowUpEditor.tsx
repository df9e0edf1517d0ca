// The follow-up editor: a dialog that creates or edits one follow-up, or deletes it with an Undo. Nothing typed is
// lost when saving fails: the form stays open with the reason beside the field. Other features may open it with
// a starting draft (e.g. a sentence selected in a meeting note, with its trip and event). Closing it with unsaved
// edits asks first.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowUp } from '../../../../shared/model';
import { useClient } from '../../api';
import { useWritten } from '../../api/query';
import { Dialog } from '../../components/Dialog';
import { describeError } from '../../components/ErrorMessage';
import { useToast } from '../../components/Toasts';
import { useDiscardGuard } from '../../components/forms/DiscardPrompt';
import { useSchemaForm } from '../../components/forms/schemaForm';
import { draftFromFollowUp, draftToCreate, draftToPatch, emptyDraft, FollowUpForm, followUpFieldMap, followUpMessages, type FollowUpValues } from './followUpForm';
import { FollowUpFields } from './FollowUpFields';
import { useFollowUpDirectory } from './useFollowUpDirectory';
import './followups.css';
import { FormFooter, FormSummary } from '../../components/forms/FormParts';
import { createdTargets, focusWhenShown } from '../../components/focusCreated';

export type FollowUpEditorMode = { kind: 'create'; start?: Partial<FollowUpValues> } | { kind: 'edit'; followUp: FollowUp };

const formId = 'followup-form';

export function FollowUpEditor({ mode, onClose }: { mode: FollowUpEditorMode; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useClient();
  const written = useWritten();
  const toast = useToast();
  const directory = useFollowUpDirectory();
  const saved = mode.kind === 'edit' ? mode.followUp : undefined;
  const [busy, setBusy] = useState(false);
  const [defaults] = useState<FollowUpValues>(() => (saved ? draftFromFollowUp(saved) : emptyDraft(mode.kind === 'create' ? mode.start : {})));
  const { form, draft, errors, formMessage, hasErrors, isDirty, set, fail, submit, formRef } = useSchemaForm<FollowUpValues>({
    schema: FollowUpForm,
    defaults,
    messages: followUpMessages(t),
    fieldMap: followUpFieldMap,
    clearsAlso: (changed) => (changed.includes('mouParties') || changed.includes('mouDate') ? ['mouTitle'] : []),
    // The service's own sentence says which record was missing and that nothing was saved; show it too.
    explainAlways: true,
    t,
  });
  const guard = useDiscardGuard(isDirty, onClose);

  // A new follow-up is owned by whoever uses this laptop, unless the caller said otherwise.
  // Settings arrive after the first render, so this is applied once, when they do; a cleared owner stays cleared.
  const meId = directory.meId;
  const ownerDefaulted = useRef(saved !== undefined || (mode.kind === 'create' && mode.start?.ownerId !== undefined));
  useEffect(() => {
    if (ownerDefaulted.current || !meId) return;
    ownerDefaulted.current = true;
    // The form's own starting value, not an edit: closing right after asks nothing.
    if (!form.getValues('ownerId')) form.resetField('ownerId', { defaultValue: meId });
  }, [meId, form]);

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

  const save = (values: FollowUpValues): Promise<void> =>
    run(async () => {
      let stored: FollowUp;
      if (saved) {
        const input = { id: saved.id, tripId: saved.tripId, patch: draftToPatch(values) };
        written('followups.update', input, (stored = await client.call('followups.update', input)));
      } else {
        const input = draftToCreate(values);
        written('followups.create', input, (stored = await client.call('followups.create', input)));
      }
      toast(saved ? t('followups.editor.saved', { title: stored.title }) : t('followups.editor.created', { title: stored.title }));
      guard.release();
      onClose();
      if (!saved) focusWhenShown(createdTargets.followUp(stored.id));
    });

  const remove = (): void =>
    void run(async () => {
      if (!saved) return;
      const { id, tripId, title } = saved;
      written('followups.delete', { id, tripId }, await client.call('followups.delete', { id, tripId }));
      guard.release();
      onClose();
      const undo = (): void => {
        client.call('history.undo', { tripId }).then(
          (undone) => {
            written('history.undo', { tripId }, undone);
            toast(t('followups.editor.restored', { title }));
          },
          (error: unknown) => toast(t('followups.editor.undoFailed', { reason: describeError(error).detail ?? t(`errors.${describeError(error).key}`) })),
        );
      };
      toast(t('followups.editor.deleted', { title }), { label: t('common.undo'), run: undo });
    });

  return (
    <>
      <Dialog
        title={saved ? t('followups.editor.editTitle') : t('followups.editor.createTitle')}
        onClose={guard.close}
        size="large"
        footer={
          <FormFooter formId={formId} busy={busy} submitLabel={saved ? t('common.save') : t('followups.editor.create')} onCancel={guard.close}>
            {saved && (
              <div className="fu-form__secondary">
                <button type="button" className="button button--quiet-danger" onClick={remove} disabled={busy}>
                  {t('common.delete')}
                </button>
              </div>
            )}
          </FormFooter>
        }
      >
        <form id={formId} ref={formRef} className="fu-form" onSubmit={submit(save)} noValidate>
          <FormSummary show={hasErrors} title={t('followups.editor.summary')} message={formMessage} />
          <FollowUpFields draft={draft} errors={errors} set={set} directory={directory} tripFixed={!!saved} />
        </form>
      </Dialog>
      {guard.prompt}
    </>
  );
}
