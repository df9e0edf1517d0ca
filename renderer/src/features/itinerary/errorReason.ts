// A failure in one sentence for a toast: the app's words for the error code, then the service's detail.
import type { TFunction } from 'i18next';
import { describeError } from '../../components/ErrorMessage';

export function errorReason(t: TFunction, error: unknown): string {
  const { key, detail } = describeError(error);
  return `${t(`errors.${key}`)}${detail ? ` ${t('errors.detail', { message: detail })}` : ''}`;
}
