// The year's headline figures as columns rising from a warmly lit floor, red with gold caps, under
// a camera that glides in with them and then rests (a still picture costs no frames). Everything
// GPU-side is created here and freed by dispose(); labels are HTML drawn by the Svelte component at
// the points this module projects.
import {
  BoxGeometry,
  CanvasTexture,
  CircleGeometry,
  Color,
  DirectionalLight,
  HemisphereLight,
  Mesh,
  MeshBasicMaterial,
  MeshStandardMaterial,
  PerspectiveCamera,
  Scene,
  SRGBColorSpace,
  Vector3,
} from 'three';
import { RoundedBoxGeometry } from 'three/addons/geometries/RoundedBoxGeometry.js';
import { easeCubicOut } from 'd3';
import { arrangeColumns, COLUMN_WIDTH, frameColumns, labelRoom, spreadArrangement, spreadToFill, type Arrangement } from './layout3d.ts';
import { acquireRenderer, isContextLost, onContextChange, prepareView, showView, trackView, type FrameClock, type ShownView, type ThreeView } from './renderer.ts';

export { isContextLost, onContextChange };

export interface ColumnsOptions {
  /** Each column's height as a fraction of the tallest. */
  heights: number[];
  /** Real ms after showing at which each column starts to rise. */
  delays: number[];
  riseMs: number;
  reducedMotion: boolean;
}

/** Where a column's label goes: the top centre of its cap, in CSS pixels inside the host. */
export interface LabelSpot {
  x: number;
  y: number;
}

export interface LabelFrame {
  spots: LabelSpot[];
  /** Width each label may take, in CSS px: the distance between neighbouring columns in a row. */
  slot: number;
}

export interface Columns3D {
  /** Puts the one canvas into `host` and plays the rise; `hide` takes it back, `freeze` stops drawing. */
  show(host: HTMLElement, onLabels: (frame: LabelFrame) => void, clock: FrameClock): ShownView;
  /**
   * Each label's height in CSS px, in figure order: the camera leaves room above the columns so
   * that no label (value, name, note) runs over the headline above the chart.
   */
  /** True when the heights moved the framing (the view redraws); false when it already fits them. */
  setLabelHeights(px: readonly number[]): boolean;
  dispose(): void;
}

const COLOURS = { body: '#b0271d', cap: '#e8be6e', capGlow: '#8a5a1c', sky: '#fff1dc', ground: '#2a0f0b', key: '#ffe6c0', rim: '#f0c878' };
const FOV = 24;
const CAP_HEIGHT = 0.08;
/** Real ms the camera takes to glide from its side view to rest; the rise ends before. */
export const CAMERA_MS = 5_000;

/** A soft warm pool of light on the floor, drawn once into a small canvas. */
function floorGlow(): CanvasTexture {
  const size = 256;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size;
  const g = canvas.getContext('2d')!;
  const gradient = g.createRadialGradient(size / 2, size / 2, 0, size / 2, size / 2, size / 2);
  gradient.addColorStop(0, 'rgba(232, 190, 110, 0.34)');
  gradient.addColorStop(0.45, 'rgba(163, 34, 26, 0.22)');
  gradient.addColorStop(1, 'rgba(163, 34, 26, 0)');
  g.fillStyle = gradient;
  g.fillRect(0, 0, size, size);
  const texture = new CanvasTexture(canvas);
  texture.colorSpace = SRGBColorSpace;
  return texture;
}

