// The clash rules form's check: whole numbers within the limits the contract accepts, or the fields that are not.
import type { Settings } from '../../../../shared/contract';

/** The numeric rules this form edits (Settings also holds who uses the device). */
export type RuleKey = 'transferMinutes' | 'interCityTransferMinutes' | 'tentativeWarningDays';
export type RuleSettings = Pick<Settings, RuleKey>;

/** The form's values as typed. */
export type SettingsDraft = Record<RuleKey, string>;
/** The contract's upper limits (shared/contract.ts Settings). */
export const limits: Record<RuleKey, number> = { transferMinutes: 24 * 60, interCityTransferMinutes: 48 * 60, tentativeWarningDays: 365 };

/** Whole numbers within the contract's limits, or the fields that are not. */
export function parseSettingsDraft(draft: SettingsDraft): { settings?: RuleSettings; invalid: RuleKey[] } {
  const invalid: RuleKey[] = [];
  const settings = {} as RuleSettings;
  for (const key of Object.keys(limits) as RuleKey[]) {
    const text = draft[key].trim();
    const value = Number(text);
    if (!/^\d+$/.test(text) || value > limits[key]) invalid.push(key);
    else settings[key] = value;
  }
  return invalid.length > 0 ? { invalid } : { settings, invalid };
}
