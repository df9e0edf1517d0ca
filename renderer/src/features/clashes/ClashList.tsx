// The trip's clash warnings in time order, each linking to its events, the logistics warnings under them, with the
// rules that decide them beside.
import { useTranslation } from 'react-i18next';
import type { TripDetail } from '../../../../shared/contract';
import type { Clash } from '../../../../shared/domain/clashes';
import { ClashSettingsForm } from './ClashSettingsForm';
import { clashMessage, sortClashes, whenLabel, type ClashContext } from './clashMessage';
import { LogisticsWarnings } from './LogisticsWarnings';
import { useClashes } from './useClashes';
import './clashes.css';

export function clashContext(detail: TripDetail, language: string): ClashContext {
  return { events: detail.events, members: detail.members, contacts: detail.contacts, trip: detail.trip, language };
}

export function ClashList({ detail, onOpenEvent }: { detail: TripDetail; onOpenEvent: (eventId: string) => void }) {
  const { t, i18n } = useTranslation();
  const { clashes, logistics } = useClashes(detail);
  const ctx = clashContext(detail, i18n.language);
  const sorted = sortClashes(clashes, ctx);
  return (
    <div className="clashes">
      <section className="clashes__main" aria-labelledby="clashes-heading">
        <div className="section-head">
          <h2 id="clashes-heading">
            {t('events.clash.title')} <span className="count">{clashes.length}</span>
          </h2>
          <p className="muted">{t('events.clash.timesIn')}</p>
        </div>
        {sorted.length === 0 ? (
          <div className="clashes__empty">
            <p className="clashes__empty-title">
              <span aria-hidden="true">✓ </span>
              {t('events.clash.none')}
            </p>
            <p className="muted">{t('events.clash.noneBody')}</p>
          </div>
        ) : (
          <ul className="clash-list">
            {sorted.map((clash, i) => (
              <ClashItem key={`${clash.kind}-${clash.eventIds.join('-')}-${i}`} clash={clash} ctx={ctx} onOpenEvent={onOpenEvent} />
            ))}
          </ul>
        )}
        <LogisticsWarnings detail={detail} warnings={logistics} onOpenEvent={onOpenEvent} />
      </section>
      <ClashSettingsForm />
    </div>
  );
}

function ClashItem({ clash, ctx, onOpenEvent }: { clash: Clash; ctx: ClashContext; onOpenEvent: (eventId: string) => void }) {
  const { t } = useTranslation();
  const first = ctx.events.find((e) => e.id === clash.eventIds[0]);
  return (
    <li className={`clash clash--${clash.severity}`}>
      <span className="clash__icon" aria-hidden="true">
        {clash.severity === 'warning' ? '⚠' : 'ℹ'}
      </span>
      <div className="clash__body">
        <p className="clash__kind">
          {t(`events.clash.kinds.${clash.kind}`)}
          {first && <span className="clash__when muted"> · {whenLabel(first.start, first.timeZone, ctx.language)}</span>}
        </p>
        <p className="clash__message">{clashMessage(clash, ctx, t)}</p>
        <div className="clash__actions">
          {clash.eventIds.map((id) => {
            const title = ctx.events.find((e) => e.id === id)?.title ?? '';
            return (
              <button key={id} type="button" className="button button--small" aria-label={t('events.clash.openNamed', { title })} onClick={() => onOpenEvent(id)}>
                {clash.eventIds.length > 1 ? t('events.clash.openTitled', { title }) : t('events.clash.open')}
              </button>
            );
          })}
        </div>
      </div>
    </li>
  );
}

/** The warnings about one event, inside its editor. */
export function EventClashes({ clashes, detail }: { clashes: Clash[]; detail: TripDetail }) {
  const { t, i18n } = useTranslation();
  if (clashes.length === 0) return null;
  const ctx = clashContext(detail, i18n.language);
  return (
    <section className="event-clashes" aria-labelledby="event-clashes-heading">
      <h3 id="event-clashes-heading">{t('events.clash.forEvent', { count: clashes.length })}</h3>
      <ul>
        {clashes.map((clash, i) => (
          <li key={`${clash.kind}-${i}`} className={`clash clash--${clash.severity}`}>
            <span className="clash__icon" aria-hidden="true">
              {clash.severity === 'warning' ? '⚠' : 'ℹ'}
            </span>
            <p className="clash__message">{clashMessage(clash, ctx, t)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
