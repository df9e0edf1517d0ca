// The outcomes dashboard (#/dashboard): the figures such offices publish — companies landed, HK$ pledged, jobs,
// MoUs — overall, per trip, per year and by sector, and how many organisations stand at each pipeline stage.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCall } from '../../api/query';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageHeading } from '../../components/PageHeading';
import { useFormat } from '../../i18n/format';
import { StageTable, TotalsTable } from './DashboardTables';
import { formatHkdShort, hasOutcomes, orderDashboard } from './outcomesLogic';
import { TotalsCards } from './TotalsCards';
import './outcomes.css';

export function DashboardPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const loaded = useCall('outcomes.dashboard', {});
  const dashboard = useMemo(() => loaded.data && orderDashboard(loaded.data), [loaded.data]);
  const c = t('outcomes.dashboard.columns', { returnObjects: true });

  return (
    <div className="page dashboard">
      <div className="page__toolbar">
        <div>
          <PageHeading>{t('outcomes.dashboard.title')}</PageHeading>
          <p className="page__subtitle muted">{t('outcomes.dashboard.intro')}</p>
        </div>
      </div>
      {!dashboard ? (
        loaded.error ? (
          <>
            <p className="org-page__failed">{t('outcomes.dashboard.loadFailed')}</p>
            <ErrorMessage error={loaded.error} onRetry={() => void loaded.refetch()} />
          </>
        ) : (
          <p className="muted" role="status">
            {t('app.loading')}
          </p>
        )
      ) : (
        <>
          <section className="dashboard__overall" aria-labelledby="dashboard-overall">
            <h2 id="dashboard-overall">{t('outcomes.dashboard.overall')}</h2>
            {hasOutcomes(dashboard.overall) ? (
              <p className="dashboard__headline">
                {[
                  t('outcomes.dashboard.headline.companies', { count: dashboard.overall.companiesLanded }),
                  t('outcomes.dashboard.headline.investment', { amount: formatHkdShort(f.language, dashboard.overall.investmentHkd) }),
                  t('outcomes.dashboard.headline.jobs', { count: dashboard.overall.jobs }),
                  t('outcomes.dashboard.headline.mous', { count: dashboard.overall.mous }),
                ].join(' · ')}
              </p>
            ) : (
              <p className="muted">{t('outcomes.dashboard.empty')}</p>
            )}
            <TotalsCards totals={dashboard.overall} keys={['mous', 'investmentHkd', 'jobs', 'companiesLanded', 'followUps']} />
          </section>
          <TotalsTable
            caption={t('outcomes.dashboard.byTrip')}
            labelHeader={c.trip}
            extraHeader={c.start}
            rows={dashboard.byTrip.map((row) => ({ key: row.tripId, label: <a href={`#/trips/${row.tripId}`}>{row.title}</a>, extra: f.date(row.startDate), totals: row.totals }))}
          />
          <div className="dashboard__pair">
            <TotalsTable
              caption={t('outcomes.dashboard.byYear')}
              labelHeader={c.year}
              rows={dashboard.byYear.map((row) => ({ key: row.year, label: row.year, totals: row.totals }))}
              bar={{ key: 'investmentHkd', header: t('outcomes.dashboard.investmentBar') }}
            />
            <StageTable caption={t('outcomes.dashboard.byStage')} rows={dashboard.byStage} />
          </div>
          <TotalsTable
            caption={t('outcomes.dashboard.bySector')}
            labelHeader={c.sector}
            rows={dashboard.bySector.map((row) => ({ key: row.sector || '—', label: row.sector || <span className="muted">{t('outcomes.dashboard.unspecified')}</span>, totals: row.totals }))}
            bar={{ key: 'investmentHkd', header: t('outcomes.dashboard.investmentBar') }}
          />
        </>
      )}
    </div>
  );
}
