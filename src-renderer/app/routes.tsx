import type { RouteObject } from 'react-router';
import { AttentionPage } from '../features/attention';
import { DeclarationDetailPage, DeclarationsPage } from '../features/declarations';
import { SignInPage } from '../features/session';
import { SupervisorPage } from '../features/supervisor';
import { TariffPage } from '../features/tariff-search';
import { Shell } from './Shell';

/**
 * Hash routes: the app is loaded from app://bundle/index.html in Electron and from any path over
 * http, and a hash URL never asks either server for a page that is not there.
 */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Shell />,
    children: [
      { index: true, element: <DeclarationsPage /> },
      { path: 'declarations/:id', element: <DeclarationDetailPage /> },
      { path: 'sign-in', element: <SignInPage /> },
      { path: 'attention', element: <AttentionPage /> },
      { path: 'tariff', element: <TariffPage /> },
      { path: 'supervisor', element: <SupervisorPage /> },
    ],
  },
];
