// The event editor: a dialog that creates or edits one event, duplicates it, or deletes it with an Undo, and lists
// the clash warnings the event would have as it stands in the form. Nothing typed is lost when saving fails.
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PlannerError, type TripDetail } from '../../../../shared/contract';
import type { TripEvent } from '../../../../shared/model';
import { useClient } from '../../api';
import { useInvalidate } from '../../api/useData';
import { Dialog } from '../../components/Dialog';
import { describeError } from '../../components/ErrorMessage';
import { useToast } from '../../components/Toasts';
import { EventClashes } from '../clashes/ClashList';
import { useClashes } from '../clashes/useClashes';
import { DetailsSection, EventExtraSections, EventSectionTabs, type EventSection } from '../notes/EventSections';
import { clearedByDraft, draftForCreate, draftFromEvent, draftInstants, draftToFields, isDirty, issuesToEventErrors, validateEventDraft, type EventDraft, type EventErrors } from './eventDraft';
import { EventFormFields } from './EventFormFields';
import { useEventDirectory } from './useEventDirectory';
import './events.css';
import { useFocusFirstProblem } from '../../components/useFocusFirstProblem';

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
  initialDraft: EventDraft;
  initialSection?: EventSection;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const client = useClient();
  const invalidate = useInvalidate();
  const toast = useToast();
  const directory = useEventDirectory(detail.trip.memberIds);
  const tripId = detail.trip.id;
  // The stored event being edited; after Duplicate, the copy.
  const [saved, setSaved] = useState<TripEvent | undefined>(savedAtOpen);
  const [draft, setDraft] = useState<EventDraft>(initialDraft);
  const [errors, setErrors] = useState<EventErrors>({});
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [section, setSection] = useState<EventSection>(initialSection ?? 'details');
  const formRef = useRef<HTMLFormElement>(null);

  useFocusFirstProblem(formRef, attempt);

  const set = (patch: Partial<EventDraft>): void => {
    setDraft((d) => ({ ...d, ...patch }));
    setErrors((e) => {
      const next = { ...e };
      for (const key of Object.keys(patch) as (keyof EventDraft)[]) delete next[key];
      // The dates, times and zones are checked together, so a change to one clears "ends before it starts".
      if (['startDate', 'startTime', 'endDate', 'endTime', 'timeZone', 'endTimeZone', 'kind'].some((k) => k in patch)) delete next.endTime;
      return next;
    });
  };

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

  const fail = (error: unknown): void => {
    const fromServer = error instanceof PlannerError && error.code === 'invalid-input' ? issuesToEventErrors(error.details) : {};
    if (Object.keys(fromServer).length === 0) {
      const { key, detail: why } = describeError(error);
      fromServer.form = why ? `${t(`errors.${key}`)} ${t('errors.detail', { message: why })}` : t(`errors.${key}`);
    }
    setErrors(fromServer);
    setAttempt((a) => a + 1);
  };

  /** Validates and stores the draft; returns the stored event, or undefined when it was not saved. */
  const store = async (): Promise<TripEvent | undefined> => {
    const found = validateEventDraft(draft, t);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setAttempt((a) => a + 1);
      return undefined;
    }
    const fields = draftToFields(draft, saved);
    return saved
      ? client.call('events.update', { id: saved.id, tripId, patch: { ...fields, ...clearedByDraft(draft, saved) } })
      : client.call('events.create', { tripId, ...fields });
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
    // Saved from the Briefing or Notes tab: show the details, where any problem with them is marked.
    setSection('details');
    void run(async () => {
      const stored = await store();
      if (!stored) return;
      invalidate();
      toast(saved ? t('events.saved', { title: stored.title }) : t('events.created', { title: stored.title }));
      onClose();
    });
  };

  const duplicate = (): void =>
    void run(async () => {
      // Unsaved changes are saved first, so the copy is what the form shows.
      const original = saved && !isDirty(draft, saved) ? saved : await store();
      if (!original) return;
      const copy = await client.call('events.duplicate', { id: original.id, tripId });
      invalidate();
      setSaved(copy);
      setDraft(draftFromEvent(copy));
      setErrors({});
      toast(t('events.duplicated', { title: copy.title }));
    });

  const remove = (): void =>
    void run(async () => {
      if (!saved) return;
      await client.call('events.delete', { id: saved.id, tripId });
      invalidate();
      onClose();
      const undo = (): void => {
        client.call('history.undo', { tripId }).then(
          () => {
            invalidate();
            toast(t('events.restored', { title: saved.title }));
          },
          (error: unknown) => toast(t('events.undoFailed', { reason: describeError(error).detail ?? '' })),
        );
      };
      toast(t('events.deleted', { title: saved.title }), { label: t('common.undo'), run: undo });
    });

  const hasErrors = Object.keys(errors).length > 0;
  return (
    <Dialog
      title={saved ? t('events.editTitle') : t('events.createTitle')}
      onClose={onClose}
      size="large"
      footer={
        <>
          {saved && (
            <div className="event-form__secondary">
              <button type="button" className="button button--quiet-danger" onClick={remove} disabled={busy}>
                {t('common.delete')}
              </button>
              <button type="button" className="button" onClick={duplicate} disabled={busy}>
                {t('events.duplicate')}
              </button>
            </div>
          )}
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" form={formId} className="button button--primary" disabled={busy}>
            {busy ? t('common.saving') : saved ? t('common.save') : t('events.create')}
          </button>
        </>
      }
    >
      {saved && <EventSectionTabs current={section} onChange={setSection} />}
      <DetailsSection current={saved ? section : undefined}>
        <form id={formId} ref={formRef} className="event-form" onSubmit={save} noValidate>
          {/* Kept in place and polite, so a warning that appears while editing is announced. */}
          <div className="event-form__warnings" aria-live="polite">
            <EventClashes clashes={clashes} detail={preview} />
          </div>
          {hasErrors && (
            <div className="form-summary callout callout--error" role="alert" tabIndex={-1}>
              <p className="callout__title">{t('events.errors.summary')}</p>
              {errors.form && <p className="callout__detail">{errors.form}</p>}
            </div>
          )}
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
  );
}
