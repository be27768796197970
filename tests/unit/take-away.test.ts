// The take-away QR codes' plain text: what a visitor's phone shows, offline, for an event and a worker.
import { describe, expect, it } from 'vitest';
import QRCode from 'qrcode';
import type { KioskEvent, Worker } from '../../src/content/schema.ts';
import { eventTakeAwayText, workerTakeAwayText } from '../../src/format/take-away.ts';
import { occurrencesBetween } from '../../src/scenes/events/recurrence.ts';

const site = { name: '雁江区工人文化宫', timezone: 'Asia/Shanghai', phone: '12351' };
const event = {
  id: 'pruning',
  title: '柑橘冬季修剪技术培训',
  category: 'training',
  start: '2026-11-24T14:30:00+08:00',
  end: '2026-11-24T16:30:00+08:00',
  allDay: false,
  location: '三楼培训教室',
  audience: '果农、家庭农场职工',
  description: '不写入二维码的简介',
  registration: '工会服务热线报名',
} as KioskEvent;
const worker = {
  name: '李秀英',
  sample: true,
  trade: '钳工',
  workplace: '雁江机械厂',
  honours: [
    { title: '市劳动模范', level: 'city', year: 2019 },
    { title: '全国五一劳动奖章', level: 'national', year: 2022 },
    { title: '厂级先进', level: 'enterprise', year: 2015 },
    { title: '省技术能手', level: 'provincial', year: 2020 },
  ],
} as Worker;

function occurrence(e: KioskEvent) {
  const [first] = occurrencesBetween(e, Date.parse('2026-11-23T00:00:00+08:00'), Date.parse('2026-12-31T00:00:00+08:00'), 'Asia/Shanghai');
  return first!;
}

/** What a phone reads from the code: the QR's byte segments, decoded as UTF-8. */
function decoded(text: string): string {
  // Byte segments hold UTF-8 (what phones expect without an ECI header), numeric ones the digits.
  const segments = (QRCode.create(text, { errorCorrectionLevel: 'M' }) as unknown as { segments: { data: Uint8Array | string }[] }).segments;
  return segments.map((s) => (typeof s.data === 'string' ? s.data : new TextDecoder('utf-8', { fatal: true }).decode(s.data))).join('');
}

describe('eventTakeAwayText', () => {
  it('says what, when, where, for whom, how to register and whom to call, with no link', () => {
    expect(eventTakeAwayText(occurrence(event), site)).toBe(
      ['【柑橘冬季修剪技术培训】', '时间：11月24日 周二 14:30–16:30', '地点：雁江区工人文化宫 三楼培训教室', '对象：果农、家庭农场职工', '报名：工会服务热线报名', '电话：12351'].join('\n'),
    );
  });

  it('leaves out lines the event does not have, and names a repeating event\'s rule', () => {
    const weekly = { ...event, audience: undefined, registration: undefined, recurrence: { frequency: 'weekly', weekdays: [2] } } as KioskEvent;
    const text = eventTakeAwayText(occurrence(weekly), { ...site, phone: undefined });
    expect(text).toContain('（每周二）');
    expect(text).not.toMatch(/对象|报名|电话/);
  });

  it('is what the QR code holds, in a code small enough for a phone at arm\'s length', () => {
    const text = eventTakeAwayText(occurrence(event), site);
    expect(decoded(text)).toBe(text);
    expect(QRCode.create(text, { errorCorrectionLevel: 'M' }).version).toBeLessThanOrEqual(12);
  });
});

describe('workerTakeAwayText', () => {
  it('names the worker, trade and workplace, the three highest honours, and marks a sample', () => {
    expect(workerTakeAwayText(worker, site)).toBe(
      ['【李秀英】（示例人物）', '钳工 · 雁江机械厂', '荣誉：', '· 2022年 全国 全国五一劳动奖章', '· 2020年 省级 省技术能手', '· 2019年 市级 市劳动模范', '—— 雁江区工人文化宫 劳模风采'].join('\n'),
    );
    expect(decoded(workerTakeAwayText(worker, site))).toBe(workerTakeAwayText(worker, site));
  });

  it('leaves the level out of an honour that has none', () => {
    const plain = { ...worker, honours: [{ title: '岗位能手', year: 2021 }] } as Worker;
    expect(workerTakeAwayText(plain, site)).toContain('· 2021年 岗位能手');
  });
});
