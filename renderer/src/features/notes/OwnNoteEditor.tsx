// The current member's own note: a markdown textarea with its live preview beside it (a switch on narrow windows),
// the template for the event's kind when the note is empty, and the autosave status in words.
import { useId, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { NotePurge } from '../../../../shared/contract';
import type { EventKind, Note } from '../../../../shared/model';
import { describeError } from '../../components/ErrorMessage';
import { Markdown } from '../../components/Markdown';
import { formatTime } from '../../i18n/format';
import { DeleteNoteDialog } from './DeleteNoteDialog';
import { MergedBadge } from './MergedBadge';
import { templateBody, templateKind } from './notesLogic';
import type { SaveState } from './noteSaver';
import { useNoteAutosave } from './useNoteAutosave';

interface OwnNoteEditorProps {
  tripId: string;
  eventId: string;
  eventKind: EventKind;
  authorId: string;
  stored?: Note;
  textareaRef: RefObject<HTMLTextAreaElement | null>;
  onSelect: () => void;
  /** The note was deleted (and perhaps purged): the panel starts a fresh, empty note. */
  onDeleted: (purged: NotePurge | undefined) => void;
}

const localZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

export function OwnNoteEditor({ tripId, eventId, eventKind, authorId, stored, textareaRef, onSelect, onDeleted }: OwnNoteEditorProps) {
  const { t } = useTranslation();
  const note = useNoteAutosave({ tripId, eventId, authorId, stored });
  const [showPreview, setShowPreview] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const hintId = useId();
  const previewId = useId();
  const kind = templateKind(eventKind);

  const insertTemplate = (): void => {
    note.setBody(templateBody(t(`notes.templates.${kind}.headings`)));
    // Straight to the first heading's empty line, ready to type.
    requestAnimationFrame(() => {
      const area = textareaRef.current;
      if (!area) return;
      area.focus();
      const at = area.value.indexOf('\n') + 2;
      area.setSelectionRange(at, at);
    });
  };

  return (
    <section className="own-note" aria-labelledby={`${previewId}-heading`}>
      <div className="own-note__head">
        <h3 id={`${previewId}-heading`}>{t('notes.own.heading')}</h3>
        {stored && <MergedBadge note={stored} />}
        <SaveStatus state={note.state} onRetry={note.flush} />
      </div>
      {note.restored && <p className="callout callout--info own-note__restored">{t('notes.own.restored')}</p>}
      <div className="own-note__tools">
        {note.body.trim() === '' && (
          <button type="button" className="button button--small" onClick={insertTemplate}>
            {t(`notes.templates.${kind}.use`)}
          </button>
        )}
        <button type="button" className="button button--small own-note__toggle" aria-pressed={showPreview} onClick={() => setShowPreview((v) => !v)}>
          {showPreview ? t('notes.own.showEditor') : t('notes.own.showPreview')}
        </button>
        {stored && (
          <button type="button" className="button button--small button--quiet own-note__delete" onClick={() => setDeleting(true)}>
            {t('notes.delete.button')}
          </button>
        )}
      </div>
      {deleting && stored && (
        <DeleteNoteDialog
          tripId={tripId}
          noteId={stored.id}
          onClose={() => setDeleting(false)}
          onDeleted={(purged) => {
            note.discard();
            onDeleted(purged);
          }}
        />
      )}
      <div className={`own-note__panes ${showPreview ? 'own-note__panes--preview' : 'own-note__panes--editor'}`}>
        <div className="own-note__pane own-note__pane--editor">
          <label htmlFor={`${previewId}-text`} className="visually-hidden">
            {t('notes.own.label')}
          </label>
          <textarea
            id={`${previewId}-text`}
            ref={textareaRef}
            className="own-note__text"
            value={note.body}
            onChange={(e) => note.setBody(e.target.value)}
            onBlur={note.flush}
            onSelect={onSelect}
            aria-describedby={hintId}
            spellCheck
            rows={16}
          />
          <p id={hintId} className="field__hint">
            {t('notes.own.hint')}
          </p>
        </div>
        <div className="own-note__pane own-note__pane--preview" role="region" aria-label={t('notes.own.preview')}>
          <p className="own-note__pane-title" aria-hidden="true">
            {t('notes.own.preview')}
          </p>
          {note.body.trim() ? <Markdown text={note.body} /> : <p className="muted">{t('notes.own.previewEmpty')}</p>}
        </div>
      </div>
    </section>
  );
}

function SaveStatus({ state, onRetry }: { state: SaveState; onRetry: () => void }) {
  const { t, i18n } = useTranslation();
  if (state.kind === 'error') {
    const { key, detail } = describeError(state.error);
    const reason = detail ? `${t(`errors.${key}`)} ${t('errors.detail', { message: detail })}` : t(`errors.${key}`);
    return (
      <div className="save-status save-status--error" role="alert">
        <p className="save-status__title">{t('notes.status.error', { reason })}</p>
        <p>{t('notes.status.errorKept')}</p>
        <button type="button" className="button button--small" onClick={onRetry}>
          {t('notes.status.retry')}
        </button>
      </div>
    );
  }
  const text =
    state.kind === 'saved' ? t('notes.status.saved', { time: formatTime(i18n.language, state.at, localZone) }) : t(`notes.status.${state.kind}`);
  return (
    <p className={`save-status save-status--${state.kind}`} role="status">
      {text}
    </p>
  );
}
