// Which content coding to answer with, from the request's Accept-Encoding
// (RFC 9110 §12.5.3) and the codings we have. Used by the compress
// middleware and by the static files, so both read the header the same way.
export type ContentCoding = 'br' | 'gzip' | 'identity';

/** Ours, best first: brotli is 10–20 % smaller than gzip on our files (bench/sizes.ts). */
const PREFERENCE: readonly ContentCoding[] = ['br', 'gzip', 'identity'];

/** "x-gzip" is to be read as "gzip" (RFC 9110 §8.4.1.3). */
const ALIASES: Record<string, string> = { 'x-gzip': 'gzip' };

/** A weight: "q=" and 0 to 1 with up to three decimals (RFC 9110 §12.4.2). */
const WEIGHT = /^q=(0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/i;

/** coding → weight; "*" for the wildcard. A malformed weight drops its element. */
function parse(header: string): Map<string, number> {
  const weights = new Map<string, number>();
  for (const element of header.split(',')) {
    const [name = '', ...params] = element.split(';').map((part) => part.trim());
    if (!name) continue;
    let q = 1;
    for (const param of params) {
      const weight = WEIGHT.exec(param.replace(/\s+/g, ''));
      if (weight) q = Number(weight[1]);
      else if (/^q=/i.test(param)) q = Number.NaN;
    }
    if (Number.isNaN(q)) continue;
    const coding = name.toLowerCase();
    weights.set(ALIASES[coding] ?? coding, q);
  }
  return weights;
}

/**
 * The coding to send, among `available` (identity is always available):
 * the highest weight wins and our preference breaks ties. A coding not named
 * takes the weight of "*", if any; identity not named is acceptable unless
 * "*;q=0" says otherwise, but only as the last choice. No header or an empty
 * one means identity: curl without --compressed sends none and must get
 * plain bytes. When every coding is refused (identity;q=0 and nothing else
 * acceptable) we still send identity: RFC 9110 allows a 406, but an
 * uncompressed answer serves the client better than none.
 */
export function negotiateEncoding(
  header: string | undefined,
  available: readonly ContentCoding[] = PREFERENCE,
): ContentCoding {
  if (!header) return 'identity';
  const weights = parse(header);
  const wildcard = weights.get('*');
  let best: ContentCoding = 'identity';
  let bestWeight = 0;
  for (const coding of PREFERENCE) {
    if (coding !== 'identity' && !available.includes(coding)) continue;
    // An unnamed identity ranks below any coding named with a weight above zero.
    const weight =
      weights.get(coding) ?? wildcard ?? (coding === 'identity' ? Number.MIN_VALUE : 0);
    if (weight > bestWeight) {
      best = coding;
      bestWeight = weight;
    }
  }
  return best;
}
