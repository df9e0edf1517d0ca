// Pure helpers of the Sync page: report lines per device and person, review values in words, the settings draft
// and the backend's field errors. Kept free of React so they are tested on their own.
import type { SyncDevice, SyncHeldReason, SyncReport, SyncStatus, SyncWaitReason } from '../../../../shared/contract';
import { localeFor } from '../../i18n/format';
import { isChinese } from '../../i18n/languages';
import { placeIssues, type FieldMap } from '../../components/forms/issuePaths';

/** A moment (ISO instant) as people read it in their language, in this computer's zone: "22 Nov 2026, 09:41". */
export function formatInstant(language: string, instant: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  return new Intl.DateTimeFormat(localeFor(language), { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date);
}

/** A device people can recognise: "Alice Chan's laptop", or a short device id when no one is known to use it. */
export interface DeviceLabel {
  kind: 'person' | 'device';
  name: string;
}
export function deviceLabel(deviceId: string, memberName?: string): DeviceLabel {
  if (memberName?.trim()) return { kind: 'person', name: memberName.trim() };
  return { kind: 'device', name: deviceId.length > 10 ? `${deviceId.slice(0, 8)}…` : deviceId };
}

export interface ReportLine {
  deviceId: string;
  label: DeviceLabel;
  changes: number;
}

/** What came in, one line per device (devices that sent nothing are left out), most changes first. */
export function reportLines(report: SyncReport): ReportLine[] {
  const byDevice = new Map<string, ReportLine>();
  for (const r of report.received) {
    const line = byDevice.get(r.deviceId);
    // One device may appear twice (folder and server): count it once, keeping the name whichever says it.
    if (line) {
      line.changes += r.changes;
      if (line.label.kind === 'device' && r.memberName) line.label = deviceLabel(r.deviceId, r.memberName);
    } else byDevice.set(r.deviceId, { deviceId: r.deviceId, label: deviceLabel(r.deviceId, r.memberName), changes: r.changes });
  }
  return [...byDevice.values()].filter((l) => l.changes > 0).sort((a, b) => b.changes - a.changes || a.label.name.localeCompare(b.label.name));
}

/** Something that keeps a device's changes from showing here, with what to do about it (the page words it). */
export type AttentionLine =
  | { kind: 'waiting'; deviceId: string; label: DeviceLabel; seq: number; reason: SyncWaitReason; since: string }
  | { kind: 'held'; deviceId: string; label: DeviceLabel; reason: SyncHeldReason; records: number };

/** Stopped streams first (the longest waiting first), then held-back records (most first). */
export function attentionLines(devices: readonly SyncDevice[]): AttentionLine[] {
  const waiting: AttentionLine[] = [];
  const held: AttentionLine[] = [];
  for (const d of devices) {
    const label = deviceLabel(d.deviceId, d.memberName);
    if (d.waiting) waiting.push({ kind: 'waiting', deviceId: d.deviceId, label, ...d.waiting });
    for (const h of d.heldBack ?? []) if (h.records > 0) held.push({ kind: 'held', deviceId: d.deviceId, label, ...h });
  }
  const since = (l: AttentionLine) => (l.kind === 'waiting' ? l.since : '');
  const records = (l: AttentionLine) => (l.kind === 'held' ? l.records : 0);
  return [...waiting.sort((a, b) => since(a).localeCompare(since(b))), ...held.sort((a, b) => records(b) - records(a))];
}

/** How a stored value reads in the review list: text as is, lists joined, empty said in words, objects flattened. */
export type ValueText = { kind: 'empty' } | { kind: 'yes' } | { kind: 'no' } | { kind: 'text'; text: string };
export function reviewValue(value: unknown, language: string): ValueText {
  if (value === null || value === undefined || value === '') return { kind: 'empty' };
  if (typeof value === 'boolean') return { kind: value ? 'yes' : 'no' };
  if (typeof value === 'number') return { kind: 'text', text: new Intl.NumberFormat(localeFor(language)).format(value) };
  if (typeof value === 'string') return { kind: 'text', text: value };
  if (Array.isArray(value)) {
    if (value.length === 0) return { kind: 'empty' };
    return { kind: 'text', text: value.map((v) => textOf(reviewValue(v, language))).join(', ') };
  }
  if (typeof value === 'object') {
    // Bilingual names ({ en, zhHant, zhHans }) show the one for the language first, then the other.
    const o = value as Record<string, unknown>;
    if (typeof o.en === 'string' || typeof o.zhHant === 'string') {
      const chinese = language === 'zh-Hans' && typeof o.zhHans === 'string' && o.zhHans.trim() ? o.zhHans : o.zhHant;
      const first = isChinese(language) ? chinese : o.en;
      const second = isChinese(language) ? o.en : o.zhHant;
      const parts = [first, second].filter((p): p is string => typeof p === 'string' && p.trim() !== '');
      return parts.length ? { kind: 'text', text: parts.join(' / ') } : { kind: 'empty' };
    }
    const entries = Object.entries(o).filter(([, v]) => v !== undefined && v !== null && v !== '');
    if (!entries.length) return { kind: 'empty' };
    return { kind: 'text', text: entries.map(([k, v]) => `${k}: ${textOf(reviewValue(v, language))}`).join('; ') };
  }
  return { kind: 'text', text: String(value) };
}
function textOf(v: ValueText): string {
  return v.kind === 'text' ? v.text : v.kind === 'empty' ? '—' : v.kind;
}

/** A field's name in words: "startDate" → "start date", "name.zhHant" → "name (zhHant)". */
export function fieldWords(field: string): string {
  const [head = field, ...rest] = field.split('.');
  const words = head.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return rest.length ? `${words} (${rest.join('.')})` : words;
}

export interface SettingsDraft {
  folder: string;
  useServer: boolean;
  url: string;
  database: string;
  username: string;
  /** A new password typed in; empty keeps what is saved (unless `removePassword`). */
  password: string;
  removePassword: boolean;
  /** A new passphrase typed in; empty keeps what is saved (unless `removePassphrase`). */
  passphrase: string;
  removePassphrase: boolean;
}

export function draftFrom(status: SyncStatus | undefined): SettingsDraft {
  return {
    folder: status?.folder ?? '',
    useServer: Boolean(status?.server),
    url: status?.server?.url ?? '',
    database: status?.server?.database ?? '',
    username: status?.server?.username ?? '',
    password: '',
    removePassword: false,
    passphrase: '',
    removePassphrase: false,
  };
}

export type ConfigureInput = {
  folder?: string | null;
  server?: { url: string; database: string; username?: string } | null;
  password?: string | null;
  passphrase?: string | null;
};

/** The sync.configure input for a draft: an empty folder removes it; secrets are sent only when changed. */
export function configureInput(draft: SettingsDraft): ConfigureInput {
  const input: ConfigureInput = { folder: draft.folder.trim() ? draft.folder.trim() : null };
  if (draft.useServer) {
    const username = draft.username.trim();
    input.server = { url: draft.url.trim(), database: draft.database.trim(), ...(username ? { username } : {}) };
    if (draft.password) input.password = draft.password;
    else if (draft.removePassword) input.password = null;
  } else {
    input.server = null;
    input.password = null;
  }
  if (draft.passphrase) input.passphrase = draft.passphrase;
  else if (draft.removePassphrase) input.passphrase = null;
  return input;
}

export type SyncField = 'folder' | 'url' | 'database' | 'username' | 'password' | 'passphrase';
export type SyncFieldErrors = Partial<Record<SyncField | 'form', string>>;

/** Where the backend's issue paths (`server.url`, `passphrase`) show in the settings form. */
export const syncFieldMap: FieldMap = {
  fields: ['folder', 'password', 'passphrase'],
  rename: { 'server.url': 'url', 'server.database': 'database', 'server.username': 'username' },
};

/** The backend's invalid-input issues as errors beside the fields, through the one shared mapping. */
export function syncIssueErrors(details: unknown): SyncFieldErrors {
  const { fields, form } = placeIssues(details, syncFieldMap);
  return { ...fields, ...(form.length > 0 ? { form: form.join(' ') } : {}) };
}

/** Checks made before anything is sent, so people see every problem at once; keys name i18n strings. */
export function checkDraft(draft: SettingsDraft): Partial<Record<SyncField, 'urlRequired' | 'urlInvalid' | 'databaseRequired' | 'databaseInvalid' | 'passphraseShort'>> {
  const errors: ReturnType<typeof checkDraft> = {};
  if (draft.useServer) {
    const url = draft.url.trim();
    if (!url) errors.url = 'urlRequired';
    else if (!/^https?:\/\/[^\s/]+/i.test(url)) errors.url = 'urlInvalid';
    const database = draft.database.trim();
    if (!database) errors.database = 'databaseRequired';
    else if (!/^[a-z][a-z0-9_$()+/-]*$/.test(database)) errors.database = 'databaseInvalid';
  }
  if (draft.passphrase && draft.passphrase.length < 8) errors.passphrase = 'passphraseShort';
  return errors;
}
