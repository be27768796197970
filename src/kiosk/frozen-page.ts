// The service worker's judgement of a frozen page: which pages to ask whether they are alive, and
// which to reload. Pure (the worker passes its time in), so a unit test can step it.
//
// A page's heartbeat comes from an animation frame once a second. On a busy machine frames can stop
// for seconds while the page is alive (a starved renderer, a software-drawn 3D frame, a long layout),
// and a reload would only make the machine busier: a cold boot is the costliest thing the kiosk does.
// So a silent page is first asked (PING); it answers from its message handler, not from a frame, and
// any answer means "slow, not frozen". Only a page that stays silent through the question as well
// (its main thread stuck, e.g. in an endless loop) is reloaded, at most MAX_FROZEN_RELOADS times in
// FROZEN_RELOAD_WINDOW_MS. The answer may take long: a main thread waits in a synchronous WebGL call
// while a starved GPU process catches up (seen: more than 8 s at load 25), and that page is alive.

/** Silence (no heartbeat) after which a page is asked. */
export const FROZEN_AFTER_MS = 8_000;
/** How long an asked page has to answer before it is reloaded. */
export const ANSWER_WITHIN_MS = 30_000;
export const MAX_FROZEN_RELOADS = 3;
export const FROZEN_RELOAD_WINDOW_MS = 10 * 60_000;

interface Watched {
  /** When the page was last heard from: a heartbeat or an answer. */
  heardAt: number;
  /** Silence after which the page is asked. */
  frozenAfterMs: number;
  /** Time it then has to answer. */
  answerWithinMs: number;
  /** When it was asked, if it has been since it was last heard. */
  askedAt: number | null;
}

export interface FrozenPageVerdict {
  /** Pages silent for their frozenAfterMs: ask them whether they are alive. */
  ask: string[];
  /** Pages that did not answer either: reload them (within the budget). */
  reload: string[];
}

export class FrozenPageWatch {
  readonly #pages = new Map<string, Watched>();
  #reloads: number[] = [];

  /** A heartbeat or an answer from page `id`: it is alive. */
  heard(id: string, now: number, frozenAfterMs = FROZEN_AFTER_MS, answerWithinMs = ANSWER_WITHIN_MS): void {
    this.#pages.set(id, { heardAt: now, frozenAfterMs, answerWithinMs, askedAt: null });
  }

  /** An answer to a question: alive, with the times it asked for when it last beat. */
  answered(id: string, now: number): void {
    const page = this.#pages.get(id);
    if (page) this.heard(id, now, page.frozenAfterMs, page.answerWithinMs);
  }

  /** The page went away or was hidden: nothing to watch until it beats again. */
  forget(id: string): void {
    this.#pages.delete(id);
  }

  get watching(): number {
    return this.#pages.size;
  }

  check(now: number): FrozenPageVerdict {
    const verdict: FrozenPageVerdict = { ask: [], reload: [] };
    for (const [id, page] of this.#pages) {
      if (page.askedAt === null) {
        if (now - page.heardAt < page.frozenAfterMs) continue;
        page.askedAt = now;
        verdict.ask.push(id);
      } else if (now - page.askedAt >= page.answerWithinMs) {
        this.#pages.delete(id);
        verdict.reload.push(id);
      }
    }
    return verdict;
  }

  /** Takes one reload from the budget; false once MAX_FROZEN_RELOADS were spent in the window. */
  takeReload(now: number): boolean {
    this.#reloads = this.#reloads.filter((t) => now - t < FROZEN_RELOAD_WINDOW_MS);
    if (this.#reloads.length >= MAX_FROZEN_RELOADS) return false;
    this.#reloads.push(now);
    return true;
  }
}
