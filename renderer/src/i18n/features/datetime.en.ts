// English strings of the date, time and time-zone fields (spread into en.ts under 'datetime'). zh-Hant and zh-Hans
// have the same keys.
export const datetimeEn = {
  zone: {
    placeholder: 'City, country or zone',
    suggestions: 'Time zones found',
    noMatch: 'No city or zone matches “{{text}}”. Try the city’s name or a zone such as Asia/Hong_Kong.',
  },
  calendar: {
    open: 'Choose a date',
    previous: 'Previous month',
    next: 'Next month',
  },
};
