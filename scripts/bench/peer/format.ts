// How a palace would type the figures and dates on its slides (pure): 11万余人次, 每周二、四 14:00–20:30.

export interface PeerFigure {
  label: string;
  value: number;
  unit?: string;
  more?: boolean;
  /** The source's word (约, 余, 左右…), as content writes it. */
  qualifier?: string;
}

/** 110000 人次 (more) -> "11万余人次"; 1120000 元 -> "112万元"; 38 个 -> "38个". */
export function figureText(figure: PeerFigure): { number: string; unit: string } {
  const { value } = figure;
  const word = figure.qualifier ?? (figure.more ? '余' : '');
  // A palace types 余/多 after the number, 左右/以上 after the unit, the rest (约, 近…) before it.
  const more = word === '余' || word === '多' ? word : '';
  const end = ['左右', '上下', '以上', '以下'].includes(word) ? word : '';
  const before = word && !more && !end ? word : '';
  const unit = `${figure.unit ?? ''}${end}`;
  if (before) {
    const inner = figureText({ ...figure, qualifier: '', more: false });
    return { number: `${before}${inner.number}`, unit: inner.unit };
  }
  const trim = (n: number) => String(Number(n.toFixed(2)));
  if (Math.abs(value) >= 100_000_000) return { number: trim(value / 100_000_000), unit: `亿${more}${unit}` };
  if (Math.abs(value) >= 10_000) return { number: trim(value / 10_000), unit: `万${more}${unit}` };
  return { number: value.toLocaleString('zh-CN'), unit: `${more}${unit}` };
}

const WEEKDAY_NAMES = ['一', '二', '三', '四', '五', '六', '日'];

export interface PeerEvent {
  title: string;
  start: string;
  end?: string;
  allDay?: boolean;
  location?: string;
  recurrence?: { frequency: 'weekly'; weekdays: number[] } | { frequency: 'monthly'; monthDay?: number; week?: number; weekday?: number };
}

const time = (iso: string | undefined) => (iso && iso.length > 10 ? iso.slice(11, 16) : '');
const day = (iso: string) => `${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;

export function whenText(event: PeerEvent): string {
  const hours = event.allDay ? '全天' : [time(event.start), time(event.end)].filter(Boolean).join('–');
  const rule = event.recurrence;
  if (rule?.frequency === 'weekly') return `每周${rule.weekdays.map((d) => WEEKDAY_NAMES[d - 1]).join('、')} ${hours}`;
  if (rule?.frequency === 'monthly') {
    if (rule.monthDay !== undefined) return `每月${rule.monthDay === -1 ? '最后一天' : `${rule.monthDay}日`} ${hours}`;
    return `每月第${rule.week}个周${WEEKDAY_NAMES[(rule.weekday ?? 1) - 1]} ${hours}`;
  }
  const lastDay = event.end && event.end.slice(0, 10) !== event.start.slice(0, 10) ? `–${day(event.end)}` : '';
  return `${day(event.start)}${lastDay} ${lastDay ? '' : hours}`.trim();
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
