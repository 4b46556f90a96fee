// The simulation's days: index 0 is a Monday, and each index has its local
// date once, so the hot loops do integer arithmetic on day indices while the
// core functions still see the dates the server would give them. check()
// makes sure the integer shortcuts agree with the core's own date functions.
import {
  addDays,
  isEvaluationDay,
  type LocalDate,
  SCORE_DROP_DEFAULTS,
  scoreDropWindows,
  volumeDropDays,
  weekdayOf,
} from '@koe/core';

const FIRST_MONDAY = '2024-01-01';

export class DayCalendar {
  readonly dates: LocalDate[];
  private readonly indexOf = new Map<LocalDate, number>();

  constructor(days: number) {
    this.dates = Array.from({ length: days }, (_, i) => addDays(FIRST_MONDAY, i));
    for (const [i, date] of this.dates.entries()) this.indexOf.set(date, i);
  }

  index(date: LocalDate): number {
    const i = this.indexOf.get(date);
    if (i === undefined) throw new RangeError(`${date} is outside the simulated days`);
    return i;
  }

  /** Weekday of a day index, 0 = Monday. */
  static weekday(index: number): number {
    return index % 7;
  }

  /** Throws unless the integer shortcuts of the studies match the core's date functions. */
  check(): void {
    const { recentDays, baselineDays } = SCORE_DROP_DEFAULTS;
    for (let end = 80; end < 160; end++) {
      const date = this.dates[end] as LocalDate;
      if (weekdayOf(date) !== DayCalendar.weekday(end)) throw new Error('weekday mismatch');
      if (isEvaluationDay(date, 'weekly') !== (end % 7 === 0)) throw new Error('weekly mismatch');
      for (const opened of [null, end - 1, end - 9, end - 30]) {
        const openedAt = opened === null ? null : (this.dates[opened] as LocalDate);
        const windows = scoreDropWindows(date, openedAt);
        const baselineEnd = (opened ?? end) - recentDays;
        const expected = [end - recentDays, end, baselineEnd - baselineDays, baselineEnd];
        const actual = [
          windows.recent.from,
          windows.recent.to,
          windows.baseline.from,
          windows.baseline.to,
        ];
        if (actual.some((d, i) => this.index(d) !== expected[i]))
          throw new Error('window mismatch');
        const volume = volumeDropDays(date, openedAt, 4);
        const skip = opened === null ? 0 : Math.ceil((end - opened) / 7);
        const day = end - 1;
        if (this.index(volume.day) !== day) throw new Error('volume day mismatch');
        if (this.index(volume.history.from) !== day - 7 * (skip + 4))
          throw new Error('history mismatch');
        if (this.index(volume.history.to) !== day - 7 * skip) throw new Error('history mismatch');
      }
    }
  }
}
