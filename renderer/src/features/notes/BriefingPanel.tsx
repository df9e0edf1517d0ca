// The briefing on an event or an organisation: background, objectives, talking points and previous interactions,
// each of which can be marked Restricted (kept out of printed and exported documents unless the exporter includes it).
// Saved when a field is left, a box is ticked, the panel closes or the page goes away; nothing typed is dropped.
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Briefing } from '../../../../shared/model';
import { describeError } from '../../components/ErrorMessage';
import { formatTime } from '../../i18n/format';
import { briefingKeys, sameBriefing, type BriefingKey } from './briefingLogic';
import './notes.css';

interface BriefingPanelProps {
  briefing: Briefing;
  /** Stores the whole briefing (events.update / organisations.update with patch {briefing}). */
  save: (briefing: Briefing, keepalive: boolean) => Promise<{ updatedAt: string }>;
  /** Shown as a section heading (the record view) or not (the editor's tab has its own). */
  headingLevel?: 2 | 3;
}

type Status = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: string } | { kind: 'error'; error: unknown };
const localZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

interface SaveBox {
  draft: Briefing;
  /** What the backend is known to hold. */
  stored: Briefing;
  save: BriefingPanelProps['save'];
  inFlight: boolean;
  /** The last briefing handed to the backend, so beforeunload and pagehide do not both send it. */
  sent?: Briefing;
}

/** Stores the briefing if it changed; one save at a time, the newest text chained after it. */
function commitBriefing(box: SaveBox, setStatus: (s: Status) => void, keepalive = false): void {
  if (box.inFlight || sameBriefing(box.draft, box.stored)) return;
  if (keepalive && box.sent && sameBriefing(box.draft, box.sent)) return;
  const sent = box.draft;
  box.sent = sent;
  // A keepalive save goes out as the page leaves: nothing will be shown, and a later save need not wait for it.
  box.inFlight = !keepalive;
  if (!keepalive) setStatus({ kind: 'saving' });
  box.save(sent, keepalive).then(
    (record) => {
      box.inFlight = false;
      box.stored = sent;
      setStatus({ kind: 'saved', at: record.updatedAt });
      // Changed again while it was saving (a box ticked during the save): store that too.
      commitBriefing(box, setStatus);
    },
    (error: unknown) => {
      box.inFlight = false;
      setStatus({ kind: 'error', error });
    },
  );
}

export function BriefingPanel({ briefing, save, headingLevel = 2 }: BriefingPanelProps) {
  const { t, i18n } = useTranslation();
  const [draft, setDraft] = useState<Briefing>(briefing);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  // What the callbacks (and the page-hide listeners) need without re-subscribing: the newest text and save.
  const latest = useRef<SaveBox>({ draft: briefing, stored: briefing, save, inFlight: false });
  useEffect(() => {
    latest.current.save = save;
  });
  const headingId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';

  const commit = useCallback((keepalive = false): void => commitBriefing(latest.current, setStatus, keepalive), []);

  useEffect(() => {
    const leaving = (): void => commit(true);
    const hidden = (): void => {
      if (document.visibilityState === 'hidden') commit(true);
    };
    window.addEventListener('pagehide', leaving);
    window.addEventListener('beforeunload', leaving);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      window.removeEventListener('pagehide', leaving);
      window.removeEventListener('beforeunload', leaving);
      document.removeEventListener('visibilitychange', hidden);
      commit();
    };
  }, [commit]);

  const setField = (key: BriefingKey, patch: Partial<Briefing[BriefingKey]>, now = false): void => {
    const next = { ...latest.current.draft, [key]: { ...latest.current.draft[key], ...patch } };
    latest.current.draft = next;
    setDraft(next);
    if (now) commit();
  };

  return (
    <section className="briefing" aria-labelledby={headingId}>
      <div className="briefing__head">
        <Heading id={headingId}>{t('notes.briefing.title')}</Heading>
        <BriefingStatus status={status} onRetry={() => commit()} language={i18n.language} />
      </div>
      <p className="muted briefing__intro">{t('notes.briefing.intro')}</p>
      {briefingKeys.map((key) => (
        <BriefingField
          key={key}
          label={t(`notes.briefing.fields.${key}`)}
          value={draft[key]}
          onText={(text) => setField(key, { text })}
          onRestricted={(restricted) => setField(key, { restricted }, true)}
          onBlur={() => commit()}
        />
      ))}
    </section>
  );
}

interface BriefingFieldProps {
  label: string;
  value: { text: string; restricted: boolean };
  onText: (text: string) => void;
  onRestricted: (restricted: boolean) => void;
  onBlur: () => void;
}

function BriefingField({ label, value, onText, onRestricted, onBlur }: BriefingFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className={`brief-field ${value.restricted ? 'brief-field--restricted' : ''}`}>
      <div className="brief-field__head">
        <label htmlFor={`${id}-text`} className="field__label">
          {label}
        </label>
        {value.restricted && <RestrictedBadge />}
        <label className="brief-field__restrict">
          <input
            type="checkbox"
            checked={value.restricted}
            onChange={(e) => onRestricted(e.target.checked)}
            aria-label={t('notes.briefing.restrictedField', { field: label })}
            aria-describedby={`${id}-hint`}
          />
          {t('notes.briefing.restricted')}
        </label>
      </div>
      <textarea id={`${id}-text`} value={value.text} rows={3} onChange={(e) => onText(e.target.value)} onBlur={onBlur} />
      <p id={`${id}-hint`} className="visually-hidden">
        {t('notes.briefing.restrictedHint')}
      </p>
    </div>
  );
}

/** The lock badge: visible everywhere a restricted field is shown, with its meaning spelled out for screen readers. */
export function RestrictedBadge() {
  const { t } = useTranslation();
  return (
    <span className="lock-badge" title={t('notes.briefing.restrictedHint')}>
      {/* Drawn rather than an emoji: emoji fonts are missing on many office machines. */}
      <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path fill="currentColor" d="M8 1a3.5 3.5 0 0 0-3.5 3.5V7H4a1 1 0 0 0-1 1v6a1 1 0 0 0 1 1h8a1 1 0 0 0 1-1V8a1 1 0 0 0-1-1h-.5V4.5A3.5 3.5 0 0 0 8 1Zm-2 6V4.5a2 2 0 1 1 4 0V7H6Z" />
      </svg>
      {t('notes.briefing.restrictedBadge')}
      <span className="visually-hidden">: {t('notes.briefing.restrictedSr')}</span>
    </span>
  );
}

function BriefingStatus({ status, onRetry, language }: { status: Status; onRetry: () => void; language: string }) {
  const { t } = useTranslation();
  if (status.kind === 'error') {
    const { key, detail } = describeError(status.error);
    return (
      <div className="save-status save-status--error" role="alert">
        <p>{t('notes.briefing.error', { reason: detail ?? t(`errors.${key}`) })}</p>
        <button type="button" className="button button--small" onClick={onRetry}>
          {t('notes.briefing.retry')}
        </button>
      </div>
    );
  }
  const text = status.kind === 'saved' ? t('notes.briefing.saved', { time: formatTime(language, status.at, localZone) }) : t(`notes.briefing.${status.kind}`);
  return (
    <p className="save-status" role="status">
      {text}
    </p>
  );
}
