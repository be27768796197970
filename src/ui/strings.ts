// Every fixed text the kiosk shows, in one place (content texts come from content/).
import type { SceneKind } from '../content/schema.ts';

export const KIND_LABELS: Record<SceneKind, { zh: string; en: string }> = {
  achievements: { zh: '成就', en: 'Achievements' },
  gallery: { zh: '劳模', en: 'Model workers' },
  events: { zh: '活动', en: 'Events' },
};

export const UI = {
  navLabel: '栏目导航 / Sections',
  countdown: (s: number) => `${s} 秒后返回轮播`,
  countdownEn: (s: number) => `Returning to the show in ${s} s`,
  touchToContinue: '轻触继续',
  touchToContinueEn: 'Touch to continue',
  stayHere: '继续浏览 / Stay',
  errorTitle: '信息屏暂时无法显示内容',
  errorTitleEn: 'The screen cannot show its content right now',
  errorRetry: '将自动重试 / Retrying automatically',
  nightOpens: '开放时间',
  fallbackMark: '内容有误，显示上次内容',
  notBuilt: '此场景正在建设中 / This scene is not built yet',
  loading: '正在载入… / Loading…',
} as const;
