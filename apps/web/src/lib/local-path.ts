/** Only paths of this app may be navigated to from state: never another origin ("//evil.example"). */
export function isLocalPath(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//');
}
