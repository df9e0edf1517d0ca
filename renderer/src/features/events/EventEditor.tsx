// The event editor: a dialog that creates or edits one event, duplicates it, or deletes it with an Undo, and lists
// the clash warnings the event would have as it stands in the form. Nothing typed is lost when saving fails, and
// closing it with unsaved edits asks first.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TripDetail } from '../../../../shared/contract';
import type { TripEvent } from '../../../../shared/model';
import { useClient } from '../../api';
import { useCall, useWritten } from '../../api/query';
import { Dialog } from '../../components/Dialog';
import { describeError } from '../../components/ErrorMessage';
import { useToast } from '../../components/Toasts';
import { EventClashes } from '../clashes/ClashList';
import { useClashes } from '../clashes/useClashes';
import { DetailsSection, EventExtraSections, EventSectionTabs, type EventSection } from '../notes/EventSections';
import { useDiscardGuard } from '../../components/forms/DiscardPrompt';
import { useSchemaForm } from '../../components/forms/schemaForm';
import { clearedByDraft, draftForCreate, draftFromEvent, draftInstants, draftToFields, EventForm, eventFieldMap, eventMessages, type EventValues } from './eventForm';
import { EventFormFields } from './EventFormFields';
import { useEventDirectory } from './useEventDirectory';
import { DeleteEventDialog, otherAuthors } from './DeleteEventDialog';
import { authorName } from '../notes/notesLogic';
import './events.css';
import { FormFooter, FormSummary } from '../../components/forms/FormParts';
import { createdTargets, focusWhenShown } from '../../components/focusCreated';

export type EventEditorMode =
  | { kind: 'create'; start: string; end: string; timeZone: string }
  | { kind: 'edit'; eventId: string; section?: EventSection };

const formId = 'event-form';
const previewId = '__draft__';

export function EventEditor({ detail, mode, onClose }: { detail: TripDetail; mode: EventEditorMode; onClose: () => void }) {
  const { t } = useTranslation();
  const initial = mode.kind === 'edit' ? detail.events.find((e) => e.id === mode.eventId) : undefined;
  if (mode.kind === 'edit' && !initial) {
    return (
      <Dialog title={t('events.editTitle')} onClose={onClose}>
        <p className="callout callout--error" role="alert">
          {t('events.notFound')}
        </p>
      </Dialog>
    );
  }
  const draft = initial ? draftFromEvent(initial) : mode.kind === 'create' ? draftForCreate(mode.start, mode.end, mode.timeZone) : undefined;
  return draft ? <Editor detail={detail} saved={initial} initialDraft={draft} initialSection={mode.kind === 'edit' ? mode.section : undefined} onClose={onClose} /> : null;
}

