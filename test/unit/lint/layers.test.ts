// The layering rule itself: each layer's forbidden imports are refused, and the allowed ones pass.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function layerErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layering rule', () => {
  it.each([
    ['shared/domain/x.ts', "import { readFile } from 'node:fs/promises';\nexport const x = readFile;\n"],
    ['shared/domain/x.ts', "import path from 'path';\nexport const x = path;\n"],
    ['shared/domain/x.ts', "import { useState } from 'react';\nexport const x = useState;\n"],
    ['renderer/src/features/x.ts', "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n"],
    ['renderer/src/features/x.ts', "import { createBackend } from '../../../electron/backend';\nexport const x = createBackend;\n"],
    ['renderer/src/features/x.ts', "import os from 'os';\nexport const x = os;\n"],
    ['electron/backend/x.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    ['electron/backend/x.ts', "import { bindIpc } from '../main/ipc';\nexport const x = bindIpc;\n"],
    ['electron/backend/x.ts', "import { startWebServer } from '../web/server';\nexport const x = startWebServer;\n"],
    ['electron/web/x.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    ['electron/web/x.ts', "import { bindIpc } from '../main/ipc';\nexport const x = bindIpc;\n"],
    ['electron/preload/x.ts', "import { createBackend } from '../backend';\nexport const x = createBackend;\n"],
  ])('refuses what %s may not import: %s', async (file, code) => {
    expect(await layerErrors(file, code)).toHaveLength(1);
  });

  it.each([
    ['shared/domain/x.ts', "import { z } from 'zod';\nexport const x = z;\n"],
    ['renderer/src/features/x.ts', "import { EventEditor } from '../events/EventEditor';\nexport const x = EventEditor;\n"],
    ['renderer/src/features/x.ts', "import { contract } from '../../../shared/contract';\nexport const x = contract;\n"],
    ['electron/backend/x.ts', "import path from 'node:path';\nexport const x = path;\n"],
    ['electron/main/x.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    ['electron/web/x.ts', "import { createBackend } from '../backend';\nexport const x = createBackend;\n"],
  ])('allows %s to import: %s', async (file, code) => {
    expect(await layerErrors(file, code)).toEqual([]);
  });
});
