import { isLang, type Lang } from '../languages';
import { aidsKey, parseAidsKey, type ReadingAids } from './aids';

/** One anonymous reader view: everything that decides the HTML of a reader page. */
export interface CachedView {
  /** Which database: revisions start again in a new one, and cached pages may outlive it. */
  epoch: string;
  revision: number;
  columns: Lang[];
  showStatus: boolean;
  /** 1-based. */
  page: number;
  aids: ReadingAids;
}

/** The path segment that names a view in Next's cache: `9f3a61c2-12~en.zh.ru~0~3~1s0`. */
export function cachedViewKey(view: CachedView): string {
  return [`${view.epoch}-${view.revision}`, view.columns.join('.'), view.showStatus ? 1 : 0, view.page, aidsKey(view.aids)].join(
    '~',
  );
}

/** The view a key names, or undefined for anything that is not a well-formed key. */
export function parseCachedView(key: string): CachedView | undefined {
  const match = /^([0-9a-f]{8})-(\d{1,12})~((?:en|zh|ru)(?:\.(?:en|zh|ru)){0,2})~([01])~(\d{1,6})~([0-9a-z]{3})$/.exec(key);
  if (!match) return undefined;
  const columns = (match[3] ?? '').split('.').filter(isLang);
  if (new Set(columns).size !== columns.length) return undefined;
  const page = Number(match[5]);
  if (page < 1) return undefined;
  const aids = parseAidsKey(match[6] ?? '');
  if (!aids) return undefined;
  return { epoch: match[1] ?? '', revision: Number(match[2]), columns, showStatus: match[4] === '1', page, aids };
}
