const SECOND_MS = 1000;
const MINUTE_S = 60;
const HOUR_S = 60 * MINUTE_S;
const DAY_S = 24 * HOUR_S;

/**
 * Format the time left until a deadline as a countdown clock: `0:04:59`, or `2d 03:00:00` beyond a
 * day. Negative input (a missed deadline) formats its absolute value, so the caller labels it overdue.
 */
export function formatCountdown(remainingMs: number): string {
  const totalSeconds = Math.floor(Math.abs(remainingMs) / SECOND_MS);

  const days = Math.floor(totalSeconds / DAY_S);
  const hours = Math.floor((totalSeconds % DAY_S) / HOUR_S);
  const minutes = Math.floor((totalSeconds % HOUR_S) / MINUTE_S);
  const seconds = totalSeconds % MINUTE_S;

  const clock = `${pad(minutes)}:${pad(seconds)}`;
  if (days > 0) return `${days}d ${pad(hours)}:${clock}`;

  return `${hours}:${clock}`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
