// A small mark on a note that sync merged from several laptops, naming the members where sync knows them.
import { useTranslation } from 'react-i18next';
import type { Note } from '../../../../shared/model';
import { useCall } from '../../api/query';
import { mergedFrom } from './notesLogic';

export function MergedBadge({ note }: { note: Pick<Note, 'mergedFrom'> }) {
  // Sync's device names are loaded only for merged notes; most notes were written on one laptop.
  return (note.mergedFrom?.length ?? 0) > 1 ? <Merged ids={note.mergedFrom ?? []} /> : null;
}

function Merged({ ids }: { ids: string[] }) {
  const { t } = useTranslation();
  const status = useCall('sync.status', {});
  // This laptop is among the writers too: named by the person chosen here ("This laptop is …").
  const self = status.data && { deviceId: status.data.deviceId, memberName: status.data.me?.memberName };
  const info = mergedFrom({ mergedFrom: ids }, status.data && self ? [...status.data.devices, self] : undefined);
  if (!info) return null;
  const text = t('notes.merged.badge', { n: info.count });
  // Without names (sync not loaded yet, or devices not yet known) the badge still shows the count.
  const full = info.names.length > 0 ? t('notes.merged.named', { n: info.count, names: info.names.join(', ') }) : text;
  return (
    <span className="badge badge--planned note-merged" title={full}>
      {text}
      {info.names.length > 0 && <span className="visually-hidden">{`: ${info.names.join(', ')}`}</span>}
    </span>
  );
}
