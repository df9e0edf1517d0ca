// The clash rules form's check: whole numbers within the limits the contract accepts, or the fields that are not.
import type { Settings } from '../../../../shared/contract';

/** The clash rules this form edits (Settings also holds who uses the device). */
export type ClashRuleKey = 'transferMinutes' | 'interCityTransferMinutes' | 'tentativeWarningDays';
/** The logistics warnings' thresholds, edited in the same form. */
export type LogisticsRuleKey = 'travelWindowDays' | 'pickUpMarginMinutes' | 'rideMinutes';
export type RuleKey = ClashRuleKey | LogisticsRuleKey;
export type RuleSettings = Partial<Pick<Settings, RuleKey>>;

/** The form's values as typed; a rule left out is not checked nor saved. */
export type SettingsDraft = Record<ClashRuleKey, string> & Partial<Record<LogisticsRuleKey, string>>;
/** The contract's upper limits (shared/contract.ts Settings). */
export const limits: Record<RuleKey, number> = {
  transferMinutes: 24 * 60,
  interCityTransferMinutes: 48 * 60,
  tentativeWarningDays: 365,
  travelWindowDays: 30,
  pickUpMarginMinutes: 24 * 60,
  rideMinutes: 24 * 60,
};

/** Whole numbers within the contract's limits, or the fields that are not. */
export function parseSettingsDraft(draft: SettingsDraft): { settings?: RuleSettings; invalid: RuleKey[] } {
  const invalid: RuleKey[] = [];
  const settings: RuleSettings = {};
  for (const key of Object.keys(limits) as RuleKey[]) {
    const typed = draft[key];
    if (typed === undefined) continue;
    const text = typed.trim();
    const value = Number(text);
    if (!/^\d+$/.test(text) || value > limits[key]) invalid.push(key);
    else settings[key] = value;
  }
  return invalid.length > 0 ? { invalid } : { settings, invalid };
}
