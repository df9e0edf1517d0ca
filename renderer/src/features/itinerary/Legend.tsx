// What the colours and marks on the calendar mean: one swatch per kind of event, then tentative, cancelled, warning.
import { useTranslation } from 'react-i18next';
import { EventKind } from '../../../../shared/model';

export function Legend() {
  const { t } = useTranslation();
  return (
    <section className="itin-legend" aria-labelledby="itin-legend-heading">
      <h3 id="itin-legend-heading" className="itin-legend__title">
        {t('itinerary.legend.title')}
      </h3>
      <ul className="itin-legend__list">
        {EventKind.options.map((kind) => (
          <li key={kind}>
            <span className={`itin-legend__swatch itin-kind--${kind}`} aria-hidden="true" />
            {t(`kind.${kind}`)}
          </li>
        ))}
        <li>
          <span className="itin-legend__swatch itin-kind--meeting itin-legend__swatch--tentative" aria-hidden="true" />
          {t('itinerary.legend.tentative')}
        </li>
        <li>
          <span className="itin-legend__cancelled">{t('itinerary.legend.cancelled')}</span>
        </li>
        <li>
          <span className="itin-legend__clash" aria-hidden="true">⚠</span>
          {t('itinerary.legend.clash')}
        </li>
      </ul>
    </section>
  );
}
