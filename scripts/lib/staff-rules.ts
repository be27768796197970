// The staff checker's rules beyond the schema: media files, glyphs, dates, text that will not fit.
import { stat, readFile } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { imageSize } from 'image-size';
import type { ContentSet } from '../../src/content/schema.ts';
import type { ContentTexts } from '../../src/content/validate.ts';
import { problem, type Problem } from '../../src/content/problems.ts';
import { contentUntilMs } from '../../src/kiosk/zoned.ts';
import { stillScheduled } from '../../src/scenes/events/recurrence.ts';
import { missingGlyphs } from './glyphs.ts';
import { mediaReferences, type MediaReference } from '../../src/content/media.ts';
import { chooseChart } from '../../src/scenes/achievements/chooseChart.ts';

/** Above this a photo slows the kiosk for nothing; above the hard limit it is refused. */
export const IMAGE_WARN_BYTES = 2 * 1024 * 1024;
export const IMAGE_MAX_BYTES = 10 * 1024 * 1024;
export const IMAGE_WARN_PIXELS = 4096;

/** Lengths past which a text will be shortened on screen (the schema's limits are hard). */
export const LAYOUT_LIMITS: { file: string; pattern: RegExp; max: number; zh: string }[] = [
  { file: 'achievements.json', pattern: /^sections\[\d+\]\.figures\[\d+\]\.label$/, max: 12, zh: '数据名称' },
  { file: 'achievements.json', pattern: /^sections\[\d+\]\.title$/, max: 14, zh: '板块标题' },
  { file: 'playlist.json', pattern: /^scenes\[\d+\]\.title$/, max: 16, zh: '场景标题' },
  { file: 'events.json', pattern: /^events\[\d+\]\.title$/, max: 20, zh: '活动名称' },
  { file: 'events.json', pattern: /^events\[\d+\]\.description$/, max: 120, zh: '活动简介' },
  { file: 'workers.json', pattern: /^workers\[\d+\]\.quote$/, max: 40, zh: '人物语录' },
  { file: 'notices.json', pattern: /^notices\[\d+\]\.text$/, max: 60, zh: '通知' },
];

type Strings = { file: string; path: string; text: string }[];

function collectStrings(file: string, value: unknown, path = '', out: Strings = []): Strings {
  if (typeof value === 'string') out.push({ file, path, text: value });
  else if (Array.isArray(value)) value.forEach((item, i) => collectStrings(file, item, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) if (key !== '$schema') collectStrings(file, item, path ? `${path}.${key}` : key, out);
  }
  return out;
}

async function checkMedia(folder: string, ref: MediaReference): Promise<Problem[]> {
  const full = resolve(folder, ref.media);
  if (!full.startsWith(resolve(folder) + sep)) {
    return [problem('error', ref.file, ref.path, '图片必须在内容文件夹里面', 'the image must be inside the content folder')];
  }
  let size: number;
  try {
    size = (await stat(full)).size;
  } catch {
    return [problem('error', ref.file, ref.path, `找不到图片文件「${ref.media}」（检查文件名和大小写）`, `image file "${ref.media}" not found (check the name and its upper/lower case)`)];
  }
  const mb = (size / 1024 / 1024).toFixed(1);
  if (size > IMAGE_MAX_BYTES) {
    return [problem('error', ref.file, ref.path, `图片太大（${mb} MB），请缩小到 2 MB 以下、长边不超过 2000 像素`, `image too large (${mb} MB): resize it below 2 MB, at most 2000 px on the long side`)];
  }
  const out: Problem[] = [];
  if (size > IMAGE_WARN_BYTES) {
    out.push(problem('warning', ref.file, ref.path, `图片较大（${mb} MB），建议压缩到 2 MB 以下`, `large image (${mb} MB): compress it below 2 MB`));
  }
  try {
    const dims = imageSize(new Uint8Array(await readFile(full)));
    if (!dims.width || !dims.height) throw new Error('no size');
    if (Math.max(dims.width, dims.height) > IMAGE_WARN_PIXELS) {
      out.push(problem('warning', ref.file, ref.path, `图片尺寸很大（${dims.width}×${dims.height}），建议长边不超过 2000 像素`, `very large image (${dims.width}×${dims.height}): 2000 px on the long side is plenty`));
    }
  } catch {
    out.push(problem('error', ref.file, ref.path, `「${ref.media}」不是可用的图片（文件损坏或格式不对）`, `"${ref.media}" is not a usable image (damaged, or not an image)`));
  }
  return out;
}

