// A failure from the planner service in words for people: its kind, then the service's own message.
import { useTranslation } from 'react-i18next';
import { describeError } from '../../components/ErrorMessage';

export function useErrorReason(): (error: unknown) => string {
  const { t } = useTranslation();
  return (error) => {
    const { key, detail } = describeError(error);
    return detail ? `${t(`errors.${key}`)} ${t('errors.detail', { message: detail })}` : t(`errors.${key}`);
  };
}
