// The report dialogs' choices: the method per format, the starting language, and the edited draft as a UTF-8 file.
import { describe, expect, it } from 'vitest';
import { defaultLanguage, editedFile, reportMethod, textToBase64 } from '../../../../renderer/src/features/reports/reportLogic';

describe('report dialog logic', () => {
  it('picks the backend method for each format', () => {
    expect(reportMethod('pdf')).toBe('export.reportPdf');
    expect(reportMethod('docx')).toBe('export.reportDocx');
    expect(reportMethod('markdown')).toBe('export.reportMarkdown');
  });

  it('starts documents in the language the app is read in', () => {
    expect(defaultLanguage('zh-Hant')).toBe('zh-Hant');
    expect(defaultLanguage('en')).toBe('en');
    expect(defaultLanguage('fr')).toBe('en');
  });

  it('keeps the edited draft as UTF-8, Chinese and long texts included', () => {
    const text = '任景信今日（五月十六日）結束杭州及上海的訪問。\n'.repeat(3000);
    expect(Buffer.from(textToBase64(text), 'base64').toString('utf8')).toBe(text);
    const file = editedFile({ fileName: 'draft.txt', mime: 'text/plain; charset=utf-8', base64: '' }, 'Edited “draft”');
    expect(file.fileName).toBe('draft.txt');
    expect(Buffer.from(file.base64, 'base64').toString('utf8')).toBe('Edited “draft”');
  });
});
