// The one date field and the one time field of every form, on React Aria: typed segment by segment from the
// keyboard, written the app's way whatever the system's locale (14/05/2025 in English, 2025/05/14 in Chinese, always
// 24-hour). Their values stay the strings the forms hold: ISO dates (YYYY-MM-DD) and times (HH:mm), '' when empty.
// A date field also has a calendar button, as Outlook's do (Alt+↓ in the segments opens it too).
import { parseTime, type CalendarDate, type Time } from '@internationalized/date';
import {
  Button,
  Calendar,
  CalendarCell,
  CalendarGrid,
  DateInput,
  DatePicker,
  DateSegment,
  Dialog,
  Group,
  Heading,
  I18nProvider,
  Popover,
  TimeField as AriaTimeField,
} from 'react-aria-components';
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { calendarOpening, isoDate, safely } from './calendarOpening';
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

/** Focus sent to the field's group (the form's "first invalid field" after a failed save) goes on to its first
 *  segment. */
function useFocusFirstSegment(ref: RefObject<HTMLDivElement | null>): void {
  useEffect(() => {
    const group = ref.current;
    if (!group) return;
    group.tabIndex = -1;
    const onFocus = (event: FocusEvent): void => {
      if (event.target === group) group.querySelector<HTMLElement>('[role="spinbutton"]')?.focus();
    };
    group.addEventListener('focus', onFocus);
    return () => group.removeEventListener('focus', onFocus);
  }, [ref]);
}

/** The group says what it holds (tests read `data-value` instead of parsing the segments) and whether it is wrong
 *  (the form moves focus to the first `aria-invalid` after a failed save). */
function groupMarks(value: string, invalid?: boolean) {
  return { 'data-value': value, 'aria-invalid': invalid || undefined };
}

function SegmentList({ className }: { className: string }) {
  return <DateInput className={className}>{(segment) => <DateSegment segment={segment} className="datetime-field__segment" />}</DateInput>;
}

/** A time's segments: the DateInput is itself the group. */
function Segments({ value, invalid }: { value: string; invalid?: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  useFocusFirstSegment(ref);
  return (
    <DateInput ref={ref} className="datetime-field__input" {...groupMarks(value, invalid)}>
      {(segment) => <DateSegment segment={segment} className="datetime-field__segment" />}
    </DateInput>
  );
}

function CalendarGlyph() {
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 16 16" width="16" height="16" fill="none" stroke="currentColor" strokeWidth="1.4">
      <rect x="1.7" y="2.7" width="12.6" height="11.6" rx="1.5" />
      <path d="M1.7 6.3h12.6M5 1.2v3M11 1.2v3" strokeLinecap="round" />
      <path d="M4.6 9h1.2M7.4 9h1.2M10.2 9h1.2M4.6 11.6h1.2M7.4 11.6h1.2" strokeLinecap="round" strokeWidth="1.6" />
    </svg>
  );
}

interface DateFieldProps extends FieldProps {
  /** An ISO date the calendar opens on while the field is empty: the form's related date (a trip's end ← its start). */
  openAt?: string;
}

/** A calendar date, YYYY-MM-DD: typed segment by segment, or picked from the calendar beside them. */
export function DateField(props: DateFieldProps) {
  const { t, i18n } = useTranslation();
  const group = useRef<HTMLDivElement>(null);
  useFocusFirstSegment(group);
  // The calendar must open inside the modal <dialog> the form sits in: outside it, the top layer would hide it.
  const [container, setContainer] = useState<Element | undefined>();
  const findContainer = useCallback((el: HTMLDivElement | null) => setContainer(el?.closest('dialog') ?? undefined), []);
  return (
    <I18nProvider locale={fieldLocale(i18n.language)}>
      <DatePicker<CalendarDate>
        {...sharedProps(props)}
        ref={findContainer}
        value={isoDate(props.value)}
        onChange={(date) => props.onChange(date ? date.toString() : '')}
        shouldForceLeadingZeros
      >
        <Group ref={group} className="datetime-field__input datetime-field__group" {...groupMarks(props.value, props['aria-invalid'])}>
          <SegmentList className="datetime-field__segments" />
          <Button className="datetime-field__calendar-button" aria-label={t('datetime.calendar.open')}>
            <CalendarGlyph />
          </Button>
        </Group>
        <Popover className="date-picker__popover" UNSTABLE_portalContainer={container} placement="bottom end">
          <Dialog className="date-picker__dialog">
            {/* Mounted afresh at each opening, so it opens on the day chosen then (React Aria: the value's, else today). */}
            <Calendar<CalendarDate> className="date-picker__calendar" defaultFocusedValue={calendarOpening(props.value, props.openAt)}>
              <header className="date-picker__header">
                <Button slot="previous" className="date-picker__nav" aria-label={t('datetime.calendar.previous')}>
                  <span aria-hidden="true">‹</span>
                </Button>
                <Heading className="date-picker__heading" />
                <Button slot="next" className="date-picker__nav" aria-label={t('datetime.calendar.next')}>
                  <span aria-hidden="true">›</span>
                </Button>
              </header>
              <CalendarGrid className="date-picker__grid">{(date) => <CalendarCell date={date} className="date-picker__day" />}</CalendarGrid>
            </Calendar>
          </Dialog>
        </Popover>
      </DatePicker>
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
