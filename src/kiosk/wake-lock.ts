// Keeps the screen awake while the palace is open (released at night so the display may rest).
export class ScreenWakeLock {
  #sentinel: WakeLockSentinel | null = null;
  #wanted = false;
  readonly #onVisible = () => {
    if (this.#wanted && document.visibilityState === 'visible') void this.#request();
  };

  constructor() {
    document.addEventListener('visibilitychange', this.#onVisible);
  }

  get held(): boolean {
    return this.#sentinel !== null && !this.#sentinel.released;
  }

  set(wanted: boolean): void {
    this.#wanted = wanted;
    if (wanted) void this.#request();
    else void this.#sentinel?.release().catch(() => {});
  }

  dispose(): void {
    document.removeEventListener('visibilitychange', this.#onVisible);
    this.set(false);
  }

  async #request(): Promise<void> {
    if (this.held || !('wakeLock' in navigator)) return;
    try {
      this.#sentinel = await navigator.wakeLock.request('screen');
    } catch {
      // not allowed (e.g. page hidden): tried again when it becomes visible
    }
  }
}
