// 繁體中文 strings of the reports feature: the same keys as reports.en.ts.
import type { Strings } from '../en';
import type { reportsEn } from './reports.en';

export const reportsZhHant: Strings<typeof reportsEn> = {
  title: '報告',
  menu: {
    briefing: '會議簡報 PDF…',
    report: '訪問報告…',
    pressRelease: '新聞稿草稿…',
  },
  options: {
    language: '文件語言',
    paper: '紙張大小',
    includeRestricted: '包括限閱簡報資料',
    restrictedHint: '除非勾選此項，否則限閱資料不會列出。載有限閱資料的文件請妥善處理。',
    format: '格式',
    pdf: 'PDF',
    docx: 'Word（.docx）',
    markdown: 'Markdown（.md）',
  },
  languages: { en: 'English', 'zh-Hant': '繁體中文', 'zh-Hans': '简体中文' },
  briefing: {
    title: '會議簡報 PDF',
    intro: '先列目錄，然後每個會議一份簡報：目標、談話要點、機構及人物背景、過往交往及未完成的跟進事項。',
    noMeetings: '此行程尚未有會議、簽署、研討會或參觀，簡報只會有目錄頁。',
    submit: '製作 PDF',
  },
  report: {
    title: '訪問報告',
    intro: '已舉行的會議、會見的機構及人士、成果（合作備忘錄、投資額、職位），以及跟進事項的負責人和限期。',
    submit: '製作報告',
  },
  working: '正在製作檔案…',
  saved: '已儲存 {{fileName}}。',
  failed: '無法製作檔案。沒有任何更改；你的選擇已保留，可以再試一次。',
  press: {
    title: '新聞稿草稿',
    intro: '根據行程記錄撰寫，供你編輯。發布前請核對姓名、職銜及數字，並替換所有方括號內的項目。此處的修改不會存入行程：完成後請複製或儲存文字。',
    text: '草稿內容',
    loading: '正在撰寫草稿…',
    copy: '複製',
    copied: '已複製草稿。',
    copyFailed: '無法在此複製草稿。請選取文字，再用鍵盤複製。',
    save: '另存為文字檔…',
    saveWord: '另存為 Word 檔…',
    regenerate: '根據記錄重新撰寫',
    discardEdits: '要以記錄重新撰寫的草稿取代你的修改嗎？',
    freshTitle: '根據記錄重新撰寫？',
    freshConfirm: '取代我的修改',
  },
};
