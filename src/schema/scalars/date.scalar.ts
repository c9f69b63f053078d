import { GraphQLScalarType, Kind } from 'graphql';
import { GraphQLDateTime } from 'graphql-scalars';

/**
 * Thrown for a malformed date. A plain Error (not a GraphQLError) on purpose: graphql-js then
 * attaches the offending value's location, and errors.ts turns it into BAD_USER_INPUT.
 */
export class InvalidDateError extends Error {
  override name = 'InvalidDateError';
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days of each month; February gets its 29th in leap years (proleptic Gregorian, as ISO 8601). */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/**
 * True for a real calendar day written YYYY-MM-DD, from 0001-01-01 to 9999-12-31 (2022-02-30 is
 * not one). Plain arithmetic, no JS Date: Date.UTC reads the years 0-99 as 1900-1999.
 */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= (mo === 2 && isLeapYear(y) ? 29 : MONTH_DAYS[mo - 1]);
}

function parseDate(value: unknown): string {
  if (typeof value !== 'string') {
    throw new InvalidDateError('A Date is a string written YYYY-MM-DD, such as "2022-08-03".');
  }
  if (!isIsoDate(value)) {
    throw new InvalidDateError(`"${value}" is not a calendar date written YYYY-MM-DD from 0001-01-01 to 9999-12-31, such as "2022-08-03".`);
  }
  return value;
}

/** A calendar day, YYYY-MM-DD. Values arrive from the repositories as such strings already. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description:
    'A calendar day written YYYY-MM-DD (ISO 8601), from 0001-01-01 to 9999-12-31, such as 2022-08-03. How exact it is (day, month or year) is given beside it where that matters.',
  // RFC 3339 full-date: lets code generators map the scalar to a string type.
  specifiedByURL: 'https://www.rfc-editor.org/rfc/rfc3339#section-5.6',
  serialize(value) {
    if (typeof value === 'string' && isIsoDate(value.slice(0, 10))) return value.slice(0, 10);
    throw new TypeError(`Date cannot serialize ${JSON.stringify(value)}`);
  },
  parseValue: parseDate,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new InvalidDateError('A Date is a string written YYYY-MM-DD, such as "2022-08-03".');
    return parseDate(ast.value);
  },
});

/** An instant, RFC 3339 (graphql-scalars), answered in UTC; specifiedBy the scalars.graphql.org date-time spec. */
export const DateTimeScalar = new GraphQLScalarType({
  ...GraphQLDateTime.toConfig(),
  specifiedByURL: 'https://scalars.graphql.org/andimarek/date-time',
});
