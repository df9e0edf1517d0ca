// A press-release draft in the style of Hong Kong government releases ("The Director-General of …, Mr …, today
// (May 16) concluded his visit to …" / "…總監…今日（五月十六日）結束…訪問"), written from the trip's records. It is a
// draft: what the records cannot say (honorifics, quotes, the Chinese for an unknown title) is left in [brackets].
import { hasOutcome } from '../../../../shared/domain/followups';
import type { Leg, Organisation, TripEvent } from '../../../../shared/model';
import type { ExportLanguage } from '../../../../shared/contract';
import { chineseName, isChinese } from '../simplified';
import { chineseCount, cityInChinese, countEn, endsLine, endsLineZh, listEn, listZh, midSentence, monthDay, monthDayZh, roleInChinese, spanEn, spanZh } from './press-words';
import { citiesOf, counterpartsOf, formatCount, formatHkd, isMeetingLike, localDay, type TripFacts } from './trip-facts';

interface LegStory {
  leg: Leg;
  events: TripEvent[];
  counterparts: Organisation[];
}

/** Which leg an event belongs to: the leg whose dates hold it; on a travel day, before or after that day's journey. */
function legOf(facts: TripFacts, legs: Leg[], event: TripEvent): Leg | undefined {
  const day = localDay(event);
  const candidates = legs.filter((l) => l.startDate <= day && day <= l.endDate);
  if (candidates.length <= 1) return candidates[0];
  const named = candidates.find((l) => `${event.title} ${event.venue.en} ${event.address.en}`.toLowerCase().includes(l.city.toLowerCase()));
  if (named) return named;
  const journey = facts.events.filter((e) => e.kind === 'travel' && localDay(e) === day).at(-1);
  return journey && event.start >= journey.end ? candidates.at(-1) : candidates[0];
}

function stories(facts: TripFacts): LegStory[] {
  const legs = [...facts.trip.legs].sort((a, b) => a.startDate.localeCompare(b.startDate));
  const byLeg = new Map<string, LegStory>(legs.map((leg) => [leg.id, { leg, events: [], counterparts: [] }]));
  for (const event of facts.events.filter(isMeetingLike)) {
    const leg = legOf(facts, legs, event);
    const story = leg ? byLeg.get(leg.id)! : undefined;
    if (!story) continue;
    story.events.push(event);
    for (const o of counterpartsOf(facts, event)) if (!story.counterparts.includes(o)) story.counterparts.push(o);
  }
  return [...byLeg.values()];
}

/** The release's facts, the same for every language; Chinese names in the spelling of `language` (简体: stored Simplified). */
function pressFacts(facts: TripFacts, language: ExportLanguage) {
  const zh = (names: { en: string; zhHant: string; zhHans?: string }) => chineseName(names, language) || names.en;
  const { trip } = facts;
  const leader = facts.members[0];
  const [role = '', ...rest] = (leader?.title ?? '').split(',').map((s) => s.trim());
  const body = trip.organisingBody.trim() || rest.join(', ') || leader?.organisation || '';
  const short = leader?.organisation.trim() ?? '';
  const bodyRecord = [...facts.organisations.values()].find(
    (o) => o.name.en === body || (short !== '' && (o.name.en === short || o.name.en.endsWith(`(${short})`))),
  );
  const followUps = facts.followUps.filter(hasOutcome);
  const meetings = facts.events.filter(isMeetingLike);
  const counterparts = [...new Map(meetings.flatMap((e) => counterpartsOf(facts, e)).map((o) => [o.id, o])).values()];
  const companies = counterparts.filter((o) => o.kind === 'company');
  const investing = followUps.filter((f) => (f.outcome.investmentHkd ?? 0) > 0 || (f.outcome.jobs ?? 0) > 0);
  // Words that start a name, so a title that opens with one keeps its capital mid-sentence ("Hangzhou city tour").
  const names = new Set(
    [...citiesOf(trip), ...counterparts.map((o) => o.name.en)].map((n) => n.split(/\s+/)[0]!.toLowerCase()).filter((w) => !['the', 'a', 'an', ''].includes(w)),
  );
  return {
    trip,
    nameEn: leader?.name.en ?? '[Name]',
    surnameEn: leader?.name.en.split(/\s+/).at(-1) ?? '[Name]',
    nameZh: leader ? zh(leader.name) || '［姓名］' : '［姓名］',
    role: role || '[Title]',
    roleZh: roleInChinese(role) ?? '［職銜］',
    body,
    bodyZh: (bodyRecord && chineseName(bodyRecord.name, language)) || (body ? `［${body}］` : ''),
    zh,
    cities: citiesOf(trip),
    abroad: citiesOf(trip).some((c) => c.toLowerCase() !== 'hong kong'),
    stories: stories(facts),
    meetings,
    companies,
    /** How many enterprises the investment and jobs figures are from (one follow-up without an organisation counts as one). */
    investors: new Set(investing.map((f) => f.organisationId ?? f.id)).size,
    names,
    mous: followUps.flatMap((f) => (f.outcome.mou ? [f.outcome.mou] : [])),
    investment: followUps.reduce((sum, f) => sum + (f.outcome.investmentHkd ?? 0), 0),
    jobs: followUps.reduce((sum, f) => sum + (f.outcome.jobs ?? 0), 0),
  };
}
type PressFacts = ReturnType<typeof pressFacts>;

