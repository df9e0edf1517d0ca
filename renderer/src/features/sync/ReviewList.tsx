// The review list: concurrent overwrites of one field, the two values side by side with who and when,
// and "Keep this" / "Keep that" (sync.resolve).
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncReviewItem } from '../../../../shared/contract';
import { useClient } from '../../api';
import { ErrorMessage } from '../../components/ErrorMessage';
import { deviceLabel, fieldWords, formatInstant, reviewValue, type ValueText } from './syncLogic';

export function ReviewList({ items, onResolved }: { items: SyncReviewItem[]; onResolved: () => void }) {
  const { t } = useTranslation();
  return (
    <section className="sync-card" aria-labelledby="sync-review">
      <h2 id="sync-review">
        {t('sync.review')} {items.length > 0 && <span className="sync-count">{items.length}</span>}
      </h2>
      {items.length === 0 ? (
        <p className="sync-muted">{t('sync.reviewNone')}</p>
      ) : (
        <>
          <p className="sync-card__intro">{t('sync.reviewIntro')}</p>
          <ul className="sync-review">
            {items.map((item) => (
              <ReviewItem key={item.id} item={item} onResolved={onResolved} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function ReviewItem({ item, onResolved }: { item: SyncReviewItem; onResolved: () => void }) {
  const { t, i18n } = useTranslation();
  const client = useClient();
  const baseId = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const words = (v: ValueText): string => (v.kind === 'text' ? v.text : t(`sync.${v.kind === 'empty' ? 'empty' : v.kind}`));
  // Known fields in the reader's language; any other spelled out in words rather than left as code.
  const field = t(`sync.fields.${item.field}`, { defaultValue: fieldWords(item.field) });

  const choose = async (keep: 'kept' | 'other'): Promise<void> => {
    setBusy(true);
    setError(undefined);
    try {
      await client.call('sync.resolve', { id: item.id, keep });
      onResolved();
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };

  const side = (which: 'kept' | 'other') => {
    const v = item[which];
    const label = deviceLabel(v.deviceId, v.memberName);
    const who = label.kind === 'person' ? label.name : t('sync.unknownPerson', { name: label.name });
    const value = words(reviewValue(v.value, i18n.language));
    return (
      <div className={`sync-side sync-side--${which}`} role="group" aria-labelledby={`${baseId}-${which}`}>
        <p className="sync-side__title" id={`${baseId}-${which}`}>
          {t(which === 'kept' ? 'sync.reviewKept' : 'sync.reviewOther')}
        </p>
        <p className="sync-side__value">{value}</p>
        <p className="sync-muted">{t('sync.reviewBy', { who, when: formatInstant(i18n.language, v.at) })}</p>
        <button
          type="button"
          className={`button button--small ${which === 'other' ? 'button--primary' : ''}`}
          disabled={busy}
          aria-label={t(which === 'kept' ? 'sync.keepThisLabel' : 'sync.keepThatLabel', { value, field, title: item.recordTitle })}
          onClick={() => void choose(which)}
        >
          {t(which === 'kept' ? 'sync.keepThis' : 'sync.keepThat')}
        </button>
      </div>
    );
  };

  return (
    <li className="sync-review__item" aria-label={`${item.recordTitle} — ${field}`}>
      <h3 className="sync-review__title">{item.recordTitle}</h3>
      <p className="sync-muted">{t('sync.reviewField', { field })}</p>
      <div className="sync-sides">
        {side('kept')}
        {side('other')}
      </div>
      {error !== undefined && (
        <div role="alert">
          <p className="sync-failed">{t('sync.resolveFailed')}</p>
          <ErrorMessage error={error} />
        </div>
      )}
    </li>
  );
}
