// The briefing's fields in the order people read them, and whether two briefings differ (to save only changes).
import type { Briefing } from '../../../../shared/model';

export type BriefingKey = keyof Briefing;

export const briefingKeys: readonly BriefingKey[] = ['background', 'objectives', 'talkingPoints', 'previousInteractions'];

export function sameBriefing(a: Briefing, b: Briefing): boolean {
  return briefingKeys.every((key) => a[key].text === b[key].text && a[key].restricted === b[key].restricted);
}

/** The restricted fields of a briefing, e.g. for a notice before printing. */
export function restrictedFields(briefing: Briefing): BriefingKey[] {
  return briefingKeys.filter((key) => briefing[key].restricted && briefing[key].text.trim() !== '');
}
