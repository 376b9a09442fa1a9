/** localStorage that degrades to "nothing remembered" where it is blocked (private modes, policies). */
export function readStorage(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function writeStorage(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Remembering is a convenience; failing to do so must not break sign-in.
  }
}
