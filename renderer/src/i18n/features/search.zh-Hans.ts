// 简体中文: generated from search.zh-Hant.ts by scripts/gen-zh-hans.ts (OpenCC plus mainland words). Do not edit; change search.zh-Hant.ts or the script and run it again.
import type { Strings } from '../en';
import type { searchEn } from './search.en';

export const searchZhHans: Strings<typeof searchEn> = {
  title: '搜索',
  button: '搜索…',
  label: '搜索行程、活动、笔记、机构、联系人及跟进事项',
  placeholder: '以中文或英文搜索…',
  results: '搜索结果',
  empty: '输入字词即可搜索行程、活动、笔记、机构、联系人及跟进事项，中英文皆可。',
  noResults: '找不到与“{{text}}”相符的项目。请减少字词、改用其他写法或中文名称。',
  count_one: '{{count}} 项结果',
  count_other: '{{count}} 项结果',
  searching: '搜索中…',
  failed: '搜索未能完成：{{reason}} 已输入的内容会保留；请修改或稍后再试。',
  keys: '↑ ↓ 移动 · Enter 打开 · Esc 关闭',
  indexing: '仍在创建索引，结果可能不完整（{{done}} / {{total}}）。',
  groups: {
    trip: '行程',
    event: '活动',
    note: '笔记',
    organisation: '机构',
    contact: '联系人',
    followup: '跟进事项',
  },
  status: {
    open: '未开始',
    'in-progress': '进行中',
    waiting: '等待回复',
    done: '已完成',
    dropped: '已放弃',
  },
};
