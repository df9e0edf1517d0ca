// The zone picker's search: a city in any of our three languages finds its zone, Windows names are understood,
// typed IANA names still work, and offsets follow the date (summer time).
import { describe, expect, it, vi } from 'vitest';
import { cities, cityInLanguage, cityNames, findCity, normaliseName } from '../../../../shared/domain/cities';
import { ianaForWindowsZone } from '../../../../shared/domain/windows-zones';
import { cityOfZone, offsetMoment, optionLabel, resolveZone, searchZones, utcOffsetLabel, zoneDisplayName } from '../../../../shared/domain/zones';

describe('city table', () => {
  it('holds about a hundred cities, each with three names and a real zone', () => {
    expect(cities.length).toBeGreaterThanOrEqual(100);
    for (const city of cities) {
      expect(city.name.en && city.name['zh-Hant'] && city.name['zh-Hans'], city.id).toBeTruthy();
      expect(resolveZone(city.timeZone), city.id).toBe(city.timeZone);
    }
    expect(new Set(cities.map((c) => c.id)).size).toBe(cities.length);
  });

  it('finds a city by any of its names and writes it in another language', () => {
    expect(findCity('Shanghai')?.timeZone).toBe('Asia/Shanghai');
    expect(findCity('廣州')?.id).toBe('guangzhou');
    expect(findCity('广州')?.id).toBe('guangzhou');
    expect(findCity("xi'an")?.id).toBe('xi’an');
    expect(cityInLanguage('上海', 'en')).toBe('Shanghai');
    expect(cityInLanguage('San Francisco', 'zh-Hant')).toBe('三藩市');
    expect(cityInLanguage('San Francisco', 'zh-Hans')).toBe('旧金山');
    expect(cityInLanguage('Atlantis', 'zh-Hant')).toBe('Atlantis');
  });

  it('finds a name written as the table writes it without normalising it, and finds the same city either way', () => {
    const normalize = vi.spyOn(String.prototype, 'normalize');
    try {
      // The trip list looks up every leg of every row (decision 023): the usual spellings cost no NFD pass.
      expect(findCity('Shanghai')?.id).toBe('shanghai');
      expect(findCity('上海')?.id).toBe('shanghai');
      expect(findCity('旧金山')?.id).toBe('san francisco');
      expect(normalize).not.toHaveBeenCalled();
      expect(findCity('  shanghai ')?.id).toBe('shanghai');
      expect(normalize).toHaveBeenCalled();
    } finally {
      normalize.mockRestore();
    }
    for (const city of cities) {
      for (const name of cityNames(city)) {
        expect(findCity(name), name).toBe(findCity(` ${normaliseName(name)} `));
      }
    }
  });
});

describe('searchZones', () => {
  const first = (text: string) => searchZones(text)[0];

  it('finds a city typed in English, 繁體 or 简体, best match first', () => {
    expect(first('Shanghai')).toMatchObject({ zone: 'Asia/Shanghai', city: { id: 'shanghai' } });
    expect(first('上海')).toMatchObject({ zone: 'Asia/Shanghai', city: { id: 'shanghai' } });
    expect(first('蘇黎世')).toMatchObject({ zone: 'Europe/Zurich', city: { id: 'zurich' } });
    expect(first('苏黎世')).toMatchObject({ zone: 'Europe/Zurich', city: { id: 'zurich' } });
    expect(first('sao paulo')?.zone).toBe('America/Sao_Paulo');
    expect(first('shang')?.city?.id).toBe('shanghai');
  });

  it('finds a country’s cities and a zone by its IANA name', () => {
    const japan = searchZones('Japan').map((o) => o.city?.id);
    expect(japan).toEqual(expect.arrayContaining(['tokyo', 'osaka']));
    expect(searchZones('日本').map((o) => o.city?.id)).toEqual(expect.arrayContaining(['tokyo', 'osaka']));
    expect(searchZones('Asia/Kolkata').map((o) => o.zone)).toContain('Asia/Kolkata');
    expect(searchZones('Kolkata').map((o) => o.zone)).toContain('Asia/Kolkata');
    expect(searchZones('Tahiti').map((o) => o.zone)).toEqual(['Pacific/Tahiti']);
  });

  it('understands Windows zone names', () => {
    expect(first('China Standard Time')?.zone).toBe('Asia/Shanghai');
    expect(searchZones('W. Europe Standard Time').map((o) => o.zone)).toContain('Europe/Berlin');
    expect(resolveZone('W. Europe Standard Time')).toBe('Europe/Berlin');
    expect(resolveZone('china standard time')).toBe('Asia/Shanghai');
  });

  it('labels an option with its city and country in the UI language', () => {
    expect(optionLabel(first('Shanghai')!, 'zh-Hant')).toBe('上海 · 中國');
    expect(optionLabel(first('Shanghai')!, 'zh-Hans')).toBe('上海 · 中国');
    expect(optionLabel(first('Shanghai')!, 'en')).toBe('Shanghai · China');
  });

  it('lists our cities when nothing is typed, and nothing for nonsense', () => {
    expect(searchZones('').every((o) => o.city)).toBe(true);
    expect(searchZones('qqqxx')).toEqual([]);
  });
});

describe('resolveZone', () => {
  it('keeps IANA names typed, fixes their case, and takes a known city', () => {
    expect(resolveZone('Asia/Hong_Kong')).toBe('Asia/Hong_Kong');
    expect(resolveZone('  asia/shanghai ')).toBe('Asia/Shanghai');
    expect(resolveZone('UTC')).toBe('UTC');
    expect(resolveZone('Riyadh')).toBe('Asia/Riyadh');
    expect(resolveZone('利雅得')).toBe('Asia/Riyadh');
  });

  it('returns nothing for what is no zone', () => {
    expect(resolveZone('Mars/Olympus')).toBeUndefined();
    expect(resolveZone('')).toBeUndefined();
    expect(resolveZone('Atlantis Standard Time')).toBeUndefined();
  });
});

describe('offsets', () => {
  it('follows summer time: London is UTC+1 in July and UTC+0 in January', () => {
    expect(utcOffsetLabel('Europe/London', offsetMoment('2027-07-14'))).toBe('UTC+1');
    expect(utcOffsetLabel('Europe/London', offsetMoment('2027-01-14'))).toBe('UTC+0');
    expect(utcOffsetLabel('Australia/Sydney', offsetMoment('2027-01-14'))).toBe('UTC+11');
    expect(utcOffsetLabel('Australia/Sydney', offsetMoment('2027-07-14'))).toBe('UTC+10');
  });

  it('writes half hours and western zones', () => {
    expect(utcOffsetLabel('Asia/Shanghai', offsetMoment('2027-03-10'))).toBe('UTC+8');
    expect(utcOffsetLabel('Asia/Kolkata', offsetMoment('2027-03-10'))).toBe('UTC+5:30');
    expect(utcOffsetLabel('America/New_York', offsetMoment('2027-01-10'))).toBe('UTC−5');
  });
});

describe('zone names', () => {
  it('names a zone by its own city in the UI language', () => {
    expect(cityOfZone('Asia/Shanghai')?.id).toBe('shanghai');
    expect(cityOfZone('Europe/Zurich')?.id).toBe('zurich');
    expect(zoneDisplayName('Asia/Shanghai', 'zh-Hant')).toBe('上海 (Asia/Shanghai)');
    expect(zoneDisplayName('Pacific/Tahiti', 'zh-Hant')).toBe('Pacific/Tahiti');
  });

  it('the ICS import’s Windows table is this one', () => {
    expect(ianaForWindowsZone('GMT Standard Time')).toBe('Europe/London');
  });
});
