import '@accord/portal-kit/styles.css';
import './app.css';
import { createApolloClient, createSessionStore, PortalKitProvider, ToastProvider } from '@accord/portal-kit';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { typePolicies } from './apollo/type-policies';
import { App } from './app';
import { strings } from './strings';

const sessionStore = createSessionStore();
const client = createApolloClient({ sessionStore, typePolicies });

const container = document.getElementById('root');
if (container === null) throw new Error('index.html must contain an element with id "root".');

createRoot(container).render(
  <StrictMode>
    <PortalKitProvider client={client} sessionStore={sessionStore} strings={strings.kit}>
      <ToastProvider strings={strings.toast}>
        <App />
      </ToastProvider>
    </PortalKitProvider>
  </StrictMode>,
);
