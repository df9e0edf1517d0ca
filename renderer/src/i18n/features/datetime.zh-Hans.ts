// 简体中文: generated from datetime.zh-Hant.ts by scripts/gen-zh-hans.ts (OpenCC plus mainland words). Do not edit; change datetime.zh-Hant.ts or the script and run it again.
export const datetimeZhHans = {
  zone: {
    placeholder: '城市、国家或时区',
    suggestions: '找到的时区',
    noMatch: '没有与“{{text}}”相符的城市或时区。请输入城市名称，或例如 Asia/Hong_Kong 的时区。',
  },
  calendar: {
    open: '选择日期',
    previous: '上个月',
    next: '下个月',
  },
};
