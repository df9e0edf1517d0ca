// The Export menu's logistics documents: each dialog's choices become the contract call the document needs.
import { describe, expect, it } from 'vitest';
import { contract } from '../../../../../../shared/contract';
import { documentAsks, documentCall, logisticsDocuments, startingLanguage, type DocumentChoices } from '../../../../../../renderer/src/features/exports/logisticsDocuments';

const choices: DocumentChoices = { tripId: 'trip1', language: 'zh-Hant', paper: 'Letter', includeRestricted: true, memberId: 'm1', vehicleId: 'v1', date: '2025-05-19', format: 'xlsx' };

describe('documentCall', () => {
  it('makes a call the contract accepts for every document', () => {
    for (const kind of logisticsDocuments) {
      const call = documentCall(kind, choices);
      expect(call, kind).toBeDefined();
      expect(contract[call!.method].input.safeParse(call!.input).success, kind).toBe(true);
    }
  });

  it('passes the member, vehicle, day, language and paper the dialog chose', () => {
    expect(documentCall('memberItinerary', choices)).toEqual({ method: 'export.memberItineraryPdf', input: { tripId: 'trip1', language: 'zh-Hant', paper: 'Letter', includeRestricted: true, memberId: 'm1' } });
    expect(documentCall('driverSheet', choices)).toEqual({ method: 'export.driverSheetPdf', input: { tripId: 'trip1', language: 'zh-Hant', paper: 'Letter', vehicleId: 'v1', date: '2025-05-19' } });
    expect(documentCall('roomingList', choices)?.input).toMatchObject({ format: 'xlsx' });
    expect(documentCall('manifest', { ...choices, format: 'pdf' })?.input).toMatchObject({ format: 'csv' });
  });

  it('leaves out the day for every day, and the member for the trip pack’s own chooser', () => {
    expect(documentCall('principalSummary', { ...choices, date: '' })?.input).not.toHaveProperty('date');
    expect(documentCall('driverSheet', { ...choices, date: '' })?.input).not.toHaveProperty('date');
    expect(documentCall('tripPack', { ...choices, memberId: '' })?.input).not.toHaveProperty('memberId');
  });

  it('makes nothing while a member’s itinerary has no member or a driver’s sheet no vehicle', () => {
    expect(documentCall('memberItinerary', { ...choices, memberId: '' })).toBeUndefined();
    expect(documentCall('driverSheet', { ...choices, vehicleId: '' })).toBeUndefined();
  });

  it('starts the host programme in 简体 and the rest in the reader’s language; the driver’s sheet never offers restricted fields', () => {
    expect(startingLanguage('hostProgramme', 'en')).toBe('zh-Hans');
    expect(startingLanguage('memberItinerary', 'zh-Hant')).toBe('zh-Hant');
    expect(documentAsks.driverSheet.restricted).toBe(false);
  });
});
