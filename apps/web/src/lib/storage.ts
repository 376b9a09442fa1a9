type StorageArea = 'localStorage' | 'sessionStorage';

/**
 * Web Storage that degrades to "nothing remembered" where it is blocked (private modes, policies).
 * localStorage by default; sessionStorage for what belongs to this tab only.
 */
export function readStorage(key: string, area: StorageArea = 'localStorage'): string | null {
  try {
    return window[area].getItem(key);
  } catch {
    return null;
  }
}

export function writeStorage(key: string, value: string, area: StorageArea = 'localStorage'): void {
  try {
    window[area].setItem(key, value);
  } catch {
    // Remembering is a convenience; failing to do so must not break sign-in.
  }
}

export function removeStorage(key: string, area: StorageArea = 'localStorage'): void {
  try {
    window[area].removeItem(key);
  } catch {
    // Nothing could have been stored either.
  }
}
