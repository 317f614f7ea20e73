import type { Prng } from '../shared/prng';

/**
 * A cron trigger reduced to what the generator needs: the expression shown on the wire and the
 * equivalent fixed period and phase, so fire times are `k * periodSeconds + phaseSeconds` (UTC).
 * Only schedules that really are periodic are produced, so expression and fire times agree.
 */
export interface SaeCronSchedule {
  readonly expression: string;
  readonly periodSeconds: number;
  /** Fire times modulo the period, in UTC epoch seconds. */
  readonly phaseSeconds: number;
}

const MINUTE = 60;
const HOUR = 3600;
const DAY = 86400;
const WEEK = 7 * DAY;
/** 1970-01-01 was a Thursday; cron day-of-week counts from Sunday = 0. */
const EPOCH_DAY_OF_WEEK = 4;

/** Parses SAE's "GMT+8:00" / "GMT-7:00" into an offset in seconds east of UTC. */
export function parseGmtOffset(timezone: string): number {
  const match = /^GMT([+-])(\d{1,2}):(\d{2})$/.exec(timezone);
  if (!match) return 0;
  const seconds = Number(match[2]) * HOUR + Number(match[3]) * MINUTE;
  return match[1] === '-' ? -seconds : seconds;
}

const mod = (value: number, period: number): number => ((value % period) + period) % period;

/** Local wall-clock offset within the period → UTC phase. */
const phase = (localOffset: number, period: number, tzOffset: number): number =>
  mod(localOffset - tzOffset, period);

/** Draws a realistic cron schedule, from every five minutes to weekly, in the given timezone. */
export function drawCronSchedule(prng: Prng, timezone: string): SaeCronSchedule {
  const tz = parseGmtOffset(timezone);
  const minute = prng.int(0, 11) * 5;
  const hour = prng.int(0, 23);
  const kind = prng.weighted([
    ['minutes', 2],
    ['hourly', 3],
    ['hours', 2],
    ['daily', 5],
    ['dailyQ', 2],
    ['weekly', 1],
  ] as const);
  switch (kind) {
    case 'minutes': {
      const step = prng.pick([5, 10, 15, 30]);
      const expression = prng.chance(0.5) ? `0/${step} * * * *` : `*/${step} * * * *`;
      return { expression, periodSeconds: step * MINUTE, phaseSeconds: 0 };
    }
    case 'hourly':
      return { expression: `${minute} * * * *`, periodSeconds: HOUR, phaseSeconds: minute * MINUTE };
    case 'hours': {
      const step = prng.pick([2, 3, 4, 6, 12]);
      const period = step * HOUR;
      return {
        expression: `${minute} */${step} * * *`,
        periodSeconds: period,
        phaseSeconds: phase(minute * MINUTE, period, tz),
      };
    }
    case 'daily':
    case 'dailyQ': {
      // The doc's own example writes daily schedules as "0 1 */1 * ?".
      const expression = kind === 'daily' ? `${minute} ${hour} * * *` : `${minute} ${hour} */1 * ?`;
      return { expression, periodSeconds: DAY, phaseSeconds: phase(hour * HOUR + minute * MINUTE, DAY, tz) };
    }
    case 'weekly': {
      const dayOfWeek = prng.int(0, 6);
      const local = mod(dayOfWeek - EPOCH_DAY_OF_WEEK, 7) * DAY + hour * HOUR + minute * MINUTE;
      return {
        expression: `${minute} ${hour} * * ${dayOfWeek}`,
        periodSeconds: WEEK,
        phaseSeconds: phase(local, WEEK, tz),
      };
    }
  }
}

/** The first fire time at or after `from` (epoch seconds). */
export function firstFireAtOrAfter(schedule: SaeCronSchedule, from: number): number {
  const base = from - mod(from - schedule.phaseSeconds, schedule.periodSeconds);
  return base === from ? from : base + schedule.periodSeconds;
}
