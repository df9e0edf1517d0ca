// The outcomes feature's rules without a browser: HK$ and counts per language, newest first, the 50-row cap,
// the dashboard's order (stages always all five), bar lengths, and note excerpts as plain text.
import { describe, expect, it } from 'vitest';
import type { Dashboard, OutcomeTotals } from '../../../../../../shared/contract';
import { barPercent, capped, formatCount, formatHkd, formatHkdShort, hasOutcomes, newestFirst, noteExcerpt, orderDashboard, stages } from '../../../../../../renderer/src/features/outcomes/outcomesLogic';

const zero: OutcomeTotals = { mous: 0, investmentHkd: 0, jobs: 0, companiesLanded: 0, followUps: 0 };

describe('figures', () => {
  it('writes HK$ with thousands separators in English and Chinese', () => {
    expect(formatHkd('en', 42_000_000_000)).toBe('HK$42,000,000,000');
    expect(formatHkd('zh-Hant', 1_500_000)).toBe('HK$1,500,000');
    expect(formatCount('en', 17_000)).toBe('17,000');
    expect(formatHkdShort('en', 42_000_000_000)).toBe('HK$42bn');
  });

  it('knows when there is nothing to report', () => {
    expect(hasOutcomes(zero)).toBe(false);
    expect(hasOutcomes({ ...zero, jobs: 3 })).toBe(true);
  });
});

describe('lists', () => {
  it('caps a long list at 50 and tells how many are hidden', () => {
    const items = Array.from({ length: 200 }, (_, i) => i);
    expect(capped(items, false).shown).toHaveLength(50);
    expect(capped(items, false).hidden).toBe(150);
    expect(capped(items, true).shown).toHaveLength(200);
    expect(capped(items.slice(0, 10), false)).toEqual({ shown: items.slice(0, 10), hidden: 0 });
  });

  it('puts the newest first and items without a date last', () => {
    const rows = [{ d: '2025-03-01' }, { d: undefined }, { d: '2026-01-10' }, { d: '2025-12-31' }];
    expect(newestFirst(rows, (r) => r.d).map((r) => r.d)).toEqual(['2026-01-10', '2025-12-31', '2025-03-01', undefined]);
  });

  it('draws bars relative to the largest value, with a sliver for small ones', () => {
    expect(barPercent(50, 100)).toBe(50);
    expect(barPercent(1, 10_000)).toBe(1);
    expect(barPercent(0, 100)).toBe(0);
    expect(barPercent(5, 0)).toBe(0);
  });
});

describe('the dashboard', () => {
  it('orders trips and years newest first, sectors A–Z with Unspecified last, and lists every stage', () => {
    const t = (investmentHkd: number): OutcomeTotals => ({ ...zero, investmentHkd });
    const dashboard: Dashboard = {
      overall: t(30),
      byTrip: [
        { tripId: 'a', title: 'Old', startDate: '2024-05-01', totals: t(10) },
        { tripId: 'b', title: 'New', startDate: '2026-02-01', totals: t(20) },
      ],
      byYear: [
        { year: '2024', totals: t(10) },
        { year: '2026', totals: t(20) },
      ],
      bySector: [
        { sector: '', totals: t(5) },
        { sector: 'Biotech', totals: t(1) },
        { sector: 'AI', totals: t(25) },
      ],
      byStage: [{ stage: 'landed', count: 2 }],
    };
    const ordered = orderDashboard(dashboard);
    expect(ordered.byTrip.map((r) => r.title)).toEqual(['New', 'Old']);
    expect(ordered.byYear.map((r) => r.year)).toEqual(['2026', '2024']);
    expect(ordered.bySector.map((r) => r.sector)).toEqual(['AI', 'Biotech', '']);
    expect(ordered.byStage).toEqual(stages.map((stage) => ({ stage, count: stage === 'landed' ? 2 : 0 })));
  });
});

describe('note excerpts', () => {
  it('drops markdown marks and keeps the words, in English and Chinese', () => {
    const body = '## 與杭州市科學技術局會面\n\n- **Objectives**: talk about [AI](https://example.com)\n- 把握科學技術研究機遇';
    expect(noteExcerpt(body)).toBe('與杭州市科學技術局會面 Objectives: talk about AI 把握科學技術研究機遇');
  });

  it('shortens long notes and leaves markup as text', () => {
    expect(noteExcerpt('x'.repeat(500), 20)).toHaveLength(20);
    expect(noteExcerpt('<script>alert(1)</script>')).toBe('<script>alert(1)</script>');
  });
});
