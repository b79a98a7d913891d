/**
 * `work-time`: a note, from the check context rather than the text, when a
 * personal post is being written during configured work hours or on a city
 * computer. The finding spans no characters (offsets 0–0): it is about the moment.
 */
import type { DetectorInput, Hit } from './types';
import type { WorkTimeParams } from './params';

function minutes(hhmm: string): number | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(hhmm);
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  return h < 24 && min < 60 ? h * 60 + min : null;
}

export function isDuringWorkHours(now: Date, hours: { days: number[]; start: string; end: string }): boolean {
  const start = minutes(hours.start);
  const end = minutes(hours.end);
  if (start === null || end === null || !hours.days.includes(now.getDay())) return false;
  const t = now.getHours() * 60 + now.getMinutes();
  // A night shift (22:00–06:00) wraps past midnight.
  return start <= end ? t >= start && t < end : t >= start || t < end;
}

export function detectWorkTime(input: DetectorInput, params: WorkTimeParams): Hit[] {
  const { context, view } = input;
  if (!view.text.trim()) return [];
  const during = params.when.includes('work-hours') && context.workHours && isDuringWorkHours(context.now ?? new Date(), context.workHours);
  const onCityComputer = params.when.includes('city-computer') && context.cityComputer === true;
  if (!during && !onCityComputer) return [];
  const note = during && onCityComputer ? 'It is work time and this is a city computer.' : during ? 'It is within your work hours.' : 'This is a city computer.';
  return [{ start: 0, end: 0, note }];
}
