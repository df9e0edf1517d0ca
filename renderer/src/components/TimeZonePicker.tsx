// The time-zone field: type a city (in English, 繁體 or 简体), a country, an IANA zone or an Outlook/Windows zone
// name and pick from the list, each with its UTC offset on the trip's dates. The form's value stays the IANA name
// (Asia/Shanghai); what was typed that is no zone stays too, so the form's own check can say so beside the field.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { ComboBox, Input, ListBox, ListBoxItem, Popover } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { cityLanguage } from '../../../shared/domain/cities';
import { cityOfZone, offsetMoment, optionLabel, resolveZone, searchZones, utcOffsetLabel, type ZoneOption } from '../../../shared/domain/zones';
import { fieldLabelId } from './Field';
import './dateTime.css';

export interface TimeZonePickerProps {
  value: string;
  onChange: (value: string) => void;
  /** A calendar date (YYYY-MM-DD) to show offsets for — the trip's or the event's; now without one. */
  at?: string;
  placeholder?: string;
  /** Set by Field. */
  id?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}

export function TimeZonePicker({ value, onChange, at, placeholder, id, ...aria }: TimeZonePickerProps) {
  const { t, i18n } = useTranslation();
  const language = cityLanguage(i18n.language);
  const [input, setInput] = useState(value);
  // The value this field last sent; anything else arriving (a known city filled the zone) replaces what is shown.
  const sent = useRef(value);
  const [container, setContainer] = useState<Element | undefined>();
  useEffect(() => {
    if (value !== sent.current) {
      sent.current = value;
      setInput(value);
    }
  }, [value]);

  const send = (next: string): void => {
    sent.current = next;
    onChange(next);
  };
  const moment = offsetMoment(at);
  // Showing the zone already chosen: offer every city, not just that zone's; otherwise filter by what is typed.
  const query = input === value && resolveZone(value) ? '' : input;
  const options = useMemo(() => searchZones(query), [query]);
  const zone = resolveZone(value);
  const city = zone ? cityOfZone(zone) : undefined;
  const summaryId = id ? `${id}-zone` : undefined;
  // Named by itself, not by the field's label, so the label names one control (the box) and not the list as well.
  const listId = useId();
  const describedBy = [aria['aria-describedby'], summaryId].filter(Boolean).join(' ') || undefined;

  return (
    // The list must open inside the modal <dialog> the form sits in: outside it, the top layer would hide it.
    <div className="zone-picker" ref={(el) => setContainer(el?.closest('dialog') ?? undefined)}>
      <ComboBox
        aria-labelledby={id ? fieldLabelId(id) : undefined}
        items={options}
        inputValue={input}
        onInputChange={(text) => {
          setInput(text);
          send(resolveZone(text) ?? text);
        }}
        onSelectionChange={(key) => {
          const option = options.find((o) => o.key === key);
          if (!option) return;
          setInput(option.zone);
          send(option.zone);
        }}
        allowsCustomValue
        // Opens as one types (or on ↓), not on focus: tabbing through a form must not open every zone list.
        menuTrigger="input"
        className="zone-picker__box"
      >
        <Input
          id={id}
          aria-invalid={aria['aria-invalid']}
          aria-describedby={describedBy}
          placeholder={placeholder ?? t('datetime.zone.placeholder')}
          spellCheck={false}
          onBlur={() => {
            // "China Standard Time" or "上海" typed and left: show the zone they stand for.
            const resolved = resolveZone(input);
            if (resolved && resolved !== input) {
              setInput(resolved);
              send(resolved);
            }
          }}
        />
        <Popover className="zone-picker__popover" UNSTABLE_portalContainer={container} placement="bottom start">
          <ListBox<ZoneOption> className="zone-picker__list" id={listId} aria-labelledby={listId} aria-label={t('datetime.zone.suggestions')}>
            {(option) => (
              <ListBoxItem id={option.key} textValue={option.zone} className="zone-picker__option">
                <span className="zone-picker__name">{optionLabel(option, language)}</span>
                {option.city && <span className="zone-picker__iana">{option.zone}</span>}
                <span className="zone-picker__offset">{utcOffsetLabel(option.zone, moment)}</span>
              </ListBoxItem>
            )}
          </ListBox>
        </Popover>
      </ComboBox>
      <p id={summaryId} className="zone-picker__summary" aria-live="polite">
        {zone
          ? `${city ? `${city.name[language]} · ` : ''}${utcOffsetLabel(zone, moment)}`
          : input.trim() && options.length === 0
            ? t('datetime.zone.noMatch', { text: input.trim() })
            : ''}
      </p>
    </div>
  );
}
