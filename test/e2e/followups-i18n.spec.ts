// The follow-ups page in Traditional Chinese: statuses, the overdue words and the badge, and the editor with its
// HK$ amount, read in Chinese; screenshots of both languages for people to look at.
import { expect, openApp, shot, test } from './fixtures';

const id = (record: unknown): string => (record as { id: string }).id;

function hkDate(days = 0): string {
  const now = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Hong_Kong', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

test('the board, list and editor read in Traditional Chinese', async ({ page, planner }) => {
  await planner.call('samples.dismiss');
  const alice = id(await planner.call('members.create', { name: { en: 'Alice Chan', zhHant: '陳愛麗' }, title: 'Director-General', rank: 1 }));
  const org = id(await planner.call('organisations.create', { name: { en: 'Hong Kong Science Park', zhHant: '香港科學園' } }));
  const tripId = id(await planner.call('trips.create', { title: '署長杭州及上海訪問', startDate: '2027-03-10', endDate: '2027-03-13', memberIds: [alice] }));
  await planner.call('followups.create', { tripId, title: '跟進阿里雲落戶香港', dueDate: hkDate(-2), ownerId: alice, organisationId: org, priority: 'high' });
  await planner.call('followups.create', { tripId, title: '寄出簽署備忘錄文本', dueDate: hkDate(2), status: 'in-progress' });
  await planner.call('followups.create', {
    tripId,
    title: 'Sign the AI lab MoU',
    status: 'done',
    outcome: { mou: { title: 'AI lab MoU', parties: ['HKSTP', 'Alibaba Cloud'] }, investmentHkd: 1_200_000_000, jobs: 300 },
  });

  await openApp(page, planner);
  await page.getByRole('link', { name: /^Follow-ups/ }).click();
  await expect(page.getByRole('link', { name: 'Follow-ups 1 overdue' })).toBeVisible();
  await shot(page, 'followups-board-en');

  await page.getByLabel('Language / 語言').selectOption('zh-Hant');
  await expect(page.getByRole('heading', { level: 1, name: '跟進事項' })).toBeVisible();
  await expect(page.getByRole('link', { name: '跟進事項 1 項逾期' })).toBeVisible();
  await expect(page.getByRole('region', { name: '未開始，1 項' })).toContainText('已逾期');
  await expect(page.getByRole('region', { name: '進行中，1 項' })).toContainText('寄出簽署備忘錄文本');
  await expect(page.getByLabel('跟進阿里雲落戶香港的狀態')).toHaveValue('open');
  await shot(page, 'followups-board-zh');

  await page.getByRole('link', { name: '清單' }).click();
  await expect(page.getByRole('table')).toContainText('香港科學園');
  await shot(page, 'followups-list-zh');

  await page.getByRole('button', { name: 'Sign the AI lab MoU' }).click();
  const editor = page.getByRole('dialog', { name: '編輯跟進事項' });
  await expect(editor.getByText('顯示為 HK$1,200,000,000。')).toBeVisible();
  await expect(editor.getByLabel('合作備忘錄簽署方')).toHaveValue('HKSTP\nAlibaba Cloud');
  await shot(page, 'followups-editor-zh');
  await editor.getByRole('button', { name: '取消' }).click();

  await page.getByLabel('Language / 語言').selectOption('en');
  await page.getByRole('button', { name: 'New follow-up' }).click();
  await page.getByRole('dialog', { name: 'New follow-up' }).getByRole('button', { name: 'Create follow-up' }).click();
  await shot(page, 'followups-editor-errors-en');
});
