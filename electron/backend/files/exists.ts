// Whether a path is there (any kind of file). For decisions that tolerate a race, such as picking a free name or
// noticing a marker file; anything that must be exact opens the file and handles ENOENT instead.
import { promises as fs } from 'node:fs';

export async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}
