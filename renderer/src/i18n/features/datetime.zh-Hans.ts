// 简体中文: the date, time and time-zone fields. Same keys as datetime.en.ts.
export const datetimeZhHans = {
  zone: {
    placeholder: '城市、国家或时区',
    suggestions: '找到的时区',
    noMatch: '没有与“{{text}}”相符的城市或时区。请输入城市名称，或例如 Asia/Hong_Kong 的时区。',
  },
};
