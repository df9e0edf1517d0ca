// The locale the date and time fields are written in: the app's language, never the system's (an en-US system
// would give 05/14/2025 and AM/PM). Chinese reads year/month/day. Apart from DateTimeField.tsx so it is testable
// without a DOM.
export function fieldLocale(language: string): string {
  if (language === 'zh-Hans') return 'zh-Hans-CN';
  if (language.startsWith('zh')) return 'zh-Hant-TW';
  return 'en-GB';
}
