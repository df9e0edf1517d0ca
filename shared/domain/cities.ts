// The cities our delegations go to, named in English, Traditional and Simplified Chinese, with their country and
// IANA zone. One table for the zone picker, the leg form's "known city fills the zone" and every place the UI shows
// a leg's city or zone, so a city reads the same in the trip form, the trip header and the calendar.

export type CityLanguage = 'en' | 'zh-Hant' | 'zh-Hans';
export type CityNames = Record<CityLanguage, string>;

export interface City {
  /** A stable key: the English name in lower case. */
  id: string;
  name: CityNames;
  /** ISO 3166 code (HK and MO kept apart: their zones and the way people write them differ). */
  country: string;
  timeZone: string;
}

type Row = [en: string, hant: string, hans: string, country: string, zone: string];

// Hong Kong usage first for 繁體 (三藩市, 杜拜, 悉尼), mainland usage for 简体 (旧金山, 迪拜).
const countryRows: [string, string, string, string][] = [
  ['CN', 'China', '中國', '中国'],
  ['HK', 'Hong Kong, China', '中國香港', '中国香港'],
  ['MO', 'Macao, China', '中國澳門', '中国澳门'],
  ['TW', 'Taiwan', '台灣', '台湾'],
  ['SG', 'Singapore', '新加坡', '新加坡'],
  ['JP', 'Japan', '日本', '日本'],
  ['KR', 'South Korea', '韓國', '韩国'],
  ['TH', 'Thailand', '泰國', '泰国'],
  ['MY', 'Malaysia', '馬來西亞', '马来西亚'],
  ['ID', 'Indonesia', '印尼', '印度尼西亚'],
  ['PH', 'Philippines', '菲律賓', '菲律宾'],
  ['VN', 'Vietnam', '越南', '越南'],
  ['KH', 'Cambodia', '柬埔寨', '柬埔寨'],
  ['MM', 'Myanmar', '緬甸', '缅甸'],
  ['IN', 'India', '印度', '印度'],
  ['AU', 'Australia', '澳洲', '澳大利亚'],
  ['NZ', 'New Zealand', '新西蘭', '新西兰'],
  ['AE', 'United Arab Emirates', '阿拉伯聯合酋長國', '阿拉伯联合酋长国'],
  ['SA', 'Saudi Arabia', '沙特阿拉伯', '沙特阿拉伯'],
  ['QA', 'Qatar', '卡塔爾', '卡塔尔'],
  ['IL', 'Israel', '以色列', '以色列'],
  ['TR', 'Türkiye', '土耳其', '土耳其'],
  ['EG', 'Egypt', '埃及', '埃及'],
  ['ZA', 'South Africa', '南非', '南非'],
  ['KE', 'Kenya', '肯尼亞', '肯尼亚'],
  ['NG', 'Nigeria', '尼日利亞', '尼日利亚'],
  ['GB', 'United Kingdom', '英國', '英国'],
  ['IE', 'Ireland', '愛爾蘭', '爱尔兰'],
  ['FR', 'France', '法國', '法国'],
  ['DE', 'Germany', '德國', '德国'],
  ['BE', 'Belgium', '比利時', '比利时'],
  ['NL', 'Netherlands', '荷蘭', '荷兰'],
  ['LU', 'Luxembourg', '盧森堡', '卢森堡'],
  ['CH', 'Switzerland', '瑞士', '瑞士'],
  ['IT', 'Italy', '意大利', '意大利'],
  ['ES', 'Spain', '西班牙', '西班牙'],
  ['PT', 'Portugal', '葡萄牙', '葡萄牙'],
  ['AT', 'Austria', '奧地利', '奥地利'],
  ['SE', 'Sweden', '瑞典', '瑞典'],
  ['DK', 'Denmark', '丹麥', '丹麦'],
  ['NO', 'Norway', '挪威', '挪威'],
  ['FI', 'Finland', '芬蘭', '芬兰'],
  ['PL', 'Poland', '波蘭', '波兰'],
  ['CZ', 'Czechia', '捷克', '捷克'],
  ['HU', 'Hungary', '匈牙利', '匈牙利'],
  ['GR', 'Greece', '希臘', '希腊'],
  ['RU', 'Russia', '俄羅斯', '俄罗斯'],
  ['US', 'United States', '美國', '美国'],
  ['CA', 'Canada', '加拿大', '加拿大'],
  ['MX', 'Mexico', '墨西哥', '墨西哥'],
  ['BR', 'Brazil', '巴西', '巴西'],
];

