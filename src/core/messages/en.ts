/**
 * The core's messages in English: every error and reason text the core writes, by key. zh-CN.ts has the same keys
 * (its type makes a missing one a compile error). Values are functions of their parameters; data from the rulebook
 * (labels, sources) comes in already in the message's language.
 */
type S = string;
type N = number | string;

export const EN = {
  // ── Frames ──
  'frame.value': (p: { argument: S; received: S; problem: S; accepted?: S }) =>
    `${p.argument}: ${p.received} ${p.problem}${/[.?!]$/.test(p.problem) ? '' : '.'}${p.accepted ? ` Accepted: ${p.accepted}.` : ''}`,
  'frame.number': (p: { argument: S; received: S; accepted: S }) => `${p.argument}: ${p.received} is out of range. Accepted: ${p.accepted}.`,
  'frame.argument': (p: { argument: S; text: S }) => `${p.argument}: ${p.text}`,
  'received.blank': () => 'blank',
  'received.empty': () => 'empty text',
  'received.text': (p: { text: S }) => `"${p.text}"`,
  'received.nan': () => 'not a number',
  'list.or': (p: { head: S; last: S }) => `${p.head} or ${p.last}`,
  'list.and': (p: { head: S; last: S }) => `${p.head} and ${p.last}`,
  'list.sep': () => ', ',
  'sentence.end': () => '.',
  'list.semicolon': () => '; ',
  'bracket': (p: { text: S }) => ` (${p.text})`,
  'span.all': () => 'all years',
  'span.open': (p: { from: N }) => `${p.from} on`,
  'span.one': (p: { year: N }) => `${p.year}`,
  'span.range': (p: { from: N; to: N }) => `${p.from}–${p.to}`,

  // ── Arguments (inputs.ts, names.ts) ──
  'arg.required': () => '— a value is required here',
  'arg.not-number': () => 'is not a number',
  'arg.a-number': () => 'a number',
  'arg.finite': () => 'a finite number',
  'arg.at-least-zero': (p: { unit: S }) => `a number ≥ 0${p.unit ? ` (${p.unit})` : ''}`,
  'arg.above-zero': (p: { unit: S }) => `a number > 0${p.unit ? ` (${p.unit})` : ''}`,
  'arg.share': () => 'a share from 0 to 1 (a percentage typed as 12% is read as a share)',
  'arg.year': (p: { from: N; to: N }) => `a whole compliance year from ${p.from} to ${p.to}, the years this rulebook covers`,
  'arg.unit-ambiguous': (p: { unit: S }) => `writes its unit as "${p.unit}", which is metric tons to some readers and megatonnes to others: write t or Mt`,
  'arg.unit-not-mass': (p: { unit: S }) => `is a mass (${p.unit}); this argument is not a mass: enter the number without a unit`,
  'arg.too-long': (p: { length: S; max: N }) => `(${p.length} characters) is too long to be a name: names are at most ${p.max} characters`,
  'name.unknown': (p: { kind: S }) => `is not a known ${p.kind}`,
  'name.did-you-mean': (p: { kind: S; options: S }) => `is not a known ${p.kind}. Did you mean ${p.options}?`,
  'name.ambiguous': (p: { advice: S }) => `is ambiguous: ${p.advice}`,
  'name.no-rules': (p: { argument: S; what: S; id: S; schemes: S }) =>
    `${p.argument}: the rulebook has no ${p.what} for ${p.id}; it has them for ${p.schemes}.`,
  'kind.sector': () => 'sector',
  'kind.power-category': () => 'power unit category',
  'kind.gas': () => 'gas',
  'kind.gwp-set': () => 'GWP set',
  'kind.scheme': () => 'scheme',
  'kind.heat-benchmark': () => 'heat benchmark',
  'kind.special-case': () => 'special case',
  'kind.power-special': () => 'special power unit case',
  'kind.event': () => 'compliance event',
  'kind.phase': () => 'phase',
  'accepted.sectors': () => 'power (or a unit category such as power:gas), cement, steel, aluminium; ETS.INFO("sectors") lists every sector',
  'accepted.power': (p: { ids: S }) => `${p.ids} (the "power:" may be left out)`,
  'accepted.gases': (p: { ids: S }) => `${p.ids} (or PFC-14, PFC-116)`,
  'advice.glass': () => 'flat glass (flat-glass, 平板玻璃) reports emissions without an allowance obligation; other glass (containers, fibre) is in no CN ETS list. Write flat-glass if it is flat glass',
  'advice.steelmaking': () => 'blast-furnace/converter steel (steel, 钢铁) is covered, stand-alone electric-arc-furnace steel (steel-eaf, 电炉炼钢) only reports its emissions. Write which',
  'advice.gas': () => 'for a gas-fired power unit write power:gas (燃气发电); for the mass of a gas use ETS.CO2E',
  'advice.coal-size': (p: { mw: N }) => `the plan splits conventional coal units at ${p.mw} MW of rated power: coal-large for ${p.mw} MW or more (the "300 MW class and above"), coal-small below ${p.mw} MW. Write which`,
  'advice.coal': () => 'for a coal-fired power unit write its category: power:coal-large, power:coal-small or power:coal-unconventional; for coverage alone, power',

  // ── Units and accepted values (short phrases passed as `accepted`) ──
  'unit.tco2e': () => 'tCO2e',
  'unit.tco2e-year': () => 'tCO2e per year',
  'unit.intensity': () => 'tCO2e per unit of output',
  'unit.output': () => 't of product; power: MWh',
  'unit.price': () => 'price per tCO2e',
  'unit.price-cert': () => 'price per certificate',
  'unit.price-origin': () => 'price per tCO2e, in the certificate price’s currency',
  'unit.good-intensity': () => 'tCO2e per t of good',
  'unit.t-good': () => 't of good',
  'unit.exchange-rate': () => 'home currency per unit of the result’s currency, e.g. 7.8 CNY per EUR',
  'unit.t': () => 't',
  'unit.t-gas': () => 'tonnes of gas',
  'unit.t-imported': () => 'tonnes of good imported',
  'unit.mwh': () => 'MWh',
  'unit.gj': () => 'GJ',
  'unit.mwh-generated': () => 'MWh generated',
  'unit.gj-heat': () => 'GJ of heat supplied',
  'need.benchmark': () => 'a benchmark name',
  'need.power-category': () => 'a power unit category',
  'need.holding': () => 'allowances held at the end of the carry-over period',
  'need.cbam-mass': () => 'net mass of CBAM goods imported in the year, tonnes',
  'need.net-sales': () => 'net sales over the carry-over period, tCO2e (negative for a net buyer)',
  'need.sector': () => 'a sector name',
  'need.year': () => 'a compliance year',
  'need.output': () => 'annual output',
  'need.output-year': () => 'output a year',
  'need.gas': () => 'a gas name, e.g. CO2, CF4, C2F6',
  'need.balance-value': () => 'the sector balance value',
  'need.entity-intensity': () => 'the entity’s carbon intensity',
  'need.cert-price': () => 'the certificate price, to turn origin_price into certificates',
  'need.average-price': () => 'the average trading price of the month before the deadline',
  'need.unsurrendered': () => 'tCO2e not surrendered by the deadline',
  'need.parameter': () => 'a rulebook parameter',

  // ── Arithmetic and results ──
  'result.too-large': () => 'The result is too large for a spreadsheet number (over about 1.8E+308). Use smaller inputs.',
  'result.not-finite': () => 'The result is not a finite number.',
  'result.none': () => 'The function produced no value for these arguments.',
  'result.unexpected': (p: { message: S }) => `Unexpected problem: ${p.message}`,

  // ── Ranges (functions/lift.ts) ──
  'range.too-wide': (p: { argument: S; count: N }) => `${p.argument}: at most ${p.count} columns (one a parameter).`,
  'range.not-rectangular': (p: { argument: S }) => `${p.argument}: not a rectangular range.`,
  'range.shapes': (p: { shapes: S }) => `Ranges must have one shape (or be single cells): ${p.shapes}.`,
  'range.single-table': (p: { argument: S }) => `${p.argument}: give a single cell; this function returns a whole table.`,
  'range.single-every-row': (p: { argument: S }) => `${p.argument}: give a single cell; it applies to every row.`,
  'range.lengths': (p: { sizes: S }) => `Ranges must have one length (or be single cells): ${p.sizes}.`,
  'range.one-per-row': (p: { argument: S; rows: N }) =>
    `${p.argument}: give one cell per row (${p.rows} rows); a single value would count for every row.`,
  'range.input-error': (p: { argument: S; code: S; inner: S }) => `${p.argument}: the input is ${p.code}${p.inner ? ` (${p.inner})` : ''}.`,
  'range.shape-of': (p: { argument: S; shape: S }) => `${p.argument} is ${p.shape}`,
  'range.size-of': (p: { argument: S; size: N }) => `${p.argument} has ${p.size}`,
  'range.row-label': (p: { row: N }) => ` (row ${p.row})`,

  // ── Coverage (coverage.ts, schemes.ts, facility.ts) ──
  'cn.name': () => 'CN ETS',
  /** The scheme and year a verdict applies in; written in brackets after it. */
  'coverage.where': (p: { scheme: S; year: N }) => `${p.scheme}, ${p.year}`,
  'coverage.reporting-only': (p: { label: S }) => `${p.label} reports emissions but has no allowance obligation yet`,
  /** A sector that reports from the threshold on, without allowances (stand-alone EAF steel …). */
  'coverage.reporting-duty': (p: { label: S; emissions: S; reached: boolean; limit: S }) =>
    `${p.label}, ${p.emissions} tCO2e direct ${p.reached ? '≥' : '<'} ${p.limit} threshold: ${p.reached
      ? 'reporting obligation (annual emission report and its verification), no allowance obligation'
      : 'no reporting obligation'}`,
  'coverage.not-listed': (p: { label: S; scheme: S }) => `${p.label} is not on the ${p.scheme} key-emitter list`,
  'coverage.enters': (p: { label: S; scheme: S; year: N }) => `${p.label} enters the ${p.scheme} in compliance year ${p.year}`,
  'coverage.versus': (p: { label: S; emissions: S; reached: boolean; limit: S }) =>
    `${p.label}, ${p.emissions} tCO2e direct ${p.reached ? '≥' : '<'} ${p.limit} threshold`,
  'verdict.covered': () => 'Covered',
  'verdict.not-covered': () => 'Not covered',
  'verdict.reporting-only': () => 'Reporting only',
  'verdict.depends': () => 'Depends',
  'verdict.text': (p: { verdict: S; rule: S }) => `${p.verdict}: ${p.rule}`,
  'obligation.reporting-only': (p: { label: S; scheme: S; what: S }) =>
    `sector: ${p.label} reports emissions but has no allowance obligation in the ${p.scheme}, so it has no ${p.what}.`,
  'obligation.not-listed': (p: { label: S; scheme: S; what: S }) =>
    `sector: ${p.label} is not on the key-emitter list in the ${p.scheme}, so it has no ${p.what}.`,
  'obligation.not-yet': (p: { label: S; scheme: S; first: N; what: S; year: N }) =>
    `sector: ${p.label} enters the ${p.scheme} in compliance year ${p.first}, so it has no ${p.what} in ${p.year}.`,
  'what.allocation': () => 'free allocation',
  'what.threshold': () => 'inclusion threshold',
  'what.gases': () => 'gases counted',
  'what.deadlines': () => 'compliance deadlines',
  'what.benchmarks': () => 'benchmarks',
  'what.balance-values': () => 'balance values',
  'scheme.not-among': (p: { scheme: S; sectors: S; sector: S }) => `${p.scheme} covers ${p.sectors}; ${p.sector} is not among them`,
  'scheme.unclear': (p: { scheme: S; sectors: S; sector: S }) => `our sources do not say whether ${p.scheme} (${p.sectors}) covers ${p.sector}`,
  'scheme.no-rule': (p: { scheme: S }) => `${p.scheme}: the inclusion rule is not in our sources`,
  'scheme.no-threshold': (p: { scheme: S }) => `${p.scheme} has no emissions threshold in our sources`,
  'scheme.basis.direct': () => 'direct',
  'scheme.basis.both': () => 'direct + indirect',
  'scheme.basis.no-indirect': () => 'direct (indirect not given)',
  'scheme.versus': (p: { emissions: S; basis: S; reached: boolean; limit: S; unit: S }) =>
    `${p.emissions} tCO2e ${p.basis} ${p.reached ? '≥' : '<'} ${p.limit} ${p.unit}`,
  'scheme.unit.facility': () => 'tCO2e per facility',
  'scheme.rule': (p: { scheme: S; text: S }) => `${p.scheme}: ${p.text}`,
  'scheme.needs-indirect': (p: { scheme: S; versus: S }) => `${p.scheme} counts indirect emissions too: ${p.versus}; give indirect emissions`,
  'scheme.facility-level': (p: { scheme: S; versus: S; facility: S }) =>
    `${p.scheme}: ${p.versus} but ≥ ${p.facility} per facility: covered if one facility reaches it`,
  'scheme.period': (p: { scheme: S; year: N; label: S }) => `${p.scheme} in ${p.year}: ${p.label}, so no allowance obligation`,
  'scheme.not-in-force': (p: { scheme: S; year: N; spans: S }) => `${p.scheme} is not in force in ${p.year} (${p.spans})`,
  'scheme.span': (p: { from: N; to?: N; open: boolean; label: S }) =>
    `${p.from}${p.open ? ' on' : p.to === undefined || p.to === p.from ? '' : `–${p.to}`}: ${p.label}`,
  'scheme.depends': (p: { rule: S }) => `scheme: ${p.rule}.`,
  'scheme.phases-cn-only': (p: { scheme: S }) => `scheme: phases are a rule of China's national ETS, not of ${p.scheme}.`,
  'facility.no-emissions': (p: { why: S }) => `direct_emissions: blank — give direct emissions or the masses of the gases that count${p.why}.`,
  'facility.ignored-why': (p: { gases: S; one: boolean }) => ` (${p.gases} do${p.one ? 'es' : ''} not count for this sector)`,
  'facility.too-large': (p: { max: S }) => `at most ${p.max} t a year: more than twenty times the world's annual emissions is a typing or unit error`,
  'facility.ignored': (p: { gases: S; one: boolean; sector: S }) =>
    `${p.gases} ${p.one ? 'is' : 'are'} not counted for ${p.sector}: ${p.one ? 'its mass was' : 'their masses were'} ignored.`,
  'facility.mass': (p: { gas: S }) => `${p.gas} mass`,
  'facility.price-label': (p: { unit: S; status: S; source: S }) => `${p.unit} (${p.status}: ${p.source})`,

  // ── Compare and schemes tables ──
  'compare.headers': () => ['Scheme', 'Covered', 'Rule applied', 'Emissions counted (tCO2e)'].join('\t'),
  'schemes.headers': () => ['Scheme', 'Name', 'Sectors', 'Gases', 'Threshold', 'Scope 2 covered', 'Allocation', 'Share covered', 'Status'].join('\t'),

  // ── Phases, allocation, power, benchmarks, emissions ──
  'phase.before': (p: { year: N; span: S }) => `year: ${p.year} is before the phases of the expansion, which run from ${p.span}.`,
  'phase.contradicts': (p: { year: N; where: S }) => `contradicts year ${p.year}, which is ${p.where}`,
  'phase.where.before': (p: { span: S }) => `before Phase I (${p.span})`,
  'phase.where.in': (p: { phase: S }) => `in Phase ${p.phase}`,
  'phase.accepted': () => 'the phase of the year, or leave phase blank',
  'alpha.span': (p: { span: S; year: N }) => `year: the balance-value adjustment α applies in ${p.span}, not in ${p.year}.`,
  'allocation.phase-two': (p: { year: N }) =>
    `benchmark: ${p.year} is in Phase II, whose benchmarks are not published; pass the benchmark (the 7th argument). A balance value is used in Phase I only.`,
  'allocation.no-rule': (p: { year: N }) => `year: the rulebook has no industrial allocation rule for ${p.year}.`,
  'allocation.needs-category': () => 'needs the unit category for allocation',
  'allocation.power-balance': () => 'is a Phase I sector balance value for cement, steel and aluminium; a power unit has none',
  'allocation.power-balance-accepted': () => 'blank (a power benchmark of your own goes in benchmark, the 7th argument)',
  'allocation.steel-emissions': () =>
    'emissions: steel allowances multiply the whole enterprise’s verified emissions, which the ironmaking + sintering intensity cannot give; pass them (emissions, the 8th argument).',
  'allocation.power-emissions': () => 'is not used for a power unit (its allowances come from its generation and the benchmark)',
  'allocation.power-emissions-accepted': () => 'blank; for the gas top-up and the entity floor use ETS.POWER or ETS.POWER.ENTITY with verified emissions',
  'preallocation.span': (p: { span: S; year: N }) => `year: the pre-allocation share is in the rulebook for ${p.span}, not ${p.year}.`,
  'preallocation.none': (p: { year: N }) => `year: no pre-allocation was made for ${p.year} in this sector (the plan of the year has none).`,
  'preallocation.at-most': (p: { share: S; year: N }) => `a share of at most ${p.share} (the ${p.year} plan's; a province may set a lower one)`,
  'what.preallocation': () => 'pre-allocation',
  'power.share-span': (p: { what: S; span: S; year: N }) => `year: the ${p.what} is in the rulebook for ${p.span}, not ${p.year}.`,
  'power.gas-top-up': () => 'gas top-up',
  'power.entity-floor': () => 'entity floor',
  'power.conventional-coal-only': () => 'applies to conventional coal units only (coal-large, coal-small); the plans give every other category 1',
  'power.conventional-coal-only-accepted': (p: { category: S }) => `1 or blank for ${p.category}`,
  'power.special-span': (p: { where: S; special: S; year: N; span: S }) =>
    `${p.where}: "${p.special}" is not a special unit of the ${p.year} power plan (the rulebook has it for ${p.span}); give the unit's category instead.`,
  'load.share': () => 'a load rate is a share of rated output above 0: 45% or 0.45 (not 45)',
  'load.span': (p: { span: S; year: N }) => `year: the load correction is in the rulebook for ${p.span}, not ${p.year}.`,
  'need.load-rate': () => 'the unit’s load (output) rate over the year, a share such as 45%',
  'power.no-units': () => '— the entity has no units',
  'power.one-row-per-unit': () => 'one row per generating unit',
  'benchmark.span': (p: { key: S; year: N; span: S }) =>
    `There is no ${p.key} benchmark for ${p.year} in the rulebook (it has ${p.span}); pass the benchmark yourself where the function takes one.`,
  'benchmark.unknown-eu': () => 'is not a known EU benchmark',
  'benchmark.unknown': () => 'is not a known benchmark',
  'gwp.none': (p: { set: S; gas: S }) => `gas: ${p.set} gives no separate GWP for ${p.gas}; use CH4, or the AR6 set for ${p.gas}.`,

  // ── Compliance, position, calendar ──
  'penalty.multiple': (p: { low: N; high: N }) => `a multiple of the average price from ${p.low} to ${p.high} (the legal range)`,
  'position.headers': () => ['Year', 'Phase', 'Verified emissions', 'Allocation', 'Balance', 'Cost', 'Penalty exposure'].join('\t'),
  'position.twice': () => 'appears twice',
  'position.each-once': () => 'each year once',
  'calendar.none': (p: { event: S; year: N; has: S }) => `year: no ${p.event} date is published for compliance year ${p.year}${p.has}.`,
  'calendar.has': (p: { span: S }) => ` (the rulebook has ${p.span})`,
  'calendar.by-sector': (p: { event: S; year: N; dates: S }) => `— the ${p.event} date of compliance year ${p.year} differs by sector (${p.dates})`,
  'calendar.sector-accepted': () => 'power, cement, steel or aluminium',
  'calendar.no-step': (p: { group: S; event: S; year: N; note: S }) =>
    `sector: ${p.group} has no ${p.event} step in compliance year ${p.year}${p.note ? ` (${p.note})` : ''}.`,
  'calendar.group.power': () => 'power',
  'calendar.group.industry': () => 'cement, steel and aluminium',
  'calendar.date': (p: { day: number; month: number; year: number }) =>
    `${p.day} ${new Date(Date.UTC(p.year, p.month - 1, p.day)).toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' })} ${p.year}`,
  // English names a step by the id the event argument takes.
  'event.report': () => 'report',
  'event.verification': () => 'verification',
  'event.preallocation': () => 'preallocation',
  'event.allocation': () => 'allocation',
  'event.surrender': () => 'surrender',
  'event.carryover': () => 'carryover',

  // ── Provenance ──
  'source.not-accounting': () => 'is not an accounting parameter of that guideline',
  'source.accounting-accepted': () => 'fuel:<fuel>:ncv, fuel:<fuel>:carbon_content, fuel:<fuel>:oxidation, material:<material>, grid:<place>[:<kind>], heat:steam, heat:hot-water, anode:sulphur, anode:ash, pfc:slope, pfc:c2f6-ratio, report-rounding',
  'source.none': (p: { key: S }) => `parameter: the rulebook holds no value for ${p.key}: the guideline gives none, or its text was not read; use the measured value.`,
  'source.record': (p: { status: S; source: S; note: S }) => `${p.status} — ${p.source}${p.note ? `; ${p.note}` : ''}`,
  'source.no-year': (p: { key: S; span: S; year: N }) => `year: the rulebook has ${p.key} for ${p.span}, not for ${p.year}.`,
  'source.accepted': (p: { events: S }) =>
    'threshold, scope2, phase, allocation, alpha, entity-floor, gas-top-up, offset-limit, ccer, preallocation-share, carryover, penalty, ' +
    `${p.events}, default-year, gwp-default, years, cbam-factor, markup, de-minimis, cscf, ` +
    'cbam:default:<CN code>:<country>, cbam:benchmark:<CN code>[:actual|default][:<route>], ' +
    'a benchmark (power:coal-large, heat:coal, hot-metal, cbam:aluminium-primary …), a sector (cement …), ' +
    'scheme:<id> (scheme:KR …), gases:<sector>, a gas or gwp:<set>:<gas>',
  'source.not-parameter': () => 'is not a rulebook parameter',
  'source.default-without-country': () => 'names a default value without its country',
  'source.default-accepted': () => 'cbam:default:<CN code>:<country>, e.g. cbam:default:7208 10 00:CN',
  'status.final': () => 'final',
  'status.draft': () => 'draft',
  'status.secondary': () => 'secondary',
  'status.open': () => 'open',
  'info.summary': (p: { version: S; date: S; schemes: S; years: S; year: N; gwp: S }) =>
    `ETS rulebook ${p.version} (${p.date}): schemes ${p.schemes}; years ${p.years}; default year ${p.year}; default GWP set ${p.gwp}`,
  'info.unknown': () => 'is not an INFO topic',

  // ── CBAM ──
  'cbam.not-cn-code': () => 'is not a CN code',
  'cbam.not-country': () => 'is not a country',
  'cbam.several': (p: { what: S; shown: S }) => `covers several ${p.what}: ${p.shown}`,
  'cbam.several.more': (p: { count: N }) => ` … (${p.count} lines)`,
  'cbam.one-of-those': () => 'one of those codes',
  'cbam.what.lines': () => 'default-value lines',
  'cbam.cn-accepted': () => 'a CN code of 4, 6, 8 or 10 digits, e.g. "7208 10 00" or 72081000 (a route may follow: "7601 10 10 (K)")',
  'cbam.country-accepted': () => 'an ISO country code (CN), an English name (China) or a Chinese name (中国); "Other" for the "Other countries and territories" table',
  'cbam.several-benchmarks': (p: { code: S; column: S; options: S }) => `— CN ${p.code} has several Column ${p.column} benchmarks: ${p.options}`,
  'cbam.production-year': (p: { from: N; to: N }) => `a production year from ${p.from} to ${p.to}`,
  'cbam.route-letter': () => 'a route letter (and a year where values differ by year)',
  'cbam.not-good': (p: { argument: S; code: S; goods: S }) => `${p.argument}: CN ${p.code} is not a CBAM good (${p.goods}).`,
  'cbam.exempt': (p: { argument: S; country: S; source: S }) => `${p.argument}: goods from ${p.country} owe no CBAM (${p.source}).`,
  'cbam.not-bundled': (p: { argument: S; country: S; act: S; bundled: S }) =>
    `${p.argument}: the Commission's default values for ${p.country} (its own table in ${p.act}) are not bundled yet; pass its default value as a number. Bundled: ${p.bundled}.`,
  'cbam.no-line': (p: { argument: S; code: S }) => `${p.argument}: the default-value tables have no line for CN ${p.code}.`,
  'cbam.no-markup': (p: { year: N }) => `year: no default-value mark-up is set for ${p.year}.`,
  'cbam.year-range': (p: { from: N; to: N }) => `a whole year from ${p.from} to ${p.to}`,
  'cbam.before-definitive': (p: { argument: S; from: N; year: N }) =>
    `${p.argument}: CBAM certificates are due for imports from ${p.from} on (the definitive period), not for ${p.year}.`,
  'cbam.not-part': () => 'is not a part of a default value',
  'cbam.part-accepted': () => 'direct, indirect or total (blank: total with the year\'s mark-up)',
  'cbam.no-indirect': (p: { code: S }) =>
    `part: the annex prints N/A for the indirect emissions of CN ${p.code}: for iron and steel, aluminium and hydrogen only direct emissions count, so total = direct.`,
  'cbam.not-basis': () => 'is not a benchmark basis',
  'cbam.basis-accepted': () => 'actual (Column A, for actual embedded emissions) or default (Column B, to pair with default values)',
  'cbam.not-route': () => 'is not a production route',
  'cbam.not-route-of': (p: { code: S }) => `is not a route of CN ${p.code}`,
  'cbam.split-code': (p: { code: S; act: S }) => `is split further in ${p.act}: use one of its codes`,
  'cbam.no-benchmark': (p: { argument: S; code: S; act: S; notGood: boolean }) =>
    `${p.argument}: CN ${p.code} has no CBAM benchmark in ${p.act}${p.notGood ? ' (it is not a CBAM good)' : ''}.`,
  'cbam.benchmark-years': (p: { act: S; from: N; to: N; year: N }) =>
    `year: ${p.act} sets CBAM benchmarks for production years ${p.from}–${p.to}, not ${p.year}; pass your assumption for ${p.year} as a number (in ETS.CBAM.CERTIFICATES and COST: the benchmark in cbam_benchmark and, for a default value, ETS.CBAM.DEFAULT as embedded_intensity).`,
  'cbam.option': (p: { value: N; route: S; period: S }) => `${p.value}${p.route ? ` (${p.route})` : ''}${p.period ? ` for ${p.period}` : ''}`,
  'cbam.unknown-benchmark': () => 'is not a known CBAM benchmark',
  'cbam.benchmark-accepted': (p: { names: S }) => `a number (tCO2e per t of good), a CN code ("7208 10 00"), or ${p.names}`,
  'cbam.benchmark-of': (p: { belongs: S; good: S }) => `is a CBAM benchmark for ${p.belongs}, not for ${p.good}`,
  'cbam.complex-good': (p: { code: S; own: N; source: S }) =>
    `cbam_benchmark: with actual emissions CN ${p.code} is a complex good — its own process benchmark (Column A ${p.own}) ` +
    `plus its precursors' embedded free allocation (${p.source}), which depends on the precursors used. ` +
    'Pass that whole benchmark as a number (tCO2e per t of good); with a default value (a country in embedded_intensity) Column B covers it all.',
  'cbam.code-of': (p: { code: S; sector: S; good: S }) => `is CN ${p.code}, ${p.sector ? `a ${p.sector} good` : 'not a CBAM good'}, not ${p.good}`,
  'cbam.code-of-accepted': (p: { good: S }) => `a CN code of a ${p.good} good`,
  'cbam.route-mismatch': (p: { route: S; line: S; source: S }) =>
    `names route ${p.route}, but a default value pairs with the route of its line (${p.line || 'none'}) (${p.source})`,
  'cbam.without-route': (p: { code: S }) => `the CN code without a route: ${p.code}`,
  'cbam.intensity-text': () => 'is text: a country of origin takes the default value of a CN code, so put the CN code in cbam_benchmark',
  'cbam.intensity-accepted': () => 'tCO2e per t of good (actual emissions), or, with a CN code in cbam_benchmark, a country of origin for its default value',
  'cbam.no-cscf': (p: { year: N; span: S }) =>
    `cscf: no cross-sectoral correction factor is published for ${p.year}; pass it (1 applies no correction, as in ${p.span}). The free-allocation adjustment is benchmark × CBAM factor × CSCF.`,
  'cbam.home-price': () => '— the carbon price paid at home needs the allocation, the verified emissions and the price',
  'cbam.home-accepted': () => 'all three, or none (no deduction)',
  'cbam.to-before': (p: { from: N }) => `is before from_year ${p.from}`,
  'cbam.to-before-accepted': () => 'a year at or after from_year',
  'cbam.too-many-years': (p: { years: N; from: N }) => `is more than ${p.years} years after from_year ${p.from}`,
  'cbam.year-before': (p: { year: N }) => `a year before ${p.year}`,
  'cbam.factor-year': (p: { span: S }) => `a year, ${p.span}`,
  'cbam.source.parts': (p: { total: N; direct: N; indirect: S }) => `total ${p.total} tCO2e/t (direct ${p.direct}, indirect ${p.indirect})`,
  'cbam.source.route': (p: { route: S; labels: S }) => `, route ${p.route} (${p.labels})`,
  'cbam.source.or': () => ' or ',
  'cbam.source.checked': () => 'read against the Official Journal text',
  'cbam.source.workbook': () => 'from the Commission\'s informational workbook of the corrected annex (version 2), agreeing with version 1; not yet read line by line against the Official Journal',
  'cbam.source.no-value': (p: { country: S; source: S }) =>
    `; ${p.country} has no value for this code, so the "Other countries and territories" line applies (${p.source})`,
  'cbam.source.no-table': (p: { country: S; source: S }) =>
    `; ${p.country} has no table of its own, so the "Other countries and territories" table applies (${p.source})`,
  'cbam.source.markup': (p: { year: N; percent: N; source: S; total: N }) =>
    `; in ${p.year} the total is increased by ${p.percent} % (${p.source}) to ${p.total}`,
  'cbam.source.default': (p: { status: S; act: S; table: S; code: S; parts: S; route: S; checked: S; why: S; markup: S }) =>
    `${p.status} — ${p.act}, table ${p.table}, line CN ${p.code}: ${p.parts}${p.route}; ${p.checked}${p.why}${p.markup}`,
  'cbam.source.benchmark': (p: { act: S; code: S; column: S; use: S; routes: S; value: N; period: S; selection: S }) =>
    `final — ${p.act}: CN ${p.code}, Column ${p.column} (${p.use})${p.routes}: ${p.value} tCO2e/t${p.period}; ${p.selection}`,
  'cbam.source.use.A': () => 'for actual embedded emissions',
  'cbam.source.use.B': () => 'to pair with default values',
  'cbam.source.routes': (p: { routes: S }) => `, route ${p.routes}`,
  'cbam.source.period': (p: { period: S }) => ` for production years ${p.period}`,
  'cbam.other': () => 'Other countries and territories',
  // ── Emissions accounting (accounting/) ──
  'kind.fuel': () => 'fuel',
  'kind.material': () => 'process material',
  'kind.item': () => 'report item',
  'kind.medium': () => 'heat medium',
  'kind.grid-area': () => 'grid area',
  'kind.grid-kind': () => 'kind of grid factor',
  'advice.fly-ash': () => 'write 飞灰 / flue-dust ash or 粉煤灰 / pulverised fuel ash: the guideline deducts them at different coefficients',
  'advice.pig-iron': () => 'write purchased pig iron (外购生铁, an input) or sold pig iron (外销生铁, a product taken off)',
  'arg.whole-year': () => 'a whole year',
  'unit.10k-nm3': () => '10⁴ Nm³',
  'unit.ncv': () => 'GJ per t, gases GJ per 10⁴ Nm³',
  'unit.tc-gj': () => 'tC per GJ',
  'unit.tco2-t': () => 'tCO2 per t',
  'unit.tco2-mwh': () => 'tCO2 per MWh',
  'unit.tco2-gj': () => 'tCO2 per GJ',
  'unit.aem': () => 'anode-effect minutes per cell-day',
  'mrv.guideline.steel': () => 'the steel accounting guideline',
  'mrv.guideline.cement': () => 'the cement accounting guideline',
  'mrv.guideline.aluminium': () => 'the aluminium accounting guideline',
  'mrv.guideline.power': () => 'the power accounting guideline (发电设施)',
  'mrv.no-guideline': () => 'is not a sector with an MEE accounting guideline in the add-in',
  'mrv.no-default': (p: { what: S; guideline: S }) =>
    `${p.guideline} gives no default for ${p.what}, or the add-in could not confirm one: enter the measured value (ETS.SOURCE says what the rulebook holds)`,
  'mrv.what.ncv': (p: { fuel: S }) => `the net calorific value of ${p.fuel}`,
  'mrv.what.carbon_content': (p: { fuel: S }) => `the carbon content per unit heat of ${p.fuel}`,
  'mrv.what.oxidation': (p: { fuel: S }) => `the oxidation factor of ${p.fuel} (under the updated power guideline, from the national GHG emission factor database)`,
  'mrv.carbon-unit': () => 'is too large for tC per GJ: a figure such as 26.18 is tC per TJ (kgC per GJ); divide by 1,000',
  'mrv.parameter': () => 'is not a fuel parameter',
  'mrv.no-process': (p: { guideline: S }) => `${p.guideline}: process emissions have their own functions (ETS.ANODE.CO2, ETS.PFC.CO2E) or none`,
  'mrv.anode-share': () => 'sulphur and ash together cannot exceed the anode’s mass (each a share of the anode’s mass)',
  'grid.accepted': () => 'national (全国), a region (华北, 东北, 华东, 华中, 西北, 南方, 西南) or a province (江苏, Jiangsu …)',
  'grid.tibet': () => 'the MEE/NBS tables publish no factor for Tibet (西藏): use the national or the 西南 regional factor and say so',
  'grid.kind-national': () => 'only the national factor is published excluding market-traded non-fossil power or for fossil power alone',
  'grid.no-year': (p: { year: N; years: S }) => `year: no factor is published for ${p.year}; the rulebook holds ${p.years}.`,
  'heat.media': () => 'steam, hot water (蒸汽, 热水)',
  'heat.enthalpy': (p: { base: N }) => `a steam enthalpy in kJ/kg of at least ${p.base} (water at 20 °C)`,
  'heat.temperature': (p: { base: N }) => `a hot-water temperature in °C of at least ${p.base}`,
  'report.unknown-item': (p: { guideline: S }) => `is not a fuel, material or report item of ${p.guideline}`,
  'report.items': () => 'a fuel (bituminous, natural gas, 焦炭 …), a material (limestone, crude steel, clinker, carbide slag …), anode, anode effect, aluminium, output, electricity, heat',
  'report.heat-factor': () => 'purchased heat needs its factor (tCO2 per GJ) in the parameters column: no guideline of the new sectors gives one',
  'report.needs-aluminium': () => 'anode effects need the aluminium produced: add a row "aluminium" with the tonnes',
  'report.needs-output': () => 'intensity needs the output: add a row "output" (or crude steel, clinker, aluminium) with its quantity',
  'report.header.line': () => 'line',
  'report.header.value': () => 'tCO2e',
  'report.combustion': () => 'combustion',
  'report.process': () => 'process',
  'report.deductions': () => 'deductions (carbon in products, substitutes)',
  'report.total': () => 'total direct emissions',
  'report.listing': () => 'counted for listing (direct)',
  'report.listed': () => 'key emitting entity (≥ threshold)',
  'report.surrendered': () => 'surrendered',
  'report.indirect': () => 'indirect (reported, not counted)',
  'report.intensity': () => 'intensity (surrendered per unit of output)',
} as const;

export type Catalogue = { readonly [K in keyof typeof EN]: (typeof EN)[K] };
export type MessageKey = keyof typeof EN;
