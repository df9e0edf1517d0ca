// The event editor's sections as tabs — Details (the editor's own form), Briefing and Notes — for a stored event.
// A section stays mounted once opened, so switching tabs never throws away what was typed in it.
import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TripEvent } from '../../../../shared/model';
import { EventBriefing } from './BriefingSections';
import { NotesPanel } from './NotesPanel';

export type EventSection = 'details' | 'briefing' | 'notes';
const sections: EventSection[] = ['details', 'briefing', 'notes'];

const tabId = (s: EventSection): string => `event-section-tab-${s}`;
const panelId = (s: EventSection): string => `event-section-${s}`;

export function EventSectionTabs({ current, onChange }: { current: EventSection; onChange: (s: EventSection) => void }) {
  const { t } = useTranslation();
  const refs = useRef<Partial<Record<EventSection, HTMLButtonElement | null>>>({});
  // Arrow keys move between tabs, as in every tab list (WAI-ARIA Authoring Practices).
  const onKeyDown = (e: KeyboardEvent): void => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    e.preventDefault();
    const next = sections[(sections.indexOf(current) + step + sections.length) % sections.length] ?? 'details';
    onChange(next);
    refs.current[next]?.focus();
  };
  return (
    <div className="event-sections" role="tablist" aria-label={t('notes.tabs.label')} onKeyDown={onKeyDown}>
      {sections.map((s) => (
        <button
          key={s}
          ref={(el) => {
            refs.current[s] = el;
          }}
          type="button"
          role="tab"
          id={tabId(s)}
          aria-selected={s === current}
          aria-controls={panelId(s)}
          tabIndex={s === current ? 0 : -1}
          className="event-sections__tab"
          onClick={() => onChange(s)}
        >
          {t(`notes.tabs.${s}`)}
        </button>
      ))}
    </div>
  );
}

/** Wraps the editor's form as the Details tab panel; without tabs (a new event) it is just the form. */
export function DetailsSection({ current, children }: { current?: EventSection; children: ReactNode }) {
  if (!current) return <>{children}</>;
  return (
    <div role="tabpanel" id={panelId('details')} aria-labelledby={tabId('details')} hidden={current !== 'details'}>
      {children}
    </div>
  );
}

/** The Briefing and Notes tab panels, each mounted the first time it is opened. */
export function EventExtraSections({ current, event }: { current: EventSection; event: TripEvent }) {
  const [opened, setOpened] = useState<EventSection[]>([]);
  if (current !== 'details' && !opened.includes(current)) setOpened([...opened, current]);
  const panel = (s: EventSection, body: ReactNode) =>
    opened.includes(s) || s === current ? (
      <div role="tabpanel" id={panelId(s)} aria-labelledby={tabId(s)} hidden={current !== s} className="event-sections__panel">
        {body}
      </div>
    ) : null;
  return (
    <>
      {panel('briefing', <EventBriefing event={event} />)}
      {panel('notes', <NotesPanel key={event.id} tripId={event.tripId} event={event} />)}
    </>
  );
}
