// 繁體中文 strings of the exports feature: the same keys as exports.en.ts.
import type { Strings } from '../en';
import type { exportsEn } from './exports.en';

export const exportsZhHant: Strings<typeof exportsEn> = {
  title: '匯出',
  menu: {
    button: '匯出',
    label: '匯出此行程',
    itineraryPdf: '行程表 PDF…',
  },
  itinerary: {
    title: '行程表 PDF',
    intro: '「{{title}}」的可列印行程表：代表團名單，然後按日列出當地時間、以中英文標示的地點（方便司機），以及聯絡資料。',
    paper: '紙張大小',
    paperA4: 'A4',
    paperLetter: 'Letter（美式信紙）',
    language: '文件語言',
    includeNotes: '包括會議筆記',
    includeNotesHint: '本行程的筆記會列於各項活動之下。',
    includeRestricted: '包括限閱簡報資料',
    includeRestrictedHint: '除非選擇包括，否則限閱簡報資料不會列出。',
    restrictedWarning: '此文件將載有限閱資料，只可交予獲准查閱的人士。',
    make: '製作 PDF',
    preparing: '正在準備 PDF…',
    saved: '已儲存行程表：{{fileName}}',
    savedTo: '行程表已儲存至 {{path}}',
    notSaved: 'PDF 已製作，但由於儲存視窗已關閉，檔案未有儲存。你的選項已保留，可按「製作 PDF」再試。',
    failed: '未能製作行程表 PDF。',
    saveFailed: '行程表 PDF 已製作，但未能儲存。',
    nothingSaved: '沒有儲存任何檔案，你的選項已保留。請再試；如問題持續，請重新啟動應用程式。',
  },
  paperSetting: {
    title: '紙張',
    intro: '行程表、會議簡報及報告預設使用此紙張大小；每份文件仍可在其對話框中改用另一種紙張。',
    label: '文件紙張大小',
    saved: '文件現預設使用 {{paper}} 紙張。',
    failed: '未能儲存紙張大小（{{reason}}）。已保留原來的設定，請再試一次。',
  },
  progress: {
    gathering: '正在收集紀錄…',
    gatheringTrips: '正在收集紀錄：{{total}} 個行程中的第 {{done}} 個',
    making: '正在製作檔案…',
    makingRecords: '正在製作檔案：{{total}} 項紀錄中已完成 {{done}} 項',
    makingRows: '正在製作檔案：{{total}} 行中已完成 {{done}} 行',
  },
};
