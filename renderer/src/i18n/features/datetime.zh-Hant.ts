// 繁體中文: the date, time and time-zone fields. Same keys as datetime.en.ts.
export const datetimeZhHant = {
  zone: {
    placeholder: '城市、國家或時區',
    suggestions: '找到的時區',
    noMatch: '沒有與「{{text}}」相符的城市或時區。請輸入城市名稱，或例如 Asia/Hong_Kong 的時區。',
  },
  calendar: {
    open: '選擇日期',
    previous: '上個月',
    next: '下個月',
  },
};
