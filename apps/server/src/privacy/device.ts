// Device class from the User-Agent: the only thing koe keeps of it. Coarse on
// purpose (desktop / mobile / tablet / bot) so it cannot fingerprint anyone.
import type { Device } from '@koe/core';

const BOT =
  /bot|crawl|spider|slurp|headless|lighthouse|preview|fetch|monitor|curl|wget|python-requests/i;
const TABLET = /ipad|tablet|kindle|silk|playbook|(android(?!.*mobile))/i;
const MOBILE = /mobi|iphone|ipod|android|blackberry|opera mini|iemobile|windows phone/i;

export function deviceOf(userAgent: string | undefined): Device {
  if (!userAgent) return 'unknown';
  if (BOT.test(userAgent)) return 'bot';
  if (TABLET.test(userAgent)) return 'tablet';
  if (MOBILE.test(userAgent)) return 'mobile';
  return 'desktop';
}