function Editor({
  detail,
  saved: savedAtOpen,
  initialDraft,
  initialSection,
  onClose,
}: {
  detail: TripDetail;
  saved?: TripEvent;
  initialDraft: EventValues;
  initialSection?: EventSection;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const client = useClient();
  const written = useWritten();
  const settings = useCall('settings.get', {});
  // Whose notes a delete would take with it, while the question is asked.
  const [deleting, setDeleting] = useState<string[] | null>(null);
  const toast = useToast();
  const directory = useEventDirectory(detail.trip.memberIds);
  const tripId = detail.trip.id;
  // The stored event being edited; after Duplicate, the copy.
  const [saved, setSaved] = useState<TripEvent | undefined>(savedAtOpen);
  const [busy, setBusy] = useState(false);
  const [section, setSection] = useState<EventSection>(initialSection ?? 'details');
  const { draft, errors, formMessage, hasErrors, isDirty, set, fail, submit, reset, formRef } = useSchemaForm<EventValues>({
    schema: EventForm,
    defaults: initialDraft,
    messages: eventMessages(t),
    fieldMap: eventFieldMap,
    // The dates, times and zones are checked together, so a change to one clears "ends before it starts".
    clearsAlso: (changed) => (changed.some((k) => ['startDate', 'startTime', 'endDate', 'endTime', 'timeZone', 'endTimeZone', 'kind'].includes(k)) ? ['endTime'] : []),
    t,
  });
  const guard = useDiscardGuard(isDirty, onClose);

  // The trip as it would be with this draft saved, so the warnings follow the form as it is edited.
  const preview = useMemo((): TripDetail => {
    const others = detail.events.filter((e) => e.id !== saved?.id);
    const members = directory.members.all.length > 0 ? directory.members.all : detail.members;
    const contacts = directory.contactRecords.length > 0 ? directory.contacts : detail.contacts;
    if (!draft.title.trim() || !draftInstants(draft)) return { ...detail, members, contacts, events: saved ? [...others, saved] : others };
    const fields = draftToFields(draft, saved);
    const stamp = saved?.updatedAt ?? new Date(0).toISOString();
    const event: TripEvent = { id: saved?.id ?? previewId, tripId, createdAt: stamp, updatedAt: stamp, deleted: false, ...fields } as TripEvent;
    return { ...detail, members, contacts, events: [...others, event] };
  }, [detail, draft, saved, tripId, directory.members.all, directory.contacts, directory.contactRecords.length]);
  const { byEvent } = useClashes(preview);
  const clashes = byEvent.get(saved?.id ?? previewId) ?? [];

  /** Stores the checked values; returns the stored event. */
  const store = async (values: EventValues): Promise<TripEvent> => {
    const fields = draftToFields(values, saved);
    if (saved) {
      const input = { id: saved.id, tripId, patch: { ...fields, ...clearedByDraft(values, saved) } };
      const event = await client.call('events.update', input);
      written('events.update', input, event);
      return event;
    }
    const input = { tripId, ...fields };
    const event = await client.call('events.create', input);
    written('events.create', input, event);
    return event;
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

  const save = (values: EventValues): Promise<void> =>
    run(async () => {
      const stored = await store(values);
      toast(saved ? t('events.saved', { title: stored.title }) : t('events.created', { title: stored.title }));
      guard.release();
      onClose();
      if (!saved) focusWhenShown(createdTargets.event(stored.id));
    });

  const onSubmit = submit(save);

  const copy = (original: TripEvent): Promise<void> =>
    run(async () => {
      const input = { id: original.id, tripId };
      const made = await client.call('events.duplicate', input);
      written('events.duplicate', input, made);
      setSaved(made);
      reset(draftFromEvent(made));
      toast(t('events.duplicated', { title: made.title }));
    });

  // Unsaved changes are saved first (checked like a save), so the copy is what the form shows.
  const duplicate = (): void => {
    if (busy) return;
    if (saved && !isDirty) {
      void copy(saved);
      return;
    }
    setSection('details');
    submit(async (values) => {
      let stored: TripEvent | undefined;
      await run(async () => {
        stored = await store(values);
      });
      if (stored) await copy(stored);
    })();
  };

  const remove = (): void =>
    void run(async () => {
      if (!saved) return;
      const input = { id: saved.id, tripId };
      written('events.delete', input, await client.call('events.delete', input));
      guard.release();
      onClose();
      const undo = (): void => {
        client.call('history.undo', { tripId }).then(
          (undone) => {
            written('history.undo', { tripId }, undone);
            toast(t('events.restored', { title: saved.title }));
          },
          (error: unknown) => toast(t('events.undoFailed', { reason: describeError(error).detail ?? '' })),
        );
      };
      toast(t('events.deleted', { title: saved.title }), { label: t('common.undo'), run: undo });
    });

  // Colleagues' notes go with the event, and their Undo is easily missed: ask first when there are any.
  const askRemove = (): void => {
    if (!saved) return;
    // Colleagues who wrote notes need not be on the trip's delegation: name them from the whole directory.
    const names = new Map([...detail.members, ...directory.members.all].map((m) => [m.id, m.name]));
    const authors = otherAuthors(detail.notes, saved.id, settings.data?.meId, (id) => authorName(names, id, i18n.language) ?? t('notes.others.unknownAuthor'));
    if (authors.length > 0) setDeleting(authors);
    else remove();
  };

  return (
    <>
      <Dialog
        title={saved ? t('events.editTitle') : t('events.createTitle')}
        onClose={guard.close}
        size="large"
        footer={
          <FormFooter formId={formId} busy={busy} submitLabel={saved ? t('common.save') : t('events.create')} onCancel={guard.close}>
            {saved && (
              <div className="event-form__secondary">
                {/* Only beside the event's own details: on the Notes tab a Delete would read as deleting the note. */}
                {section === 'details' && (
                  <button type="button" className="button button--quiet-danger" onClick={askRemove} disabled={busy}>
                    {t('common.delete')}
                  </button>
                )}
                <button type="button" className="button" onClick={duplicate} disabled={busy}>
                  {t('events.duplicate')}
                </button>
              </div>
            )}
          </FormFooter>
        }
      >
        {saved && <EventSectionTabs current={section} onChange={setSection} />}
        <DetailsSection current={saved ? section : undefined}>
          <form
            id={formId}
            ref={formRef}
            className="event-form"
            onSubmit={(event) => {
              // Saved from the Briefing or Notes tab: show the details, where any problem with them is marked.
              setSection('details');
              onSubmit(event);
            }}
            noValidate
          >
            {/* Kept in place and polite, so a warning that appears while editing is announced. */}
            <div className="event-form__warnings" aria-live="polite">
              <EventClashes clashes={clashes} detail={preview} />
            </div>
            <FormSummary show={hasErrors} title={t('events.errors.summary')} message={formMessage} />
            <EventFormFields
              draft={draft}
              errors={errors}
              set={set}
              legs={detail.trip.legs}
              members={directory.members}
              organisations={directory.organisationRecords}
              contacts={directory.contactRecords}
              createOrganisation={directory.createOrganisation}
              createContact={directory.createContact}
            />
          </form>
        </DetailsSection>
        {saved && <EventExtraSections current={section} event={saved} />}
      </Dialog>
      {guard.prompt}
      {deleting && saved && (
        <DeleteEventDialog
          title={saved.title}
          authors={deleting}
          onClose={() => setDeleting(null)}
          onDelete={() => {
            setDeleting(null);
            remove();
          }}
        />
      )}
    </>
  );
}
