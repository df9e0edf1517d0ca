// 繁體中文 strings of the search feature: the same keys as search.en.ts.
import type { Strings } from '../en';
import type { searchEn } from './search.en';

export const searchZhHant: Strings<typeof searchEn> = {
  title: '搜尋',
  button: '搜尋…',
  label: '搜尋行程、活動、筆記、機構、聯絡人及跟進事項',
  placeholder: '以中文或英文搜尋…',
  results: '搜尋結果',
  empty: '輸入字詞即可搜尋行程、活動、筆記、機構、聯絡人及跟進事項，中英文皆可。',
  noResults: '找不到與「{{text}}」相符的項目。請減少字詞、改用其他寫法或中文名稱。',
  count_one: '{{count}} 項結果',
  count_other: '{{count}} 項結果',
  searching: '搜尋中…',
  failed: '搜尋未能完成：{{reason}} 已輸入的內容會保留；請修改或稍後再試。',
  keys: '↑ ↓ 移動 · Enter 開啟 · Esc 關閉',
  indexing: '仍在建立索引，結果可能不完整（{{done}} / {{total}}）。',
  groups: {
    trip: '行程',
    event: '活動',
    note: '筆記',
    organisation: '機構',
    contact: '聯絡人',
    followup: '跟進事項',
  },
  status: {
    open: '未開始',
    'in-progress': '進行中',
    waiting: '等待回覆',
    done: '已完成',
    dropped: '已放棄',
  },
};
