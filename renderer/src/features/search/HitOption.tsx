// One search result in the list: its title and the matching snippet with the matched words marked, and for events
// and follow-ups a small label (the kind of event, the follow-up's status).
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../../shared/contract';
import { Highlighted } from './Highlighted';

interface HitOptionProps {
  hit: SearchHit;
  id: string;
  query: string;
  active: boolean;
  onPoint: () => void;
  onOpen: () => void;
}

export function HitOption({ hit, id, query, active, onPoint, onOpen }: HitOptionProps) {
  const { t } = useTranslation();
  const label = hit.eventKind ? t(`kind.${hit.eventKind}`) : hit.status ? t(`search.status.${hit.status}`) : undefined;
  return (
    <div
      id={id}
      role="option"
      aria-selected={active}
      className={`search-hit${active ? ' search-hit--active' : ''}`}
      // Keep focus in the search box: the list is driven from there (aria-activedescendant).
      onMouseDown={(event) => event.preventDefault()}
      onMouseMove={active ? undefined : onPoint}
      onClick={onOpen}
    >
      <span className="search-hit__title">
        <span>
          <Highlighted text={hit.title} query={query} />
        </span>
        {label && <span className="search-hit__label">{label}</span>}
      </span>
      {hit.snippet && hit.snippet !== hit.title && (
        <span className="search-hit__snippet">
          <Highlighted text={hit.snippet} query={query} />
        </span>
      )}
    </div>
  );
}
