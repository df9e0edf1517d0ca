// The organisation page's header: its names in English, Traditional and Simplified Chinese, and its kind, sector,
// city and website, with a way back to the directory where these details are edited.
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../../../shared/model';
import { PageHeading } from '../../components/PageHeading';
import { websiteHref } from '../directory/directoryLogic';

export function OrgHeader({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const { name } = organisation;
  const website = websiteHref(organisation.website);
  const none = <span className="muted">{t('outcomes.org.none')}</span>;
  return (
    <header className="org-header">
      <a className="back-link" href="#/directory/organisations">
        <span aria-hidden="true">← </span>
        {t('outcomes.org.back')}
      </a>
      <div className="page__toolbar">
        <div>
          <PageHeading>{name.en}</PageHeading>
          {(name.zhHant || name.zhHans) && (
            <p className="org-header__zh">
              {name.zhHant && (
                <span lang="zh-Hant" title={t('outcomes.org.traditional')}>
                  {name.zhHant}
                </span>
              )}
              {name.zhHans && name.zhHans !== name.zhHant && (
                <span lang="zh-Hans" title={t('outcomes.org.simplified')}>
                  {name.zhHans}
                </span>
              )}
            </p>
          )}
        </div>
        <a className="button" href={`#/directory/organisations/${organisation.id}`}>
          {t('outcomes.org.directoryRecord')}
        </a>
      </div>
      <dl className="org-header__facts">
        <div>
          <dt>{t('outcomes.org.kind')}</dt>
          <dd>{t(`directory.kinds.${organisation.kind}`)}</dd>
        </div>
        <div>
          <dt>{t('outcomes.org.sector')}</dt>
          <dd>{organisation.sector || none}</dd>
        </div>
        <div>
          <dt>{t('outcomes.org.city')}</dt>
          <dd>{organisation.city || none}</dd>
        </div>
        <div>
          <dt>{t('outcomes.org.website')}</dt>
          <dd>
            {website ? (
              <a href={website} target="_blank" rel="noreferrer noopener">
                {organisation.website}
              </a>
            ) : (
              organisation.website || none
            )}
          </dd>
        </div>
      </dl>
    </header>
  );
}
