// The one date field and the one time field of every form, on React Aria: typed segment by segment from the
// keyboard, written the app's way whatever the system's locale (14/05/2025 in English, 2025/05/14 in Chinese, always
// 24-hour). Their values stay the strings the forms hold: ISO dates (YYYY-MM-DD) and times (HH:mm), '' when empty.
import { parseDate, parseTime, type CalendarDate, type Time } from '@internationalized/date';
import { DateField as AriaDateField, DateInput, DateSegment, I18nProvider, TimeField as AriaTimeField } from 'react-aria-components';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldLocale } from './dateTimeLocale';
import { fieldLabelId } from './Field';
import './dateTime.css';


interface FieldProps {
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  isDisabled?: boolean;
  /** Set by Field. */
  id?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
  /** A name of its own where no Field labels it. */
  'aria-label'?: string;
}

function safely<T>(parse: (text: string) => T, text: string): T | null {
  try {
    return text ? parse(text) : null;
  } catch {
    return null;
  }
}

function sharedProps({ id, 'aria-invalid': invalid, 'aria-describedby': describedBy, 'aria-label': label, onBlur, isDisabled }: FieldProps) {
  return {
    id,
    'aria-labelledby': label ? undefined : id ? fieldLabelId(id) : undefined,
    'aria-label': label,
    'aria-describedby': describedBy,
    isInvalid: invalid || undefined,
    isDisabled,
    onBlur,
    className: 'datetime-field',
  };
}

/** The segments, in a group that says what it holds (tests read `data-value` instead of parsing the segments) and
 *  whether it is wrong (the form moves focus to the first `aria-invalid` after a failed save). */
function Segments({ value, invalid }: { value: string; invalid?: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Focus sent to the group (the form's "first invalid field" after a failed save) goes on to its first segment.
    const group = ref.current;
    if (!group) return;
    group.tabIndex = -1;
    const onFocus = (event: FocusEvent): void => {
      if (event.target === group) group.querySelector<HTMLElement>('[role="spinbutton"]')?.focus();
    };
    group.addEventListener('focus', onFocus);
    return () => group.removeEventListener('focus', onFocus);
  }, []);
  return (
    <DateInput ref={ref} className="datetime-field__input" data-value={value} {...{ 'aria-invalid': invalid || undefined }}>
      {(segment) => <DateSegment segment={segment} className="datetime-field__segment" />}
    </DateInput>
  );
}

/** A calendar date, YYYY-MM-DD. */
export function DateField(props: FieldProps) {
  const { i18n } = useTranslation();
  return (
    <I18nProvider locale={fieldLocale(i18n.language)}>
      <AriaDateField<CalendarDate>
        {...sharedProps(props)}
        value={safely(parseDate, props.value)}
        onChange={(date) => props.onChange(date ? date.toString() : '')}
        shouldForceLeadingZeros
      >
        <Segments value={props.value} invalid={props['aria-invalid']} />
      </AriaDateField>
    </I18nProvider>
  );
}

/** A time of day, HH:mm, on a 24-hour clock. */
export function TimeField(props: FieldProps) {
  const { i18n } = useTranslation();
  return (
    <I18nProvider locale={fieldLocale(i18n.language)}>
      <AriaTimeField<Time>
        {...sharedProps(props)}
        value={safely(parseTime, props.value)}
        onChange={(time) => props.onChange(time ? time.toString().slice(0, 5) : '')}
        hourCycle={24}
        shouldForceLeadingZeros
      >
        <Segments value={props.value} invalid={props['aria-invalid']} />
      </AriaTimeField>
    </I18nProvider>
  );
}
