// The backup passphrase as typed (twice) and the restore refusals that ask for it.
import { describe, expect, it } from 'vitest';
import { PlannerError } from '../../../../../../shared/contract';
import { passphraseAsked, passphraseProblems } from '../../../../../../renderer/src/features/backup/backupLogic';

describe('passphraseProblems', () => {
  it('accepts none (an unencrypted backup) or the same passphrase of 8+ characters twice', () => {
    expect(passphraseProblems('', '')).toEqual({});
    expect(passphraseProblems('harbour lights', 'harbour lights')).toEqual({});
  });
  it('refuses a short one, and two that differ', () => {
    expect(passphraseProblems('short', 'short')).toEqual({ passphrase: 'short' });
    expect(passphraseProblems('', 'harbour lights')).toEqual({ passphrase: 'short' });
    expect(passphraseProblems('harbour lights', 'harbour light')).toEqual({ again: 'mismatch' });
    expect(passphraseProblems('harbour lights', '')).toEqual({ again: 'mismatch' });
  });
});

describe('passphraseAsked', () => {
  it('tells a missing passphrase from a wrong one, and ignores other refusals', () => {
    expect(passphraseAsked(new PlannerError('invalid-input', 'x', { reason: 'passphrase-needed' }))).toBe('needed');
    expect(passphraseAsked(new PlannerError('invalid-input', 'x', { reason: 'wrong-passphrase' }))).toBe('wrong');
    expect(passphraseAsked(new PlannerError('invalid-input', 'x', { reason: 'damaged' }))).toBeUndefined();
    expect(passphraseAsked(new Error('x'))).toBeUndefined();
  });
});
