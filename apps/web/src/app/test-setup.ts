import type { ComponentType } from 'react';
import { setupI18n } from '@/i18n';
import { setAppUnderTest } from '@/testing/render-app';
import { AppProvider } from './provider';
import { createAppRoutes, PAGES, type PageName } from './routes';
import { createAppRuntime } from './runtime';
import { resources } from './texts/all-languages';

// A setup file of the unit tests, after testing/setup.ts: the app's texts in English, and the app
// that renderApp renders (testing/ does not import app/). Its pages are loaded once, up front, so
// that a test renders synchronously as before; the lazy mounting is the browser's (e2e) to show.
setupI18n(resources, 'en');
const loaded = Object.fromEntries(
  await Promise.all(
    Object.entries(PAGES).map(async ([name, loadPage]) => [name, await loadPage()] as const),
  ),
) as Record<PageName, ComponentType>;
setAppUnderTest({
  routes: createAppRoutes((name) => ({ Component: loaded[name] })),
  createRuntime: createAppRuntime,
  Provider: AppProvider,
});
