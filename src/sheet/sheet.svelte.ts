// The layout sheet's state: the content set, the one scene on the page and its clock; shows a
// scene, waits until it has settled, and measures it (window.__sheet, see api.ts).
import { tick } from 'svelte';
import type { ContentSet, Notice, PlaylistEntry } from '../content/schema.ts';
import type { SceneEnv } from '../scenes/types.ts';
import type { LayoutReport } from '../layout/report.ts';
import type { ShowOptions, ShowResult } from './api.ts';
import { Clock } from '../kiosk/clock.ts';
import { measureLayout, safeBottomOf, sceneSettled, SCENE_DECORATION } from '../layout/measure.ts';
import { boxText, describeElement, findingMessage } from '../layout/report.ts';
import { fieldTexts, nameFields, noticeFieldTexts, type FieldText } from '../layout/fields.ts';

export interface ShownScene {
  /** A new key per show(), so every show mounts the scene afresh. */
  key: number;
  entry: PlaylistEntry;
  env: SceneEnv;
  interactive: boolean;
  ready: boolean;
}

/** A notice on its own: an urgent one full screen, an ordinary one in the ticker standing still. */
export interface ShownNotice {
  key: number;
  notice: Notice;
  index: number;
  nowMs: number;
  clock: Clock;
}

/** Real ms a scene may take to call onready (the 3D chunk and its shaders on a slow machine). */
const READY_TIMEOUT_MS = 45_000;
/** Frames without a change to the scene's DOM that count as settled. */
const QUIET_FRAMES = 3;
/** Frames to wait for quiet before measuring anyway (a scene that keeps changing, e.g. a drifting wall). */
const QUIET_LIMIT_FRAMES = 90;


/** An image is in, or failed, or is lazy and off screen (the browser will not fetch it yet). */
function loaded(img: HTMLImageElement): boolean {
  if (img.complete) return true;
  if (img.loading !== 'lazy') return false;
  const box = img.getBoundingClientRect();
  return box.bottom < 0 || box.right < 0 || box.top > innerHeight || box.left > innerWidth;
}

export class Sheet {
  readonly base: string;
  readonly content: ContentSet;
  readonly #defaultNow: Date | null;
  readonly #media: ((path: string) => string) | null;
  shown = $state<ShownScene | null>(null);
  shownNotice = $state<ShownNotice | null>(null);
  /** One count for every sheet of the page, so a new sheet's first scene never reuses a key. */
  static #keys = 0;
  #ready: (() => void) | null = null;

  constructor(options: { base: string; content: ContentSet; now: Date | null; media?: (path: string) => string }) {
    this.base = options.base;
    this.content = options.content;
    this.#defaultNow = options.now;
    this.#media = options.media ?? null;
  }

  /** Stops the shown scene's clock (its timers and frames), for a sheet replaced by another. */
  dispose(): void {
    this.shown?.env.clock.dispose();
  }

  /** Called by the scene once laid out (its onready). */
  markReady(key: number): void {
    if (this.shown?.key !== key || this.shown.ready) return;
    this.shown.ready = true;
    this.#ready?.();
  }

  async show(sceneId: string, options: ShowOptions = {}): Promise<ShowResult> {
    const entry = this.content.playlist.scenes.find((s) => s.id === sceneId);
    if (!entry) throw new Error(`no scene "${sceneId}" in ${this.base}playlist.json (have: ${this.content.playlist.scenes.map((s) => s.id).join(', ')})`);
    const now = options.now ? new Date(options.now) : this.#defaultNow;
    if (now && Number.isNaN(now.getTime())) throw new Error(`now=「${options.now}」 is not a date`);
    const previous = this.shown;
    const clock = new Clock({ start: now });
    const base = this.base;
    const media = this.#media;
    const env: SceneEnv = { clock, reducedMotion: true, media: media ?? ((path) => `${base}${path}`) };
    const ready = new Promise<void>((resolve, reject) => {
      const cancel = clock.afterReal(READY_TIMEOUT_MS, () => reject(new Error(`scene "${sceneId}" did not become ready in ${READY_TIMEOUT_MS / 1000} s`)));
      this.#ready = () => {
        cancel();
        resolve();
      };
    });
    this.#dropNotice();
    this.shown = { key: ++Sheet.#keys, entry, env, interactive: options.interactive ?? false, ready: false };
    await tick();
    // The last scene is unmounted now; its timers and frames go with its clock.
    previous?.env.clock.dispose();
    await ready;
    await document.fonts.ready;
    const result = await this.#settle(clock);
    this.#finishEntrances();
    return result;
  }

