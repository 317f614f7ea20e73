import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RelayEnvironmentProvider } from 'react-relay';
import { App } from './app';
import { createRelayEnvironment } from './relay/relay-environment';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <RelayEnvironmentProvider environment={createRelayEnvironment()}>
      <App />
    </RelayEnvironmentProvider>
  </StrictMode>,
);
