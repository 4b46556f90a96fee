// Which answers gain from compression: text/*, JSON and its +json kinds
// (problem+json), NDJSON, JavaScript, XML and SVG. Images, fonts and archives
// are compressed already.
const COMPRESSIBLE_TYPE =
  /^(?:text\/|application\/(?:[\w.-]+\+)?(?:json|x-ndjson|javascript|xml)\b|image\/svg\+xml)/i;

export function isCompressibleType(contentType: string | null | undefined): boolean {
  return COMPRESSIBLE_TYPE.test(contentType ?? '');
}
