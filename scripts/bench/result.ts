// The shape of bench-results/<timestamp>.json.
import type { BenchOptions } from './args.ts';
import type { FramesResult } from './frames.ts';
import type { Machine } from './machine.ts';
import type { RestResult } from './rest.ts';
import type { KioskSizes, PeerSizes } from './sizes.ts';
import type { SoakResult } from './soak.ts';
import type { StartResult } from './start-times.ts';
import type { TargetKey } from './targets.ts';
import type { UnattendedResult } from './unattended.ts';

export interface TargetResult {
  label: string;
  start?: StartResult;
  frames?: FramesResult;
  rest?: RestResult;
  soak?: SoakResult;
}

export interface BenchError {
  phase: string;
  target?: TargetKey;
  message: string;
}

export interface BenchResult {
  version: 1;
  startedAt: string;
  finishedAt: string;
  durationSeconds: number;
  options: BenchOptions;
  machine: Machine;
  kiosk: TargetResult;
  peer?: TargetResult & { slides: number };
  sizes: { kiosk?: KioskSizes; peer?: PeerSizes };
  /** The kiosk alone at real speed (no peer: a slideshow has nothing that could reload it). */
  unattended?: UnattendedResult;
  errors: BenchError[];
}
