// The number of overdue follow-ups beside "Follow-ups" in the navigation: always in view, hidden at 0. It reloads on
// every data change (ours or pushed) and when the local date turns over, since a new day makes more overdue. It is
// asked for only once the first screen is up (app/firstScreen.ts): counting reads every trip's follow-ups.
import { useTranslation } from 'react-i18next';
import { useCall } from '../../api/query';
import { useAfterFirstScreen } from '../../app/firstScreen';
import { formatCount } from './followUpFormat';
import { useToday } from './useToday';
import './followups.css';

export function OverdueBadge() {
  const { t, i18n } = useTranslation();
  const date = useToday();
  const afterFirstScreen = useAfterFirstScreen();
  const { data } = useCall('followups.overdueCount', { today: date }, { enabled: afterFirstScreen });
  const count = data?.count ?? 0;
  // A failure shows nothing rather than a wrong number; the follow-ups page itself says what went wrong.
  if (count <= 0) return null;
  const text = t('followups.badge.count', { count });
  return (
    <span className="overdue-badge" title={text}>
      <span aria-hidden="true">{formatCount(i18n.language, count)}</span>
      <span className="visually-hidden"> {text}</span>
    </span>
  );
}
