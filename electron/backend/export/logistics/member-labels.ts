// The words of the documents a person carries (their own itinerary, the principal's day summary, the phone trip pack)
// in English and Traditional Chinese; 简体 is the 繁體 converted (../simplified.ts). The itinerary's words are reused.
import type { ExportLanguage } from '../../../../shared/contract';
import { itineraryLabels } from '../itinerary-labels';
import { simplifiedLabels } from '../simplified';

const en = {
  ...itineraryLabels('en'),
  memberItinerary: 'Personal itinerary',
  principalSummary: 'Day summary',
  tripPack: 'Trip pack',
  forMember: 'For {name}',
  journeys: 'Journeys',
  seat: 'Seat',
  cabin: 'Class',
  bookingRef: 'Booking',
  night: 'Hotel tonight',
  room: 'Room',
  sharing: 'Sharing with',
  confirmation: 'Confirmation',
  noStay: 'No hotel room booked for this night.',
  checkOut: 'Check-out {date}',
  ride: 'Car',
  plate: 'Plate',
  driver: 'Driver',
  pickUp: 'Pick-up',
  to: 'To',
  inCar: 'In the car',
  contactOnSite: 'Contact on site',
  call: 'Call',
  maps: 'Open in maps',
  amap: 'Amap',
  appleMaps: 'Apple Maps',
  googleMaps: 'Google Maps',
  chooseMember: 'Whose programme?',
  everyone: 'Choose a member',
  days: 'Days',
  offline: 'This file works without a network. Made {date}.',
  noMemberDays: 'Nothing is planned for this member.',
  notInDelegation: 'This trip has no delegation members yet.',
};

export type PeopleLabels = typeof en;

const zhHant: PeopleLabels = {
  ...itineraryLabels('zh-Hant'),
  memberItinerary: '個人行程表',
  principalSummary: '每日行程摘要',
  tripPack: '行程手冊',
  forMember: '{name} 專用',
  journeys: '航班及交通',
  seat: '座位',
  cabin: '艙等',
  bookingRef: '訂位編號',
  night: '當晚住宿',
  room: '房間',
  sharing: '同房',
  confirmation: '確認編號',
  noStay: '當晚未安排酒店房間。',
  checkOut: '{date} 退房',
  ride: '車輛',
  plate: '車牌',
  driver: '司機',
  pickUp: '接載',
  to: '前往',
  inCar: '同車',
  contactOnSite: '現場聯絡人',
  call: '致電',
  maps: '在地圖中開啟',
  amap: '高德地圖',
  appleMaps: 'Apple 地圖',
  googleMaps: 'Google 地圖',
  chooseMember: '查看哪位團員的行程？',
  everyone: '選擇團員',
  days: '日程',
  offline: '本檔案無需網絡亦可使用。製作於 {date}。',
  noMemberDays: '此團員沒有任何安排。',
  notInDelegation: '本行程尚未加入代表團成員。',
};

export function peopleLabels(language: ExportLanguage): PeopleLabels {
  return language === 'zh-Hant' ? zhHant : language === 'zh-Hans' ? simplifiedLabels(zhHant) : en;
}
