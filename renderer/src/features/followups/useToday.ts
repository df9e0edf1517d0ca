// The user's local calendar date, kept current: what is overdue changes at midnight even if nothing else does,
// so the date is checked every minute and whenever the window comes back into view (a laptop waking up).
import { useEffect, useState } from 'react';
import { today } from '../../i18n/format';

const checkEveryMs = 60_000;

export function useToday(): string {
  const [date, setDate] = useState(today);
  useEffect(() => {
    const check = (): void => setDate(today());
    const timer = window.setInterval(check, checkEveryMs);
    document.addEventListener('visibilitychange', check);
    window.addEventListener('focus', check);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', check);
      window.removeEventListener('focus', check);
    };
  }, []);
  return date;
}