/** "met one enterprise, A." / "met three enterprises: A, B and C." / "met nine enterprises, including A, B, … and F." */
function enterprisesEn(names: string[]): string {
  if (names.length === 1) return `one enterprise, ${names[0]}`;
  if (names.length <= 6) return `${countEn(names.length)} enterprises: ${listEn(names)}`;
  return `${countEn(names.length)} enterprises, including ${listEn(names.slice(0, 6))}`;
}

/** 「與一家企業（甲）會面」/「與三家企業會面，分別為甲、乙及丙」/「與九家企業會面，包括…」 */
function enterprisesZh(who: string, names: string[]): string {
  if (names.length === 1) return `${who}與一家企業（${names[0]}）會面。`;
  const list = listZh(names.slice(0, 6));
  return `${who}與${chineseCount(names.length)}家企業會面，${names.length <= 6 ? '分別為' : '包括'}${list}。`;
}

/** "the Hangzhou Science and Technology Bureau", but "Peking University" and "iFLYTEK". */
const withArticle = (o: Organisation) => (o.kind === 'government' || o.kind === 'association' || / of /.test(o.name.en) ? `the ${o.name.en}` : o.name.en);

function english(p: PressFacts): string {
  const mr = `[Mr/Ms] ${p.surnameEn}`;
  const places = listEn(p.cities.filter((c) => !p.abroad || c.toLowerCase() !== 'hong kong'));
  const lines: string[] = [
    '[DRAFT for editing: written from the trip records. Check names, titles, honorifics and figures, and replace every item in square brackets before issue.]',
    '',
    p.abroad ? `${p.role} of ${p.body} visits ${places}` : `${p.role} of ${p.body} attends “${p.trip.title}”`,
    '',
    p.abroad
      ? `The ${p.role} of the ${p.body}, [Mr/Ms] ${p.nameEn}, today (${monthDay(p.trip.endDate)}) concluded a visit to ${places}.`
      : `The ${p.role} of the ${p.body}, [Mr/Ms] ${p.nameEn}, today (${monthDay(p.trip.endDate)}) attended “${p.trip.title}” in ${places || 'Hong Kong'}.`,
  ];
  if (p.trip.purpose.trim()) lines.push('', `[Purpose of the visit, to reword: ${p.trip.purpose.trim()}]`);
  for (const s of p.stories) {
    if (s.events.length === 0) continue;
    const met = s.counterparts.length ? ` met representatives of ${listEn(s.counterparts.map(withArticle))}` : '';
    const programme = listEn(s.events.slice(0, 4).map((e) => midSentence(e.title, p.names)));
    const where = p.abroad ? `During the visit to ${s.leg.city} ${spanEn(s.leg.startDate, s.leg.endDate)}` : `During the programme ${spanEn(s.leg.startDate, s.leg.endDate)}`;
    lines.push('', `${where}, ${mr}${met ? `${met}. The programme` : "'s programme"} included ${programme}${s.events.length > 4 ? `, among ${countEn(s.events.length)} engagements` : ''}.`);
  }
  const outcomes: string[] = [];
  if (p.mous.length) {
    const each = p.mous.map((m) => `the ${midSentence(m.title, p.names)}${m.parties.length ? ` (signed by ${listEn(m.parties)}${m.date ? ` on ${monthDay(m.date)}` : ''})` : ''}`);
    outcomes.push(p.mous.length === 1 ? `A Memorandum of Understanding (MoU) was signed during the visit: ${each[0]}.` : `${countEn(p.mous.length)} Memoranda of Understanding (MoUs) were signed during the visit: ${listEn(each)}.`);
  }
  if (p.companies.length) outcomes.push(`${mr} met ${enterprisesEn(p.companies.map((o) => o.name.en))}.`);
  if (p.investment || p.jobs) {
    const parts = [p.investment ? `invest about ${formatHkd(p.investment)} in Hong Kong` : '', p.jobs ? `create about ${formatCount(p.jobs)} jobs` : ''].filter(Boolean);
    outcomes.push(`${p.investors === 1 ? 'The enterprise concerned is' : 'The enterprises concerned are'} expected to ${listEn(parts)}.`);
  }
  if (outcomes.length) lines.push('', outcomes.join(' '));
  lines.push('', `${mr} said, "[Quote to be added.]"`);
  if (p.abroad) lines.push('', `${mr} concluded the visit to ${p.cities.at(-1)} today and returned to Hong Kong [this evening].`);
  lines.push('', endsLine(p.trip.endDate), '');
  return lines.join('\n');
}

