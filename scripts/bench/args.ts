// The bench's command line: `npm run bench -- --cycles 20 --skip-peer` (see docs/performance.md).

export type Phase = 'sizes' | 'start' | 'frames' | 'rest' | 'soak' | 'unattended';
export const PHASES: readonly Phase[] = ['sizes', 'start', 'frames', 'rest', 'soak', 'unattended'];

export interface BenchOptions {
  /** Full playlist loops in the soak. */
  cycles: number;
  /** Real minutes of the unattended run, over every bundled set and both orientations. */
  unattendedMinutes: number;
  /** `?speed=` during the soak (drive `speed`). */
  soakSpeed: number;
  /** How the soak's loops are driven: Playwright's clock stepped per scene, or `?speed=`. */
  soakDrive: 'clock' | 'speed';
  /** Window size during the soak (frames and starts are always 1920×1080). */
  soakViewport: { width: number; height: number };
  /** `?speed=` while frames are recorded: slow enough that every scene plays its entry in full. */
  framesSpeed: number;
  /** Loops measured in the frames phase (each scene's figures: medians over them). */
  framesRounds: number;
  /** Times each scene is measured at rest (medians over them). */
  restRounds: number;
  /** DevTools CPU throttling during frames and rest (1: none; 4: a weak PC). */
  cpuThrottle: number;
  /** Force GC and sample memory every this many loops. */
  sampleEvery: number;
  /** Cold and warm starts, each this many times (the report gives the median). */
  runs: number;
  /** Our server's port; the peer's is the next one. */
  port: number;
  dist: string;
  out: string;
  skipBuild: boolean;
  skipPeer: boolean;
  /** Measure only the peer (e.g. its soak beside a kiosk soak already running). */
  skipKiosk: boolean;
  phases: Phase[];
  chromium: string;
  /** `?now=`: a Tuesday morning inside the default content's opening hours. */
  now: string;
}

const HELP = `npm run bench -- [options]

  --cycles N         soak loops (default 200)
  --unattended-minutes M
                     real-time unattended run over every bundled set, both orientations (default 60)
  --soak-drive D     clock: Playwright's clock jumped through each scene (default; fast on a busy
                     machine); speed: real frames at --speed
  --speed N          ?speed= during the soak with --soak-drive speed (default 200)
  --soak-size WxH    window size during the soak (default 1920x1080)
  --frames-speed N   ?speed= while recording frames (default 4; 1 is real time)
  --frames-rounds N  loops measured while recording frames; medians over them (default 3)
  --rest-rounds N    times each scene is measured at rest; medians over them (default 3)
  --cpu-throttle N   DevTools CPU throttling (Emulation.setCPUThrottlingRate) during frames and rest,
                     e.g. 4 for a weak PC (default 1: none)
  --sample-every K   force GC and sample memory every K loops (default 1)
  --runs N           cold and warm starts, N of each (default 3)
  --port P           our server's port; the peer's is P+1 (default 4390)
  --dist DIR         build folder (default dist-bench)
  --out DIR          results folder (default bench-results)
  --only LIST        phases to run, comma-separated: sizes,start,frames,rest,soak,unattended (default all)
  --skip-build       reuse the build in --dist
  --skip-peer        measure only the kiosk, not the reveal.js peer
  --skip-kiosk       measure only the peer (its server still starts beside the kiosk's)
  --chromium PATH    browser (default $CHROMIUM_PATH or /usr/bin/chromium)
  --now ISO          ?now= (default 2026-11-24T10:00:00+08:00)
`;

export function parseArgs(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = {
    cycles: 200,
    unattendedMinutes: 60,
    soakSpeed: 200,
    soakDrive: 'clock',
    soakViewport: { width: 1920, height: 1080 },
    framesSpeed: 4,
    framesRounds: 3,
    restRounds: 3,
    cpuThrottle: 1,
    sampleEvery: 1,
    runs: 3,
    port: 4390,
    dist: 'dist-bench',
    out: 'bench-results',
    skipBuild: false,
    skipPeer: false,
    skipKiosk: false,
    phases: [...PHASES],
    chromium: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    now: '2026-11-24T10:00:00+08:00',
  };
  const positive = (flag: string, text: string | undefined): number => {
    const value = Number(text);
    if (!Number.isFinite(value) || value <= 0) throw new Error(`${flag} needs a positive number, got "${text ?? ''}"`);
    return value;
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${flag} needs a value`);
      return next;
    };
    switch (flag) {
      case '--cycles': options.cycles = Math.round(positive(flag, value())); break;
      case '--unattended-minutes': options.unattendedMinutes = positive(flag, value()); break;
      case '--speed': options.soakSpeed = positive(flag, value()); break;
      case '--soak-drive': {
        const drive = value();
        if (drive !== 'clock' && drive !== 'speed') throw new Error(`--soak-drive: clock or speed, got "${drive}"`);
        options.soakDrive = drive;
        break;
      }
      case '--soak-size': {
        const text = value();
        const m = /^(\d+)x(\d+)$/.exec(text);
        if (!m) throw new Error(`--soak-size needs WIDTHxHEIGHT, e.g. 1280x720, got "${text}"`);
        options.soakViewport = { width: Number(m[1]), height: Number(m[2]) };
        break;
      }
      case '--frames-speed': options.framesSpeed = positive(flag, value()); break;
      case '--frames-rounds': options.framesRounds = Math.round(positive(flag, value())); break;
      case '--rest-rounds': options.restRounds = Math.round(positive(flag, value())); break;
      case '--cpu-throttle': options.cpuThrottle = positive(flag, value()); break;
      case '--sample-every': options.sampleEvery = Math.round(positive(flag, value())); break;
      case '--runs': options.runs = Math.round(positive(flag, value())); break;
      case '--port': options.port = Math.round(positive(flag, value())); break;
      case '--dist': options.dist = value(); break;
      case '--out': options.out = value(); break;
      case '--chromium': options.chromium = value(); break;
      case '--now': options.now = value(); break;
      case '--skip-build': options.skipBuild = true; break;
      case '--skip-peer': options.skipPeer = true; break;
      case '--skip-kiosk': options.skipKiosk = true; break;
      case '--only': {
        const list = value().split(',').map((s) => s.trim()).filter(Boolean);
        const unknown = list.filter((p) => !PHASES.includes(p as Phase));
        if (unknown.length) throw new Error(`--only: unknown phase(s) ${unknown.join(', ')} (phases: ${PHASES.join(', ')})`);
        options.phases = list as Phase[];
        break;
      }
      case '--help':
      case '-h':
        process.stdout.write(HELP);
        process.exit(0);
      default:
        throw new Error(`unknown option "${flag}"\n\n${HELP}`);
    }
  }
  return options;
}
