// Fails early, in words, when the app has not been built: every test needs the server and the renderer bundle.
import { existsSync } from 'node:fs';
import path from 'node:path';

export default function globalSetup(): void {
  const root = path.resolve(import.meta.dirname, '../..');
  const missing = ['dist-electron/web.mjs', 'dist/renderer/index.html'].filter((file) => !existsSync(path.join(root, file)));
  if (missing.length > 0) {
    throw new Error(`The app is not built (${missing.join(', ')} missing). Run \`npm run build\` first, or use \`npm run test:e2e\`.`);
  }
}
