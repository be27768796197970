// The app's one WebGL renderer: created on first use and kept for the app's life (browsers allow
// only a few contexts, and a kiosk runs for months). Its canvas moves into whichever 3D scene is on
// screen; it owns the one render loop, and scenes only describe their frames. It draws on demand:
// while the view says it moves, after a resize or a restored context, and never while its scene is
// leaving (the canvas keeps its last picture) or still (a software-rendered GPU costs a core).
import { WebGLRenderer, type Camera, type Scene, type Texture } from 'three';
import type { Cancel, Clock } from '../kiosk/clock.ts';
import { FrameBudget } from './frame-budget.ts';

/** What the renderer needs of the kiosk clock: frames and real time. */
export type FrameClock = Pick<Clock, 'frames' | 'realNow'>;

export interface ThreeView {
  scene: Scene;
  camera: Camera;
  /**
   * Poses the frame `elapsedMs` real milliseconds after the view was shown; sizes in CSS px.
   * Returns true while the picture will still change without outside cause (entry, camera motion).
   */
  update(elapsedMs: number, width: number, height: number): boolean;
  /** After each rendered frame, e.g. to place HTML labels over it. */
  rendered?(width: number, height: number): void;
}

export interface ThreeInfo {
  geometries: number;
  textures: number;
  programs: number;
  /** WebGL contexts this app has created: 1 for its whole life, or 0 before the first 3D scene. */
  contexts: number;
  /** 3D views alive now (created and not yet disposed). */
  views: number;
  /** 3D views created since start. */
  created: number;
  lost: boolean;
  /** Drawing resolution as a fraction of the device pixel ratio (lowered on slow hardware). */
  scale: number;
  /** Frames drawn since start (a still or leaving view draws none). */
  frames: number;
  /** The render loop is asking for frames now. */
  looping: boolean;
  /** WebGL is drawn on the CPU here (SwiftShader: no GPU), so edges are not multisampled. */
  software: boolean;
  antialias: boolean;
}

declare global {
  interface Window {
    /** Read-only numbers for tests and monitoring: GPU memory held, contexts, live 3D views. */
    __kioskThree?: { info(): ThreeInfo; context(): WebGLRenderingContext | WebGL2RenderingContext | null };
  }
}

interface Showing {
  view: ThreeView;
  host: HTMLElement;
  startedAt: number;
  width: number;
  height: number;
  /** The host's size changed; applied at the next frame, never inside the observer's callback. */
  resized: boolean;
  observer: ResizeObserver;
  clock: FrameClock;
  /** False once its scene is leaving: no more frames, the canvas keeps its last picture. */
  live: boolean;
}

let renderer: WebGLRenderer | null = null;
let unavailable = false;
let contexts = 0;
let lost = false;
let liveViews = 0;
let createdViews = 0;
let showing: Showing | null = null;
let stopFrames: Cancel | null = null;
let lastFailed: ThreeView | null = null;
let framesDrawn = 0;
let software = false;
const contextListeners = new Set<(lost: boolean) => void>();
const budget = new FrameBudget();

function pixelRatio(): number {
  return Math.min(window.devicePixelRatio || 1, 2) * budget.scale;
}

/**
 * True when WebGL is drawn on the CPU (SwiftShader, Mesa's llvmpipe: a PC without a usable GPU).
 * Asked of a throwaway context, released at once, before the renderer's own is made. Chromium
 * does not count SwiftShader as a "major performance caveat", so the renderer's name decides.
 */
function softwareWebGL(): boolean {
  try {
    const probe = document.createElement('canvas').getContext('webgl2', { failIfMajorPerformanceCaveat: true });
    if (!probe) return true;
    const debug = probe.getExtension('WEBGL_debug_renderer_info');
    const name = String(probe.getParameter(debug ? debug.UNMASKED_RENDERER_WEBGL : probe.RENDERER) ?? '');
    probe.getExtension('WEBGL_lose_context')?.loseContext();
    return /swiftshader|llvmpipe|softpipe|software/i.test(name);
  } catch {
    return false; // nothing to tell by: draw as on a GPU, and let the frame budget judge
  }
}

