// Reactive values for tests that feed the kiosk's runes-based modules.
export function reactive<T extends object>(initial: T): T {
  const value = $state(initial);
  return value;
}
