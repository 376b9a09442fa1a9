import { setAppUnderTest } from '@/testing/render-app';
import { AppProvider } from './provider';
import { appRoutes } from './routes';
import { createAppRuntime } from './runtime';

// A setup file of the unit tests (after testing/setup.ts): renderApp renders this app.
setAppUnderTest({ routes: appRoutes, createRuntime: createAppRuntime, Provider: AppProvider });