/** The renderer, created on first call; null where WebGL cannot be had (scenes show 2D instead). */
export function acquireRenderer(): WebGLRenderer | null {
  if (renderer || unavailable) return renderer;
  try {
    // Multisampling is cheap on a GPU and not in software: on the GPU-less build machine 4× MSAA
    // took a 1600×700 test scene from 17 to 33 ms a frame, and the kiosk's 3D entry at half
    // resolution from about one frame in eight over 16.7 ms to nearly all (traces, 2026-12-01).
    software = softwareWebGL();
    if (software) budget.startLow();
    renderer = new WebGLRenderer({ antialias: !software, alpha: true, powerPreference: 'high-performance' });
  } catch (error) {
    console.warn('[three] WebGL is not available; 3D scenes show their 2D charts instead', error);
    unavailable = true;
    return null;
  }
  contexts += 1;
  renderer.setPixelRatio(pixelRatio());
  renderer.setClearColor(0x000000, 0);
  const canvas = renderer.domElement;
  canvas.dataset.kioskThree = '';
  Object.assign(canvas.style, { display: 'block', width: '100%', height: '100%' });
  // A lost context (driver reset, GPU memory pressure) must not take the kiosk down: stop drawing,
  // let scenes show their 2D charts, and pick up again if the browser restores it.
  canvas.addEventListener('webglcontextlost', (event) => {
    event.preventDefault();
    lost = true;
    stopLoop();
    for (const listener of contextListeners) listener(true);
  });
  canvas.addEventListener('webglcontextrestored', () => {
    lost = false;
    for (const listener of contextListeners) listener(false);
    wake();
  });
  return renderer;
}

export function isContextLost(): boolean {
  return lost;
}

/** Calls `listener(lost)` whenever the context is lost or restored; returns the unsubscribe. */
export function onContextChange(listener: (lost: boolean) => void): () => void {
  contextListeners.add(listener);
  return () => contextListeners.delete(listener);
}

/** Counts a 3D view as alive until the returned function is called (for the leak checks). */
export function trackView(): () => void {
  liveViews += 1;
  createdViews += 1;
  let done = false;
  return () => {
    if (done) return;
    done = true;
    liveViews -= 1;
  };
}

/**
 * Compiles `view`'s shaders and uploads its textures now, while its scene is prepared off screen:
 * on a software GPU that is ~100 ms, which would otherwise land in the frame its entry starts.
 * Draws nothing and leaves the canvas where it is (another scene may be showing it).
 */
export function prepareView(view: ThreeView, textures: Texture[] = []): void {
  const r = acquireRenderer();
  if (!r || lost) return;
  try {
    r.compile(view.scene, view.camera);
    for (const texture of textures) r.initTexture(texture);
  } catch (error) {
    // Only a head start: showing the view compiles whatever is missing.
    console.warn('[three] could not prepare the 3D view ahead', error);
  }
}

export interface ShownView {
  /** Takes the canvas back (the scene is gone). */
  hide(): void;
  /** The scene is leaving: draw no more frames; the canvas keeps its last picture until hidden. */
  freeze(): void;
  /** Something the view frames by changed (its labels' room): draw again at the next frame. */
  redraw(): void;
}

/**
 * Moves the canvas into `host` and renders `view` there, on demand, until it is hidden, frozen or
 * another view is shown (only one 3D scene is on screen at a time).
 */