const cityRows: Row[] = [
  ['Beijing', '北京', '北京', 'CN', 'Asia/Shanghai'],
  ['Shanghai', '上海', '上海', 'CN', 'Asia/Shanghai'],
  ['Guangzhou', '廣州', '广州', 'CN', 'Asia/Shanghai'],
  ['Shenzhen', '深圳', '深圳', 'CN', 'Asia/Shanghai'],
  ['Hangzhou', '杭州', '杭州', 'CN', 'Asia/Shanghai'],
  ['Nanjing', '南京', '南京', 'CN', 'Asia/Shanghai'],
  ['Suzhou', '蘇州', '苏州', 'CN', 'Asia/Shanghai'],
  ['Wuxi', '無錫', '无锡', 'CN', 'Asia/Shanghai'],
  ['Ningbo', '寧波', '宁波', 'CN', 'Asia/Shanghai'],
  ['Hefei', '合肥', '合肥', 'CN', 'Asia/Shanghai'],
  ['Chengdu', '成都', '成都', 'CN', 'Asia/Shanghai'],
  ['Chongqing', '重慶', '重庆', 'CN', 'Asia/Shanghai'],
  ['Wuhan', '武漢', '武汉', 'CN', 'Asia/Shanghai'],
  ['Changsha', '長沙', '长沙', 'CN', 'Asia/Shanghai'],
  ['Xi’an', '西安', '西安', 'CN', 'Asia/Shanghai'],
  ['Zhengzhou', '鄭州', '郑州', 'CN', 'Asia/Shanghai'],
  ['Tianjin', '天津', '天津', 'CN', 'Asia/Shanghai'],
  ['Jinan', '濟南', '济南', 'CN', 'Asia/Shanghai'],
  ['Qingdao', '青島', '青岛', 'CN', 'Asia/Shanghai'],
  ['Dalian', '大連', '大连', 'CN', 'Asia/Shanghai'],
  ['Shenyang', '瀋陽', '沈阳', 'CN', 'Asia/Shanghai'],
  ['Harbin', '哈爾濱', '哈尔滨', 'CN', 'Asia/Shanghai'],
  ['Xiamen', '廈門', '厦门', 'CN', 'Asia/Shanghai'],
  ['Fuzhou', '福州', '福州', 'CN', 'Asia/Shanghai'],
  ['Dongguan', '東莞', '东莞', 'CN', 'Asia/Shanghai'],
  ['Foshan', '佛山', '佛山', 'CN', 'Asia/Shanghai'],
  ['Zhuhai', '珠海', '珠海', 'CN', 'Asia/Shanghai'],
  ['Nanning', '南寧', '南宁', 'CN', 'Asia/Shanghai'],
  ['Kunming', '昆明', '昆明', 'CN', 'Asia/Shanghai'],
  ['Haikou', '海口', '海口', 'CN', 'Asia/Shanghai'],
  ['Sanya', '三亞', '三亚', 'CN', 'Asia/Shanghai'],
  ['Hong Kong', '香港', '香港', 'HK', 'Asia/Hong_Kong'],
  ['Macao', '澳門', '澳门', 'MO', 'Asia/Macau'],
  ['Taipei', '台北', '台北', 'TW', 'Asia/Taipei'],
  ['Kaohsiung', '高雄', '高雄', 'TW', 'Asia/Taipei'],
  ['Singapore', '新加坡', '新加坡', 'SG', 'Asia/Singapore'],
  ['Tokyo', '東京', '东京', 'JP', 'Asia/Tokyo'],
  ['Osaka', '大阪', '大阪', 'JP', 'Asia/Tokyo'],
  ['Seoul', '首爾', '首尔', 'KR', 'Asia/Seoul'],
  ['Busan', '釜山', '釜山', 'KR', 'Asia/Seoul'],
  ['Bangkok', '曼谷', '曼谷', 'TH', 'Asia/Bangkok'],
  ['Kuala Lumpur', '吉隆坡', '吉隆坡', 'MY', 'Asia/Kuala_Lumpur'],
  ['Penang', '檳城', '槟城', 'MY', 'Asia/Kuala_Lumpur'],
  ['Jakarta', '雅加達', '雅加达', 'ID', 'Asia/Jakarta'],
  ['Manila', '馬尼拉', '马尼拉', 'PH', 'Asia/Manila'],
  ['Hanoi', '河內', '河内', 'VN', 'Asia/Ho_Chi_Minh'],
  ['Ho Chi Minh City', '胡志明市', '胡志明市', 'VN', 'Asia/Ho_Chi_Minh'],
  ['Phnom Penh', '金邊', '金边', 'KH', 'Asia/Phnom_Penh'],
  ['Yangon', '仰光', '仰光', 'MM', 'Asia/Yangon'],
  ['New Delhi', '新德里', '新德里', 'IN', 'Asia/Kolkata'],
  ['Mumbai', '孟買', '孟买', 'IN', 'Asia/Kolkata'],
  ['Bengaluru', '班加羅爾', '班加罗尔', 'IN', 'Asia/Kolkata'],
  ['Sydney', '悉尼', '悉尼', 'AU', 'Australia/Sydney'],
  ['Melbourne', '墨爾本', '墨尔本', 'AU', 'Australia/Melbourne'],
  ['Brisbane', '布里斯本', '布里斯班', 'AU', 'Australia/Brisbane'],
  ['Perth', '珀斯', '珀斯', 'AU', 'Australia/Perth'],
  ['Auckland', '奧克蘭', '奥克兰', 'NZ', 'Pacific/Auckland'],
  ['Wellington', '威靈頓', '惠灵顿', 'NZ', 'Pacific/Auckland'],
  ['Dubai', '杜拜', '迪拜', 'AE', 'Asia/Dubai'],
  ['Abu Dhabi', '阿布扎比', '阿布扎比', 'AE', 'Asia/Dubai'],
  ['Doha', '多哈', '多哈', 'QA', 'Asia/Qatar'],
  ['Riyadh', '利雅得', '利雅得', 'SA', 'Asia/Riyadh'],
  ['Jeddah', '吉達', '吉达', 'SA', 'Asia/Riyadh'],
  ['Tel Aviv', '特拉維夫', '特拉维夫', 'IL', 'Asia/Jerusalem'],
  ['Istanbul', '伊斯坦堡', '伊斯坦布尔', 'TR', 'Europe/Istanbul'],
  ['Cairo', '開羅', '开罗', 'EG', 'Africa/Cairo'],
  ['Johannesburg', '約翰內斯堡', '约翰内斯堡', 'ZA', 'Africa/Johannesburg'],
  ['Nairobi', '內羅畢', '内罗毕', 'KE', 'Africa/Nairobi'],
  ['Lagos', '拉各斯', '拉各斯', 'NG', 'Africa/Lagos'],
  ['London', '倫敦', '伦敦', 'GB', 'Europe/London'],
  ['Manchester', '曼徹斯特', '曼彻斯特', 'GB', 'Europe/London'],
  ['Edinburgh', '愛丁堡', '爱丁堡', 'GB', 'Europe/London'],
  ['Dublin', '都柏林', '都柏林', 'IE', 'Europe/Dublin'],
  ['Paris', '巴黎', '巴黎', 'FR', 'Europe/Paris'],
  ['Berlin', '柏林', '柏林', 'DE', 'Europe/Berlin'],
  ['Frankfurt', '法蘭克福', '法兰克福', 'DE', 'Europe/Berlin'],
  ['Munich', '慕尼黑', '慕尼黑', 'DE', 'Europe/Berlin'],
  ['Hamburg', '漢堡', '汉堡', 'DE', 'Europe/Berlin'],
  ['Brussels', '布魯塞爾', '布鲁塞尔', 'BE', 'Europe/Brussels'],
  ['Amsterdam', '阿姆斯特丹', '阿姆斯特丹', 'NL', 'Europe/Amsterdam'],
  ['Luxembourg', '盧森堡', '卢森堡', 'LU', 'Europe/Luxembourg'],
  ['Geneva', '日內瓦', '日内瓦', 'CH', 'Europe/Zurich'],
  ['Zurich', '蘇黎世', '苏黎世', 'CH', 'Europe/Zurich'],
  ['Milan', '米蘭', '米兰', 'IT', 'Europe/Rome'],
  ['Rome', '羅馬', '罗马', 'IT', 'Europe/Rome'],
  ['Madrid', '馬德里', '马德里', 'ES', 'Europe/Madrid'],
  ['Barcelona', '巴塞隆拿', '巴塞罗那', 'ES', 'Europe/Madrid'],
  ['Lisbon', '里斯本', '里斯本', 'PT', 'Europe/Lisbon'],
  ['Vienna', '維也納', '维也纳', 'AT', 'Europe/Vienna'],
  ['Stockholm', '斯德哥爾摩', '斯德哥尔摩', 'SE', 'Europe/Stockholm'],
  ['Copenhagen', '哥本哈根', '哥本哈根', 'DK', 'Europe/Copenhagen'],
  ['Oslo', '奧斯陸', '奥斯陆', 'NO', 'Europe/Oslo'],
  ['Helsinki', '赫爾辛基', '赫尔辛基', 'FI', 'Europe/Helsinki'],
  ['Warsaw', '華沙', '华沙', 'PL', 'Europe/Warsaw'],
  ['Prague', '布拉格', '布拉格', 'CZ', 'Europe/Prague'],
  ['Budapest', '布達佩斯', '布达佩斯', 'HU', 'Europe/Budapest'],
  ['Athens', '雅典', '雅典', 'GR', 'Europe/Athens'],
  ['Moscow', '莫斯科', '莫斯科', 'RU', 'Europe/Moscow'],
  ['New York', '紐約', '纽约', 'US', 'America/New_York'],
  ['Washington', '華盛頓', '华盛顿', 'US', 'America/New_York'],
  ['Boston', '波士頓', '波士顿', 'US', 'America/New_York'],
  ['Chicago', '芝加哥', '芝加哥', 'US', 'America/Chicago'],
  ['San Francisco', '三藩市', '旧金山', 'US', 'America/Los_Angeles'],
  ['Los Angeles', '洛杉磯', '洛杉矶', 'US', 'America/Los_Angeles'],
  ['Seattle', '西雅圖', '西雅图', 'US', 'America/Los_Angeles'],
  ['Toronto', '多倫多', '多伦多', 'CA', 'America/Toronto'],
  ['Vancouver', '溫哥華', '温哥华', 'CA', 'America/Vancouver'],
  ['Montreal', '滿地可', '蒙特利尔', 'CA', 'America/Toronto'],
  ['Mexico City', '墨西哥城', '墨西哥城', 'MX', 'America/Mexico_City'],
  ['São Paulo', '聖保羅', '圣保罗', 'BR', 'America/Sao_Paulo'],
];