const CHART_NAMES: Record<string, string> = {
  number: '大数字', bars: '柱状图', ring: '环形图', levels: '荣誉阶梯', pictogram: '图标阵列', line: '折线图', columns3d: '三维柱',
};

/** A chart staff asked for that the figures cannot carry honestly: the kiosk shows another one. */
function checkCharts(content: ContentSet): Problem[] {
  const out: Problem[] = [];
  content.achievements?.sections.forEach((section, i) => {
    const asked = section.chart ?? 'auto';
    if (asked === 'auto') return;
    const shown = chooseChart(section);
    if (shown === asked) return;
    out.push(
      problem(
        'warning',
        'achievements.json',
        `sections[${i}].chart`,
        `这些数据不适合画成${CHART_NAMES[asked] ?? asked}（单位或类型不同、不是百分比、或缺少多年数据），屏幕上会显示为${CHART_NAMES[shown] ?? shown}`,
        `these figures cannot be shown honestly as "${asked}" (different units or kinds, not a share, or no series over years); the screen shows "${shown}" instead`,
      ),
    );
  });
  return out;
}

/** Content the kiosk no longer shows at `now`, by the kiosk's own rules (a date-only until is the whole day). */
export function checkExpiry(content: ContentSet, now: Date): Problem[] {
  const out: Problem[] = [];
  const tz = content.site.timezone;
  const nowMs = now.getTime();
  content.events.events.forEach((event, i) => {
    if (!stillScheduled(event, nowMs, tz)) {
      out.push(problem('warning', 'events.json', `events[${i}]`, `活动「${event.title}」已经结束，不会再显示，可以删除`, `event "${event.title}" is over and will not be shown; you can remove it`));
    }
  });
  content.notices.notices.forEach((notice, i) => {
    if (contentUntilMs(notice.until, tz) <= nowMs) {
      out.push(problem('warning', 'notices.json', `notices[${i}].until`, '这条通知已经过期，不会再显示', 'this notice has expired and will not be shown'));
    }
  });
  content.playlist.scenes.forEach((scene, i) => {
    if (contentUntilMs(scene.validUntil, tz) <= nowMs) {
      out.push(problem('warning', 'playlist.json', `scenes[${i}].validUntil`, `场景「${scene.title}」已过期，不会再播放`, `scene "${scene.title}" has expired and will not play`));
    }
  });
  return out;
}

export async function staffRules(folder: string, content: ContentSet, texts: ContentTexts, now: Date): Promise<Problem[]> {
  const out: Problem[] = [];
  for (const ref of mediaReferences(content)) out.push(...(await checkMedia(folder, ref)));
  out.push(...checkExpiry(content, now));
  out.push(...checkCharts(content));

  for (const [key, text] of Object.entries(texts)) {
    if (text === null) continue;
    const file = `${key}.json`;
    for (const s of collectStrings(file, JSON.parse(text.replace(/^\uFEFF/, '')))) {
      const missing = missingGlyphs(s.text);
      if (missing.length) {
        const list = missing.map((c) => `「${c}」U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
        out.push(problem('error', file, s.path, `屏幕字体里没有这些字符：${list}，请换成常用字或删除（如表情符号）`, `the screen font cannot draw ${list}; use common characters or remove them (e.g. emoji)`));
      }
      const limit = LAYOUT_LIMITS.find((l) => l.file === file && l.pattern.test(s.path));
      const length = [...s.text].length;
      if (limit && length > limit.max) {
        out.push(problem('warning', file, s.path, `${limit.zh}有 ${length} 个字，超过 ${limit.max} 字会在屏幕上被缩短`, `${length} characters: more than ${limit.max} will be shortened on screen`));
      }
    }
  }
  return out;
}

