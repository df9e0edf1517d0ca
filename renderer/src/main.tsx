// Entry point: picks the transport (api/index.ts), sets up i18n, and renders the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ClientProvider, startClient } from './api';
import { createQueryClient, QueryProvider } from './api/query';
import { AccessScreen } from './app/AccessScreen';
import { App } from './app/App';
import { askFirstScreenData } from './app/firstScreen';
import './i18n';
import { startTheme } from './app/theme';
import './app/theme.css';
import './app/shell.css';

// Before the first render, so a dark system never flashes a light window.
startTheme();
const start = startClient();
const queryClient = createQueryClient();
if (start.kind === 'ready') askFirstScreenData(queryClient, start.client);
const root = createRoot(document.getElementById('root') as HTMLElement);

root.render(
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
