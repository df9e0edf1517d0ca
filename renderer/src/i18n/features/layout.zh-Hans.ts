// 简体中文: generated from layout.zh-Hant.ts by scripts/gen-zh-hans.ts (OpenCC plus mainland words). Do not edit; change layout.zh-Hant.ts or the script and run it again.
import type { Strings } from '../en';
import type { layoutEn } from './layout.en';

export const layoutZhHans: Strings<typeof layoutEn> = {
  tripActions: {
    button: '操作',
    named: '“{{title}}”的操作',
    edit: '编辑…',
    duplicate: '复制…',
    delete: '删除…',
  },
  importMenu: {
    button: '导入…',
  },
  languageFailed: '未能加载{{language}}，界面维持目前的语言。请重新加载窗口后再选择一次。',
};
