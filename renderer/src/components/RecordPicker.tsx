// A type-ahead multi-select over directory records (ARIA combobox with a listbox): chosen records show as removable
// chips, and "Create “…”" as the last option adds a new record on the fly and chooses it.
import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from './ErrorMessage';
import { canCreate, displayName, matchRecords, type PickerRecord } from './recordPicker';
import './recordPicker.css';
import { isChinese } from '../i18n/languages';

interface RecordPickerProps {
  label: string;
  records: PickerRecord[];
  selectedIds: string[];
  onChange: (ids: string[]) => void;
  /** Creates a record named after the typed text; the picker chooses it once it exists. */
  onCreate?: (text: string) => Promise<PickerRecord>;
  hint?: string;
  error?: string;
  placeholder?: string;
}

type Option = { kind: 'record'; record: PickerRecord } | { kind: 'create'; text: string };

export function RecordPicker({ label, records, selectedIds, onChange, onCreate, hint, error, placeholder }: RecordPickerProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [creating, setCreating] = useState(false);
  const [createError, setCreateError] = useState<string | null>(null);
  // Records created here, shown as chips until the directory list reloads with them.
  const [created, setCreated] = useState<PickerRecord[]>([]);

  const all = [...records, ...created.filter((c) => !records.some((r) => r.id === c.id))];
  const chosen = selectedIds.map((sid) => all.find((r) => r.id === sid) ?? { id: sid, name: { en: t('events.picker.unknown') } });
  const options: Option[] = [
    ...matchRecords(all, query, selectedIds).map((record) => ({ kind: 'record' as const, record })),
    ...(onCreate && canCreate(all, query) ? [{ kind: 'create' as const, text: query.trim() }] : []),
  ];
  const expanded = open && options.length > 0;
  const activeIndex = Math.min(active, options.length - 1);
  const listId = `${id}-list`;
  // Looked up by id rather than held in a ref: it is only needed in event handlers, after a click elsewhere.
  const focusInput = (): void => document.getElementById(id)?.focus();
  const optionId = (i: number): string => `${id}-option-${i}`;
  const describedBy = [hint && !error ? `${id}-hint` : null, error || createError ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;

  const choose = async (option: Option): Promise<void> => {
    if (option.kind === 'record') {
      onChange([...selectedIds, option.record.id]);
      setQuery('');
      setActive(0);
      setOpen(false);
      focusInput();
      return;
    }
    if (!onCreate || creating) return;
    setCreating(true);
    setCreateError(null);
    try {
      const record = await onCreate(option.text);
      setCreated((list) => [...list, record]);
      onChange([...selectedIds, record.id]);
      setQuery('');
      setActive(0);
      setOpen(false);
    } catch (failure) {
      // The typed text stays in the box, so trying again is one keypress.
      const { key, detail } = describeError(failure);
      setCreateError(t('events.picker.createFailed', { text: option.text, reason: detail ?? t(`errors.${key}`) }));
    } finally {
      setCreating(false);
      focusInput();
    }
  };

  const remove = (recordId: string): void => {
    onChange(selectedIds.filter((x) => x !== recordId));
    focusInput();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!expanded) {
        setOpen(true);
        setActive(event.key === 'ArrowDown' ? 0 : options.length - 1);
        return;
      }
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((activeIndex + step + options.length) % options.length);
    } else if (event.key === 'Enter' && expanded) {
      // Choose the option; the surrounding form is not submitted.
      event.preventDefault();
      const option = options[activeIndex];
      if (option) void choose(option);
    } else if (event.key === 'Escape' && expanded) {
      // Close the list only; a second Escape reaches the dialog.
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
    } else if (event.key === 'Backspace' && query === '' && selectedIds.length > 0) {
      remove(selectedIds[selectedIds.length - 1]!);
    }
  };

  return (
    <div className={`field record-picker ${error ? 'field--invalid' : ''}`}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <div className="record-picker__anchor">
        <div className="record-picker__box" onClick={() => focusInput()}>
          {chosen.length > 0 && (
            <ul className="record-picker__chips" aria-label={t('events.picker.chosen', { label })}>
              {chosen.map((record) => {
                const name = displayName(record, i18n.language);
                return (
                  <li key={record.id} className="chip">
                    <span className="chip__name">{name}</span>
                    <button type="button" className="chip__remove" aria-label={t('events.picker.remove', { name })} onClick={() => remove(record.id)}>
                      <span aria-hidden="true">×</span>
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
          <input
            id={id}
            type="text"
            role="combobox"
            aria-expanded={expanded}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={expanded ? optionId(activeIndex) : undefined}
            aria-describedby={describedBy}
            aria-invalid={error ? true : undefined}
            aria-busy={creating || undefined}
            autoComplete="off"
            placeholder={placeholder}
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              setOpen(true);
              setActive(0);
              setCreateError(null);
            }}
            onClick={() => setOpen(true)}
            onBlur={() => setOpen(false)}
            onKeyDown={onKeyDown}
          />
        </div>
        <ul id={listId} role="listbox" aria-label={label} className="record-picker__list" hidden={!expanded}>
          {expanded &&
            options.map((option, i) => (
              <li
                key={option.kind === 'record' ? option.record.id : 'create'}
                id={optionId(i)}
                role="option"
                aria-selected={i === activeIndex}
                className={`record-picker__option ${i === activeIndex ? 'is-active' : ''} ${option.kind === 'create' ? 'record-picker__option--create' : ''}`}
                // Keep focus in the input while clicking an option.
                onMouseDown={(e) => e.preventDefault()}
                onMouseEnter={() => setActive(i)}
                onClick={() => void choose(option)}
              >
                {option.kind === 'record' ? (
                  <OptionText record={option.record} language={i18n.language} />
                ) : (
                  <span>{creating ? t('events.picker.creating', { text: option.text }) : t('events.picker.create', { text: option.text })}</span>
                )}
              </li>
            ))}
        </ul>
      </div>
      {hint && !error && !createError && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      {(error || createError) && (
        <p id={`${id}-error`} className="field__error" role={createError ? 'alert' : undefined}>
          <span aria-hidden="true">⚠ </span>
          {createError ?? error}
        </p>
      )}
    </div>
  );
}

function OptionText({ record, language }: { record: PickerRecord; language: string }) {
  const primary = displayName(record, language);
  const other = isChinese(language) ? (primary !== record.name.en ? record.name.en : '') : record.name.zhHant || record.name.zhHans || '';
  return (
    <span className="record-picker__option-text">
      <span className="record-picker__option-name">
        {primary}
        {other && <span className="record-picker__option-alt"> {other}</span>}
      </span>
      {record.detail && <span className="record-picker__option-detail">{record.detail}</span>}
    </span>
  );
}