/** Other spellings people type for a city in the table (old romanisations, Taiwan usage, no apostrophe). */
const aliases: Record<string, string[]> = {
  'xi’an': ["xi'an", 'xian'],
  macao: ['macau'],
  'hong kong': ['hongkong'],
  'new delhi': ['delhi'],
  bengaluru: ['bangalore'],
  'ho chi minh city': ['saigon', '西貢', '西贡', 'ho chi minh'],
  washington: ['washington, d.c.', 'washington dc'],
  'san francisco': ['舊金山'],
  sydney: ['雪梨'],
  montreal: ['montréal', '蒙特婁'],
  munich: ['münchen'],
  zurich: ['zürich'],
  geneva: ['genève', 'genf'],
  'são paulo': ['sao paulo'],
  seoul: ['漢城'],
  'kuala lumpur': ['kl'],
};

export const countries: ReadonlyMap<string, CityNames> = new Map(countryRows.map(([code, en, hant, hans]) => [code, { en, 'zh-Hant': hant, 'zh-Hans': hans }]));

export const cities: readonly City[] = cityRows.map(([en, hant, hans, country, timeZone]) => ({
  id: en.toLowerCase(),
  name: { en, 'zh-Hant': hant, 'zh-Hans': hans },
  country,
  timeZone,
}));

