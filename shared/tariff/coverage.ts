// Which acceptance dates a cached exchange-rate table can convert for. An assessment needs the
// rate of the period containing the date of acceptance (DESIGN.md, "Assessment"); a declaration
// accepted outside the table must be flagged and left unassessed, never converted with the
// nearest period the device happens to hold (issue 9, part 1).

/** First day … last day (inclusive, ISO dates) of the acceptance dates a table covers. */
export type RatePeriod = { from: string; to: string };

/** What coverage reads of a table: only its periods. */
type Periods = { rates: ReadonlyArray<{ periodStart: string; periodEnd: string }> };

export type RateCoverage =
  /** The date falls in the table: `period` is the rate period (week or month) containing it. */
  | { status: 'covered'; covers: RatePeriod; period: RatePeriod }
  /** The date is earlier than the table's first period. */
  | { status: 'before'; covers: RatePeriod }
  /** The date is later than the table's last period: the device needs a newer rates pack. */
  | { status: 'after'; covers: RatePeriod }
  /** The date lies within the table's span, but no period of the table contains it. */
  | { status: 'gap'; covers: RatePeriod };

/** The span of a table: its earliest period start to its latest period end; null when empty. */
export function coverageOf(table: Periods): RatePeriod | null {
  let from: string | undefined;
  let to: string | undefined;
  for (const rate of table.rates) {
    if (from === undefined || rate.periodStart < from) from = rate.periodStart;
    if (to === undefined || rate.periodEnd > to) to = rate.periodEnd;
  }
  return from === undefined || to === undefined ? null : { from, to };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Where `acceptanceDate` (an ISO date, or a date-time whose date part is used) lies against a
 * rates pack. ISO dates compare correctly as strings, so no clock or time zone is involved.
 */
export function rateCoverage(
  ratesPack: { covers: RatePeriod; table: Periods },
  acceptanceDate: string,
): RateCoverage {
  const date = acceptanceDate.slice(0, 10);
  if (!ISO_DATE.test(date))
    throw new Error(`rateCoverage: "${acceptanceDate}" is not an ISO date (YYYY-MM-DD)`);
  const { covers } = ratesPack;
  if (date < covers.from) return { status: 'before', covers };
  if (date > covers.to) return { status: 'after', covers };
  const containing = ratesPack.table.rates.find((rate) => rate.periodStart <= date && date <= rate.periodEnd);
  return containing === undefined
    ? { status: 'gap', covers }
    : { status: 'covered', covers, period: { from: containing.periodStart, to: containing.periodEnd } };
}
