// The language switch: the whole UI in Traditional Chinese, dates in Chinese form, remembered across reloads.
import { declineSamples, expect, openApp, shot, test } from './fixtures';
import { dateTimeField, typeDate } from './datetime-fields';

test('switching to 繁體中文 shows the UI in Chinese and is remembered', async ({ page, planner }) => {
  await openApp(page, planner);
  await declineSamples(page);
  await page.getByLabel('Language / 語言').selectOption({ label: '繁體中文' });

  await expect(page.getByRole('heading', { level: 1, name: '行程' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: '主選單' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '尚未有行程' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');

  await page.getByRole('button', { name: '新增行程' }).first().click();
  const form = page.getByRole('dialog', { name: '新增行程' });
  await form.getByLabel('標題').fill('署長訪問杭州及上海');
  await typeDate(dateTimeField(form, '開始日期'), '2027-05-13');
  await typeDate(dateTimeField(form, '結束日期'), '2027-05-16');
  await form.getByRole('button', { name: '加入行程段' }).click();
  await form.getByLabel('城市（第 1 段）').fill('杭州');
  await form.getByLabel('城市（第 1 段）').blur();
  await expect(form.getByLabel('時區（第 1 段）')).toHaveValue('Asia/Shanghai');
  await expect(form.getByLabel('國家／地區（第 1 段）')).toHaveValue('中國');
  await shot(page, 'trip-form-zh');
  await form.getByRole('button', { name: '建立行程' }).click();
  await expect(form).toBeHidden();
  // A new trip opens its own page (in Chinese too); the list is one step back.
  await expect(page.getByRole('heading', { level: 1, name: '署長訪問杭州及上海' })).toBeVisible();
  await page.getByRole('link', { name: '返回行程列表' }).click();

  const row = page.getByRole('row', { name: /署長訪問杭州及上海/ });
  await expect(row).toContainText('2027年5月13日');
  await expect(row).toContainText('草擬');
  await shot(page, 'trip-list-zh');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: '行程' })).toBeVisible();
});
