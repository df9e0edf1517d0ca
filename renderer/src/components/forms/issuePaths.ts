// The backend answers a bad input with zod-style issues, each with a path into the input it was sent
// (`patch.legs[1].city`, `['travel', 'from', 'code']`). This one mapping places them on a form's fields; an issue
// no field can show goes to the form-level message, so nothing the backend said is dropped.

export interface IssuePlacement {
  /** Form field path (as react-hook-form names it, e.g. `legs.1.city`) → message. */
  fields: Record<string, string>;
  /** Messages no field can show, in the order they came. */
  form: string[];
}

export interface FieldMap {
  /** The form's field paths; an index stands for any index (`legs.*.city`). */
  fields: readonly string[];
  /** Input paths the form shows under another name (`start` → `startTime`, `venue.en` → `venueEn`). */
  rename?: Readonly<Record<string, string>>;
}

interface RawIssue {
  path?: unknown;
  message?: unknown;
}

/** An issue path in whatever spelling the backend used, as dotted segments without the wrapper (`patch.`, `input.`). */
export function issuePath(path: unknown): string[] {
  const raw = Array.isArray(path) ? path.map(String).join('.') : String(path ?? '');
  const segments = raw
    .replace(/\[(\d+)\]/g, '.$1')
    .split(/[./]/)
    .filter(Boolean);
  return segments[0] === 'patch' || segments[0] === 'input' ? segments.slice(1) : segments;
}

const wildcard = (segments: string[]): string => segments.map((s) => (/^\d+$/.test(s) ? '*' : s)).join('.');

/** The form field an input path belongs to: the longest renamed or known prefix (`memberIds.2` → `memberIds`). */
export function fieldForPath(segments: string[], map: FieldMap): string | undefined {
  const known = new Set(map.fields);
  for (let end = segments.length; end > 0; end--) {
    const prefix = segments.slice(0, end);
    const renamed = map.rename?.[prefix.join('.')];
    if (renamed) return renamed;
    if (known.has(prefix.join('.')) || known.has(wildcard(prefix))) return prefix.join('.');
  }
  return undefined;
}

/** The backend's `invalid-input` details placed on the form; two issues on one field are shown together. */
export function placeIssues(details: unknown, map: FieldMap): IssuePlacement {
  const issues = (details as { issues?: RawIssue[] } | undefined)?.issues;
  const placement: IssuePlacement = { fields: {}, form: [] };
  if (!Array.isArray(issues)) return placement;
  for (const issue of issues) {
    const message = String(issue.message ?? '');
    if (!message) continue;
    const field = fieldForPath(issuePath(issue.path), map);
    if (field === undefined) placement.form.push(message);
    else placement.fields[field] = placement.fields[field] ? `${placement.fields[field]} ${message}` : message;
  }
  return placement;
}
