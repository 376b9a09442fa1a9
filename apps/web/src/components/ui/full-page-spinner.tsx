import { Spinner } from './spinner';

/** Shown while a whole page waits for its data. */
export function FullPageSpinner() {
  return (
    <main className="full-page-center">
      <Spinner />
    </main>
  );
}
