// Turns any failure into words people understand, with the service's own message as a detail.
import { useTranslation } from 'react-i18next';
// From client.ts, not contract.ts: the contract's schemas (zod) stay out of the first screen's script.
import { PlannerError } from '../../../shared/client';

export function describeError(error: unknown): { key: 'unreachable' | PlannerError['code']; detail?: string } {
  if (error instanceof PlannerError) {
    const unreachable = (error.details as { reason?: string } | undefined)?.reason === 'unreachable';
    return unreachable ? { key: 'unreachable' } : { key: error.code, detail: error.message };
  }
  return { key: 'internal', detail: error instanceof Error ? error.message : String(error) };
}

export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const { key, detail } = describeError(error);
  return (
    <div className="callout callout--error" role="alert">
      <p className="callout__title">{t(`errors.${key}`)}</p>
      {detail && <p className="callout__detail">{t('errors.detail', { message: detail })}</p>}
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}
