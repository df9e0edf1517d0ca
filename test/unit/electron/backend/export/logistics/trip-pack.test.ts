// The phone trip pack as a file: self-contained (nothing it would fetch), one member's view with their own seat and
// room only, or a chooser of the whole delegation; Chinese addresses linked to the three map apps; phones as tel:.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportFile } from '../../../../../../shared/contract';
import { mapLinks, telLink } from '../../../../../../electron/backend/export/logistics/trip-pack-links';
import { addPeopleLogistics, PEOPLE, type PeopleTrip } from '../../../../../fixtures/people-logistics';
import { openTestBackend, type TestBackend } from '../../backend-fixture';

let t: TestBackend;
let trip: PeopleTrip;

async function pack(input: Record<string, unknown> = {}): Promise<{ file: ExportFile; html: string }> {
  const file = (await t.call('export.tripPack', { tripId: trip.tripId, ...input } as never)) as ExportFile;
  return { file, html: t.bytesOf(file).toString('utf8') };
}

beforeAll(async () => {
  t = await openTestBackend();
  trip = await addPeopleLogistics((method, input) => t.call(method as never, input as never));
}, 60_000);

afterAll(() => t?.close());

describe('the trip pack', () => {
  it('is one HTML file that loads nothing from anywhere', async () => {
    const { file, html } = await pack({ memberId: trip.fanny });
    expect(file.mime).toBe('text/html');
    expect(file.fileName).toMatch(/^Trip pack – HKSTP delegation to Beijing.* – Fanny Wong\.html$/);
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|url\(/i);
  });

  it("shows Fanny's own seat, room, car and driver, and not Albert's", async () => {
    const { html } = await pack({ memberId: trip.fanny });
    for (const mine of [PEOPLE.fannySeat, PEOPLE.fannyBooking, PEOPLE.fannyRoom, PEOPLE.plate, PEOPLE.driverZh, PEOPLE.fannyOnly]) expect(html, mine).toContain(mine);
    for (const theirs of [PEOPLE.albertBooking, PEOPLE.albertRoom, 'SL-ALB']) expect(html, theirs).not.toContain(theirs);
    expect(html).not.toContain(PEOPLE.restricted);
    expect(html).not.toContain('class="chooser"');
  });

  it('links the Chinese address to Amap, Apple Maps and Google Maps, and phones to tel:', async () => {
    const { html } = await pack({ memberId: trip.fanny });
    const links = mapLinks(PEOPLE.pickUpAddress);
    for (const href of [links.amap, links.apple, links.google]) expect(html).toContain(`href="${href.replace(/&/g, '&amp;')}"`);
    expect(links.google).toBe(`https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(PEOPLE.pickUpAddress)}`);
    expect(html).toContain(`href="tel:+8613800138000"`);
    expect(html).toContain(`href="tel:+861066572880"`);
  });

  it('offers each delegation member by precedence when no member is named', async () => {
    const { html } = await pack();
    const chooser = html.slice(html.indexOf('class="chooser"'), html.indexOf('</nav>', html.indexOf('class="chooser"')));
    expect(chooser.indexOf('Albert Wong')).toBeGreaterThan(0);
    expect(chooser.indexOf('Albert Wong')).toBeLessThan(chooser.indexOf('Fanny Wong'));
    expect(chooser.indexOf('Fanny Wong')).toBeLessThan(chooser.indexOf('Derek Chim'));
    for (const id of [trip.albert, trip.fanny, trip.derek]) expect(html).toContain(`id="member-${id}"`);
  });

  it('carries restricted briefing text only when asked, and is worded in 简体', async () => {
    expect((await pack({ memberId: trip.albert, includeRestricted: true })).html).toContain(PEOPLE.restricted);
    const { html, file } = await pack({ memberId: trip.fanny, language: 'zh-Hans' });
    expect(file.fileName.startsWith('行程手册')).toBe(true);
    expect(html).toContain('当晚住宿');
    expect(html).toContain('高德地图');
    expect(html).toContain('张伟');
  });

  it('makes a tel: link only of something that has digits', () => {
    expect(telLink('+86 (10) 6657-2880')).toBe('tel:+861066572880');
    expect(telLink('ask at the desk')).toBeUndefined();
  });
});
