// How a page of responses is bounded, the same on both backends. The bound on
// the side the page starts from is one row value — the cursor, or the range
// end with id '' (every id sorts after '') — so each page is a single index
// seek in (received_at, id) order. (With a separate `received_at >= from`
// beside a row-value cursor, SQLite chose a skip-scan and sorted every
// remaining row, which made exports quadratic.)
import { bounds } from './rollup-grains';
import type { ResponseCursor, ResponseFilter } from './types';

export interface PageBounds {
  /** `(received_at, id) <seek> cursor` */
  seek: '>' | '<';
  cursor: ResponseCursor;
  /** `received_at <edge> edgeValue`: the far end of the range. */
  edge: '<' | '>=';
  edgeValue: number;
  order: 'ASC' | 'DESC';
}

export function pageBounds(filter: ResponseFilter, after: ResponseCursor | undefined): PageBounds {
  const [from, to] = bounds(filter);
  if (filter.order === 'desc')
    return {
      seek: '<',
      cursor: after && after[0] < to ? after : [to, ''],
      edge: '>=',
      edgeValue: from,
      order: 'DESC',
    };
  return {
    seek: '>',
    cursor: after && after[0] >= from ? after : [from, ''],
    edge: '<',
    edgeValue: to,
    order: 'ASC',
  };
}
