// Illustrative logistics of the OASES Hangzhou–Shanghai sample: the flight and train numbers, seats, rooms, the two
// cities' cars and drivers and the rides are made up (as the trip's purpose says), timed against the itinerary: each
// pick-up after an arrival leaves time to land (or alight) and collect bags.
import type { Bilingual } from '../../../../../shared/model';
import type { SampleLogistics, SampleTravel } from '../../types';
import { CN, at, ends, phone, ridePlace } from '../common';

type Venue = { venue: Bilingual; address: Bilingual };

export const flightIn: SampleTravel = {
  mode: 'flight',
  carrier: 'Cathay Pacific',
  number: 'CX 620',
  from: at(ends.hkg, 'T1'),
  to: ends.hgh,
  passengers: [{ member: 'peterYan', seat: '2A', cabin: 'Business', bookingRef: 'M8RK2T' }],
};

export const train: SampleTravel = {
  mode: 'train',
  carrier: 'China Railway',
  number: 'G7562',
  from: ends.hangzhouEast,
  to: ends.shanghaiHongqiao,
  passengers: [{ member: 'peterYan', seat: 'Car 1, 1A', cabin: 'Business class', bookingRef: 'E482917365' }],
};

export const flightHome: SampleTravel = {
  mode: 'flight',
  carrier: 'Cathay Pacific',
  number: 'CX 365',
  from: ends.sha,
  to: at(ends.hkg, 'T1'),
  passengers: [{ member: 'peterYan', seat: '2K', cabin: 'Business', bookingRef: 'M8RK2T' }],
};

const place = (en: string, zh: string, addressEn = '', addressZh = '') => ({ name: { en, zh }, address: { en: addressEn, zh: addressZh } });
const hghArrivals = place('Hangzhou Xiaoshan Airport, arrivals hall', '杭州萧山国际机场到达大厅', 'Hangzhou Xiaoshan International Airport, Xiaoshan District, Hangzhou', '杭州市萧山区杭州萧山国际机场');
const hongqiaoStation = place('Shanghai Hongqiao Railway Station, arrivals exit', '上海虹桥站到达出口', 'Shanghai Hongqiao Railway Station, Minhang District, Shanghai', '上海市闵行区上海虹桥站');
const bureau = place('Hangzhou Citizen Center', '杭州市民中心', 'Hangzhou Citizen Center, 18 Jiefang East Road, Shangcheng District, Hangzhou', '杭州市上城区解放东路18号市民中心');
const manufacturing = place('Advanced manufacturing meeting, Shanghai', '先进制造企业会面地点');

export function oasesHangzhouShanghaiLogistics(v: { hangzhouHotel: Venue; shanghaiHotel: Venue }): SampleLogistics {
  const peter = ['peterYan'];
  return {
    stays: [
      {
        hotel: v.hangzhouHotel.venue,
        address: v.hangzhouHotel.address,
        checkIn: '2025-05-13',
        checkOut: '2025-05-15',
        timeZone: CN,
        rooms: [{ members: peter, roomType: 'Deluxe lake-view room', number: '718', confirmation: 'SLH-20931' }],
      },
      {
        hotel: v.shanghaiHotel.venue,
        address: v.shanghaiHotel.address,
        checkIn: '2025-05-15',
        checkOut: '2025-05-16',
        timeZone: CN,
        rooms: [{ members: peter, roomType: 'Horizon Club river-view room', number: '2618', confirmation: 'PSL-77402' }],
      },
    ],
    vehicles: [
      {
        key: 'hangzhou',
        label: 'Hangzhou car',
        type: 'sedan',
        seats: 3,
        plate: '浙A·5K830',
        provider: 'Hotel car service, Hangzhou',
        driver: { name: { en: 'Chen Zhiqiang', zh: '陈志强' }, phone: phone.cn(201) },
      },
      {
        key: 'shanghai',
        label: 'Shanghai car',
        type: 'sedan',
        seats: 3,
        plate: '沪A·6R192',
        provider: 'Hotel car service, Shanghai',
        driver: { name: { en: 'Liu Haifeng', zh: '刘海峰' }, phone: phone.cn(202) },
      },
    ],
    rides: [
      // 45 minutes after landing, then about 50 minutes to the hotel (the check-in time is illustrative too).
      { vehicle: 'hangzhou', pickUp: '2025-05-13T11:25', timeZone: CN, from: hghArrivals, event: 'hzHotel', members: peter },
      { vehicle: 'hangzhou', pickUp: '2025-05-14T09:00', timeZone: CN, from: ridePlace(v.hangzhouHotel), event: 'hzBureau', members: peter },
      { vehicle: 'hangzhou', pickUp: '2025-05-14T11:10', timeZone: CN, from: bureau, event: 'hzLunch', members: peter },
      { vehicle: 'hangzhou', pickUp: '2025-05-15T11:40', timeZone: CN, from: ridePlace(v.hangzhouHotel), event: 'train', members: peter, notes: 'Check-out by 11:30; luggage in the boot.' },
      { vehicle: 'shanghai', pickUp: '2025-05-15T14:25', timeZone: CN, from: hongqiaoStation, event: 'shLife', members: peter, notes: 'Luggage to the Pudong Shangri-La after the drop-off.' },
      { vehicle: 'shanghai', pickUp: '2025-05-16T09:00', timeZone: CN, from: ridePlace(v.shanghaiHotel), event: 'shCommission', members: peter },
      { vehicle: 'shanghai', pickUp: '2025-05-16T16:40', timeZone: CN, from: manufacturing, event: 'flightHome', members: peter },
    ],
  };
}
