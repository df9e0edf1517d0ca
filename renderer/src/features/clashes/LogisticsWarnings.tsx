// The trip's logistics warnings (travel in and out, rooms, cars, pick-ups) listed under the clashes, each naming its
// date and opening the events it concerns.
import { useTranslation } from 'react-i18next';
import type { TripDetail } from '../../../../shared/contract';
import type { LogisticsWarning } from '../../../../shared/domain/logistics/warnings';
import { formatCalendarDate } from '../../i18n/format';
import { logisticsMessage, sortLogisticsWarnings, type LogisticsContext } from './logisticsMessage';

export function LogisticsWarnings({ detail, warnings, onOpenEvent }: { detail: TripDetail; warnings: LogisticsWarning[]; onOpenEvent: (eventId: string) => void }) {
  const { t, i18n } = useTranslation();
  const ctx: LogisticsContext = { ...detail, language: i18n.language };
  return (
    <section className="clashes__logistics" aria-labelledby="logistics-warnings-heading">
      <h2 id="logistics-warnings-heading">
        {t('logisticsWarnings.title')} <span className="count">{warnings.length}</span>
      </h2>
      {warnings.length === 0 ? (
        <p className="muted">{t('logisticsWarnings.none')}</p>
      ) : (
        <ul className="clash-list">
          {sortLogisticsWarnings(warnings).map((w, i) => (
            <li key={`${w.kind}-${w.date ?? ''}-${i}`} className="clash clash--warning">
              <span className="clash__icon" aria-hidden="true">
                ⚠
              </span>
              <div className="clash__body">
                <p className="clash__kind">
                  {t(`logisticsWarnings.kinds.${w.kind}`)}
                  {w.date && <span className="clash__when muted"> · {formatCalendarDate(i18n.language, w.date)}</span>}
                </p>
                <p className="clash__message">{logisticsMessage(w, ctx, t)}</p>
                {w.eventIds.length > 0 && (
                  <div className="clash__actions">
                    {w.eventIds.map((id) => {
                      const title = detail.events.find((e) => e.id === id)?.title ?? '';
                      return (
                        <button key={id} type="button" className="button button--small" aria-label={t('events.clash.openNamed', { title })} onClick={() => onOpenEvent(id)}>
                          {t('events.clash.openTitled', { title })}
                        </button>
                      );
                    })}
                  </div>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
