// Fixed texts of the model-worker gallery (content texts come from workers.json).
import type { HonourLevel } from '../../content/schema.ts';

export const LEVEL_LABELS: Record<HonourLevel, { zh: string; en: string }> = {
  national: { zh: '全国', en: 'National' },
  provincial: { zh: '省级', en: 'Provincial' },
  city: { zh: '市级', en: 'City' },
  county: { zh: '县区级', en: 'County' },
  enterprise: { zh: '企业', en: 'Enterprise' },
};

export const GALLERY = {
  invite: '轻触屏幕，了解劳模故事',
  inviteEn: 'Touch the screen to read their stories',
  pick: '轻触头像，阅读劳模故事',
  pickEn: 'Tap a portrait to read the story',
  empty: '暂无劳模资料',
  emptyEn: 'No model workers to show yet',
  sample: '示例',
  sampleTitle: '示例人物，非真实人物 / fictional sample',
  filterLabel: '筛选 / Filter',
  filterAll: '全部',
  filterAllEn: 'All',
  close: '关闭',
  closeEn: 'Close',
  prevWorker: '上一位',
  prevWorkerEn: 'Previous person',
  nextWorker: '下一位',
  nextWorkerEn: 'Next person',
  prevPage: '上一页',
  prevPageEn: 'Previous page',
  nextPage: '下一页',
  nextPageEn: 'Next page',
  honours: '荣誉 / Honours',
  story: '故事 / Story',
  page: (n: number, total: number) => `第 ${n} 页，共 ${total} 页 / page ${n} of ${total}`,
  position: (n: number, total: number) => `${n} / ${total}`,
  swipeHint: '左右滑动翻页 / Swipe to turn the page',
  takeAwayLabel: (name: string) => `${name}的事迹二维码 / ${name}'s story as a QR code`,
  openStory: (name: string) => `阅读${name}的故事 / Read ${name}'s story`,
  portraitOf: (name: string) => `${name}的肖像 / portrait of ${name}`,
  year: (year: number) => `${year} 年`,
  /** Under the highest honours: where the full list is (the story's pages after the text). */
  moreHonours: (n: number, page: number) => `另有 ${n} 项荣誉，见第 ${page} 页`,
  moreHonoursEn: (n: number, page: number) => `${n} more honours on page ${page}`,
  allHonours: (n: number) => `全部荣誉（${n} 项）/ All honours`,
  /** The last page's closing line when a story is longer than its pages. */
  storyCut: '…… 篇幅所限，以下从略',
  storyCutEn: 'Story shortened for the screen',
} as const;
