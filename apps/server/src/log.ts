// Structured JSON logs (pino). Never logs IP addresses, keys or bodies.
import { pino } from 'pino';

export type Logger = pino.Logger;

export function createLogger(level: string = 'info'): Logger {
  return pino({
    level,
    base: { service: 'koe' },
    redact: { paths: ['req.headers.authorization', 'authorization'], remove: true },
  });
}

export const silentLogger: Logger = pino({ level: 'silent' });
