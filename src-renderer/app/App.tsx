import { useState } from 'react';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { createHashRouter, RouterProvider } from 'react-router';
import { routes } from './routes';
import { ServicesContext, type AppServices } from './services';

export type AppProps = { services: AppServices; i18n: I18n };

export function App({ services, i18n }: AppProps) {
  // One router per mounted app; created lazily so a re-render never resets navigation.
  const [router] = useState(() => createHashRouter(routes));
  return (
    <I18nextProvider i18n={i18n}>
      <ServicesContext.Provider value={services}>
        <RouterProvider router={router} />
      </ServicesContext.Provider>
    </I18nextProvider>
  );
}
