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
  pausedTitle: '暂停服务',
  pausedTitleEn: 'Temporarily unavailable',
  pausedLater: '信息屏正在恢复，请稍后再来看看',
  pausedLaterEn: 'The screen is getting ready again. Please come back a little later.',
  /** Staff's side of the same screen, in #status. */
  pausedWhy: '暂停原因 / Why the screen is paused',
  nightOpensLabel: '下次开放',
  nightOpensEn: 'Opens',
  nightClosed: '已闭馆',
  nightClosedEn: 'Closed',
  nightTouch: '轻触查看近期活动',
  nightTouchEn: 'Touch for the coming events',
  nightEvents: '近期活动',
  nightEventsEn: 'Coming events',
  nightNoEvents: '近期暂无活动安排 / No events in the coming days',
  nightOpens: '开放时间',
  fallbackMark: '内容有误，显示上次内容',
  notBuilt: '此场景正在建设中 / This scene is not built yet',
  loading: '正在载入… / Loading…',
  touchHint: '轻触屏幕，查看更多',
  touchHintEn: 'Touch to explore',
  largeText: '长辈模式',
  largeTextEn: 'Large text',
  largeTextOffEn: 'Large text: on',
  takeAway: '扫码带走',
  takeAwayEn: 'Take it with you',
  takeAwayHint: '用手机相机扫一扫，无需上网',
  takeAwayHintEn: 'Scan with your phone camera: no internet needed',
  takeAwayClose: '收起',
  takeAwayCloseEn: 'Hide',
} as const;
