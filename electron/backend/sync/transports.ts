// The places this device syncs through, built from its config: the shared folder and the CouchDB server; with a
// team passphrase each is wrapped by encryptingTransport, so batches leave this device only encrypted.
import type { SyncTransport } from '../../../shared/domain/sync/transport';
import type { CouchTransport } from './couch';
import { createCouchTransport } from './couch';
import { encryptingTransport } from './crypto';
import { FolderTransport, type FolderFs } from './folder';
import type { SyncConfig, SyncSecrets } from './state';

/** Test seams for sync, given to createBackend and on to the engine. */
export interface SyncSeams {
  /** File operations of the folder transport (tests make a rename fail or the folder vanish). */
  folderFs?: FolderFs;
  /** Wraps every transport (tests delete the folder between push and pull). */
  wrap?: (transport: SyncTransport) => SyncTransport;
}

export interface Places {
  transports: SyncTransport[];
  /** The raw server transport, whose pull checkpoint the engine keeps in its state. */
  couch?: CouchTransport;
}

export function makeTransports(config: SyncConfig, secrets: SyncSecrets, device: string, seams: SyncSeams): Places {
  const raw: SyncTransport[] = [];
  let couch: CouchTransport | undefined;
  if (config.folder) raw.push(new FolderTransport(config.folder, device, seams.folderFs));
  if (config.server) {
    couch = createCouchTransport({
      url: config.server.url,
      database: config.server.database,
      device,
      ...(config.server.username && { username: config.server.username }),
      ...(secrets.password && { password: secrets.password }),
    });
    raw.push(couch);
  }
  const wrapped = secrets.passphrase ? raw.map((t) => encryptingTransport(t, secrets.passphrase!)) : raw;
  return { transports: seams.wrap ? wrapped.map(seams.wrap) : wrapped, ...(couch && { couch }) };
}
