// The search dialog: a combobox whose list holds every hit, grouped by type; the arrow keys move through all of them
// across the groups, Enter opens the active one, Escape closes (the Dialog handles it).
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../../shared/contract';
import { Dialog } from '../../components/Dialog';
import { localeFor } from '../../i18n/format';
import { describeError } from '../../components/ErrorMessage';
import { HitOption } from './HitOption';
import { flatHits, hitHref, moveActive, orderGroups } from './searchLogic';
import { useSearch } from './useSearch';

interface PaletteDialogProps {
  query: string;
  onQuery: (query: string) => void;
  onClose: () => void;
}

export function PaletteDialog({ query, onQuery, onClose }: PaletteDialogProps) {
  const { t, i18n } = useTranslation();
  const ids = useId();
  const input = useRef<HTMLInputElement>(null);
  const { results, pending, error } = useSearch(query);
  const groups = orderGroups(results);
  const hits = flatHits(groups);
  // The active hit belongs to one set of results: new results start again at the top.
  const [pointed, setPointed] = useState({ text: '', index: 0 });
  const active = hits.length === 0 ? -1 : pointed.text === results?.text ? Math.min(pointed.index, hits.length - 1) : 0;
  const optionId = (index: number): string => `${ids}-hit-${index}`;
  const shownQuery = results?.text ?? query;
  const count = (n: number): string => new Intl.NumberFormat(localeFor(i18n.language)).format(n);

  useEffect(() => {
    // What was typed last time is kept; selecting it lets the user type over it at once.
    input.current?.select();
  }, []);

  useEffect(() => {
    if (active >= 0) document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
    // optionId only depends on ids, which never changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active]);

  const open = (hit: SearchHit | undefined): void => {
    if (!hit) return;
    onClose();
    window.location.assign(hitHref(hit));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    const step = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    if (step) {
      event.preventDefault();
      setPointed({ text: results?.text ?? '', index: moveActive(active, step, hits.length) });
    } else if (event.key === 'Enter') {
      event.preventDefault();
      open(hits[active]);
    }
  };

  const trimmed = query.trim();
  const status = !trimmed
    ? t('search.empty')
    : error
      ? t('search.failed', { reason: t(`errors.${describeError(error).key}`) })
      : results && hits.length === 0 && !pending
        ? t('search.noResults', { text: trimmed })
        : results && hits.length > 0
          ? t('search.count', { count: hits.length })
          : '';

  return (
    <Dialog title={t('search.title')} onClose={onClose} size="large">
      <div className="search-palette">
        <label htmlFor={`${ids}-input`} className="visually-hidden">
          {t('search.label')}
        </label>
        <input
          ref={input}
          id={`${ids}-input`}
          className="search-palette__input"
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={hits.length > 0}
          aria-controls={`${ids}-list`}
          aria-activedescendant={active >= 0 ? optionId(active) : undefined}
          aria-describedby={`${ids}-status`}
          autoComplete="off"
          spellCheck={false}
          placeholder={t('search.placeholder')}
          value={query}
          onChange={(event) => onQuery(event.target.value)}
          onKeyDown={onKeyDown}
          data-autofocus
        />
        <p id={`${ids}-status`} className={`search-palette__status${error ? ' search-palette__status--error' : ''}`} role="status" aria-live="polite">
          {status}
          {pending && <span className="search-palette__pending"> {t('search.searching')}</span>}
        </p>
        {results?.indexing && (
          <p className="search-palette__indexing" role="note">
            {t('search.indexing', { done: count(results.indexing.done), total: count(results.indexing.total) })}
          </p>
        )}
        <div id={`${ids}-list`} role="listbox" aria-label={t('search.results')} className="search-palette__list">
          {groups.map((group) => (
            <div key={group.kind} role="group" aria-labelledby={`${ids}-group-${group.kind}`} className="search-group">
              <div id={`${ids}-group-${group.kind}`} role="presentation" className="search-group__heading">
                {t(`search.groups.${group.kind}`)}
              </div>
              {group.hits.map((hit, i) => (
                <HitOption
                  key={`${hit.kind}-${hit.id}`}
                  id={optionId(group.offset + i)}
                  hit={hit}
                  query={shownQuery}
                  active={group.offset + i === active}
                  onPoint={() => setPointed({ text: results?.text ?? '', index: group.offset + i })}
                  onOpen={() => open(hit)}
                />
              ))}
            </div>
          ))}
        </div>
        <p className="search-palette__keys muted" aria-hidden="true">
          {t('search.keys')}
        </p>
      </div>
    </Dialog>
  );
}
