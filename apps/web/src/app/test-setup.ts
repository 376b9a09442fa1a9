import { setupI18n } from '@/i18n';
import { setAppUnderTest } from '@/testing/render-app';
import { AppProvider } from './provider';
import { appRoutes } from './routes';
import { createAppRuntime } from './runtime';
import { resources } from './texts';

// A setup file of the unit tests, after testing/setup.ts: the app's texts in English, and the app
// that renderApp renders (testing/ does not import app/).
setupI18n(resources, 'en');
setAppUnderTest({ routes: appRoutes, createRuntime: createAppRuntime, Provider: AppProvider });
