/**
 * The functions Excel stores in a file under a prefix because they came after the 2007 file format ([MS-XLSX]
 * §2.2.3 "Functions", learn.microsoft.com/openspecs/office_standards/ms-xlsx/5d1b6d44-6fc1-4ecd-8fef-0b27406cc2bf):
 * a file that holds =_xlfn.IFS(…) shows IFS(…) in Excel, and one that holds a bare IFS(…) shows #NAME? until the
 * cell is typed again. The reader drops the prefixes (files.ts); the writer puts them back from this list.
 * ECMA.CEILING, ISO.CEILING, NETWORKDAYS.INTL and WORKDAY.INTL are stored bare and are not listed.
 */

/** Stored as _xlfn._xlws.NAME. */
const WORKSHEET_FUTURE = ['FILTER', 'PY', 'SORT'];

/** Stored as _xlfn.NAME. */
const FUTURE = [
  'ACOT', 'ACOTH', 'AGGREGATE', 'ANCHORARRAY', 'ARABIC', 'ARRAYTOTEXT', 'BASE', 'BETA.DIST', 'BETA.INV', 'BINOM.DIST',
  'BINOM.DIST.RANGE', 'BINOM.INV', 'BITAND', 'BITLSHIFT', 'BITOR', 'BITRSHIFT', 'BITXOR', 'BYCOL', 'BYROW',
  'CEILING.MATH', 'CEILING.PRECISE', 'CHISQ.DIST', 'CHISQ.DIST.RT', 'CHISQ.INV', 'CHISQ.INV.RT', 'CHISQ.TEST',
  'CHOOSECOLS', 'CHOOSEROWS', 'COMBINA', 'CONCAT', 'CONFIDENCE.NORM', 'CONFIDENCE.T', 'COT', 'COTH', 'COVARIANCE.P',
  'COVARIANCE.S', 'CSC', 'CSCH', 'DAYS', 'DECIMAL', 'DROP', 'ERF.PRECISE', 'ERFC.PRECISE', 'EXPAND', 'EXPON.DIST',
  'F.DIST', 'F.DIST.RT', 'F.INV', 'F.INV.RT', 'F.TEST', 'FIELDVALUE', 'FILTERXML', 'FLOOR.MATH', 'FLOOR.PRECISE',
  'FORECAST.ETS', 'FORECAST.ETS.CONFINT', 'FORECAST.ETS.SEASONALITY', 'FORECAST.ETS.STAT', 'FORECAST.LINEAR',
  'FORMULATEXT', 'GAMMA', 'GAMMA.DIST', 'GAMMA.INV', 'GAMMALN.PRECISE', 'GAUSS', 'HSTACK', 'HYPGEOM.DIST', 'IFNA', 'IFS',
  'IMCOSH', 'IMCOT', 'IMCSC', 'IMCSCH', 'IMSEC', 'IMSECH', 'IMSINH', 'IMTAN', 'ISFORMULA', 'ISOMITTED', 'ISOWEEKNUM',
  'LAMBDA', 'LET', 'LOGNORM.DIST', 'LOGNORM.INV', 'MAKEARRAY', 'MAP', 'MAXIFS', 'MINIFS', 'MODE.MULT', 'MODE.SNGL',
  'MUNIT', 'NEGBINOM.DIST', 'NORM.DIST', 'NORM.INV', 'NORM.S.DIST', 'NORM.S.INV', 'NUMBERVALUE', 'PDURATION',
  'PERCENTILE.EXC', 'PERCENTILE.INC', 'PERCENTRANK.EXC', 'PERCENTRANK.INC', 'PERMUTATIONA', 'PHI', 'POISSON.DIST',
  'QUARTILE.EXC', 'QUARTILE.INC', 'QUERYSTRING', 'RANDARRAY', 'RANK.AVG', 'RANK.EQ', 'REDUCE', 'RRI', 'SCAN', 'SEC',
  'SECH', 'SEQUENCE', 'SHEET', 'SHEETS', 'SINGLE', 'SKEW.P', 'SORTBY', 'STDEV.P', 'STDEV.S', 'SWITCH', 'T.DIST',
  'T.DIST.2T', 'T.DIST.RT', 'T.INV', 'T.INV.2T', 'T.TEST', 'TAKE', 'TEXTAFTER', 'TEXTBEFORE', 'TEXTJOIN', 'TEXTSPLIT',
  'TOCOL', 'TOROW', 'UNICHAR', 'UNICODE', 'UNIQUE', 'VALUETOTEXT', 'VAR.P', 'VAR.S', 'VSTACK', 'WEBSERVICE',
  'WEIBULL.DIST', 'WRAPCOLS', 'WRAPROWS', 'XLOOKUP', 'XMATCH', 'XOR', 'Z.TEST',
];

const PREFIX = new Map<string, string>([
  ...FUTURE.map((name): [string, string] => [name, '_xlfn.']),
  ...WORKSHEET_FUTURE.map((name): [string, string] => [name, '_xlfn._xlws.']),
]);

/**
 * Formula code (no string literals in it) with every call of a future function prefixed as Excel stores it. A name
 * that is part of a longer one (ETS.IFS, MY_IFS, a sheet 'IFS data'!) is not a call of it.
 */
export function prefixFutureFunctions(code: string): string {
  return code.replace(/(?<![\w.$'!\u00a0-\uffff])([A-Za-z][\w.]*)(?=\s*\()/g, (name: string) => {
    const prefix = PREFIX.get(name.toUpperCase());
    return prefix === undefined ? name : prefix + name;
  });
}
