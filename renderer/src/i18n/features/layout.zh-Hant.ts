// 繁體中文 strings for the denser lists and menus of issue 13 (spread into zh-Hant.ts under 'layout').
import type { Strings } from '../en';
import type { layoutEn } from './layout.en';

export const layoutZhHant: Strings<typeof layoutEn> = {
  tripActions: {
    button: '操作',
    named: '「{{title}}」的操作',
    edit: '編輯…',
    duplicate: '複製…',
    delete: '刪除…',
  },
  importMenu: {
    button: '匯入…',
  },
  languageFailed: '未能載入{{language}}，介面維持目前的語言。請重新載入視窗後再選擇一次。',
};
