// The trip's status as a small coloured label (colour is never the only cue: the word is always there).
import { useTranslation } from 'react-i18next';
import type { TripStatus } from '../../../shared/model';

export function StatusBadge({ status }: { status: TripStatus }) {
  const { t } = useTranslation();
  return <span className={`badge badge--${status}`}>{t(`status.${status}`)}</span>;
}
