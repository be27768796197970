import { describe, expect, it, vi } from 'vitest';
import {
  CSV_HEADER,
  EngagementLog,
  MemoryEngagementStore,
  RETENTION_MS,
  csvField,
  visitsToCsv,
  type EngagementStore,
  type StoryVisit,
} from '../../src/kiosk/engagement.ts';

const T0 = Date.parse('2026-11-23T10:00:00+08:00');

/** A store whose writes finish only when the test says so, like a slow disk. */
function slowStore(): EngagementStore & { release: () => void } {
  const inner = new MemoryEngagementStore();
  let waiting: (() => void)[] = [];
  const later = <T,>(work: () => Promise<T>) => new Promise<T>((resolve) => waiting.push(() => void work().then(resolve)));
  return {
    add: (v) => later(() => inner.add(v)),
    setClosed: (k, ms) => later(() => inner.setClosed(k, ms)),
    all: () => inner.all(),
    deleteOpenedBefore: (ms) => inner.deleteOpenedBefore(ms),
    release: () => {
      const now = waiting;
      waiting = [];
      now.forEach((go) => go());
    },
  };
}

describe('EngagementLog', () => {
  it('records which stories were opened and for how long', async () => {
    const log = new EngagementLog(new MemoryEngagementStore());
    const a = log.recordStoryOpen('w-lin', T0, { workerName: '林晓禾', timeZone: 'Asia/Shanghai' });
    await a.close(T0 + 42_400);
    const b = log.recordStoryOpen('w-zhou', T0 + 60_000, { workerName: '周远山' });
    await b.close(T0 + 65_000);
    log.recordStoryOpen('w-lin', T0 + 3_600_000, { workerName: '林晓禾' }).close(T0 + 3_610_000);

    expect(await log.counts()).toEqual({ 'w-lin': 2, 'w-zhou': 1 });
    expect(await log.exportCsv()).toBe(
      [CSV_HEADER, '2026-11-23,10:00:00,w-lin,林晓禾,42', '2026-11-23,10:01:00,w-zhou,周远山,5', '2026-11-23,11:00:00,w-lin,林晓禾,10', ''].join('\r\n'),
    );
  });

  it('counts a visit that was just opened, even before the store has written it', async () => {
    const store = slowStore();
    const log = new EngagementLog(store);
    log.recordStoryOpen('w-he', T0);
    const counting = log.counts();
    store.release();
    expect(await counting).toEqual({ 'w-he': 1 });
  });

  it('closes a visit only once, and never with a negative duration', async () => {
    const log = new EngagementLog(new MemoryEngagementStore());
    const session = log.recordStoryOpen('w-lin', T0);
    await session.close(T0 - 5000);
    await session.close(T0 + 90_000);
    const [visit] = await log.visits();
    expect(visit!.closedAtMs).toBe(T0);
  });

  it('leaves the seconds empty for a story that was never closed (e.g. the PC lost power)', async () => {
    const log = new EngagementLog(new MemoryEngagementStore());
    log.recordStoryOpen('w-lin', T0, { workerName: '林晓禾' });
    expect((await log.exportCsv()).split('\r\n')[1]).toBe('2026-11-23,10:00:00,w-lin,林晓禾,');
  });

  it('forgets visits older than the retention period when it starts recording', async () => {
    const store = new MemoryEngagementStore();
    await store.add({ workerId: 'old', workerName: '', timeZone: 'Asia/Shanghai', openedAtMs: T0 - RETENTION_MS - 1, closedAtMs: null });
    await store.add({ workerId: 'recent', workerName: '', timeZone: 'Asia/Shanghai', openedAtMs: T0 - 1000, closedAtMs: null });
    const log = new EngagementLog(store);
    log.recordStoryOpen('w-lin', T0);
    expect(await log.counts()).toEqual({ recent: 1, 'w-lin': 1 });
  });

  it('keeps the kiosk running when the store fails', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const broken: EngagementStore = {
      add: () => Promise.reject(new Error('quota')),
      setClosed: () => Promise.reject(new Error('quota')),
      all: async () => [],
      deleteOpenedBefore: async () => 0,
    };
    const log = new EngagementLog(broken);
    const session = log.recordStoryOpen('w-lin', T0);
    await expect(session.close(T0 + 1000)).resolves.toBeUndefined();
    expect(await log.counts()).toEqual({});
    expect(warn).toHaveBeenCalled();
  });

  it('holds nothing about the visitor: only the worker, the name shown and the times', async () => {
    const log = new EngagementLog(new MemoryEngagementStore());
    await log.recordStoryOpen('w-lin', T0, { workerName: '林晓禾' }).close(T0 + 1000);
    const [visit] = await log.visits();
    expect(Object.keys(visit!).sort()).toEqual(['closedAtMs', 'key', 'openedAtMs', 'timeZone', 'workerId', 'workerName']);
  });
});

describe('CSV', () => {
  it('gives local date and time in the palace time zone', () => {
    const visit: StoryVisit = { workerId: 'w', workerName: '名', timeZone: 'Asia/Shanghai', openedAtMs: Date.parse('2026-11-23T23:59:30Z'), closedAtMs: null };
    expect(visitsToCsv([visit]).split('\r\n')[1]).toBe('2026-11-24,07:59:30,w,名,');
  });

  it('quotes commas and quotes, and defuses spreadsheet formulas', () => {
    expect(csvField('林,晓')).toBe('"林,晓"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('林晓禾')).toBe('林晓禾');
  });

  it('has only the header when nothing was recorded', () => {
    expect(visitsToCsv([])).toBe(`${CSV_HEADER}\r\n`);
  });
});