  /**
   * Shows one notice as the kiosk draws it with reduced motion, where it can be cut (moving, the
   * ticker scrolls a long line through): an urgent one full screen, an ordinary one in the ticker.
   */
  async showNotice(noticeId: string, options: Pick<ShowOptions, 'now'> = {}): Promise<ShowResult> {
    const index = this.content.notices.notices.findIndex((n) => n.id === noticeId);
    const notice = this.content.notices.notices[index];
    if (!notice) throw new Error(`no notice "${noticeId}" in ${this.base}notices.json`);
    const now = options.now ? new Date(options.now) : this.#defaultNow;
    const clock = new Clock({ start: now });
    this.shown?.env.clock.dispose();
    this.shown = null;
    this.#dropNotice();
    this.shownNotice = { key: ++Sheet.#keys, notice, index, nowMs: clock.nowMs(), clock };
    await tick();
    await document.fonts.ready;
    const result = await this.#settle(clock);
    this.#finishEntrances();
    return result;
  }

  #dropNotice(): void {
    this.shownNotice?.clock.dispose();
    this.shownNotice = null;
  }

  /**
   * Waits, frame by frame, until the scene's own states say it is laid out (entry done, 3D chart
   * loaded, images decoded) and its DOM has stopped changing (text fitting refits at the next frame).
   */
  #settle(clock: Clock): Promise<ShowResult> {
    const root = this.#root();
    if (!root) return Promise.resolve({ quiet: true, frames: 0 });
    let changed = true;
    const observer = new MutationObserver(() => (changed = true));
    observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    let frames = 0;
    let quietFrames = 0;
    return new Promise((resolve) => {
      clock.frames(() => {
        frames += 1;
        // Hard states first; images are waited for only while the scene is still changing
        // (lazy ones off screen, or clipped away, may never load).
        const laidOut =
          document.fonts.status === 'loaded' && sceneSettled(root);
        const pictured = [...root.querySelectorAll('img')].every(loaded);
        quietFrames = laidOut && pictured && !changed ? quietFrames + 1 : 0;
        changed = false;
        const quiet = quietFrames >= QUIET_FRAMES;
        if (!quiet && !(laidOut && frames >= QUIET_LIMIT_FRAMES)) return true;
        observer.disconnect();
        resolve({ quiet, frames });
        return false;
      });
    });
  }

  /** Reduced motion still fades things in; the sheet shows (and pictures) them as they end up. */
  #finishEntrances(): void {
    for (const animation of this.#root()?.getAnimations({ subtree: true }) ?? []) {
      const timing = animation.effect?.getComputedTiming();
      if (timing && Number.isFinite(timing.endTime ?? Infinity)) animation.finish();
    }
  }

  #root(): HTMLElement | null {
    return document.querySelector<HTMLElement>('[data-sheet-scene]');
  }

  /**
   * The bottom bars may take one line more than the room scenes leave them (--safe-bottom): a
   * notice standing still on two lines. The kiosk's frame is a grid, so its stage shrinks by that
   * line and nothing is drawn under the bar. A third line takes too much of the scene: reported.
   */
  #barsFit(root: HTMLElement, report: LayoutReport): void {
    const bars = root.querySelector('[data-sheet-bars]');
    const text = root.querySelector('[data-notice-id]');
    if (!bars || !text) return;
    const top = bars.getBoundingClientRect().top;
    const style = getComputedStyle(text);
    const line = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.35;
    const floor = innerHeight - safeBottomOf(root) - line;
    if (top >= floor - 1) return;
    const r = bars.getBoundingClientRect();
    const shown = boxText(text);
    report.findings.push({
      kind: 'bars-too-tall',
      selector: describeElement(text, root),
      text: shown,
      box: { x: Math.round(r.x), y: Math.round(r.y), width: Math.round(r.width), height: Math.round(r.height) },
      ...findingMessage('bars-too-tall', shown, { top: Math.round(top), floor: Math.round(floor) }),
    });
  }

  measure(): LayoutReport {
    const root = this.#root();
    const shown = this.shown;
    const notice = this.shownNotice;
    if (!root || !(shown || notice)) throw new Error('nothing shown: call show(sceneId) first');
    // A notice is the bottom bar itself (or covers it): nothing of it is under the bars.
    const report = measureLayout(root, notice ? { safeBottomPx: 0 } : { ignore: SCENE_DECORATION });
    if (notice) this.#barsFit(root, report);
    const texts: FieldText[] = shown ? fieldTexts(this.content, shown.entry) : noticeFieldTexts(this.content, notice!.index);
    return nameFields(report, texts);
  }
}
