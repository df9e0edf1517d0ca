// The trip overview's day headings name the cities each day is spent in, from the trip (issue 9): the OASES
// sample's 15 May is Hangzhou then Shanghai, though both are Asia/Shanghai, and 13 May starts in Hong Kong.
import { describe, expect, it } from 'vitest';
import { dayCitiesText } from '../../../../../../renderer/src/features/trips/dayCities';
import { sampleTrip } from '../../../../helpers/sample-trip';

describe('day headings of the OASES sample', () => {
  const { trip, events } = sampleTrip('oases-hangzhou-shanghai-2025');

  it('names the day’s cities in order, with the leg’s country', () => {
    expect(dayCitiesText(trip, events, '2025-05-13', 'en')).toBe('Hong Kong → Hangzhou, China');
    expect(dayCitiesText(trip, events, '2025-05-14', 'en')).toBe('Hangzhou, China');
    expect(dayCitiesText(trip, events, '2025-05-15', 'en')).toBe('Hangzhou, China → Shanghai, China');
    expect(dayCitiesText(trip, events, '2025-05-16', 'en')).toBe('Shanghai, China → Hong Kong');
  });

  it('says nothing (the page then says "no leg") for a day no leg, journey or event names', () => {
    const bare = { ...trip, legs: [] };
    expect(dayCitiesText(bare, [], '2025-05-14', 'en')).toBe('');
  });
});