export function showView(host: HTMLElement, view: ThreeView, clock: FrameClock): ShownView {
  const r = acquireRenderer();
  if (!r) return { hide: () => {}, freeze: () => {}, redraw: () => {} };
  if (showing) hide();
  // Sizing the drawing buffer inside the observer's callback would change layout during its
  // delivery; the callback only marks the size stale and wakes the loop, whose frame applies it.
  const observer = new ResizeObserver(() => {
    if (showing?.view !== view) return;
    showing.resized = true;
    wake();
  });
  showing = { view, host, startedAt: clock.realNow(), width: 0, height: 0, resized: true, observer, clock, live: true };
  budget.restart();
  resize();
  // Draw the first frame before the canvas appears, so it never shows the previous scene's picture.
  renderFrame(clock.realNow());
  // The motion starts after it: compiling the shaders can take a while on a software GPU.
  showing.startedAt = clock.realNow();
  host.append(r.domElement);
  observer.observe(host);
  startLoop();
  return {
    hide: () => {
      if (showing?.view === view) hide();
    },
    freeze: () => {
      if (showing?.view !== view) return;
      showing.live = false;
      stopLoop();
    },
    redraw: () => {
      if (showing?.view !== view) return;
      // Drawn like a resize: the loop's next frame asks the view again, then stops if still.
      showing.resized = true;
      wake();
    },
  };
}

function resize(): void {
  if (!renderer || !showing || !showing.resized) return;
  showing.resized = false;
  const width = Math.max(1, showing.host.clientWidth);
  const height = Math.max(1, showing.host.clientHeight);
  if (width === showing.width && height === showing.height) return;
  showing.width = width;
  showing.height = height;
  renderer.setSize(width, height, false);
}

/** Draws one frame; true while the view is still moving. */
function renderFrame(now: number): boolean {
  if (!renderer || !showing || lost) return false;
  const { view, width, height, startedAt } = showing;
  const moving = view.update(now - startedAt, width, height);
  renderer.render(view.scene, view.camera);
  framesDrawn += 1;
  view.rendered?.(width, height);
  return moving;
}

/** Asks for frames again after something outside the view changed (size, context). */
function wake(): void {
  if (!showing?.live || lost || stopFrames) return;
  // The gap while still is no frame interval: do not let it lower the resolution.
  budget.restart();
  startLoop();
}

/** One frame of the render loop; false ends the loop (nothing left to draw until woken). */
function loop(now: number): boolean {
  if (!showing || lost || !showing.live) {
    stopFrames = null;
    return false;
  }
  resize();
  if (budget.frame(now) && renderer) {
    renderer.setPixelRatio(pixelRatio());
    renderer.setSize(showing.width, showing.height, false);
    console.info(`[three] frames are slow here; drawing 3D at ${budget.scale * 100} % resolution`);
  }
  let moving = true;
  try {
    moving = renderFrame(now);
  } catch (error) {
    // One bad frame must not end the loop for good; log it once per view and keep going.
    if (lastFailed !== showing?.view) console.error('[three] frame failed', error);
    lastFailed = showing?.view ?? null;
  }
  if (moving || showing?.resized) return true;
  stopFrames = null;
  return false;
}

function startLoop(): void {
  if (!stopFrames && showing?.live && !lost) stopFrames = showing.clock.frames(loop);
}

function stopLoop(): void {
  stopFrames?.();
  stopFrames = null;
}

function hide(): void {
  if (!showing) return;
  stopLoop();
  showing.observer.disconnect();
  renderer?.domElement.remove();
  // The render lists hold the last scene's objects; clear them so a disposed scene can be collected.
  renderer?.renderLists.dispose();
  showing = null;
}

function info(): ThreeInfo {
  return {
    geometries: renderer?.info.memory.geometries ?? 0,
    textures: renderer?.info.memory.textures ?? 0,
    programs: renderer?.info.programs?.length ?? 0,
    contexts,
    views: liveViews,
    created: createdViews,
    lost,
    scale: budget.scale,
    frames: framesDrawn,
    looping: stopFrames !== null,
    software,
    antialias: (renderer?.getContext() as WebGL2RenderingContext | null | undefined)?.getContextAttributes()?.antialias ?? false,
  };
}

window.__kioskThree = { info, context: () => renderer?.getContext() ?? null };