/** Lower case, accents off, curly apostrophes straight, spaces collapsed: how two spellings of a name compare. */
export function normaliseName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`]/g, "'")
    .replace(/[_\s]+/g, ' ')
    .trim()
    .toLowerCase();
}

const byName = new Map<string, City>();
for (const city of cities) {
  for (const name of [...Object.values(city.name), ...(aliases[city.id] ?? [])]) {
    const key = normaliseName(name);
    // The first city keeps a name two cities share (none do today, but the table may grow).
    if (!byName.has(key)) byName.set(key, city);
  }
}

/**
 * Each name exactly as the table writes it, to the city its normalised form finds: a name typed as written (most legs)
 * skips normaliseName, whose NFD pass was ~50 ms of the trip list's first rows (a lookup per leg per row).
 */
const byExactName = new Map<string, City | undefined>();
for (const city of cities) {
  for (const name of [...Object.values(city.name), ...(aliases[city.id] ?? [])]) byExactName.set(name, byName.get(normaliseName(name)));
}

/** The city a name stands for, in any of the three languages or a known other spelling. */
export function findCity(name: string): City | undefined {
  return byExactName.has(name) ? byExactName.get(name) : byName.get(normaliseName(name));
}

/** Every name a city is known by, for searching. */
export function cityNames(city: City): string[] {
  return [...Object.values(city.name), ...(aliases[city.id] ?? [])];
}

/** The city-table language for a UI language ('zh-Hant-HK' and the like fall to the nearest). */
export function cityLanguage(language: string): CityLanguage {
  if (language.startsWith('zh')) return /hans|cn|sg/i.test(language) ? 'zh-Hans' : 'zh-Hant';
  return 'en';
}

/** A country's name in a language, or the code itself for one the table lacks. */
export function countryName(code: string, language: CityLanguage): string {
  return countries.get(code)?.[language] ?? code;
}

/** A city written in one language (as a planner may type it) in another: "上海" → "Shanghai". Text that is no
 *  city we know comes back as it was. */
export function cityInLanguage(text: string, language: CityLanguage): string {
  const city = findCity(text);
  return city ? city.name[language] : text;
}