function chinese(p: PressFacts): string {
  const abroadCities = p.cities.filter((c) => !p.abroad || c.toLowerCase() !== 'hong kong').map(cityInChinese);
  const places = listZh(abroadCities);
  const who = `${p.bodyZh}${p.roleZh}${p.nameZh}`;
  const lines: string[] = [
    '［草稿，待編輯：根據行程記錄撰寫。發布前請核對姓名、職銜及數字，並替換所有方括號內的項目。］',
    '',
    p.abroad ? `${p.bodyZh}${p.roleZh}訪問${places}` : `${p.bodyZh}${p.roleZh}出席「${p.trip.title}」`,
    '',
    p.abroad ? `${who}今日（${monthDayZh(p.trip.endDate)}）結束${places}的訪問。` : `${who}今日（${monthDayZh(p.trip.endDate)}）在${places || '香港'}出席「${p.trip.title}」。`,
  ];
  if (p.trip.purpose.trim()) lines.push('', `［訪問目的，請改寫：${p.trip.purpose.trim()}］`);
  for (const s of p.stories) {
    if (s.events.length === 0) continue;
    const where = p.abroad ? `${p.nameZh}於${spanZh(s.leg.startDate, s.leg.endDate)}在${cityInChinese(s.leg.city)}訪問期間` : `${p.nameZh}於${spanZh(s.leg.startDate, s.leg.endDate)}`;
    const met = s.counterparts.length ? `與${listZh(s.counterparts.map((o) => p.zh(o.name)))}的代表會面，` : '';
    lines.push('', `${where}，${met}行程包括${chineseCount(s.events.length)}項會議及參觀活動。`);
  }
  const outcomes: string[] = [];
  if (p.mous.length) {
    const each = p.mous.map((m) => `《${m.title}》${m.parties.length ? `（簽署方：${listZh(m.parties)}${m.date ? `；${monthDayZh(m.date)}` : ''}）` : ''}`);
    outcomes.push(`訪問期間共簽署${chineseCount(p.mous.length)}份合作備忘錄：${listZh(each)}。`);
  }
  if (p.companies.length) outcomes.push(enterprisesZh(p.nameZh, p.companies.map((o) => p.zh(o.name))));
  if (p.investment || p.jobs) {
    const parts = [p.investment ? `在港投資約${formatHkd(p.investment)}` : '', p.jobs ? `創造約${formatCount(p.jobs)}個職位` : ''].filter(Boolean);
    outcomes.push(`有關企業預計${parts.join('，並')}。`);
  }
  if (outcomes.length) lines.push('', outcomes.join(''));
  lines.push('', `${p.nameZh}表示：「［引述內容待補充。］」`);
  if (p.abroad) lines.push('', `${p.nameZh}今日結束在${cityInChinese(p.cities.at(-1) ?? '')}的訪問行程，［今晚］返回香港。`);
  lines.push('', endsLineZh(p.trip.endDate), '');
  return lines.join('\n');
}

export function pressRelease(facts: TripFacts, language: ExportLanguage): string {
  const p = pressFacts(facts, language);
  // 简体 is this 繁體 text converted by the caller (../simplified.ts), its names already Simplified.
  return isChinese(language) ? chinese(p) : english(p);
}
