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
import { IMAGE_MAX_BYTES, mediaProblems, type MediaFacts } from '../../src/content/rules/media.ts';
import { chooseChart, whyNot } from '../../src/scenes/achievements/chooseChart.ts';

/** Facts of one picture on disk; null when the path leaves the content folder. */
async function factsOnDisk(folder: string, media: string): Promise<MediaFacts | null> {
  const full = resolve(folder, media);
  if (!full.startsWith(resolve(folder) + sep)) return null;
  let size: number;
  try {
    size = (await stat(full)).size;
  } catch {
    return {};
  }
  if (size > IMAGE_MAX_BYTES) return { size };
  try {
    const dims = imageSize(new Uint8Array(await readFile(full)));
    if (!dims.width || !dims.height) throw new Error('no size');
    return { size, pixels: { width: dims.width, height: dims.height } };
  } catch {
    return { size, pixels: null };
  }
}

async function checkMedia(folder: string, ref: MediaReference): Promise<Problem[]> {
  const facts = await factsOnDisk(folder, ref.media);
  if (!facts) return [problem('error', ref.file, ref.path, '图片必须在内容文件夹里面', 'the image must be inside the content folder')];
  return mediaProblems(ref, facts, 'error');
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
    const why = whyNot(asked, section) ?? { zh: '数据不适合', en: 'the data does not fit it' };
    out.push(
      problem(
        'warning',
        'achievements.json',
        `sections[${i}].chart`,
        `这些数据不适合画成${CHART_NAMES[asked] ?? asked}（${why.zh}），屏幕上会显示为${CHART_NAMES[shown] ?? shown}`,
        `these figures cannot be shown honestly as "${asked}" (${why.en}); the screen shows "${shown}" instead`,
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
