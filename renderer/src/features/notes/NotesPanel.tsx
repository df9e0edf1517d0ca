// Meeting notes on one event: who is writing here, my own note (editable, autosaved) and every other member's note
// as its own entry; any selected sentence can become a follow-up ("Follow up" or Ctrl/Cmd+Shift+F).
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TripEvent } from '../../../../shared/model';
import { useCall } from '../../api/query';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Markdown } from '../../components/Markdown';
import { localeFor } from '../../i18n/format';
import { FollowUpFromNote } from './FollowUpFromNote';
import { MergedBadge } from './MergedBadge';
import { authorName, splitNotes } from './notesLogic';
import { OwnNoteEditor } from './OwnNoteEditor';
import { WhoAmI } from './WhoAmI';
import './notes.css';

export function NotesPanel({ tripId, event }: { tripId: string; event: TripEvent }) {
  const { t, i18n } = useTranslation();
  // Loaded here rather than taken from the editor's copy, so the own note starts from what is stored now.
  const trip = useCall('trips.get', { id: tripId });
  const settings = useCall('settings.get', {});
  const members = useCall('members.list', {});
  const [choosing, setChoosing] = useState(false);
  const [chosenId, setChosenId] = useState<string>();
  const [selection, setSelection] = useState('');
  const [followUp, setFollowUp] = useState<string | null>(null);
  // A deleted note's editor is replaced by a fresh one at once, before the trip is read again.
  const [deleted, setDeleted] = useState<{ id: string; count: number; purged: boolean }>();
  const panelRef = useRef<HTMLDivElement>(null);
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  // After "Write as this member" the chooser goes away; the keyboard goes on to the note it was chosen for.
  const focusNote = useRef(false);
  useEffect(() => {
    if (!focusNote.current || !textareaRef.current) return;
    focusNote.current = false;
    textareaRef.current.focus();
  });

  const names = useMemo(() => new Map((members.data ?? []).map((m) => [m.id, m.name])), [members.data]);
  const meId = chosenId ?? settings.data?.meId;

  /** The text selected in my note's textarea, or in any rendered note inside this panel. */
  const readSelection = (): void => {
    const area = textareaRef.current;
    if (area && document.activeElement === area) {
      setSelection(area.value.slice(area.selectionStart, area.selectionEnd));
      return;
    }
    const chosen = window.getSelection();
    const inside = chosen && !chosen.isCollapsed && panelRef.current?.contains(chosen.anchorNode) && panelRef.current.contains(chosen.focusNode);
    // A button press moves focus without touching the selection: keep what was chosen until a new selection.
    if (inside) setSelection(chosen.toString());
    else if (chosen && !chosen.isCollapsed) setSelection('');
    else if (document.activeElement !== area && panelRef.current?.contains(document.activeElement) === false) setSelection('');
  };
  useEffect(() => {
    document.addEventListener('selectionchange', readSelection);
    return () => document.removeEventListener('selectionchange', readSelection);
  });

  const openFollowUp = (): void => {
    if (selection.trim()) setFollowUp(selection);
  };
  const onKeyDown = (e: KeyboardEvent): void => {
    if ((e.ctrlKey || e.metaKey) && e.shiftKey && e.key.toLowerCase() === 'f') {
      e.preventDefault();
      openFollowUp();
    }
  };

  const failed = trip.error ?? settings.error ?? members.error;
  if (failed !== null && (!trip.data || !settings.data || !members.data)) return <ErrorMessage error={failed} onRetry={() => void trip.refetch()} />;
  if (!trip.data || !settings.data || !members.data) return <p className="muted">{t('notes.loading')}</p>;

  const split = splitNotes(trip.data.notes, event.id, meId);
  const mine = split.mine?.id === deleted?.id ? undefined : split.mine;
  const { others } = split;
  const meName = authorName(names, meId, i18n.language);
  const when = (instant: string): string =>
    new Intl.DateTimeFormat(localeFor(i18n.language), { dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23' }).format(new Date(instant));

  return (
    <div className="notes-panel" ref={panelRef} onKeyDown={onKeyDown}>
      {!meId || choosing || !meName ? (
        <WhoAmI
          tripMemberIds={trip.data.trip.memberIds}
          members={members.data}
          current={meName ? meId : undefined}
          onChosen={(id) => {
            focusNote.current = true;
            setChosenId(id);
            setChoosing(false);
          }}
          onCancel={meId && meName ? () => setChoosing(false) : undefined}
        />
      ) : (
        <>
          <div className="notes-panel__bar">
            <p className="notes-panel__me">
              {t('notes.whoAmI.writingAs', { name: meName })}{' '}
              <button type="button" className="button button--quiet button--small" onClick={() => setChoosing(true)}>
                {t('notes.whoAmI.change')}
              </button>
            </p>
            {selection.trim() && (
              <button
                type="button"
                className="button button--primary button--small notes-panel__follow-up"
                aria-keyshortcuts="Control+Shift+F Meta+Shift+F"
                // Keep the selection where it is while the button is pressed.
                onMouseDown={(e) => e.preventDefault()}
                onClick={openFollowUp}
              >
                {t('notes.followUp.button')}
              </button>
            )}
          </div>
          <p className="notes-panel__hint muted">{t('notes.followUp.hint')}</p>
          {deleted && (
            <p className="callout callout--success notes-panel__deleted" role="status">
              {t(deleted.purged ? 'notes.delete.donePurged' : 'notes.delete.done')}
            </p>
          )}
          <OwnNoteEditor
            key={`${event.id}:${meId}:${deleted?.count ?? 0}`}
            tripId={tripId}
            eventId={event.id}
            eventKind={event.kind}
            authorId={meId}
            stored={mine}
            textareaRef={textareaRef}
            onSelect={readSelection}
            onDeleted={(purged) => {
              if (mine) setDeleted({ id: mine.id, count: (deleted?.count ?? 0) + 1, purged: purged !== undefined });
            }}
          />
        </>
      )}
      <section className="other-notes" aria-labelledby="other-notes-heading">
        <h3 id="other-notes-heading">{t('notes.others.heading')}</h3>
        {others.length === 0 ? (
          <p className="muted">{t('notes.others.none')}</p>
        ) : (
          <ul className="other-notes__list">
            {others.map((note) => {
              const name = authorName(names, note.authorId, i18n.language) ?? t('notes.others.unknownAuthor');
              return (
                <li key={note.id}>
                  <article className="note-entry" aria-label={t('notes.others.entry', { name })}>
                    <header className="note-entry__head">
                      <span className="note-entry__author">{name}</span>
                      <MergedBadge note={note} />
                      <time className="muted" dateTime={note.updatedAt}>
                        {t('notes.others.edited', { when: when(note.updatedAt) })}
                      </time>
                    </header>
                    <Markdown text={note.body} className="note-entry__body" />
                  </article>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      {followUp !== null && meId && (
        <FollowUpFromNote
          text={followUp}
          event={event}
          trip={trip.data.trip}
          organisations={trip.data.organisations}
          members={members.data}
          ownerId={meId}
          onClose={() => setFollowUp(null)}
        />
      )}
    </div>
  );
}
