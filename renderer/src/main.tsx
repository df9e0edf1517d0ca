// Entry point: picks the transport (api/index.ts), sets up i18n, and renders the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ClientProvider, startClient } from './api';
import { createQueryClient, QueryProvider } from './api/query';
import { AccessScreen } from './app/AccessScreen';
import { App } from './app/App';
import { askFirstScreenData } from './app/firstScreen';
import { languageReady } from './i18n';
import { startTheme } from './app/theme';
import './app/theme.css';
import './app/shell.css';

// Before the first render, so a dark system never flashes a light window.
startTheme();
const start = startClient();
const queryClient = createQueryClient();
// Asked before the language's strings are awaited, so a Chinese reader's list and strings arrive side by side.
if (start.kind === 'ready') askFirstScreenData(queryClient, start.client);

function render(): void {
  createRoot(document.getElementById('root') as HTMLElement).render(
    <StrictMode>
      {start.kind === 'ready' ? (
        <ClientProvider client={start.client}>
          <QueryProvider queryClient={queryClient}>
            <App forgetAccess={start.forgetAccess} />
          </QueryProvider>
        </ClientProvider>
      ) : (
        <AccessScreen />
      )}
    </StrictMode>,
  );
}

// An English reader's strings are bundled (render now); a Chinese reader's arrive as a chunk, and the first render
// waits for them rather than showing English for a moment.
if (languageReady) void languageReady.then(render);
else render();
