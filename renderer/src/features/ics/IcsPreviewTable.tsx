// The import preview: one row per calendar entry with its local times and zones, what importing it would do, and a
// checkbox (entries with a problem have none: they cannot be imported).
import { useTranslation } from 'react-i18next';
import type { IcsPreviewEvent } from '../../../../shared/contract';
import { importable, localWhenParts, notesOf, problemOf, rowState } from './icsLogic';

interface Props {
  fileName: string;
  events: IcsPreviewEvent[];
  selected: Set<string>;
  onChange: (selected: Set<string>) => void;
}

export function IcsPreviewTable({ fileName, events, selected, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const candidates = importable(events);
  const allChosen = candidates.length > 0 && candidates.every((e) => selected.has(e.uid));
  const blocked = events.length - candidates.length;
  const hasUpdates = candidates.some((e) => e.existingEventId);

  function toggle(uid: string, on: boolean) {
    const next = new Set(selected);
    if (on) next.add(uid);
    else next.delete(uid);
    onChange(next);
  }

  return (
    <div className="ics-preview">
      {blocked > 0 && <p className="ics-preview__summary">{t('ics.import.skippedCount', { count: blocked })}</p>}
      {hasUpdates && <p className="muted ics-preview__summary">{t('ics.import.updateHint')}</p>}
      <div className="ics-preview__scroll">
        <table className="ics-table">
          <caption className="visually-hidden">{t('ics.import.caption', { fileName })}</caption>
          <thead>
            <tr>
              <th scope="col" className="ics-table__check">
                <input
                  type="checkbox"
                  aria-label={t('ics.import.selectAll')}
                  checked={allChosen}
                  disabled={candidates.length === 0}
                  onChange={(event) => onChange(event.target.checked ? new Set(candidates.map((e) => e.uid)) : new Set())}
                />
              </th>
              <th scope="col">{t('ics.import.columns.title')}</th>
              <th scope="col" className="ics-table__when">{t('ics.import.columns.start')}</th>
              <th scope="col" className="ics-table__when">{t('ics.import.columns.end')}</th>
              <th scope="col" className="ics-table__result">{t('ics.import.columns.result')}</th>
            </tr>
          </thead>
          <tbody>
            {events.map((event, index) => {
              const state = rowState(event);
              const problem = problemOf(event);
              return (
                <tr key={`${index}-${event.uid}`} className={`ics-table__row--${state}`}>
                  <td className="ics-table__check">
                    {state !== 'problem' && (
                      <input
                        type="checkbox"
                        aria-label={t('ics.import.include', { title: event.title })}
                        checked={selected.has(event.uid)}
                        onChange={(e) => toggle(event.uid, e.target.checked)}
                      />
                    )}
                  </td>
                  <td className="ics-table__title">{event.title}</td>
                  <td>
                    <When language={language} instant={event.start} zone={event.timeZone} />
                  </td>
                  <td>
                    <When language={language} instant={event.end} zone={event.endTimeZone ?? event.timeZone} />
                  </td>
                  <td>
                    {state === 'problem' ? (
                      <span className="ics-problem">
                        <span aria-hidden="true">⚠ </span>
                        {problem ? t(`ics.import.problems.${problem.code as 'all-day'}`) : event.problem}
                      </span>
                    ) : (
                      <span className={`ics-state ics-state--${state}`}>{t(`ics.import.state.${state}`)}</span>
                    )}
                    {notesOf(event).map((note) => (
                      <span key={note.code} className="ics-note">
                        {t(`ics.import.notes.${note.code as 'utc'}`, { value: note.value ?? '', zone: note.zone ?? '' })}
                      </span>
                    ))}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** A date over a time with its zone, so the columns stay narrow without breaking a time apart. */
function When({ language, instant, zone }: { language: string; instant: string; zone: string }) {
  const parts = localWhenParts(language, instant, zone);
  if (!parts) return <span aria-hidden="true">—</span>;
  return (
    <>
      <span className="ics-when__date">{parts.date}</span>{' '}
      <span className="ics-when__time">
        {parts.time} <span className="ics-when__zone">({parts.zone})</span>
      </span>
    </>
  );
}
