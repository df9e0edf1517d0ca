// A Chinese reader's strings are a chunk of their own (docs/decisions/023-first-screen-2.md): the first render waits
// for them, and a switch happens only once they are in, so no key is ever shown raw and no English flashes first.
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { en, type Resources } from '../../../../../renderer/src/i18n/en';
import { chineseStrings, startingResources, switchLanguage, type StringsLoader } from '../../../../../renderer/src/i18n/languageChunks';
import { zhHant } from '../../../../../renderer/src/i18n/zh-Hant';

/** A loader whose answer is released by hand, counting how often it was asked. */
function heldLoader(strings: Resources): { load: StringsLoader; release: () => void; calls: () => number } {
  let calls = 0;
  let release = (): void => undefined;
  const answer = new Promise<Resources>((resolve) => (release = () => resolve(strings)));
  return { load: () => (calls++, answer), release, calls: () => calls };
}

async function englishInstance() {
  const i18n = i18next.createInstance();
  await i18n.init({ resources: { en: { translation: en } }, lng: 'en', fallbackLng: 'en', interpolation: { escapeValue: false } });
  return i18n;
}

const settled = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('the UI languages as chunks', () => {
  it('an English reader starts with no chunk fetched', async () => {
    const zh = heldLoader(zhHant);
    expect(await startingResources('en', { 'zh-Hant': zh.load, 'zh-Hans': zh.load })).toEqual({});
    expect(zh.calls()).toBe(0);
  });

  it("a zh-Hant reader's strings are in before the start resolves (so before the first render)", async () => {
    const zh = heldLoader(zhHant);
    let done = false;
    const starting = startingResources('zh-Hant', { 'zh-Hant': zh.load, 'zh-Hans': zh.load }).then((resources) => ((done = true), resources));
    await settled();
    expect(done).toBe(false);
    zh.release();
    const resources = await starting;
    const i18n = i18next.createInstance();
    await i18n.init({ resources: { en: { translation: en }, ...resources }, lng: 'zh-Hant', fallbackLng: 'en' });
    expect(i18n.t('app.trips')).toBe('行程');
  });

  it('switching waits for the chunk: the old language stays whole until the new strings are in, then all change', async () => {
    const i18n = await englishInstance();
    const zh = heldLoader(zhHant);
    const switching = switchLanguage(i18n, 'zh-Hant', { 'zh-Hant': zh.load, 'zh-Hans': zh.load });
    await settled();
    expect(i18n.language).toBe('en');
    expect(i18n.t('app.trips')).toBe('Trips');
    zh.release();
    await switching;
    expect(i18n.language).toBe('zh-Hant');
    expect(i18n.t('app.trips')).toBe('行程');
    // Back and forth: a language already loaded is not fetched again.
    await switchLanguage(i18n, 'en', { 'zh-Hant': zh.load, 'zh-Hans': zh.load });
    expect(i18n.t('app.trips')).toBe('Trips');
    await switchLanguage(i18n, 'zh-Hant', { 'zh-Hant': zh.load, 'zh-Hans': zh.load });
    expect(i18n.t('app.trips')).toBe('行程');
    expect(zh.calls()).toBe(1);
  });

  it('a chunk that cannot be loaded leaves the language as it was', async () => {
    const i18n = await englishInstance();
    const failing: StringsLoader = () => Promise.reject(new Error('chunk missing'));
    await expect(switchLanguage(i18n, 'zh-Hans', { 'zh-Hant': failing, 'zh-Hans': failing })).rejects.toThrow('chunk missing');
    expect(i18n.language).toBe('en');
    expect(i18n.t('app.trips')).toBe('Trips');
  });

  it('the real loaders bring each Chinese language whole', async () => {
    expect((await chineseStrings['zh-Hant']()).app.trips).toBe('行程');
    expect((await chineseStrings['zh-Hans']()).app.trips).toBe('行程');
    expect(Object.keys(await chineseStrings['zh-Hans']()).sort()).toEqual(Object.keys(en).sort());
  });
});
