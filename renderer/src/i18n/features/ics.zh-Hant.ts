// 繁體中文 strings of the ics feature: the same keys as ics.en.ts.
import type { Strings } from '../en';
import type { icsEn } from './ics.en';

export const icsZhHant: Strings<typeof icsEn> = {
  title: '行事曆檔案',
  menu: {
    export: '行事曆檔案（.ics）…',
    import: '匯入行事曆檔案…',
  },
  export: {
    title: '匯出行事曆檔案',
    intro: '每個時間都保留其所在時區，Outlook、Google 日曆及 Apple 日曆均會顯示正確時間。限閱簡報內容一概不會匯出。',
    whose: '包括的活動',
    all: '全部活動（{{count}} 項）',
    member: '{{name}}參與的活動（{{count}} 項）',
    none: '沒有可匯出的活動。',
    submit: '匯出',
    working: '正在匯出…',
    saved: '已儲存行事曆檔案：{{fileName}}',
    failed: '未能製作行事曆檔案。資料沒有任何改動，請再試一次。',
  },
  import: {
    title: '匯入行事曆檔案',
    intro: '請選擇從 Outlook、Google 日曆或 Apple 日曆匯出的 .ics 檔案。系統會先列出每個項目；按「匯入」之前不會匯入任何資料。',
    file: '行事曆檔案（.ics）',
    reading: '正在讀取檔案…',
    readFailed: '未能讀取檔案，沒有匯入任何資料。',
    previewFailed: '未能預覽檔案，沒有匯入任何資料。',
    empty: '檔案內沒有行事曆項目，沒有匯入任何資料。',
    caption: '{{fileName}} 內的項目',
    selectAll: '匯入所有可匯入的項目',
    include: '匯入「{{title}}」',
    columns: {
      include: '匯入',
      title: '標題',
      start: '開始（當地時間）',
      end: '結束（當地時間）',
      result: '匯入結果',
    },
    state: {
      new: '新增',
      update: '更新現有活動',
    },
    problems: {
      'all-day': '全日項目不會匯入。',
      repeating: '重複項目不會匯入；請自行加入所需的各次活動。',
      occurrence: '這是重複項目中經修改的一次，不會匯入。',
      'no-start': '沒有可讀取的開始時間。',
      'end-before-start': '結束時間早於開始時間。',
      'duplicate-uid': '檔案內另有項目使用相同識別碼；只會匯入第一個。',
    },
    notes: {
      'zone-unknown': '無法識別時區「{{value}}」；以當天行程所在時區 {{zone}} 顯示。',
      floating: '檔案沒有註明時區；按當天行程所在時區 {{zone}} 解讀。',
      utc: '檔案以 UTC 標示時間；以當天行程所在時區 {{zone}} 顯示。',
      'outside-trip': '不在行程日期之內。',
    },
    chosen: '已選 {{count}} 項，共 {{total}} 項',
    skippedCount_one: '有 {{count}} 個項目無法匯入，已略去。',
    skippedCount_other: '有 {{count}} 個項目無法匯入，已略去。',
    updateHint: '更新時會採用行事曆中的標題、時間及狀態；規劃工具內已有的場地、人員、筆記及簡報資料均會保留。',
    submit: '匯入',
    working: '正在匯入…',
    done: '行事曆已匯入：新增 {{created}} 項，更新 {{updated}} 項，略過 {{skipped}} 項。',
    failed: '匯入未能完成，沒有匯入任何資料。請檢查檔案後再試。',
  },
};
