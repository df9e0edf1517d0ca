// Words a Hong Kong government press release needs that the records keep only in English: common official titles and
// cities in Traditional Chinese, and dates written the way the releases write them ("May 16", "五月十六日").
const roles: [RegExp, string][] = [
  [/^director-general$/i, '總監'],
  [/^(chief executive officer|ceo)$/i, '行政總裁'],
  [/^(chairman|chairperson|chair)$/i, '主席'],
  [/^vice[- ]chairman$/i, '副主席'],
  [/^chief talent officer$/i, '首席人才官'],
  [/^chief corporate development officer$/i, '首席企業發展總監'],
  [/^chief financial officer$/i, '首席財務總監'],
  [/^(director|executive director)$/i, '總監'],
  [/^commissioner$/i, '專員'],
  [/^secretary$/i, '局長'],
  [/^permanent secretary$/i, '常任秘書長'],
  [/^head$/i, '主管'],
];

/** A title's Chinese form, or undefined when we do not know it (the draft then asks the editor). */
export function roleInChinese(role: string): string | undefined {
  return roles.find(([pattern]) => pattern.test(role.trim()))?.[1];
}

const cities: Record<string, string> = {
  'hong kong': '香港', macao: '澳門', macau: '澳門', beijing: '北京', shanghai: '上海', hangzhou: '杭州', shenzhen: '深圳',
  guangzhou: '廣州', nanjing: '南京', suzhou: '蘇州', wuhan: '武漢', chengdu: '成都', chongqing: '重慶', "xi'an": '西安',
  tianjin: '天津', xiamen: '廈門', hefei: '合肥', qingdao: '青島', dongguan: '東莞', foshan: '佛山', zhuhai: '珠海',
  riyadh: '利雅得', dubai: '杜拜', 'abu dhabi': '阿布扎比', doha: '多哈', singapore: '新加坡', tokyo: '東京', osaka: '大阪',
  seoul: '首爾', bangkok: '曼谷', jakarta: '雅加達', 'kuala lumpur': '吉隆坡', hanoi: '河內', 'ho chi minh city': '胡志明市',
  london: '倫敦', paris: '巴黎', berlin: '柏林', munich: '慕尼黑', sydney: '悉尼', melbourne: '墨爾本', 'new york': '紐約',
  'san francisco': '三藩市', 'los angeles': '洛杉磯', toronto: '多倫多', vancouver: '溫哥華',
};

export function cityInChinese(city: string): string {
  return cities[city.trim().toLowerCase()] ?? city;
}

const digits = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1–31 in Chinese numerals: 十六, 二十, 三十一. */
export function chineseNumber(n: number): string {
  if (n < 10) return digits[n]!;
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : digits[tens]}十${digits[n % 10]}`;
}

/** A count as a Chinese numeral the way a sentence counts: 兩項 (not 二項), 十六家; past 99 in digits. */
export function chineseCount(n: number): string {
  if (n === 2) return '兩';
  return n >= 1 && n <= 99 ? chineseNumber(n) : String(n);
}

const smallEn = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** Releases spell out numbers under ten: "three enterprises", "12 engagements". */
export function countEn(n: number): string {
  return smallEn[n] ?? String(n);
}

/**
 * An event or MoU title as it reads mid-sentence: "Roundtable with …" becomes "roundtable with …", but a title that
 * starts with a name keeps its capital: "Beijing Hong Kong Digital …", "Xicheng District …", "MoU to …", "iFLYTEK".
 * A title reads as a plain phrase only when its first word is an ordinary capitalised word followed by a lower-case
 * one (or nothing) and is not one of `names` (the trip's cities, the first words of organisations' names).
 */
export function midSentence(title: string, names: ReadonlySet<string> = new Set()): string {
  const [first = '', second] = title.split(/\s+/);
  const plainWord = /^[A-Z][a-z'’-]*$/.test(first);
  const nextIsLower = second === undefined || /^[a-z]/.test(second);
  if (!plainWord || !nextIsLower || names.has(first.toLowerCase())) return title;
  return title[0]!.toLowerCase() + title.slice(1);
}

const day = (date: string) => new Date(`${date}T00:00:00Z`);

/** "May 16" */
export function monthDay(date: string): string {
  return new Intl.DateTimeFormat('en-US', { month: 'long', day: 'numeric', timeZone: 'UTC' }).format(day(date));
}

/** "五月十六日" */
export function monthDayZh(date: string): string {
  const d = day(date);
  return `${chineseNumber(d.getUTCMonth() + 1)}月${chineseNumber(d.getUTCDate())}日`;
}

/** "from May 13 to 15", "from May 30 to June 2", "on May 16". */
export function spanEn(start: string, end: string): string {
  if (start === end) return `on ${monthDay(start)}`;
  const sameMonth = start.slice(0, 7) === end.slice(0, 7);
  return `from ${monthDay(start)} to ${sameMonth ? String(day(end).getUTCDate()) : monthDay(end)}`;
}

/** "五月十三日至十五日", "五月十六日". */
export function spanZh(start: string, end: string): string {
  if (start === end) return monthDayZh(start);
  const sameMonth = start.slice(0, 7) === end.slice(0, 7);
  return `${monthDayZh(start)}至${sameMonth ? `${chineseNumber(day(end).getUTCDate())}日` : monthDayZh(end)}`;
}

/** "Ends/Friday, May 16, 2025", as releases close. */
export function endsLine(date: string): string {
  return `Ends/${new Intl.DateTimeFormat('en-US', { weekday: 'long', month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' }).format(day(date))}`;
}

/** "完\n2025年5月16日（星期五）" */
export function endsLineZh(date: string): string {
  const d = day(date);
  const weekday = new Intl.DateTimeFormat('zh-Hant-HK', { weekday: 'long', timeZone: 'UTC' }).format(d);
  return `完\n${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日（${weekday}）`;
}

/** "A", "A and B", "A, B and C" / "A、B及C". */
export function listEn(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
export function listZh(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join('、')}及${items.at(-1)}`;
}
