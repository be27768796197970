// Each event category's colour and icon. Icons are stroked paths on a 24×24 grid, drawn here
// so the board needs no icon font and no network.
import type { EventCategory } from '../../content/schema.ts';
import { CATEGORY_LABELS } from './strings.ts';

export interface CategoryStyle {
  label: string;
  /** Distinct hues at similar lightness, all readable on the dark red background. */
  color: string;
  icon: readonly string[];
}

const circle = (cx: number, cy: number, r: number) => `M${cx + r} ${cy}a${r} ${r} 0 1 1-${2 * r} 0a${r} ${r} 0 1 1 ${2 * r} 0`;

const STYLES: Record<EventCategory, Omit<CategoryStyle, 'label'>> = {
  training: { color: '#6fb3ea', icon: ['M2 9.5 12 4.5l10 5-10 5z', 'M6.5 11.8V16c0 1.7 2.5 3 5.5 3s5.5-1.3 5.5-3v-4.2', 'M22 9.5v5.5'] },
  performance: { color: '#ea86c0', icon: ['M9 17.5V5.5l11-2v12', circle(6, 17.5, 3), circle(17, 15.5, 3)] },
  sport: { color: '#6cc996', icon: [circle(12, 12, 9), 'M12 3v18', 'M3 12h18', 'M6 5.7c3.2 3.4 3.2 9.2 0 12.6', 'M18 5.7c-3.2 3.4-3.2 9.2 0 12.6'] },
  jobfair: { color: '#f2a65a', icon: ['M3 8h18v11.5H3z', 'M8.5 8V5.5h7V8', 'M3 13.5h18', 'M10.5 13.5v2h3v-2'] },
  service: { color: '#f07f72', icon: ['M12 20s-7.5-4.6-7.5-10.2A4.2 4.2 0 0 1 12 7.4a4.2 4.2 0 0 1 7.5 2.4C19.5 15.4 12 20 12 20z'] },
  competition: { color: '#e8be6e', icon: ['M7.5 4h9v5.5a4.5 4.5 0 0 1-9 0z', 'M7.5 6H4.5a3 3 0 0 0 3 4', 'M16.5 6h3a3 3 0 0 1-3 4', 'M12 14v3.5', 'M8 20.5h8', 'M9.5 17.5h5v3h-5z'] },
  reading: { color: '#a896f2', icon: ['M3 5.5c3.2-1 6.2-.7 9 1.2V20c-2.8-1.9-5.8-2.2-9-1.2z', 'M21 5.5c-3.2-1-6.2-.7-9 1.2V20c2.8-1.9 5.8-2.2 9-1.2z'] },
  exhibition: { color: '#5cc8c4', icon: ['M3 4.5h18v15H3z', 'M6 16.5l4.2-5 3 3.2 2.1-2.2 2.7 4', circle(15.5, 8.5, 1.5)] },
  other: { color: '#cdbba3', icon: ['M12 3.5l2.6 5.4 5.9.8-4.3 4.1 1 5.9L12 16.9l-5.2 2.8 1-5.9-4.3-4.1 5.9-.8z'] },
};

export function categoryStyle(category: EventCategory): CategoryStyle {
  return { label: CATEGORY_LABELS[category], ...(STYLES[category] ?? STYLES.other) };
}
