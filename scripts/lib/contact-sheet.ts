// The contact sheet of `content:check --render`: one HTML page with every scene's and notice's
// picture in both orientations, labelled by id, with the count of problems found on each.
export interface Shot {
  id: string;
  kind: 'scene' | 'notice';
  title: string;
  orientation: 'landscape' | 'portrait';
  width: number;
  height: number;
  /** Relative to the sheet's folder. */
  file: string;
  findings: number;
}

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Thumbnails share one height, so a row reads landscape then portrait. */
const ROW_HEIGHT = 270;

export function contactSheetHtml(options: { folder: string; now: Date; shots: readonly Shot[] }): string {
  const items = new Map<string, Shot[]>();
  for (const shot of options.shots) items.set(`${shot.kind}:${shot.id}`, [...(items.get(`${shot.kind}:${shot.id}`) ?? []), shot]);
  const figure = (shot: Shot) => {
    const w = Math.round((ROW_HEIGHT * shot.width) / shot.height);
    const verdict = shot.findings ? `<span class="bad">⚠ ${shot.findings} 处问题 problem(s)</span>` : '<span class="ok">✓</span>';
    return `<figure><a href="${escape(shot.file)}"><img src="${escape(shot.file)}" width="${w}" height="${ROW_HEIGHT}" alt="${escape(shot.id)} ${shot.orientation}"></a><figcaption>${shot.orientation === 'landscape' ? '横屏' : '竖屏'} ${shot.orientation} ${shot.width}×${shot.height} ${verdict}</figcaption></figure>`;
  };
  const rows = [...items.values()].map((shots) => {
    const first = shots[0]!;
    return `<section><h2><code>${escape(first.id)}</code> ${escape(first.title)}</h2><div class="row">${shots.map(figure).join('')}</div></section>`;
  });
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>版面检查图 / Contact sheet · ${escape(options.folder)}</title>
<style>
  body { margin: 24px; background: #1b1b1b; color: #eee; font: 16px/1.4 "Noto Sans SC", "Noto Sans CJK SC", sans-serif; }
  h1 { font-size: 24px; margin: 0 0 4px; }
  p { margin: 0 0 20px; color: #bbb; }
  main { display: flex; flex-wrap: wrap; gap: 20px 32px; }
  /* Every item as wide as its two pictures, so two sit side by side whatever their titles. */
  section { margin: 0; width: ${Math.round((ROW_HEIGHT * 16) / 9 + (ROW_HEIGHT * 9) / 16) + 24}px; }
  h2 { font-size: 18px; margin: 0 0 6px; font-weight: 400; }
  code { color: #ffd27a; }
  .row { display: flex; gap: 16px; align-items: flex-start; }
  figure { margin: 0; }
  img { display: block; border: 1px solid #555; background: #000; }
  figcaption { font-size: 14px; color: #bbb; margin-top: 4px; }
  .bad { color: #ff9a8a; }
  .ok { color: #9ad89a; }
</style>
</head>
<body>
<h1>版面检查图 / Contact sheet</h1>
<p>${escape(options.folder)} · 时刻 at ${escape(options.now.toISOString())} · 点图片看原尺寸 / click a picture for full size</p>
<main>
${rows.join('\n')}
</main>
</body>
</html>
`;
}
