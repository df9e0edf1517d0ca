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
};