/** Null when WebGL is not available: the caller shows its 2D chart instead. */
export function createColumns3D(options: ColumnsOptions): Columns3D | null {
  if (!acquireRenderer()) return null;
  const untrack = trackView();
  const count = options.heights.length;

  const scene = new Scene();
  const camera = new PerspectiveCamera(FOV, 16 / 9, 0.1, 200);

  // Shared by all columns: one geometry and one material per kind of part.
  // Columns scale in height as they rise, so their rounding is kept small enough not to show it.
  const bodyGeometry = new RoundedBoxGeometry(1, 1, 1, 2, 0.03).translate(0, 0.5, 0);
  const capGeometry = new BoxGeometry(1, 1, 1).translate(0, 0.5, 0);
  const floorGeometry = new CircleGeometry(1, 64).rotateX(-Math.PI / 2);
  const glow = floorGlow();
  const bodyMaterial = new MeshStandardMaterial({ color: COLOURS.body, roughness: 0.62, metalness: 0.05 });
  // Without an environment map a metal reflects nothing and looks brown; a little glow keeps it gold.
  const capMaterial = new MeshStandardMaterial({
    color: COLOURS.cap,
    roughness: 0.4,
    metalness: 0.25,
    emissive: new Color(COLOURS.capGlow),
    emissiveIntensity: 0.55,
  });
  const floorMaterial = new MeshBasicMaterial({ map: glow, transparent: true, depthWrite: false });

  const floor = new Mesh(floorGeometry, floorMaterial);
  scene.add(floor);
  const columns = options.heights.map(() => {
    const body = new Mesh(bodyGeometry, bodyMaterial);
    const cap = new Mesh(capGeometry, capMaterial);
    scene.add(body, cap);
    return { body, cap };
  });

  // Soft, warm and from the side, so each column's faces read as different shades of red.
  const key = new DirectionalLight(COLOURS.key, 2.4);
  key.position.set(-6, 6, 5);
  const rim = new DirectionalLight(COLOURS.rim, 2.2);
  rim.position.set(6, 4, -4);
  scene.add(new HemisphereLight(COLOURS.sky, COLOURS.ground, 1.3), key, rim);

  let arrangement: Arrangement | null = null;
  let aspect = 0;
  let distance = 10;
  const target = new Vector3();
  const point = new Vector3();
  let tops: number[] = options.heights.map(() => 0);

  /** The labels' heights (CSS px), once measured; the room they need follows from the view's height. */
  let labelHeights: number[] = [];
  let framedFor = '';

  let viewHeightPx = 1;
  /** The view the label heights were measured for: within one view they only grow (see setLabelHeights). */
  let measuredFor = '';
  let heightsFor = '';

  function arrange(isPortrait: boolean): void {
    const row = arrangeColumns(count, isPortrait);
    // Room above the columns for their labels, as measured (a third of the view until then).
    const room = labelHeights.length > 0 ? labelRoom(options.heights, labelHeights, viewHeightPx) : 1 / 3;
    const framed = frameColumns({ halfWidth: row.halfWidth, height: row.height, fovDeg: FOV, aspect, labelRoom: room });
    // Spread apart to the view's width: the distance stays (the height set it), the slots widen.
    const spread = spreadToFill({ halfWidth: row.halfWidth, distance: framed.distance, fovDeg: FOV, aspect });
    arrangement = spreadArrangement(row, spread);
    const { places, halfWidth } = arrangement;
    const columnWidth = COLUMN_WIDTH * Math.min(spread, 1.6);
    places.forEach((place, i) => {
      const { body, cap } = columns[i]!;
      body.position.set(place.x, 0, place.z);
      cap.position.set(place.x, 0, place.z);
      body.scale.set(columnWidth, 1, columnWidth);
      cap.scale.set(columnWidth * 1.08, CAP_HEIGHT, columnWidth * 1.08);
    });
    const radius = halfWidth * 1.3 + 0.5;
    floor.scale.set(radius, 1, radius * 0.6);
    distance = framed.distance;
    target.set(0, framed.targetY, 0);
    measuredFor = `${aspect}|${viewHeightPx}`;
  }

  const settledAt = Math.max(CAMERA_MS, ...options.delays.map((delay) => delay + options.riseMs));

  const view: ThreeView = {
    scene,
    camera,
    update(elapsed, width, height) {
      const nextAspect = width / height;
      const frame = `${width}x${height}:${labelHeights.join(',')}`;
      if (frame !== framedFor) {
        framedFor = frame;
        aspect = nextAspect;
        viewHeightPx = height;
        camera.aspect = aspect;
        camera.updateProjectionMatrix();
        arrange(aspect < 1);
      }
      const { height: tallest } = arrangement!;
      tops = columns.map(({ body, cap }, i) => {
        const t = options.reducedMotion ? 1 : Math.min(1, Math.max(0, (elapsed - (options.delays[i] ?? 0)) / options.riseMs));
        const top = Math.max(0.001, (options.heights[i] ?? 0) * tallest * easeCubicOut(t));
        body.scale.y = top;
        cap.position.y = top;
        return top + CAP_HEIGHT;
      });
      // The camera glides in from the side and settles; after that nothing moves until a resize.
      const away = options.reducedMotion ? 0 : 1 - easeCubicOut(Math.min(1, elapsed / CAMERA_MS));
      const azimuth = 0.14 * away;
      const elevation = 0.12 + 0.025 * away;
      camera.position.set(
        target.x + distance * Math.cos(elevation) * Math.sin(azimuth),
        target.y + distance * Math.sin(elevation),
        target.z + distance * Math.cos(elevation) * Math.cos(azimuth),
      );
      camera.lookAt(target);
      return !options.reducedMotion && elapsed < settledAt;
    },
    rendered() {},
  };

  // Made while the scene is prepared: its shaders compile now, not in the frame its entry starts.
  prepareView(view, [glow]);

  let disposed = false;
  let slotPx = 0;
  let slotSize = '';
  let shown: ShownView | null = null;

  return {
    show(host, onLabels, clock) {
      if (disposed) return { hide: () => {}, freeze: () => {}, redraw: () => {} };
      view.rendered = (width, height) => {
        // A label slot's width where the columns stand, measured once per size: the drift barely
        // changes it, and a label whose width changed every frame would re-lay out every frame.
        const size = framedFor;
        if (slotSize !== size) {
          const slot = arrangement?.slot ?? 1;
          const left = point.set(target.x - slot / 2, target.y, 0).project(camera).x;
          const right = point.set(target.x + slot / 2, target.y, 0).project(camera).x;
          slotPx = Math.floor(((right - left) / 2) * width);
          slotSize = size;
        }
        const places = arrangement?.places ?? [];
        const spots = places.map((place, i) => {
          point.set(place.x, tops[i] ?? 0, place.z).project(camera);
          // Kept inside the view whatever the drift, so a label is never cut at the screen's edge.
          const x = Math.min(width - slotPx / 2, Math.max(slotPx / 2, ((point.x + 1) / 2) * width));
          return { x, y: ((1 - point.y) / 2) * height };
        });
        onLabels({ spots, slot: slotPx });
      };
      const mine = showView(host, view, clock);
      shown = mine;
      return {
        hide: () => {
          mine.hide();
          if (shown === mine) shown = null;
        },
        freeze: () => mine.freeze(),
        redraw: () => mine.redraw(),
      };
    },
    setLabelHeights(px) {
      // Settles in a step or two: a label's height follows its slot's width, which follows the
      // framing. Changes of a few pixels are left alone, so the two never chase each other.
      // Within one view the heights only grow: wider slots (the row spread to the width) make labels
      // shorter, which lets the camera come closer, which narrows the slots again; keeping the
      // tallest seen ends that loop after a step or two instead of letting it swing.
      const sameView = heightsFor === measuredFor;
      heightsFor = measuredFor;
      const next = px.map((h, i) => Math.max(Math.ceil(h ?? 0), sameView ? (labelHeights[i] ?? 0) : 0));
      const moved = next.length !== labelHeights.length || next.some((h, i) => Math.abs(h - (labelHeights[i] ?? 0)) > 6);
      if (disposed || !moved) return false;
      labelHeights = next;
      shown?.redraw();
      return true;
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      shown?.hide();
      shown = null;
      view.rendered = () => {};
      for (const geometry of [bodyGeometry, capGeometry, floorGeometry]) geometry.dispose();
      for (const material of [bodyMaterial, capMaterial, floorMaterial]) material.dispose();
      glow.dispose();
      scene.clear();
      untrack();
    },
  };
}
