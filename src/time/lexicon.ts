/** Word tables of the temporal tagger (HeidelTime's "normalization" resources): surface word → normalised piece. */

export const MONTHS = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
} as const satisfies Record<string, number>;

/** ISO weekday numbers. */
export const WEEKDAYS = {
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
} as const satisfies Record<string, 1 | 2 | 3 | 4 | 5 | 6 | 7>;

/** TIMEX3 part-of-day suffixes. */
export const PARTS_OF_DAY = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', tonight: 'NI', midday: 'MI', noon: 'MI',
} as const satisfies Record<string, string>;

/** TIMEX3 season codes. */
export const SEASONS = { spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' } as const satisfies Record<string, string>;

export const NUMBER_WORDS = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
  forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, couple: 2, dozen: 12,
} as const satisfies Record<string, number>;

export const ORDINALS = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11,
  twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19,
  twentieth: 20, 'twenty-first': 21, 'twenty-second': 22, final: 4, last: 4,
} as const satisfies Record<string, number>;

/**
 * Duration units: the TIMEX3 designator and whether it sits after `T` (clock units). Decades and centuries are written
 * in years (`P10Y`, `P100Y`), as the gold writes "a century".
 */
export const UNITS = {
  second: { code: 'S', time: true, factor: 1 },
  minute: { code: 'M', time: true, factor: 1 },
  hour: { code: 'H', time: true, factor: 1 },
  day: { code: 'D', time: false, factor: 1 },
  week: { code: 'W', time: false, factor: 1 },
  fortnight: { code: 'W', time: false, factor: 2 },
  month: { code: 'M', time: false, factor: 1 },
  quarter: { code: 'Q', time: false, factor: 1 },
  year: { code: 'Y', time: false, factor: 1 },
  decade: { code: 'Y', time: false, factor: 10 },
  century: { code: 'Y', time: false, factor: 100 },
} as const satisfies Record<string, { code: string; time: boolean; factor: number }>;

export type UnitName = keyof typeof UNITS;

/** Vague plural units ("for days", "recent weeks") use `X` as the amount; decades and centuries have their own codes. */
export const VAGUE_UNIT_VALUES = {
  second: 'PTXS', minute: 'PTXM', hour: 'PTXH', day: 'PXD', week: 'PXW', fortnight: 'PXW', month: 'PXM', quarter: 'PXQ',
  year: 'PXY', decade: 'PXDE', century: 'PXCE',
} as const satisfies Record<UnitName, string>;

/** Words before a duration and the TIMEX3 `mod` they carry. */
export const DURATION_MODS = {
  about: 'APPROX', around: 'APPROX', approximately: 'APPROX', roughly: 'APPROX', some: 'APPROX', nearly: 'EQUAL_OR_LESS',
  almost: 'EQUAL_OR_LESS', 'up to': 'EQUAL_OR_LESS', 'at most': 'EQUAL_OR_LESS', 'no more than': 'EQUAL_OR_LESS',
  'just under': 'EQUAL_OR_LESS', 'less than': 'LESS_THAN', under: 'LESS_THAN', 'more than': 'MORE_THAN', over: 'MORE_THAN',
  'just over': 'MORE_THAN', 'at least': 'EQUAL_OR_MORE',
} as const satisfies Record<string, string>;

/** "early/mid/late" and their paraphrases before a period. */
export const POSITION_MODS = {
  early: 'START', 'earlier': 'START', 'the beginning of': 'START', 'the start of': 'START', 'the turn of': 'START', mid: 'MID',
  'the middle of': 'MID', late: 'END', later: 'END', 'the end of': 'END', 'the close of': 'END',
} as const satisfies Record<string, string>;
