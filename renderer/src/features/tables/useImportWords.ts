// Words for the import preview in the user's language: an issue from its code, a list of row numbers, counts.
import { useTranslation } from 'react-i18next';
import type { ContactImportIssue } from '../../../../shared/contract';
import { localeFor } from '../../i18n/format';
import { importFields, shorten, type ImportField } from './importModel';
import { listSeparator } from '../../i18n/names';

export function useImportWords() {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const number = (n: number): string => new Intl.NumberFormat(locale).format(n);

  /** "A, B and C" / "A、B及C". */
  const list = (items: readonly string[]): string => new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);

  /** "rows 4, 9 and 12" / "第 4、9及12 行", the first twelve and a count of the rest. */
  const rowList = (rows: readonly number[]): string => {
    const { shown, more } = shorten(rows);
    const text = more > 0 ? t('tables.import.andMore', { list: shown.join(listSeparator(i18n.language)), count: more }) : list(shown.map(String));
    return t('tables.import.rows', { count: rows.length, list: text });
  };

  const issue = (item: ContactImportIssue): string => {
    if (item.code === 'too-long') {
      const field = importFields.includes(item.value as ImportField) ? t(`tables.import.fields.${item.value as ImportField}`) : '';
      return t('tables.import.issue.too-long', { field });
    }
    return t(`tables.import.issue.${item.code}`, { value: item.value ?? '' });
  };

  return { number, list, rowList, issue };
}
