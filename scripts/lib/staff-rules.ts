// The staff checker's rules beyond the kiosk's own validation: pictures read from disk, content
// that is over, charts the figures cannot carry. The rules that protect the screen live in
// src/content/ (schema, validate.ts, rules/) and run in the kiosk too.
import { stat, readFile } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { imageSize } from 'image-size';
import type { ContentSet } from '../../src/content/schema.ts';
import { problem, type Problem } from '../../src/content/problems.ts';
import { contentUntilMs } from '../../src/kiosk/zoned.ts';
import { stillScheduled } from '../../src/scenes/events/recurrence.ts';
import { mediaReferences, type MediaReference } from '../../src/content/media.ts';
import { chooseChart } from '../../src/scenes/achievements/chooseChart.ts';

/** Above this a photo slows the kiosk for nothing; above the hard limit it is refused. */
export const IMAGE_WARN_BYTES = 2 * 1024 * 1024;
export const IMAGE_MAX_BYTES = 10 * 1024 * 1024;
export const IMAGE_WARN_PIXELS = 4096;

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

export async function staffRules(folder: string, content: ContentSet, now: Date): Promise<Problem[]> {
  const out: Problem[] = [];
  for (const ref of mediaReferences(content)) out.push(...(await checkMedia(folder, ref)));
  out.push(...checkExpiry(content, now));
  out.push(...checkCharts(content));
  return out;
}
