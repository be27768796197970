// Fixed texts of the events board (content texts come from events.json).
import type { EventCategory } from '../../content/schema.ts';

export const CATEGORY_LABELS: Record<EventCategory, string> = {
  training: '培训',
  performance: '演出',
  sport: '体育',
  jobfair: '招聘',
  service: '服务',
  competition: '竞赛',
  reading: '阅读',
  exhibition: '展览',
  other: '活动',
};

/** 1 = Monday … 7 = Sunday. */
export const WEEKDAY_SHORT = ['一', '二', '三', '四', '五', '六', '日'] as const;
export const ORDINALS = ['一', '二', '三', '四', '五'] as const;

const COUNT = new Intl.NumberFormat('zh-CN');

export const EVENTS_UI = {
  boardEn: 'Events',
  windowDays: (n: number) => `未来 ${n} 天`,
  now: '正在进行',
  nowEn: 'Happening now',
  today: '今天',
  tomorrow: '明天',
  dayAfter: '后天',
  allDay: '全天',
  nextDay: '次日',
  scanToRegister: '扫码报名',
  registration: '报名',
  qrLabel: (url: string) => `报名二维码：${url}`,
  page: (index: number, count: number) => `第 ${index} / ${count} 页`,
  openDetail: (title: string) => `查看详情：${title} / Open details`,
  /** At the end of a description the card cuts: the rest is in the detail a touch opens. */
  moreInDetail: '触摸查看详情',
  moreInDetailEn: 'Touch for details',
  detailLabel: '活动详情 / Event details',
  close: '关闭',
  closeEn: 'Close',
  when: '时间',
  where: '地点',
  audience: '对象',
  howToRegister: '报名方式',
  phone: '咨询电话',
  takeAway: '扫码带走',
  takeAwayEn: 'Scan to take it with you — works offline',
  takeAwayLabel: (text: string) => `活动信息二维码：${text}`,
  /** The last page's closing line when the board cannot list everything. */
  more: (n: number) => `另有 ${COUNT.format(n)} 项活动`,
  moreEn: (n: number) => `${COUNT.format(n)} more ${n === 1 ? 'event' : 'events'}`,
  emptyTitle: '近期暂无活动安排',
  emptyEn: 'No events in the coming days',
  emptyWelcome: '欢迎常来看看，新活动会第一时间在这里公布',
  openToday: '今日开放',
  closedToday: '今日闭馆',
  services: '常设服务',
  nextTime: (date: string) => `下次 ${date}`,
  servicesEn: 'Regular services',
  everyDay: '每天',
  weekdaysRange: '每周一至周五',
  weekly: (days: string) => `每周${days}`,
  monthDay: (d: number) => `每月${d}日`,
  monthLastDay: '每月最后一天',
  monthNth: (nth: string, weekday: string) => `每月第${nth}个周${weekday}`,
  monthLast: (weekday: string) => `每月最后一个周${weekday}`,
} as const;
