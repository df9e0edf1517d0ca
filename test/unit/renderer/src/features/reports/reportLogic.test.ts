// The report dialogs' choices: the method per format and the starting language (the edited press-release draft is
// made into a file by the backend: test/unit/electron/backend/export/reports/press-release.test.ts).
import { describe, expect, it } from 'vitest';
import { defaultLanguage, reportMethod } from '../../../../../../renderer/src/features/reports/reportLogic';

describe('report dialog logic', () => {
  it('picks the backend method for each format', () => {
    expect(reportMethod('pdf')).toBe('export.reportPdf');
    expect(reportMethod('docx')).toBe('export.reportDocx');
    expect(reportMethod('markdown')).toBe('export.reportMarkdown');
  });

  it('starts documents in the language the app is read in', () => {
    expect(defaultLanguage('zh-Hant')).toBe('zh-Hant');
    expect(defaultLanguage('zh-Hans')).toBe('zh-Hans');
    expect(defaultLanguage('en')).toBe('en');
    expect(defaultLanguage('fr')).toBe('en');
  });

});
