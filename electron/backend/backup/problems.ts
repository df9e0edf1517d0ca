// Why a backup cannot be restored, in words for people; the reason travels in the error's details so the window
// can say it in the reader's language.
export type BackupProblemReason = 'not-backup' | 'damaged' | 'newer-version' | 'invalid-records' | 'passphrase-needed' | 'wrong-passphrase';

/** Every refusal ends with this: a restore that is refused changes nothing. */
export const unchanged = 'Nothing was changed; your data is as it was.';

export class BackupProblem extends Error {
  constructor(
    readonly reason: BackupProblemReason,
    message: string,
    /** The particular cause, for a detail line under a translated message: "its checksum does not match". */
    readonly why?: string,
  ) {
    super(message);
    this.name = 'BackupProblem';
  }
}
