/**
 * 核心消息的简体中文版本：与 en.ts 键一一对应（类型保证不缺键）。术语依生态环境部文件：重点排放单位、配额、清缴、
 * 平衡值、基准值、经核查排放量、直接排放、间接排放。参数名（sector、year …）与函数签名一致，保持英文。
 */
import type { Catalogue } from './en';

type S = string;
type N = number | string;


export const ZH: Catalogue = {
  // ── 框架 ──
  'frame.value': (p: { argument: S; received: S; problem: S; accepted?: S }) =>
    `${p.argument}：${p.received}${p.problem}${/[。？！?!.]$/.test(p.problem) ? '' : '。'}${p.accepted ? `可接受：${p.accepted}。` : ''}`,
  'frame.number': (p: { argument: S; received: S; accepted: S }) => `${p.argument}：${p.received} 超出范围。可接受：${p.accepted}。`,
  'frame.argument': (p: { argument: S; text: S }) => `${p.argument}：${p.text}`,
  'received.blank': () => '空白',
  'received.empty': () => '空文本',
  'received.text': (p: { text: S }) => `“${p.text}”`,
  'received.nan': () => '非数字',
  'list.or': (p: { head: S; last: S }) => `${p.head}或${p.last}`,
  'list.and': (p: { head: S; last: S }) => `${p.head}和${p.last}`,
  'list.sep': () => '、',
  'sentence.end': () => '。',
  'list.semicolon': () => '；',
  'bracket': (p: { text: S }) => `（${p.text}）`,
  'span.all': () => '所有年份',
  'span.open': (p: { from: N }) => `${p.from}年起`,
  'span.one': (p: { year: N }) => `${p.year}年`,
  'span.range': (p: { from: N; to: N }) => `${p.from}—${p.to}年`,

  // ── 参数 ──
  'arg.required': () => '——此处需要一个值',
  'arg.not-number': () => '不是数字',
  'arg.a-number': () => '数字',
  'arg.finite': () => '有限的数字',
  'arg.at-least-zero': (p: { unit: S }) => `≥ 0 的数字${p.unit ? `（${p.unit}）` : ''}`,
  'arg.above-zero': (p: { unit: S }) => `> 0 的数字${p.unit ? `（${p.unit}）` : ''}`,
  'arg.share': () => '0 至 1 之间的比例（输入 12% 按比例 0.12 读取）',
  'arg.year': (p: { from: N; to: N }) => `${p.from} 至 ${p.to} 之间的整数履约年度（本规则库覆盖的年份）`,
  'arg.unit-ambiguous': (p: { unit: S }) => `的单位“${p.unit}”有人读作公吨，有人读作百万吨：请写 t 或 Mt`,
  'arg.unit-not-mass': (p: { unit: S }) => `是质量（${p.unit}），而此参数不是质量：请只输入数字，不带单位`,
  'arg.too-long': (p: { length: S; max: N }) => `（${p.length} 个字符）太长，不能作为名称：名称最多 ${p.max} 个字符`,
  'name.unknown': (p: { kind: S }) => `不是已知的${p.kind}`,
  'name.did-you-mean': (p: { kind: S; options: S }) => `不是已知的${p.kind}。您是否要输入 ${p.options}？`,
  'name.ambiguous': (p: { advice: S }) => `有歧义：${p.advice}`,
  'name.no-rules': (p: { argument: S; what: S; id: S; schemes: S }) =>
    `${p.argument}：规则库中没有 ${p.id} 的${p.what}；有${p.what}的碳市场为 ${p.schemes}。`,
  'kind.sector': () => '行业',
  'kind.power-category': () => '发电机组类别',
  'kind.gas': () => '温室气体',
  'kind.gwp-set': () => 'GWP 取值版本',
  'kind.scheme': () => '碳市场',
  'kind.heat-benchmark': () => '供热基准值',
  'kind.special-case': () => '特殊情形',
  'kind.power-special': () => '发电机组特殊情形',
  'kind.event': () => '履约环节',
  'kind.phase': () => '阶段',
  'accepted.sectors': () => '发电（power，或机组类别如 power:gas）、水泥（cement）、钢铁（steel）、铝（aluminium）；ETS.INFO("sectors") 列出全部行业',
  'accepted.power': (p: { ids: S }) => `${p.ids}（可省略 "power:"）`,
  'accepted.gases': (p: { ids: S }) => `${p.ids}（或 PFC-14、PFC-116）`,
  'advice.glass': () => '平板玻璃（flat-glass）只报告排放，没有配额清缴义务；其他玻璃（容器玻璃、玻璃纤维）不在全国碳市场任何名单中。如为平板玻璃，请写 flat-glass',
  'advice.steelmaking': () => '高炉-转炉长流程钢铁（steel，钢铁）已纳入，独立的电炉短流程炼钢（steel-eaf，电炉炼钢）只报告排放。请写明是哪一种',
  'advice.gas': () => '燃气发电机组请写 power:gas（燃气发电）；温室气体质量请用 ETS.CO2E',
  'advice.coal-size': (p: { mw: N }) => `方案按额定功率${p.mw}MW划分常规燃煤机组：不低于${p.mw}MW为 coal-large（“300MW等级以上”），低于${p.mw}MW为 coal-small（“300MW等级及以下”）。请写明是哪一类`,
  'advice.coal': () => '燃煤发电机组请写其类别：power:coal-large、power:coal-small 或 power:coal-unconventional；仅判断是否纳入时写 power',

  // ── 单位与可接受值 ──
  'unit.tco2e': () => '吨二氧化碳当量',
  'unit.tco2e-year': () => '吨二氧化碳当量/年',
  'unit.intensity': () => '吨二氧化碳当量/单位产品',
  'unit.output': () => '吨产品；发电：兆瓦时',
  'unit.price': () => '每吨二氧化碳当量的价格',
  'unit.price-cert': () => '每张证书的价格',
  'unit.price-origin': () => '每吨二氧化碳当量的价格，与证书价格同一币种',
  'unit.good-intensity': () => '吨二氧化碳当量/吨货物',
  'unit.t-good': () => '吨货物',
  'unit.t': () => '吨',
  'unit.t-gas': () => '吨气体',
  'unit.t-imported': () => '进口货物吨数',
  'unit.mwh': () => '兆瓦时',
  'unit.gj': () => '吉焦',
  'unit.mwh-generated': () => '发电量（兆瓦时）',
  'unit.gj-heat': () => '供热量（吉焦）',
  'need.benchmark': () => '基准值名称',
  'need.power-category': () => '发电机组类别',
  'need.holding': () => '结转期末持有的配额',
  'need.cbam-mass': () => '当年进口 CBAM 货物的净质量（吨）',
  'need.net-sales': () => '结转期内的净出售量，吨二氧化碳当量（净买入为负数）',
  'need.sector': () => '行业名称',
  'need.year': () => '履约年度',
  'need.output': () => '年产量',
  'need.output-year': () => '每年产量',
  'need.gas': () => '温室气体名称，如 CO2、CF4、C2F6',
  'need.balance-value': () => '行业平衡值',
  'need.entity-intensity': () => '重点排放单位的碳排放强度',
  'need.cert-price': () => '证书价格，用于把 origin_price 折算为证书数',
  'need.average-price': () => '清缴截止日前一个月的平均成交价格',
  'need.unsurrendered': () => '截止日前未清缴的吨二氧化碳当量',
  'need.parameter': () => '规则库参数',

  // ── 运算与结果 ──
  'result.too-large': () => '结果超出电子表格数字范围（约 1.8E+308）。请使用较小的输入值。',
  'result.not-finite': () => '结果不是有限的数字。',
  'result.none': () => '函数未对这些参数给出结果。',
  'result.unexpected': (p: { message: S }) => `意外问题：${p.message}`,

  // ── 区域 ──
  'range.not-rectangular': (p: { argument: S }) => `${p.argument}：不是矩形区域。`,
  'range.shapes': (p: { shapes: S }) => `各区域的形状必须相同（或为单个单元格）：${p.shapes}。`,
  'range.single-table': (p: { argument: S }) => `${p.argument}：请给出单个单元格；此函数返回整张表。`,
  'range.single-every-row': (p: { argument: S }) => `${p.argument}：请给出单个单元格；它适用于每一行。`,
  'range.lengths': (p: { sizes: S }) => `各区域的长度必须相同（或为单个单元格）：${p.sizes}。`,
  'range.one-per-row': (p: { argument: S; rows: N }) =>
    `${p.argument}：请每行给出一个单元格（共 ${p.rows} 行）；单个值会被计入每一行。`,
  'range.input-error': (p: { argument: S; code: S; inner: S }) => `${p.argument}：输入为 ${p.code}${p.inner ? `（${p.inner}）` : ''}。`,
  'range.shape-of': (p: { argument: S; shape: S }) => `${p.argument} 为 ${p.shape}`,
  'range.size-of': (p: { argument: S; size: N }) => `${p.argument} 有 ${p.size} 个`,
  'range.row-label': (p: { row: N }) => `（第 ${p.row} 行）`,

  // ── 纳入判断 ──
  'cn.name': () => '全国碳市场',
  'coverage.where': (p: { scheme: S; year: N }) => `${p.scheme}，${p.year}年`,
  'coverage.reporting-only': (p: { label: S }) => `${p.label}报告排放量，但尚无配额清缴义务`,
  'coverage.reporting-duty': (p: { label: S; emissions: S; reached: boolean; limit: S }) =>
    `${p.label}，直接排放 ${p.emissions} 吨二氧化碳当量 ${p.reached ? '≥' : '<'} 门槛 ${p.limit}：${p.reached
      ? '有报告义务（年度温室气体排放报告及核查），无配额清缴义务'
      : '无报告义务'}`,
  'coverage.not-listed': (p: { label: S; scheme: S }) => `${p.label}不在${p.scheme}重点排放单位名录范围内`,
  'coverage.enters': (p: { label: S; scheme: S; year: N }) => `${p.label}自 ${p.year} 履约年度起纳入${p.scheme}`,
  'coverage.versus': (p: { label: S; emissions: S; reached: boolean; limit: S }) =>
    `${p.label}，直接排放 ${p.emissions} 吨二氧化碳当量 ${p.reached ? '≥' : '<'} 纳入门槛 ${p.limit}`,
  'verdict.covered': () => '纳入',
  'verdict.not-covered': () => '未纳入',
  'verdict.reporting-only': () => '仅报告',
  'verdict.depends': () => '视情况而定',
  'verdict.text': (p: { verdict: S; rule: S }) => `${p.verdict}：${p.rule}`,
  'obligation.reporting-only': (p: { label: S; scheme: S; what: S }) =>
    `sector：${p.label}在${p.scheme}中报告排放量，但没有配额清缴义务，因此没有${p.what}。`,
  'obligation.not-listed': (p: { label: S; scheme: S; what: S }) =>
    `sector：${p.label}不在${p.scheme}重点排放单位名录范围内，因此没有${p.what}。`,
  'obligation.not-yet': (p: { label: S; scheme: S; first: N; what: S; year: N }) =>
    `sector：${p.label}自 ${p.first} 履约年度起纳入${p.scheme}，因此 ${p.year} 年没有${p.what}。`,
  'what.allocation': () => '免费配额',
  'what.threshold': () => '纳入门槛',
  'what.gases': () => '核算的温室气体',
  'what.deadlines': () => '履约期限',
  'what.benchmarks': () => '基准值',
  'what.balance-values': () => '平衡值',
  'scheme.not-among': (p: { scheme: S; sectors: S; sector: S }) => `${p.scheme}覆盖${p.sectors}；${p.sector}不在其中`,
  'scheme.unclear': (p: { scheme: S; sectors: S; sector: S }) => `我们的资料未说明${p.scheme}（${p.sectors}）是否覆盖${p.sector}`,
  'scheme.no-rule': (p: { scheme: S }) => `${p.scheme}：我们的资料中没有其纳入规则`,
  'scheme.no-threshold': (p: { scheme: S }) => `我们的资料中${p.scheme}没有排放量纳入门槛`,
  'scheme.basis.direct': () => '直接排放',
  'scheme.basis.both': () => '直接排放 + 间接排放',
  'scheme.basis.no-indirect': () => '直接排放（未给出间接排放）',
  'scheme.versus': (p: { emissions: S; basis: S; reached: boolean; limit: S; unit: S }) =>
    `${p.basis} ${p.emissions} 吨二氧化碳当量 ${p.reached ? '≥' : '<'} ${p.limit} ${p.unit}`,
  'scheme.unit.facility': () => '吨二氧化碳当量/设施',
  'scheme.rule': (p: { scheme: S; text: S }) => `${p.scheme}：${p.text}`,
  'scheme.needs-indirect': (p: { scheme: S; versus: S }) => `${p.scheme}也计入间接排放：${p.versus}；请给出间接排放`,
  'scheme.facility-level': (p: { scheme: S; versus: S; facility: S }) =>
    `${p.scheme}：${p.versus}，但 ≥ 单个设施门槛 ${p.facility}：若有一个设施达到该门槛即纳入`,
  'scheme.period': (p: { scheme: S; year: N; label: S }) => `${p.scheme} ${p.year}年：${p.label}，因此没有配额清缴义务`,
  'scheme.not-in-force': (p: { scheme: S; year: N; spans: S }) => `${p.scheme}在 ${p.year} 年尚未实施（${p.spans}）`,
  'scheme.span': (p: { from: N; to?: N; open: boolean; label: S }) =>
    `${p.from}${p.open ? '年起' : p.to === undefined || p.to === p.from ? '年' : `—${p.to}年`}：${p.label}`,
  'scheme.depends': (p: { rule: S }) => `scheme：${p.rule}。`,
  'scheme.phases-cn-only': (p: { scheme: S }) => `scheme：阶段是全国碳市场的规则，不适用于 ${p.scheme}。`,
  'facility.no-emissions': (p: { why: S }) => `direct_emissions：空白——请给出直接排放量，或计入的各温室气体质量${p.why}。`,
  'facility.ignored-why': (p: { gases: S }) => `（${p.gases}对该行业不计入）`,
  'facility.too-large': (p: { max: S }) => `每年不超过 ${p.max} 吨：超过全球年排放量二十倍的数值应是输入或单位错误`,
  'facility.ignored': (p: { gases: S; sector: S }) => `${p.gases}对 ${p.sector} 不计入：已忽略其质量。`,
  'facility.mass': (p: { gas: S }) => `${p.gas} 质量`,
  'facility.price-label': (p: { unit: S; status: S; source: S }) => `${p.unit}（${p.status}：${p.source}）`,

  // ── 对比表 ──
  'compare.headers': () => ['碳市场', '是否纳入', '适用规则', '计入排放量（吨二氧化碳当量）'].join('\t'),
  'schemes.headers': () => ['碳市场', '名称', '覆盖行业', '温室气体', '纳入门槛', '是否覆盖范围二', '配额分配', '覆盖排放比例', '状态'].join('\t'),

  // ── 阶段、配额分配、发电、基准值、排放 ──
  'phase.before': (p: { year: N; span: S }) => `year：${p.year} 年早于扩围的各阶段（${p.span}）。`,
  'phase.contradicts': (p: { year: N; where: S }) => `与年度 ${p.year} 矛盾，该年度${p.where}`,
  'phase.where.before': (p: { span: S }) => `早于第一阶段（${p.span}）`,
  'phase.where.in': (p: { phase: S }) => `属于第${p.phase === 'I' ? '一' : p.phase === 'II' ? '二' : p.phase}阶段`,
  'phase.accepted': () => '该年度所属的阶段，或将 phase 留空',
  'alpha.span': (p: { span: S; year: N }) => `year：平衡值调整系数 α 适用于 ${p.span}，不适用于 ${p.year} 年。`,
  'allocation.phase-two': (p: { year: N }) =>
    `benchmark：${p.year} 年属于第二阶段，其基准值尚未公布；请给出基准值（第 7 个参数）。平衡值仅用于第一阶段。`,
  'allocation.no-rule': (p: { year: N }) => `year：规则库中没有 ${p.year} 年的工业行业配额分配规则。`,
  'allocation.needs-category': () => '——配额分配需要机组类别',
  'allocation.power-balance': () => '是第一阶段水泥、钢铁、铝行业的平衡值；发电机组没有平衡值',
  'allocation.power-balance-accepted': () => '空白（自定的发电基准值请填入第 7 个参数 benchmark）',
  'allocation.steel-emissions': () =>
    'emissions：钢铁企业配额以整个钢铁企业的经核查排放量为基数，炼铁、烧结工序的碳排放强度无法得出该排放量；请填入（emissions，第 8 个参数）。',
  'allocation.power-emissions': () => '对发电机组不适用（其配额由发电量和基准值计算）',
  'allocation.power-emissions-accepted': () => '空白；燃气机组补足和重点排放单位配额下限请用 ETS.POWER 或 ETS.POWER.ENTITY 并填入经核查排放量',
  'preallocation.span': (p: { span: S; year: N }) => `year：规则库中的预分配比例适用于 ${p.span}，不适用于 ${p.year} 年。`,
  'preallocation.none': (p: { year: N }) => `year：该行业 ${p.year} 年度不开展预分配（该年度方案未规定预分配）。`,
  'preallocation.at-most': (p: { share: S; year: N }) => `不超过 ${p.share} 的比例（${p.year} 年度方案的上限；省级主管部门可降低）`,
  'what.preallocation': () => '预分配',
  'power.share-span': (p: { what: S; span: S; year: N }) => `year：规则库中的${p.what}适用于 ${p.span}，不适用于 ${p.year} 年。`,
  'power.gas-top-up': () => '燃气机组补足规则',
  'power.entity-floor': () => '重点排放单位配额下限',
  'power.conventional-coal-only': () => '仅适用于常规燃煤机组（coal-large、coal-small）；方案规定其他类别机组取 1',
  'power.conventional-coal-only-accepted': (p: { category: S }) => `${p.category} 填 1 或留空`,
  'power.special-span': (p: { where: S; special: S; year: N; span: S }) =>
    `${p.where}：“${p.special}”不是 ${p.year} 年度发电行业方案规定的特殊情形机组（规则库中适用于 ${p.span}）；请填写机组类别。`,
  'load.share': () => '负荷率是占额定出力的比例，大于 0：45% 或 0.45（不是 45）',
  'load.span': (p: { span: S; year: N }) => `year：规则库中的调峰修正系数适用于 ${p.span}，不适用于 ${p.year} 年。`,
  'need.load-rate': () => '机组统计期负荷（出力）系数，为比例，如 45%',
  'power.no-units': () => '——该重点排放单位没有机组',
  'power.one-row-per-unit': () => '每台发电机组一行',
  'benchmark.span': (p: { key: S; year: N; span: S }) =>
    `规则库中没有 ${p.year} 年的 ${p.key} 基准值（规则库有 ${p.span}）；在可以传入基准值的函数中请自行给出。`,
  'benchmark.unknown-eu': () => '不是已知的欧盟基准值',
  'benchmark.unknown': () => '不是已知的基准值',
  'gwp.none': (p: { set: S; gas: S }) => `gas：${p.set} 没有单列 ${p.gas} 的 GWP；请使用 CH4，或对 ${p.gas} 使用 AR6 版本。`,

  // ── 履约、盈缺、日历 ──
  'penalty.multiple': (p: { low: N; high: N }) => `平均成交价格的 ${p.low} 至 ${p.high} 倍（法定范围）`,
  'position.headers': () => ['年度', '阶段', '经核查排放量', '配额', '盈缺', '履约成本', '罚款风险'].join('\t'),
  'position.twice': () => '出现了两次',
  'position.each-once': () => '每个年度只出现一次',
  'calendar.none': (p: { event: S; year: N; has: S }) => `year：${p.year} 履约年度的“${p.event}”日期尚未公布${p.has}。`,
  'calendar.has': (p: { span: S }) => `（规则库有 ${p.span}）`,
  'calendar.by-sector': (p: { event: S; year: N; dates: S }) => `——${p.year} 履约年度的“${p.event}”日期因行业而异（${p.dates}）`,
  'calendar.sector-accepted': () => 'power、cement、steel 或 aluminium',
  'calendar.no-step': (p: { group: S; event: S; year: N; note: S }) =>
    `sector：${p.group}在 ${p.year} 履约年度没有“${p.event}”环节${p.note ? `（${p.note}）` : ''}。`,
  'calendar.group.power': () => '发电行业',
  'calendar.group.industry': () => '水泥、钢铁、铝行业',
  'calendar.date': (p: { day: number; month: number; year: number }) => `${p.year}年${p.month}月${p.day}日`,
  'event.report': () => '排放报告',
  'event.verification': () => '核查',
  'event.preallocation': () => '预分配',
  'event.allocation': () => '配额核定',
  'event.surrender': () => '清缴',
  'event.carryover': () => '结转申请',

  // ── 来源 ──
  'source.record': (p: { status: S; source: S; note: S }) => `${p.status}——${p.source}${p.note ? `；${p.note}` : ''}`,
  'source.no-year': (p: { key: S; span: S; year: N }) => `year：规则库中 ${p.key} 适用于 ${p.span}，不适用于 ${p.year} 年。`,
  'source.accepted': (p: { events: S }) =>
    'threshold、scope2、phase、allocation、alpha、entity-floor、gas-top-up、offset-limit、ccer、preallocation-share、carryover、penalty、' +
    `${p.events}、default-year、gwp-default、years、cbam-factor、markup、de-minimis、cscf、` +
    'cbam:default:<CN 编码>:<国家>、cbam:benchmark:<CN 编码>[:actual|default][:<路线>]、' +
    '基准值（power:coal-large、heat:coal、hot-metal、cbam:aluminium-primary …）、行业（cement …）、' +
    'scheme:<代码>（scheme:KR …）、gases:<行业>、温室气体或 gwp:<版本>:<气体>',
  'source.not-parameter': () => '不是规则库参数',
  'source.default-without-country': () => '指定了默认值但没有国家',
  'source.default-accepted': () => 'cbam:default:<CN 编码>:<国家>，如 cbam:default:7208 10 00:CN',
  'status.final': () => '正式',
  'status.draft': () => '征求意见稿',
  'status.secondary': () => '二手资料',
  'status.open': () => '待定',
  'info.summary': (p: { version: S; date: S; schemes: S; years: S; year: N; gwp: S }) =>
    `ETS 规则库 ${p.version}（${p.date}）：碳市场 ${p.schemes}；年份 ${p.years}；默认年度 ${p.year}；默认 GWP 版本 ${p.gwp}`,
  'info.unknown': () => '不是 INFO 主题',

  // ── CBAM ──
  'cbam.not-cn-code': () => '不是 CN 编码',
  'cbam.not-country': () => '不是国家或地区',
  'cbam.several': (p: { what: S; shown: S }) => `涵盖多个${p.what}：${p.shown}`,
  'cbam.several.more': (p: { count: N }) => ` …（共 ${p.count} 行）`,
  'cbam.one-of-those': () => '其中一个编码',
  'cbam.what.lines': () => '默认值行',
  'cbam.cn-accepted': () => '4、6、8 或 10 位的 CN 编码，如 "7208 10 00" 或 72081000（后面可跟路线："7601 10 10 (K)"）',
  'cbam.country-accepted': () => 'ISO 国家代码（CN）、英文名称（China）或中文名称（中国）；"Other"（其他）表示“其他国家和地区”表',
  'cbam.several-benchmarks': (p: { code: S; column: S; options: S }) => `——CN ${p.code} 有多个 ${p.column} 栏基准值：${p.options}`,
  'cbam.production-year': (p: { from: N; to: N }) => `${p.from} 至 ${p.to} 之间的生产年度`,
  'cbam.route-letter': () => '路线字母（数值因年份而异时再加年份）',
  'cbam.not-good': (p: { argument: S; code: S; goods: S }) => `${p.argument}：CN ${p.code} 不是 CBAM 货物（${p.goods}）。`,
  'cbam.exempt': (p: { argument: S; country: S; source: S }) => `${p.argument}：来自${p.country}的货物无需缴纳 CBAM（${p.source}）。`,
  'cbam.not-bundled': (p: { argument: S; country: S; act: S; bundled: S }) =>
    `${p.argument}：欧盟委员会为${p.country}公布的默认值（${p.act}中的单独表格）尚未内置；请以数字给出其默认值。已内置：${p.bundled}。`,
  'cbam.no-line': (p: { argument: S; code: S }) => `${p.argument}：默认值表中没有 CN ${p.code} 这一行。`,
  'cbam.no-markup': (p: { year: N }) => `year：${p.year} 年没有规定默认值加成比例。`,
  'cbam.year-range': (p: { from: N; to: N }) => `${p.from} 至 ${p.to} 之间的整数年份`,
  'cbam.before-definitive': (p: { argument: S; from: N; year: N }) =>
    `${p.argument}：CBAM 证书自 ${p.from} 年起（正式期）对进口货物缴纳，${p.year} 年不适用。`,
  'cbam.not-part': () => '不是默认值的组成部分',
  'cbam.part-accepted': () => 'direct（直接）、indirect（间接）或 total（合计；留空：含当年加成的合计）',
  'cbam.no-indirect': (p: { code: S }) =>
    `part：附件中 CN ${p.code} 的间接排放印为 N/A：钢铁、铝和氢只计直接排放，因此合计 = 直接排放。`,
  'cbam.not-basis': () => '不是基准值口径',
  'cbam.basis-accepted': () => 'actual（A 栏，用于实际隐含排放）或 default（B 栏，与默认值配套）',
  'cbam.not-route': () => '不是生产路线',
  'cbam.not-route-of': (p: { code: S }) => `不是 CN ${p.code} 的生产路线`,
  'cbam.no-benchmark': (p: { argument: S; code: S; act: S; notGood: boolean }) =>
    `${p.argument}：${p.act}中没有 CN ${p.code} 的 CBAM 基准值${p.notGood ? '（它不是 CBAM 货物）' : ''}。`,
  'cbam.benchmark-years': (p: { act: S; from: N; to: N; year: N }) =>
    `year：${p.act}规定的是 ${p.from}—${p.to} 生产年度的 CBAM 基准值，不含 ${p.year} 年；请以数字给出您对 ${p.year} 年的假设（在 ETS.CBAM.CERTIFICATES 和 COST 中：基准值填入 cbam_benchmark；使用默认值时，把 ETS.CBAM.DEFAULT 填入 embedded_intensity）。`,
  'cbam.option': (p: { value: N; route: S; period: S }) => `${p.value}${p.route ? `（${p.route}）` : ''}${p.period ? `，适用于 ${p.period}` : ''}`,
  'cbam.unknown-benchmark': () => '不是已知的 CBAM 基准值',
  'cbam.benchmark-accepted': (p: { names: S }) => `数字（吨二氧化碳当量/吨货物）、CN 编码（"7208 10 00"）或 ${p.names}`,
  'cbam.benchmark-of': (p: { belongs: S; good: S }) => `是 ${p.belongs} 的 CBAM 基准值，不是 ${p.good} 的`,
  'cbam.complex-good': (p: { code: S; own: N; source: S }) =>
    `cbam_benchmark：按实际排放计算时，CN ${p.code} 是复杂货物——其自身工序基准值（A 栏 ${p.own}）` +
    `加上前体材料隐含的免费配额（${p.source}），后者取决于所用的前体材料。` +
    '请以数字给出完整的基准值（吨二氧化碳当量/吨货物）；使用默认值时（在 embedded_intensity 中填国家），B 栏已全部涵盖。',
  'cbam.code-of': (p: { code: S; sector: S; good: S }) => `是 CN ${p.code}，${p.sector ? `属于 ${p.sector} 货物` : '不是 CBAM 货物'}，不是 ${p.good}`,
  'cbam.code-of-accepted': (p: { good: S }) => `${p.good} 货物的 CN 编码`,
  'cbam.route-mismatch': (p: { route: S; line: S; source: S }) =>
    `指定了路线 ${p.route}，但默认值只与其所在行的路线（${p.line || '无'}）配套（${p.source}）`,
  'cbam.without-route': (p: { code: S }) => `不带路线的 CN 编码：${p.code}`,
  'cbam.intensity-text': () => '是文本：原产国使用 CN 编码的默认值，请把 CN 编码填入 cbam_benchmark',
  'cbam.intensity-accepted': () => '吨二氧化碳当量/吨货物（实际排放）；或在 cbam_benchmark 为 CN 编码时，填原产国以使用其默认值',
  'cbam.no-cscf': (p: { year: N; span: S }) =>
    `cscf：${p.year} 年的跨行业修正系数尚未公布；请给出该值（填 1 即不作修正，与 ${p.span} 相同）。免费配额调整 = 基准值 × CBAM 系数 × CSCF。`,
  'cbam.home-price': () => '——计算在国内已支付的碳价需要配额、经核查排放量和价格',
  'cbam.home-accepted': () => '三者都给出，或都不给出（不作扣减）',
  'cbam.to-before': (p: { from: N }) => `早于 from_year ${p.from}`,
  'cbam.to-before-accepted': () => '不早于 from_year 的年份',
  'cbam.too-many-years': (p: { years: N; from: N }) => `比 from_year ${p.from} 晚 ${p.years} 年以上`,
  'cbam.year-before': (p: { year: N }) => `${p.year} 年之前的年份`,
  'cbam.factor-year': (p: { span: S }) => `年份，${p.span}`,
  'cbam.source.parts': (p: { total: N; direct: N; indirect: S }) => `合计 ${p.total} 吨二氧化碳当量/吨（直接 ${p.direct}，间接 ${p.indirect}）`,
  'cbam.source.route': (p: { route: S; labels: S }) => `，路线 ${p.route}（${p.labels}）`,
  'cbam.source.or': () => '或',
  'cbam.source.checked': () => '已与《欧盟官方公报》文本逐行核对',
  'cbam.source.workbook': () => '取自欧盟委员会更正后附件的信息工作簿（第 2 版，与第 1 版一致）；尚未与《欧盟官方公报》逐行核对',
  'cbam.source.no-value': (p: { country: S; source: S }) =>
    `；${p.country}没有该编码的数值，因此适用“其他国家和地区”一行（${p.source}）`,
  'cbam.source.no-table': (p: { country: S; source: S }) =>
    `；${p.country}没有单独的表格，因此适用“其他国家和地区”表（${p.source}）`,
  'cbam.source.markup': (p: { year: N; percent: N; source: S; total: N }) =>
    `；${p.year} 年合计值加成 ${p.percent}%（${p.source}），为 ${p.total}`,
  'cbam.source.default': (p: { status: S; act: S; table: S; code: S; parts: S; route: S; checked: S; why: S; markup: S }) =>
    `${p.status}——${p.act}，${p.table}表，CN ${p.code} 行：${p.parts}${p.route}；${p.checked}${p.why}${p.markup}`,
  'cbam.source.benchmark': (p: { act: S; code: S; column: S; use: S; routes: S; value: N; period: S; selection: S }) =>
    `正式——${p.act}：CN ${p.code}，${p.column} 栏（${p.use}）${p.routes}：${p.value} 吨二氧化碳当量/吨${p.period}；${p.selection}`,
  'cbam.source.use.A': () => '用于实际隐含排放',
  'cbam.source.use.B': () => '与默认值配套',
  'cbam.source.routes': (p: { routes: S }) => `，路线 ${p.routes}`,
  'cbam.source.period': (p: { period: S }) => `，适用于 ${p.period} 生产年度`,
  'cbam.other': () => '其他国家和地区',
};
