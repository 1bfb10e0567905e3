import { lazy } from 'react';
import { createBrowserRouter, Navigate, Outlet, RouterProvider } from 'react-router';
import { ApolloProvider } from '@apollo/client';
import { client } from './api/client';
import { AuthProvider } from './auth/AuthProvider';
import { RequireRole } from './auth/RequireRole';
import { prefetchGaps } from './components/gaps/useGaps';
import { prefetchCatalogAndPlants } from './catalog/useCatalog';
import { Layout } from './components/Layout';
import { HomePage } from './pages/home/HomePage';
import { NotFoundPage } from './pages/not-found/NotFoundPage';

// Each page is its own chunk: the first page loads only what it shows.
const LoginPage = lazy(() => import('./pages/login/LoginPage'));
const SuppliersPage = lazy(() => import('./pages/suppliers/SuppliersPage'));
const SupplierPage = lazy(() => import('./pages/supplier/SupplierPage'));
const RequestsPage = lazy(() => import('./pages/requests/RequestsPage'));
const RequestNewPage = lazy(() => import('./pages/request-new/RequestNewPage'));
const RequestPage = lazy(() => import('./pages/request/RequestPage'));
const ProfilePage = lazy(() => import('./pages/profile/ProfilePage'));
const AdminImportPage = lazy(() => import('./pages/admin/AdminImportPage'));
const AdminUsersPage = lazy(() => import('./pages/admin/AdminUsersPage'));
const SettingsPage = lazy(() => import('./pages/settings/SettingsPage'));

const MANAGE = ['ADMIN', 'OEM_BUYER'] as const;
const READ_REQUESTS = ['ADMIN', 'OEM_BUYER', 'INVESTMENT_ANALYST'] as const;
/** Any account: the API decides what each may read (a gap's detail is FORBIDDEN to buyers and suppliers). */
const SIGNED_IN = ['ADMIN', 'OEM_BUYER', 'INVESTMENT_ANALYST', 'SUPPLIER'] as const;

function Root() {
  return (
    <AuthProvider>
      <Outlet />
    </AuthProvider>
  );
}

const router = createBrowserRouter([
  {
    element: <Root />,
    children: [
      {
        element: <Layout />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'login', element: <LoginPage /> },
          { path: 'suppliers', element: <SuppliersPage /> },
          { path: 'suppliers/:id', element: <SupplierPage /> },
          // Loaded by the router (no Suspense reveal delay), the plants and catalogue asked for meanwhile:
          // the buyer's main page becomes usable sooner.
          {
            path: 'match',
            loader: prefetchCatalogAndPlants,
            lazy: async () => ({ Component: (await import('./pages/match/MatchPage')).default }),
          },
          {
            path: 'requests',
            element: (
              <RequireRole roles={[...READ_REQUESTS]}>
                <RequestsPage />
              </RequireRole>
            ),
          },
          {
            path: 'requests/new',
            element: (
              <RequireRole roles={[...MANAGE]}>
                <RequestNewPage />
              </RequireRole>
            ),
          },
          {
            path: 'requests/:id',
            element: (
              <RequireRole roles={[...READ_REQUESTS]}>
                <RequestPage />
              </RequireRole>
            ),
          },
          {
            path: 'profile',
            element: (
              <RequireRole roles={['SUPPLIER']}>
                <ProfilePage />
              </RequireRole>
            ),
          },
          {
            path: 'settings',
            element: (
              <RequireRole roles={[...SIGNED_IN]}>
                <SettingsPage />
              </RequireRole>
            ),
          },
          {
            path: 'admin',
            element: (
              <RequireRole roles={['ADMIN']}>
                <Outlet />
              </RequireRole>
            ),
            children: [
              { index: true, element: <Navigate to="/admin/users" replace /> },
              { path: 'import', element: <AdminImportPage /> },
              { path: 'users', element: <AdminUsersPage /> },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
          // Loaded by the router before it renders them (no Suspense fallback, whose reveal React holds
          // back ~300 ms), /gaps asking for its data meanwhile: it shows its table within its time budget.
          {
            path: 'gaps',
            loader: prefetchGaps,
            lazy: async () => ({ Component: (await import('./pages/gaps/GapsPage')).default }),
          },
          {
            path: 'gaps/:region/:process',
            lazy: async () => {
              const { default: GapPage } = await import('./pages/gap/GapPage');
              return {
                element: (
                  <RequireRole roles={[...SIGNED_IN]}>
                    <GapPage />
                  </RequireRole>
                ),
              };
            },
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);

export function App() {
  return (
    <ApolloProvider client={client}>
      <RouterProvider router={router} />
    </ApolloProvider>
  );
}
