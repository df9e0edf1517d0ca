// The driver's sheet's own words in English and Traditional Chinese (简体: the 繁體 converted, see ../simplified.ts).
import type { ExportLanguage } from '../../../../shared/contract';
import { simplifiedLabels } from '../simplified';

const en = {
  // A straight apostrophe: the running header's font has no curly one and spaced it oddly.
  documentName: "Driver's sheet",
  pageOf: 'Page {page} of {pages}',
  pickUp: 'Pick up',
  dropOff: 'To',
  passengers: 'Passengers ({count})',
  contactOnSite: 'Contact on site',
  driver: 'Driver',
  plate: 'Plate',
  noPlate: 'Plate not given',
  notGiven: 'Not given',
  noRidesThatDay: 'No rides for this vehicle on this day.',
  noRides: 'No rides are planned for this vehicle yet.',
};

export type DriverSheetLabels = typeof en;

const zhHant: DriverSheetLabels = {
  documentName: '司機行車表',
  pageOf: '第 {page} 頁，共 {pages} 頁',
  pickUp: '接載地點',
  dropOff: '前往',
  passengers: '乘客（{count} 人）',
  contactOnSite: '現場聯絡人',
  driver: '司機',
  plate: '車牌',
  noPlate: '未有車牌',
  notGiven: '未填寫',
  noRidesThatDay: '此車當日沒有行程。',
  noRides: '此車尚未安排行程。',
};

export function driverSheetLabels(language: ExportLanguage): DriverSheetLabels {
  return language === 'zh-Hant' ? zhHant : language === 'zh-Hans' ? simplifiedLabels(zhHant) : en;
}
