// A failed export or import in words: what did not happen (ours), then the service's reason (e.g. "The file is not a
// calendar file (iCalendar): … Nothing was imported.").
import { useTranslation } from 'react-i18next';
import { describeError } from '../../components/ErrorMessage';

export function IcsError({ message, cause }: { message: string; cause?: unknown }) {
  const { t } = useTranslation();
  const described = cause === undefined ? undefined : describeError(cause);
  const detail = described?.key === 'unreachable' ? t('errors.unreachable') : described?.detail;
  return (
    <div className="callout callout--error ics-error" role="alert">
      <p className="callout__title">{message}</p>
      {detail && <p className="callout__detail">{detail}</p>}
    </div>
  );
}
