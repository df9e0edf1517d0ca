// What the calendar-file dialogs decide without React: which entries start ticked, what each row says will happen,
// how a local time with its zone is written, and whose events a member's export holds.
import type { IcsIssue, IcsPreviewEvent, TripDetail } from '../../../../shared/contract';
import type { Member } from '../../../../shared/model';
import { formatCalendarDate, formatTime, zoneLabel, dateInZone } from '../../i18n/format';
import { nameIn } from '../../i18n/names';

export type RowState = 'new' | 'update' | 'problem';

export function rowState(event: IcsPreviewEvent): RowState {
  if (event.problem || event.issues?.some((i) => i.level === 'problem')) return 'problem';
  return event.existingEventId ? 'update' : 'new';
}

/** Every entry that can be imported starts ticked; nothing with a problem can be. */
export function initialSelection(events: IcsPreviewEvent[]): Set<string> {
  return new Set(events.filter((e) => rowState(e) !== 'problem').map((e) => e.uid));
}

export function importable(events: IcsPreviewEvent[]): IcsPreviewEvent[] {
  return events.filter((e) => rowState(e) !== 'problem');
}

/** The UIDs to send, in preview order, only those still ticked and importable. */
export function chosenUids(events: IcsPreviewEvent[], selected: Set<string>): string[] {
  return importable(events)
    .map((e) => e.uid)
    .filter((uid) => selected.has(uid));
}

export function problemOf(event: IcsPreviewEvent): IcsIssue | undefined {
  return event.issues?.find((i) => i.level === 'problem');
}

export function notesOf(event: IcsPreviewEvent): IcsIssue[] {
  return event.issues?.filter((i) => i.level === 'note') ?? [];
}

/** The wall clock where it happens, in parts a table can lay out: "10 Mar 2026", "14:30", "Asia/Riyadh, GMT+3". */
export function localWhenParts(language: string, instant: string, zone: string): { date: string; time: string; zone: string } | null {
  if (!instant || !zone) return null;
  return {
    date: formatCalendarDate(language, dateInZone(instant, zone)),
    time: formatTime(language, instant, zone),
    zone: `${zone}, ${zoneLabel(language, instant, zone)}`,
  };
}

/** "10 Mar 2026 14:30 (Asia/Riyadh, GMT+3)". */
export function localWhen(language: string, instant: string, zone: string): string {
  const parts = localWhenParts(language, instant, zone);
  return parts ? `${parts.date} ${parts.time} (${parts.zone})` : '—';
}

export function memberName(language: string, member: Member): string {
  return nameIn(member.name, language);
}

/** The members an export can be narrowed to, each with how many events they attend. */
export function memberChoices(detail: TripDetail): { member: Member; count: number }[] {
  return detail.members.map((member) => ({ member, count: detail.events.filter((e) => e.memberIds.includes(member.id)).length }));
}
