/**
 * The rulebook's user-visible texts in Simplified Chinese: a gettext-style dictionary whose keys are the exact English
 * strings of the rule data (every record's source and note, the comparison table's text fields, the CN sector labels and
 * the rule values that are sentences) and whose values are what a Chinese user sees instead. A function looks a text up
 * here and falls back to the English when it has no entry.
 *
 * test/core/data-zh.test.ts holds it complete: it walks every record of every rule table and fails on a text without
 * an entry here, on an entry the data no longer has, and on a number not carried over unchanged.
 *
 * Chinese document titles in 《》 were checked against the full texts of the MEE documents; numbers are kept digit for
 * digit (26,000 stays 26,000), section marks (§二(一)) and legal citations as the English gives them.
 */

// The documents cited over and over, named once. Titles verified against the documents' own texts.
const MEE = '生态环境部';
/** 生态环境部办公厅, 27 Jan 2026 (its annex 1 is the 2027 list requirements). */
const NOTICE_2026 = `${MEE}《关于做好2026年全国碳排放权交易市场有关工作的通知》（2026年1月27日）`;
/** 生态环境部办公厅, 环办气候函〔2025〕140号, 11 Apr 2025. */
const NOTICE_2025 = `${MEE}《关于做好2025年全国碳排放权交易市场有关工作的通知》（环办气候函〔2025〕140号，2025年4月11日）`;
const PLAN_2324_TITLE = '《2023、2024年度全国碳排放权交易发电行业配额总量和分配方案》';
const PLAN_2324 = `${MEE}${PLAN_2324_TITLE}（2024年10月）`;
const PLAN_2324_NO = `${MEE}${PLAN_2324_TITLE}（2024年10月；国环规气候〔2024〕1号）`;
/** The consultation draft of Jul 2026 (power 2025 and 2026; steel, cement and aluminium 2026). */
const DRAFT_2526 = `${MEE}《全国碳排放权交易市场2025、2026年度发电行业以及2026年度钢铁、水泥、铝冶炼行业配额总量和分配方案（征求意见稿）》（2026年7月）`;
/** The final plan for the new sectors, as the draft cites it (§二(一)); the project has not read the plan itself. */
const FINAL_2425 = '《2024、2025年度全国碳排放权交易市场钢铁、水泥、铝冶炼行业配额总量和分配方案》';
const LIST_2027 = `《2027年度全国碳排放权交易市场重点排放单位名录制定要求》（${MEE}2026年1月27日通知附件1）`;
const MEASURES = '《碳排放权交易管理办法（试行）》';
const STEEL_GUIDELINE = '《企业温室气体排放核算与报告指南 钢铁行业》（CETS—AG—03.01—V01—2024，环办气候函〔2025〕27号）';
const MEASURES_25 = `${MEASURES}（生态环境部令第19号，2021年）第25条（每年3月31日前报送排放报告）`;
const WORK_PLAN = '《全国碳排放权交易市场覆盖钢铁、水泥、铝冶炼行业工作方案》';
const ICAP = '国际碳行动伙伴组织（ICAP）';
const ICAP_CN = `${ICAP}中国全国碳市场概况`;
const NOT_READ = '本处未阅读原文';
const CN_SECTORS = '水泥、钢铁、铝冶炼行业';
const EU_ETS = '欧盟碳排放交易体系（EU ETS）';
const UK_ETS = '英国碳排放交易体系（UK ETS）';
const UK_CBAM = '英国碳边境调节机制（UK CBAM）';
const IR = '欧盟实施条例 IR';
const SAME_A_B = 'A栏（实际排放）与B栏（默认值）数值相同';
const EU_ACTIVITIES = '燃烧设施额定热输入 > 20 MW；熟料窑 > 500 t/日；生铁/钢 > 2.5 t/小时；原铝：全部纳入';

export const DATA_ZH: Readonly<Record<string, string>> = {
  // China: coverage, threshold and scope (china.ts, sources.ts)
  "MEE notice on 2026 work (27 Jan 2026) §一(一) and annex 1 (listing: annual direct emissions of 26,000 tCO2e or more); MEE notice 环办气候函〔2025〕140号 (11 Apr 2025) (一); 碳排放权交易管理办法（试行） (2021) art. 8":
    `${NOTICE_2026}§一(一)及附件1（纳入名录：年度直接排放量达到26,000 tCO2e及以上）；${NOTICE_2025}(一)；${MEASURES}（2021年）第8条`,
  "2023–2024 power allocation plan (MEE, Oct 2024) §二; draft 2025–2026 allocation plan (MEE, Jul 2026) §二(三)":
    `${PLAN_2324}§二；${DRAFT_2526}§二(三)`,
  "ICAP China national ETS factsheet (first compliance cycle: 2019–2020 emissions, trading from 16 Jul 2021)":
    `${ICAP_CN}（首个履约周期：2019—2020年排放，2021年7月16日起交易）`,
  "2023–2024 power allocation plan (MEE, Oct 2024) §二 (2023 and 2024 lists: owners of generating units); MEE notice 环办气候函〔2025〕140号 (11 Apr 2025) (一) (2024–2026 lists); MEE notice on 2026 work (27 Jan 2026) §一(一) and annex 1 §一 (2027 list)":
    `${PLAN_2324}§二（2023、2024年度名录：拥有发电机组产权的单位）；${NOTICE_2025}(一)（2024—2026年度名录）；${NOTICE_2026}§一(一)及附件1§一（2027年度名录）`,
  "unit of coverage: generating units": '纳入单元：发电机组',
  "unit of coverage: generating units; the list holds power producers of industry codes 4411 and 4412, captive power plants included, except that a captive plant of an enterprise not on the power list whose fossil-fuel generating units co-fire (or burn only) the enterprise’s own secondary energy is listed under steel, cement or aluminium":
    '纳入单元：发电机组；发电行业名录包括国民经济行业分类代码为4411、4412的电力生产企业（含自备电厂），但未纳入发电行业名录的企业中，存在掺烧（含100%使用）自产二次能源的化石燃料发电设施的自备电厂，纳入钢铁、水泥、铝冶炼行业名录',
  "2027 key-emitter list requirements (annex 1 to MEE notice of 27 Jan 2026) §一": `${LIST_2027}§一`,
  "the power list holds power producers of industry codes 4411 and 4412, captive power plants included; a captive plant not on that list whose fossil-fuel units co-fire (or burn only) the enterprise’s own secondary energy is listed under steel, cement or aluminium":
    '发电行业重点排放单位名录包括国民经济行业分类代码为4411、4412的电力生产企业（含自备电厂）；未纳入发电行业名录、存在掺烧（含100%使用）自产二次能源的化石燃料发电设施的自备电厂，纳入钢铁、水泥、铝冶炼行业名录',
  "power generation": '发电',
  "MEE notice 环办气候函〔2025〕140号 (11 Apr 2025); 《全国碳排放权交易市场覆盖钢铁、水泥、铝冶炼行业工作方案》 (20 Mar 2025); 2027 key-emitter list requirements (annex 1 to MEE notice of 27 Jan 2026)":
    `${NOTICE_2025}；${WORK_PLAN}（2025年3月20日）；${LIST_2027}`,
  "unit of coverage: clinker production lines": '纳入单元：熟料生产线',
  "cement": '水泥',
  "blast-furnace/converter (long-process) producers": '高炉—转炉（长流程）钢铁企业',
  "iron and steel": '钢铁',
  "unit of coverage: the electrolysis process; output = aluminium liquid": '纳入单元：铝电解工序；产量以铝液计',
  "electrolytic aluminium": '电解铝',
  "stand-alone electric-arc-furnace steel": '独立电炉短流程炼钢',
  "stand-alone steel rolling and processing": '独立钢压延加工',
  "non-Portland cement clinker": '非硅酸盐水泥熟料',
  "MEE notice 环办气候函〔2025〕140号 (11 Apr 2025) (八) (annual emission report and verification at 26,000 tCO2e direct or more); MEE notice on 2026 work (27 Jan 2026) §四(一), (三); 2027 key-emitter list requirements (annex 1 to MEE notice of 27 Jan 2026) §二 (not on the steel list)":
    `${NOTICE_2025}(八)（年度直接排放量达到26,000 tCO2e的，开展年度温室气体排放报告和核查工作）；${NOTICE_2026}§四(一)、(三)；${LIST_2027}§二（不在钢铁行业名录范围内）`,
  "MEE notice 环办气候函〔2025〕140号 (11 Apr 2025) (八) (annual emission report and verification at 26,000 tCO2e direct or more); MEE notice on 2026 work (27 Jan 2026) §四(一), (三)":
    `${NOTICE_2025}(八)（年度直接排放量达到26,000 tCO2e的，开展年度温室气体排放报告和核查工作）；${NOTICE_2026}§四(一)、(三)`,
  "2027 key-emitter list requirements (annex 1 to MEE notice of 27 Jan 2026) §三 (the cement list holds Portland clinker producers, industry code 3011, and non-Portland clinker producers)":
    `${LIST_2027}§三（水泥行业名录包括国民经济行业分类代码为3011的硅酸盐水泥熟料生产企业，以及非硅酸盐水泥熟料生产企业）`,
  "on the cement list; unit of coverage: clinker production lines": '纳入水泥行业名录；纳入单元：熟料生产线',
  "MEE notice on 2026 work (27 Jan 2026) §四": `${NOTICE_2026}§四`,
  "petrochemicals": '石化',
  "chemicals": '化工',
  "flat glass": '平板玻璃',
  "copper smelting": '铜冶炼',
  "paper": '造纸',
  "civil aviation": '民航',
  "draft 2025–2026 allocation plan (MEE, Jul 2026) §二(二) (power, steel, cement: CO2; aluminium: CO2, CF4, C2F6)":
    `${DRAFT_2526}§二(二)（发电、钢铁、水泥行业：二氧化碳（CO2）；铝冶炼行业：二氧化碳（CO2）、四氟化碳（CF4）、六氟化二碳（C2F6））`,
  "the draft states them for power in 2025–2026 and for steel, cement and aluminium in 2026; the final 2024–2025 plan for steel, cement and aluminium was not read here":
    `征求意见稿规定了发电行业2025—2026年度及钢铁、水泥、铝冶炼行业2026年度的温室气体种类；${FINAL_2425}（正式方案）${NOT_READ}`,
  "2023–2024 power allocation plan (MEE, Oct 2024) §四 (allowances are the generating units’ CO2 emission limits) and §六":
    `${PLAN_2324}§四（碳排放配额是发电机组相应的二氧化碳（CO2）排放限额）及§六`,
  "ICAP China national ETS factsheet (power: CO2, from the first compliance cycle: 2019–2020 emissions, trading from 16 Jul 2021)":
    `${ICAP_CN}（发电行业：二氧化碳（CO2），自首个履约周期起：2019—2020年排放，2021年7月16日起交易）`,
  "steel accounting guideline CETS—AG—03.01—V01—2024 (环办气候函〔2025〕27号) §3.1 note (its greenhouse gas is CO2) and §5.1 (EAF steelmaking and rolling in its boundary), which MEE notice on 2026 work (27 Jan 2026) §四(三) and annex 3 apply to steel enterprises not on the list":
    `${STEEL_GUIDELINE}§3.1注（本指南中的温室气体为二氧化碳（CO2））及§5.1（核算边界含电炉炼钢工序和钢压延加工工序）；${NOTICE_2026}§四(三)及附件3要求暂未纳入名录的钢铁行业企业按此编制排放报告`,
  "draft 2025–2026 allocation plan (MEE, Jul 2026) §二(二) (cement: CO2); reported under the cement accounting guideline CETS—AG—02.01—V01—2024 (MEE notice on 2026 work (27 Jan 2026) §四(三) and annex 3), not read here":
    `${DRAFT_2526}§二(二)（水泥行业：二氧化碳（CO2））；按《企业温室气体排放核算与报告指南 水泥行业》（CETS—AG—02.01—V01—2024）报告（${NOTICE_2026}§四(三)及附件3），${NOT_READ}`,

  // Phases and the industrial method
  "《全国碳排放权交易市场覆盖钢铁、水泥、铝冶炼行业工作方案》 (20 Mar 2025): Phase I 2024–2026, Phase II from 2027, as reported by ICAP news (26 Mar 2025) and People’s Daily (27 Mar 2025); the work plan itself was not read here":
    `${WORK_PLAN}（2025年3月20日）：第一阶段2024—2026年，第二阶段自2027年起，据${ICAP}新闻（2025年3月26日）和《人民日报》（2025年3月27日）报道；本处未阅读工作方案原文`,
  "allocation from output and intensity, no absolute cap": '基于产量和碳排放强度分配配额，不设绝对总量上限',
  "stricter benchmark-based allocation (a principle; absolute caps are announced for some sectors)":
    '更严格的基准法配额分配（仅为原则；已宣布部分行业将实行绝对总量控制）',
  "final 2024–2025 allocation plan for steel, cement and aluminium (issued 17 Nov 2025; not read here) as reposted by 零碳知识局; ICAP news 16 Nov 2025; MEE press conference 28 Nov 2025":
    `${FINAL_2425}（正式方案，2025年11月17日印发；${NOT_READ}），据零碳知识局转载；${ICAP}新闻（2025年11月16日）；${MEE}2025年11月28日新闻发布会`,
  "A = E": 'A = E（配额等于经核查排放量）',
  "draft 2025–2026 allocation plan (MEE, Jul 2026) §一, §二(一) and §三(二) table 3: 2025 follows the final 2024–2025 plan for steel, cement and aluminium (not read here), whose method the draft keeps unchanged for 2026":
    `${DRAFT_2526}§一、§二(一)及§三(二)表3：2025年度执行${FINAL_2425}（正式方案，${NOT_READ}），征求意见稿在2026年度保持其分配方法不变`,
  "A = E × (1 + α)": 'A = E × (1 + α)（α为碳排放强度系数，由与平衡值的偏离度确定）',
  "draft 2025–2026 allocation plan (MEE, Jul 2026) §三(二) table 3": `${DRAFT_2526}§三(二)表3`,
  "expansion work plan (20 Mar 2025), principle of stricter benchmark-based allocation from 2027, as reported by ICAP news (26 Mar 2025); 中办 国办《关于推进绿色低碳转型加强全国碳市场建设的意见》 (25 Aug 2025): absolute caps first for some sectors from 2027; benchmark values open (not published)":
    `${WORK_PLAN}（2025年3月20日）提出自2027年起实行更严格的基准法分配的原则，据${ICAP}新闻（2025年3月26日）报道；中办 国办《关于推进绿色低碳转型加强全国碳市场建设的意见》（2025年8月25日）：自2027年起部分行业率先实行绝对总量控制；基准值未定（尚未发布）`,
  "A = output × benchmark (a principle, not an adopted method); benchmark values open: pass them":
    'A = 产量 × 基准值（仅为原则，并非已确定的方法）；基准值未定：请自行输入',

  // Power benchmarks, floors and pre-allocation
  "2023–2024 power allocation plan (MEE, Oct 2024), annex 2": `${PLAN_2324}附件2`,
  "draft 2025–2026 power allocation plan (MEE, Jul 2026), table 1": `${DRAFT_2526}表1`,
  "2023–2024 power allocation plan (MEE, Oct 2024) §五(三)2 (entity: allowances raised to 80% of verified emissions)":
    `${PLAN_2324}§五(三)2（重点排放单位层面：配额补足至经核查排放量的80%）`,
  "an entity's allowances (all its units, gas units after their top-up) are raised to this share of its verified emissions; coal units get no relief of their own":
    '重点排放单位的配额（其全部机组合计，燃气机组按补发后计）补足至其经核查排放量的该比例；燃煤机组不实行机组层面豁免',
  "draft 2025–2026 allocation plan (MEE, Jul 2026) §三(一)4(2) (the 2023–2024 rule kept)": `${DRAFT_2526}§三(一)4(2)（沿用2023、2024年度规则）`,
  "2023–2024 power allocation plan (MEE, Oct 2024) §五(三)1 (gas units topped up to verified emissions, unit by unit)":
    `${PLAN_2324}§五(三)1（燃气机组逐台补发至经核查排放量）`,
  "a gas unit short of its verified emissions is topped up to them, unit by unit": '配额少于经核查排放量的燃气机组，逐台补发至其经核查排放量',
  "draft 2025–2026 allocation plan (MEE, Jul 2026) §三(一)4(1)": `${DRAFT_2526}§三(一)4(1)`,
  "Shanghai Environment & Energy Exchange year-end market reports (closing price of the last trading day); MEE year-end report (1 Jan 2026)":
    `上海环境能源交易所年终市场报告（最后一个交易日收盘价）；${MEE}年度总结《2025年全国碳市场平稳有序运行 圆满完成年度建设工作》（2026年1月1日）`,
  "2023–2024 power allocation plan (MEE, Oct 2024) §五(一) (each unit: 70% of its previous year’s verified emissions, summed per entity)":
    `${PLAN_2324}§五(一)（各机组：上一年度经核查排放量的70%，按重点排放单位加总）`,
  "cement, steel and aluminium had no pre-allocation for 2024": `${CN_SECTORS}2024年度未开展预分配`,
  "draft 2025–2026 allocation plan (MEE, Jul 2026) §四(一)1 (in principle 50% of the previous year’s verified emissions; provinces may lower it)":
    `${DRAFT_2526}§四(一)1（原则上为上一年度经核查排放量的50%；省级生态环境主管部门可降低该比例）`,

  // Offsets, banking, special cases, carry-over
  "draft 2025–2026 allocation plan (MEE, Jul 2026) §五(二) (CCERs registered after the market’s relaunch on 22 Jan 2024 may offset 2025 and 2026 surrender; the draft states no share)":
    `${DRAFT_2526}§五(二)（2024年1月22日全国温室气体自愿减排交易市场启动后登记的国家核证自愿减排量（CCER）可用于抵销2025、2026年度配额清缴；征求意见稿未规定抵销比例）`,
  "the share cap is the 2021 Measures’ (ETS.SOURCE(\"offset-limit\"))":
    '抵销比例上限适用2021年《碳排放权交易管理办法（试行）》的规定（见 ETS.SOURCE("offset-limit")）',
  "draft 2025–2026 allocation plan (MEE, Jul 2026) §五(一)": `${DRAFT_2526}§五(一)`,
  "2025 and 2026 allowances may be used for 2025, 2026 and later years; 2019–2024 allowances only for 2019–2024 arrears; no conversion formula":
    '2025、2026年度配额可用于2025、2026及后续年度清缴；2019—2024年度配额仅可用于2019—2024年度欠缴配额的清缴；未规定换算公式',
  "final 2024–2025 allocation plan for steel, cement and aluminium (issued 17 Nov 2025; not read here) as reposted by 零碳知识局 (qh12352.com)":
    `${FINAL_2425}（正式方案，2025年11月17日印发；${NOT_READ}），据零碳知识局（qh12352.com）转载`,
  "lines producing white cement clinker only": '仅生产白色硅酸盐水泥熟料的生产线',
  "draft 2025–2026 allocation plan (MEE, Jul 2026) §三(三)": `${DRAFT_2526}§三(三)`,
  "clinker lines whose raw material is more than 15% carbide slag": '电石渣替代率超过15%的水泥熟料生产线',
  "clinker lines whose raw material is more than 30% carbide slag": '电石渣替代率超过30%的水泥熟料生产线',
  "clinker made as a by-product of sulphuric acid from gypsum": '石膏制硫酸副产的水泥熟料（生产线）',
  "entities whose verified emissions are below the inclusion threshold": '经核查排放量低于纳入门槛的企业',
  "added by the 2026 draft": '2026年度征求意见稿新增',
  "hydrogen-rich carbon-cycle oxygen blast furnaces": '富氢碳循环氧气高炉',
  "2023–2024 power allocation plan (MEE, Oct 2024) §七 and annex 5 §三": `${PLAN_2324}§七及附件5§三`,
  "2019–2024 allowances convertible into 2025 allowances; the rest lapse; no borrowing from later years":
    '2019—2024年度配额可结转为2025年度配额；未结转部分失效；不可预支后续年度配额',

  // Issue 22: categories, load factor, rounding, steel basis, below-threshold, power special units, pre-allocation
  "2023–2024 power allocation plan (MEE, Oct 2024) annex 1 table 1 (conventional coal units of rated power 400 MW or more are the “300 MW class and above”, below 400 MW the “300 MW class and below”)":
    `${PLAN_2324}附1表1（额定功率不低于400 MW的常规燃煤机组为“300MW等级以上”，低于400 MW的为“300MW等级及以下”）`,
  "the 2025–2026 draft keeps the category names (table 1)": '2025—2026年度征求意见稿沿用上述类别名称（表1）',
  "2023–2024 power allocation plan (MEE, Oct 2024) annex 3 table 1 (conventional coal units only; other categories 1)":
    `${PLAN_2324}附3表1（仅常规燃煤机组；其他类别机组为1）`,
  "draft 2025–2026 allocation plan (MEE, Jul 2026) §三(一)1 and table 2 (conventional coal units only, F in %; other categories 1)":
    `${DRAFT_2526}§三(一)1及表2（仅常规燃煤机组，F单位为%；其他类别机组为1）`,
  "the curve gives about 1.1 just below 50% and the table 1 from 50%: the step is the draft’s":
    '负荷率略低于50%时曲线值约为1.1，自50%起表中为1：该跳变为征求意见稿原文所致',
  "draft 2025–2026 allocation plan (MEE, Jul 2026) table 2-1 note 2 (a unit’s generation, heat and approved allowances rounded down; the load factor rounded half up to 6 decimals), table 2-5 note 3 (the entity’s top-up rounded down; the shortfall rate to 2 decimals), table 1-1 note 2 (pre-allocation rounded down, e.g. 1,789.70 t → 1,789 t)":
    `${DRAFT_2526}表2-1注2（机组的发电配额量、供热配额量、核定配额量向下取整；调峰修正系数四舍五入保留6位小数），表2-5注3（履约缺口率上限豁免补发配额向下取整；履约缺口率保留2位小数），表1-1注2（预分配配额向下取整，如1,789.70吨取整为1,789吨）`,
  "draft 2025–2026 allocation plan (MEE, Jul 2026) §一 (the 2026 method for steel, cement and aluminium is the 2025 one, unchanged) with tables 2-2 to 2-4 note 3; the final 2024–2025 plan’s own tables were not read here":
    `${DRAFT_2526}§一（钢铁、水泥、铝冶炼行业2026年度分配方法较2025年度保持不变）及表2-2至2-4注3；2024、2025年度正式方案的数据表${NOT_READ}`,
  "draft 2025–2026 allocation plan (MEE, Jul 2026) tables 2-2, 2-3 and 2-4 note 3 (approved allowances rounded down), tables 1-2 to 1-4 note 2 (pre-allocation rounded down)":
    `${DRAFT_2526}表2-2、2-3、2-4注3（核定配额向下取整），表1-2至1-4注2（预分配配额向下取整）`,
  "power units; rounded down to whole tonnes": '发电机组；向下取整为整吨',
  "MEE notice 环办气候函〔2025〕140号 (11 Apr 2025) (十) (no pre-allocation of 2024 allowances for steel, cement and aluminium)":
    `${NOTICE_2025}(十)（钢铁、水泥、铝冶炼行业2024年度碳排放配额不开展预分配）`,
  "no pre-allocation for 2024": '2024年度不开展预分配',
  "final 2024–2025 allocation plan for steel, cement and aluminium (issued 17 Nov 2025; not read here) as reposted; MEE consultation summary of 30 Sep 2025":
    `${FINAL_2425}（正式方案，2025年11月17日印发；${NOT_READ}），据转载；${MEE}2025年9月30日征求意见情况说明`,
  "carry-over arrangements of the 2024–2025 plan for these sectors are open": '2024、2025年度方案中上述行业的配额结转安排未定',
  "steel enterprises, clinker lines, electrolysis processes; rounded down to whole tonnes": '钢铁企业、水泥熟料生产线、铝电解工序；向下取整为整吨',
  "draft 2025–2026 allocation plan (MEE, Jul 2026) §二(一) and §三(三)4(3) (the plan covers power in 2025 and 2026, steel, cement and aluminium in 2026)":
    `${DRAFT_2526}§二(一)及§三(三)4(3)（该方案适用于2025、2026年度发电行业和2026年度钢铁、水泥、铝冶炼行业）`,
  "steel, cement and aluminium": '钢铁、水泥、铝冶炼行业',
  "power": '发电行业',
  "draft 2025–2026 allocation plan (MEE, Jul 2026) §三(二)1 and 3; table 2-2 item ⑥ and notes 2–3": `${DRAFT_2526}§三(二)1、3；表2-2第⑥项及注2—3`,
  "one intensity cannot give both: pass the enterprise’s emissions as well (ETS.ALLOCATION’s 8th argument)":
    '一个强度值无法同时给出二者：请另外填入钢铁企业碳排放量（ETS.ALLOCATION 第8个参数）',
  "E = the enterprise’s verified emissions; intensity = (ironmaking + sintering emissions) / hot-metal output":
    'E = 钢铁企业经核查碳排放量；强度 = （炼铁工序 + 烧结工序排放量）/ 炼铁工序产品产量',
  "2023–2024 power allocation plan (MEE, Oct 2024) §二 and annex 1 table 2 (such units were not under allocation in 2023 and 2024)":
    `${PLAN_2324}§二及附1表2（此类机组2023、2024年度不纳入配额管理）`,
  "fossil units co-firing biomass (waste, sludge included) above 10% and up to 50% of heat input":
    '掺烧生物质（含垃圾、污泥）热量年均占比超过10%且不高于50%的化石燃料机组',
  "draft 2025–2026 allocation plan (MEE, Jul 2026) §三(三)1(1)–(9), with §三(一)4(2) (such units count at their verified emissions in the entity’s initial allowances, before the 80% floor)":
    `${DRAFT_2526}§三(三)1(1)—(9)，及§三(一)4(2)（此类机组按其经核查排放量计入重点排放单位初始配额量，在80%缺口率上限豁免之前）`,
  "units co-firing biomass (waste, sludge included) above 20% of heat input": '掺烧生物质（含垃圾、污泥等）燃料热量年均占比超过20%的发电机组',
  "fossil units co-firing their own secondary energy above 10% of heat input": '混烧自产二次能源热量年均占比超过10%的化石燃料燃烧发电机组',
  "fossil units co-firing their own secondary energy above 10% of heat input (100% included)": '混烧自产二次能源热量年均占比超过10%（含100%使用）的化石燃料燃烧发电机组',
  "units whose biomass and own secondary energy together exceed 20% of heat input": '生物质燃料热量与混烧自产二次能源热量年均占比合计超过20%的发电机组',
  "units burning only special fossil fuels (coal-bed methane, semi-coke tail gas, carbon-black tail gas, coke-oven, blast-furnace or converter gas, associated gas, oil shale, oil sands, gas hydrate)":
    '仅使用煤层气（煤矿瓦斯）、兰炭尾气、炭黑尾气、焦炉煤气（荒煤气）、高炉煤气、转炉煤气、石油伴生气、油页岩、油砂、可燃冰等特殊化石燃料的发电机组',
  "units burning only their own waste gas, tail gas or coal gas": '仅使用自产废气、尾气、煤气的发电机组',
  "gas units converted from coal boilers (not conversions to a gas turbine)": '燃煤锅炉改造形成的燃气机组（直接改为燃气轮机的情形除外）',
  "oil-fired, IGCC and internal-combustion units": '燃油机组、整体煤气化联合循环发电（IGCC）机组、内燃机组',
  "units held for emergency standby": '承担应急备用保障功能的发电机组',
  "units co-firing green hydrogen or ammonia above 20% of heat input": '掺烧绿氢、绿氨等燃料热量年均占比超过20%的发电机组',
  "units closed before the allowances are approved": '配额核定前关停的机组',
  "draft 2025–2026 allocation plan (MEE, Jul 2026) §三(三)4(1)–(2)": `${DRAFT_2526}§三(三)4(1)—(2)`,
  "units commissioned during the year": '当年新投产机组',

  // Penalty and offset limit
  "碳排放权交易管理暂行条例 (State Council Decree 775, in force 1 May 2024) art. 24":
    '《碳排放权交易管理暂行条例》（国务院令第775号，2024年5月1日起施行）第24条',
  "refusing to correct: next year’s allocation is cut by the quantity not surrendered; the draft 2025–2026 plan (table 1-5 note 4) says no new cuts are decided after the Ecological Environment Code takes effect on 15 Aug 2026":
    '拒不改正的，按未清缴配额等量核减其下一年度配额；2025—2026年度配额分配方案征求意见稿（表1-5注4）指出，2026年8月15日《生态环境法典》施行后，对未足额清缴配额的情形不再作出新的核减决定',
  "碳排放权交易管理办法（试行）(2021) art. 29 (CCERs at most 5% of allowances due, none from projects inside the ETS)":
    `${MEASURES}（2021年）第29条（国家核证自愿减排量（CCER）抵销比例不超过应清缴配额的5%，且不得来自纳入全国碳排放权交易市场配额管理的减排项目）`,

  // The compliance calendar (calendar.ts)
  "碳排放权交易管理办法（试行） (MEE Order No. 19, 2021) art. 25 (reports by 31 Mar each year)": MEASURES_25,
  "cement, steel and aluminium enter with compliance year 2024": `${CN_SECTORS}自2024年度起纳入`,
  "MEE notice 环办气候函〔2025〕140号 (11 Apr 2025) (六) (cement, steel, aluminium); 碳排放权交易管理办法（试行） (MEE Order No. 19, 2021) art. 25 (reports by 31 Mar each year) (power)":
    `${NOTICE_2025}(六)（水泥、钢铁、铝冶炼）；${MEASURES_25}（发电）`,
  "MEE notice on 2026 national carbon market work (27 Jan 2026) §二(三)": `${NOTICE_2026}§二(三)`,
  "MEE notice 环办气候函〔2025〕140号 (11 Apr 2025) (七)": `${NOTICE_2025}(七)`,
  "MEE notice on 2026 national carbon market work (27 Jan 2026) §二(四)": `${NOTICE_2026}§二(四)`,
  "MEE notice 环办气候函〔2025〕140号 (11 Apr 2025) (十)": `${NOTICE_2025}(十)`,
  "no pre-allocation for cement, steel and aluminium in 2024": `${CN_SECTORS}2024年度不开展预分配`,
  "MEE notice on 2026 national carbon market work (27 Jan 2026) §三(一)": `${NOTICE_2026}§三(一)`,
  "MEE notice 环办气候函〔2025〕140号 (11 Apr 2025) (十一)": `${NOTICE_2025}(十一)`,
  "allocation determined by 31 Jul 2025 (power) and 30 Sep 2025 (cement, steel, aluminium)":
    '配额于2025年7月31日前（发电）和2025年9月30日前（水泥、钢铁、铝冶炼）核定',
  "MEE notice on 2026 national carbon market work (27 Jan 2026) §三(二)": `${NOTICE_2026}§三(二)`,
  "allocation determined by 20 Sep 2026": '配额于2026年9月20日前核定',
  "2023–2024 power allocation plan (MEE, Oct 2024; 国环规气候〔2024〕1号) §七 and annex 5 §二, §四": `${PLAN_2324_NO}§七及附件5§二、§四`,
  "the carry-over rule is in the power sector’s plan; for cement, steel and aluminium none is in our sources":
    `配额结转规则见发电行业配额分配方案；${CN_SECTORS}的结转规则未见于本工具所据资料`,
  "2023–2024 power allocation plan (MEE, Oct 2024; 国环规气候〔2024〕1号) §六": `${PLAN_2324_NO}§六`,
  "2023–2024 power allocation plan (MEE, Oct 2024; 国环规气候〔2024〕1号) §六 (power); MEE notice 环办气候函〔2025〕140号 (11 Apr 2025) (十二)":
    `${PLAN_2324_NO}§六（发电）；${NOTICE_2025}(十二)`,
  "MEE notice on 2026 national carbon market work (27 Jan 2026) §三(三)": `${NOTICE_2026}§三(三)`,
  "draft 2025–2026 allocation plan (MEE, Jul 2026) §五(一) (surrender by 31 Dec each year)": `${DRAFT_2526}§五(一)（每年12月31日前清缴）`,

  // EU ETS product benchmarks (cbam.ts)
  "Cembureau (EU ETS benchmark 2013–2020), table of phase 3 benchmarks":
    `欧洲水泥协会（Cembureau）（${EU_ETS}2013—2020年基准值），第3阶段基准值表`,
  "IR (EU) 2021/447 annex point 1 (benchmarks 2021–2025); the annex was not read here: values as given in the project reference (rules.md section 6)":
    `${IR} (EU) 2021/447 附件第1点（2021—2025年基准值）；本处未阅读该附件：数值取自项目参考资料（rules.md 第6节）`,
  "IR (EU) 2021/447 annex (primary aluminium 2021–2025), as reported by Fastmarkets and Argus (the CBAM draft built on it kept 1.464)":
    `${IR} (EU) 2021/447 附件（原铝，2021—2025年），据 Fastmarkets 和 Argus 报道（以此为基础的碳边境调节机制（CBAM）草案沿用1.464）`,
  "IR (EU) 2021/447 annex (benchmarks 2021–2025), as reported by Eurometal/Kallanish, \"European Commission publishes delayed, lower ferrous ETS benchmarks\" (May 2026)":
    `${IR} (EU) 2021/447 附件（2021—2025年基准值），据 Eurometal/Kallanish 报道“European Commission publishes delayed, lower ferrous ETS benchmarks”（欧盟委员会发布推迟公布且下调的钢铁ETS基准值，2026年5月）`,
  "IR (EU) 2026/1412 annex (benchmarks 2026–2030; adopted 26 Jun 2026, OJ 29 Jun 2026); the annex was not read here: values of the Commission draft as reported by Eurometal/Kallanish (May 2026) and Sandbag (9 Jun 2026)":
    `${IR} (EU) 2026/1412 附件（2026—2030年基准值；2026年6月26日通过，2026年6月29日刊登于欧盟官方公报（OJ））；本处未阅读该附件：数值为欧盟委员会草案数值，据 Eurometal/Kallanish（2026年5月）和 Sandbag（2026年6月9日）报道`,

  // Global warming potentials (gwp.ts) and the rulebook's defaults (meta.ts)
  "IPCC SAR (1995) WG1 table 2.9 values, as used in UNFCCC reporting (decision 2/CP.3)":
    'IPCC 第二次评估报告（SAR，1995年）第一工作组（WG1）表2.9数值，即《联合国气候变化框架公约》（UNFCCC）下报告所用数值（第2/CP.3号决定）',
  "IPCC AR4 WG1 table 2.14": 'IPCC 第四次评估报告（AR4）第一工作组（WG1）表2.14',
  "IPCC AR5 WG1 table 8.A.1": 'IPCC 第五次评估报告（AR5）第一工作组（WG1）表8.A.1',
  "IPCC AR6 WG1 table 7.SM.7 (chrisroadmap/ar6 data_output/7sm/metrics_supplement_cleaned.csv)":
    'IPCC 第六次评估报告（AR6）第一工作组（WG1）表7.SM.7（chrisroadmap/ar6 data_output/7sm/metrics_supplement_cleaned.csv）',
  "MEE notice on 2026 work (27 Jan 2026) §二–三: 2025 allowances are issued by 30 Sep 2026 and surrendered by 31 Dec 2026":
    `${NOTICE_2026}§二至§三：2025年度配额于2026年9月30日前发放，2026年12月31日前清缴`,
  "the compliance year being allocated and surrendered now (its power benchmarks are still draft in our sources, and its industrial method rests on the draft plan’s statement that it is unchanged: ETS.SOURCE says which); functions never read the clock":
    '当前正在分配和清缴配额的履约年度（本工具所据资料中该年度的发电行业基准值仍为征求意见稿数值，工业行业分配方法依据征求意见稿关于方法不变的表述：具体见 ETS.SOURCE）；函数从不读取系统时钟',
  "UNFCCC decision 18/CMA.1 annex ¶37 (Paris Agreement reporting uses AR5 100-year GWPs)":
    '《联合国气候变化框架公约》（UNFCCC）第18/CMA.1号决定附件第37段（《巴黎协定》下的报告采用AR5的100年全球变暖潜势（GWP））',
  "the set of China's aluminium MRV guideline CETS-AG-04.01-V01-2024 is not confirmed here; pass gwp_set to match your MRV (the International Aluminium Institute reports with AR4)":
    '中国《企业温室气体排放核算与报告指南 铝冶炼行业》（CETS-AG-04.01-V01-2024）采用的GWP版本在此未经确认；请传入 gwp_set 以与您的MRV一致（国际铝业协会按AR4报告）',
  "EU ETS benchmark periods (Cembureau, 2013–2020); CBAM factor series to 2034 (ETS Directive art. 10a(1a) as amended); rules.md section 3 (Phase II from 2027, no end date)":
    `${EU_ETS}基准值期间（欧洲水泥协会（Cembureau），2013—2020年）；CBAM系数序列至2034年（经修订的欧盟排放交易指令第10a(1a)条）；rules.md 第3节（第二阶段自2027年起，未设结束日期）`,
  "years after 2034 carry the open-ended rules only: Phase II benchmarks, prices and caps are your inputs":
    '2034年以后的年份仅适用未设截止年份的规则：第二阶段的基准值、价格和总量须由您输入',

  // EU CBAM (cbam.ts)
  "ETS Directive art. 10a(1a) as amended by Dir. 2023/959 (agreeing secondary sources: Argus (2026 value); epdportal; DEHSt)":
    '欧盟排放交易指令（ETS Directive）第10a(1a)条，经指令 Dir. 2023/959 修订（相互印证的二手资料：Argus（2026年数值）；epdportal；德国排放交易管理局（DEHSt））',
  "IR (EU) 2026/1740 (OJ L 31.7.2026) Annex I, introductory text (cement, iron and steel, aluminium, hydrogen)":
    `${IR} (EU) 2026/1740（欧盟官方公报 OJ L 31.7.2026）附件一引言部分（水泥、钢铁、铝、氢）`,
  "IR (EU) 2026/1740 (OJ L 31.7.2026) Annex I, introductory text (fertilisers)":
    `${IR} (EU) 2026/1740（欧盟官方公报 OJ L 31.7.2026）附件一引言部分（化肥）`,
  "IR (EU) 2025/2620 Annex point 5.3, indicators (1) production years 2026–27 and (2) 2028–30":
    `${IR} (EU) 2025/2620 附件第5.3点，标注(1)为2026—27生产年度，标注(2)为2028—30生产年度`,
  "IR (EU) 2025/2620 Annex point 5.3 (OJ L, 22.12.2025), Columns A and B, as transcribed from the OJ text in src/core/rules/cbam-data/benchmarks.csv":
    `${IR} (EU) 2025/2620 附件第5.3点（欧盟官方公报 OJ L, 22.12.2025），A栏和B栏，按欧盟官方公报文本转录于 src/core/rules/cbam-data/benchmarks.csv`,
  "IR 2025/2620 annex point 5.3": `${IR} 2025/2620 附件第5.3点`,
  "IR (EU) 2025/2621 Annex I as replaced by IR (EU) 2026/1740 art. 1 and Annex I (OJ L 31.7.2026; applies from 1 Jan 2026)":
    `${IR} (EU) 2025/2621 附件一，经 IR (EU) 2026/1740 第1条及附件一替换（欧盟官方公报 OJ L 31.7.2026；自2026年1月1日起适用）`,
  "IR 2026/1740 annex I": `${IR} 2026/1740 附件一`,
  "Reg. (EU) 2023/956 annexes I and II": '欧盟条例 Reg. (EU) 2023/956（CBAM条例）附件一和附件二',
  "cement, fertilisers, iron and steel, aluminium, hydrogen (and electricity)": '水泥、化肥、钢铁、铝、氢（以及电力）',
  "IR (EU) 2025/2620 Annex points 3.1 (Column A for actual emissions), 4 (Column B for default values) and 5.1 (the route of the default value's country; the highest value where several steel grades apply)":
    `${IR} (EU) 2025/2620 附件第3.1点（实际排放适用A栏）、第4点（默认值适用B栏）及第5.1点（采用默认值所属国家的生产路线；涉及多个钢种时取最高值）`,
  "A for actual emissions, B for default values": '实际排放用A栏，默认值用B栏',
  "IR (EU) 2025/2620 Annex points 3.1 (process-level free allocation from Column A) and 3.3 (SEFA of a complex good: its own process plus the SEFA of its precursors)":
    `${IR} (EU) 2025/2620 附件第3.1点（按A栏计算工艺层面的免费配额）及第3.3点（复杂货物的单位隐含免费配额（SEFA）：其自身工艺的免费配额加上其前体的SEFA）`,
  "process benchmark (Column A) + precursors' embedded free allocation": '工艺基准值（A栏）+ 前体的隐含免费配额',
  "IR (EU) 2026/1740 Annex I, introductory text: a country not listed, or listed with \"–\" for a good, takes the \"Other countries and territories\" value":
    `${IR} (EU) 2026/1740 附件一引言部分：未列出的国家，或某货物标为“–”的国家，适用“Other countries and territories”（其他国家和地区）的数值`,
  "Reg. (EU) 2023/956 art. 2(4) and annex III point 1 (Iceland, Liechtenstein, Norway, Switzerland); goods of EU origin are not imports":
    '欧盟条例 Reg. (EU) 2023/956 第2(4)条及附件三第1点（冰岛、列支敦士登、挪威、瑞士）；原产于欧盟的货物不属于进口',
  "Reg. (EU) 2025/2083 of 8 Oct 2025 (OJ 17 Oct 2025), art. 2a of Reg. 2023/956 as amended: 50 t net mass per importer per year of steel, aluminium, cement and fertilisers together; electricity and hydrogen excluded":
    '2025年10月8日欧盟条例 Reg. (EU) 2025/2083（2025年10月17日刊登于欧盟官方公报），经修订的 Reg. 2023/956 第2a条：每个进口商每年钢铁、铝、水泥和化肥合计净质量50 t；电力和氢除外',
  "direct + indirect emissions": '直接排放 + 间接排放',
  "direct emissions (sintered ore CN 2601 12 00: direct + indirect)": '直接排放（烧结矿 CN 2601 12 00：直接排放 + 间接排放）',
  "direct emissions; gases CO2 + PFCs": '直接排放；气体为 CO2 + PFCs（全氟化碳）',
  "Commission Implementing Decision (EU) 2021/927 of 31 May 2021, art. 1 (CSCF 100% for each year 2021–2025), as quoted by emissions-euets.com and the Commission news of 31 May 2021; IR 2025/2620 recital 3 (CBAM free-allocation adjustment = benchmark × CBAM factor × CSCF)":
    `2021年5月31日欧盟委员会实施决定 (EU) 2021/927 第1条（2021—2025年各年跨行业修正因子（CSCF）均为100%），据 emissions-euets.com 及欧盟委员会2021年5月31日新闻引述；${IR} 2025/2620 序言第3段（CBAM免费配额调整 = 基准值 × CBAM系数 × CSCF）`,
  "no CSCF for 2026 on is confirmed in our sources (a 2026 decision is cited by some but not verified): pass cscf":
    '本工具所据资料未确认2026年起的跨行业修正因子（CSCF）（有资料引用一项2026年的决定，但未经核实）：请传入 cscf',
  "IR 2025/2548 (certificate price in 2026: the quarterly average of EU ETS auction clearing prices); the Q1 2026 value as published by the Commission on 7 Apr 2026 and reported by Fendler Salva":
    `${IR} 2025/2548（2026年的证书价格：EU ETS 拍卖结算价格的季度平均值）；2026年第1季度（Q1）数值，由欧盟委员会于2026年4月7日公布，据 Fendler Salva 报道`,
  "cement clinkers CN 2523 10 00, route A (grey); the same in Column A (actual emissions) and Column B (default values)":
    `水泥熟料 CN 2523 10 00，路线A（灰熟料）；${SAME_A_B}`,
  "cement clinkers CN 2523 10 00, route B (white); the same in Column A (actual emissions) and Column B (default values)":
    `水泥熟料 CN 2523 10 00，路线B（白熟料）；${SAME_A_B}`,
  "IR (EU) 2025/2620 Annex point 5.3, Column B (e.g. CN 7208 39 00, routes C/D/E), as transcribed from the OJ text in src/core/rules/cbam-data/benchmarks.csv; also reported by SteelOrbis, 11 Dec 2025":
    `${IR} (EU) 2025/2620 附件第5.3点B栏（例如 CN 7208 39 00，路线C/D/E），按欧盟官方公报文本转录于 src/core/rules/cbam-data/benchmarks.csv；SteelOrbis 亦于2025年12月11日报道`,
  "Column B, which pairs with default values; for actual emissions the Column A benchmark of the CN code applies (for downstream steel far lower, e.g. 0.044 for CN 7208 39 00) and is not bundled yet":
    'B栏，与默认值配套使用；按实际排放申报时适用该CN编码的A栏基准值（下游钢材的A栏值低得多，例如 CN 7208 39 00 为0.044），该值尚未内置',
  "unwrought aluminium CN 7601, route K (primary); the same in Column A (actual emissions) and Column B (default values)":
    `未锻轧铝 CN 7601，路线K（原铝）；${SAME_A_B}`,
  "unwrought aluminium CN 7601, route L (secondary); the same in Column A (actual emissions) and Column B (default values)":
    `未锻轧铝 CN 7601，路线L（再生铝）；${SAME_A_B}`,
  "Reg. (EU) 2023/956 art. 9(1) (a reduction in the number of CBAM certificates for the carbon price effectively paid for the declared embedded emissions; any rebate or other compensation that would have reduced it is taken into account) and art. 9(4) (implementing acts convert the yearly average carbon price effectively paid into that reduction); read in the official German text of art. 9 (gesetze.legal, Artikel 9 VO (EU) 2023/956)":
    '欧盟条例 Reg. (EU) 2023/956（CBAM条例）第9(1)条（就所申报隐含排放实际支付的碳价，可减少应清缴的CBAM证书数量；会使该碳价降低的任何返还或其他形式的补偿均须计入）及第9(4)条（由实施细则将实际支付的年度平均碳价换算为上述减少量）；本处阅读的是第9条的德文官方文本（gesetze.legal 所载该条例第9条）',
  "certificates off = tonnes of good × carbon price effectively paid per t of good ÷ certificate price, never more than the certificates due":
    '扣减的证书数 = 货物吨数 × 每吨货物实际支付的碳价 ÷ 证书价格，且不超过应清缴的证书数',
  "with China's ETS the price effectively paid per t of good is price × max(0, E − A) ÷ output (the free allocation is the rebate); per tCO2e it is that price only on the installation's own emissions, never on a default value with its mark-up":
    '在中国碳市场下，每吨货物实际支付的碳价 = 价格 × max(0, E − A) ÷ 产量（免费配额即返还）；按每吨 tCO2e 计的价格只能乘以设施自身的排放，不能乘以加成后的默认值',
  "Commission draft implementing regulation on carbon prices paid in third countries (published 13 May 2026, feedback until 10 Jun 2026), as reported by ClearBlue Markets (\"EU CBAM draft rules clarify carbon price deductions\") and co2-iq (\"Carbon price reductions for CBAM certificates\", 19 May 2026); the draft's own text was not read here":
    '欧盟委员会关于在第三国支付碳价的实施条例草案（2026年5月13日发布，征求意见至2026年6月10日），据 ClearBlue Markets（《欧盟CBAM规则草案明确碳价扣减》）和 co2-iq（《CBAM证书的碳价扣减》，2026年5月19日）报道；本处未阅读草案原文',
  "with default values, the default carbon price the Commission publishes in the CBAM registry; with actual values, the certified price effectively paid or that default":
    '采用默认值时，适用欧盟委员会在CBAM登记系统公布的默认碳价；采用实际值时，适用经核证的实际支付碳价或该默认碳价',
  "no default carbon price is published yet: price_paid_per_t with a country is your estimate of what was paid per t of good, and the reduction never exceeds it":
    '默认碳价尚未公布：以国家作为隐含排放时，price_paid_per_t 是您对每吨货物已付碳价的估计，扣减额不会超过该值',

  // The comparison table (schemes.ts): China
  "MEE notice on 2026 work (27 Jan 2026) §一(一) (listing: 26,000 tCO2e direct); ICAP China national ETS factsheet (share covered)":
    `${NOTICE_2026}§一(一)（纳入名录：年度直接排放量26,000 tCO2e）；${ICAP_CN}（覆盖排放占比）`,
  "China national ETS": '中国全国碳排放权交易市场',
  "power, steel, cement, aluminium": '发电、钢铁、水泥、铝冶炼',
  "CO2; + CF4, C2F6 for aluminium": 'CO2；铝冶炼另加 CF4、C2F6',
  "26,000 tCO2e direct": '直接排放26,000 tCO2e',
  "no": '否',
  "free, intensity/output-based, no absolute cap": '免费分配，基于强度/产量，不设绝对总量上限',

  // EU ETS
  "Directive 2003/87/EC annex I (activities and capacity thresholds); ICAP EU ETS factsheet":
    `欧盟指令 2003/87/EC 附件一（活动类别及产能门槛）；${ICAP}${EU_ETS}概况`,
  "EU ETS": EU_ETS,
  "power, industry, aviation (maritime since 2024)": '电力、工业、航空（2024年起含海运）',
  "CO2; N2O (some chemicals); PFCs (primary aluminium)": 'CO2；N2O（部分化工产品）；PFCs（原铝）',
  "activity-based: combustion > 20 MW thermal input; clinker kilns > 500 t/day; pig iron/steel > 2.5 t/h; primary aluminium: all":
    `按活动纳入：${EU_ACTIVITIES}`,
  "auction + benchmark-based free allocation, phased out for CBAM goods 2026–2034": '拍卖 + 基于基准值的免费分配，CBAM货物的免费配额于2026—2034年逐步取消',
  "EU ETS inclusion is activity-based, not emissions-based: combustion > 20 MW thermal input; clinker kilns > 500 t/day; pig iron/steel > 2.5 t/h; primary aluminium: all":
    `${EU_ETS}按活动而非排放量纳入：${EU_ACTIVITIES}`,
  "CO2, PFCs": 'CO2、PFCs（全氟化碳）',
  "CO2, N2O (some chemicals)": 'CO2、N2O（部分化工产品）',

  // UK ETS and UK CBAM
  "Greenhouse Gas Emissions Trading Scheme Order 2020 (SI 2020/1265) schedule 2 (installations); gov.uk \"UK ETS: Hospital and Small Emitter status\" and \"Guidance for ultra small emitters\"; ICAP UK factsheet (about a quarter of UK emissions)":
    `英国 Greenhouse Gas Emissions Trading Scheme Order 2020（温室气体排放交易计划令，SI 2020/1265）附表2（设施）；gov.uk“UK ETS: Hospital and Small Emitter status”及“Guidance for ultra small emitters”；${ICAP}英国概况（约占英国排放量的四分之一）`,
  "UK ETS": UK_ETS,
  "power, industry, aviation (maritime from 1 Jul 2026)": '电力、工业、航空（2026年7月1日起含海运）',
  "activity-based (as the EU ETS): combustion > 20 MW thermal input …; small emitters < 25,000 tCO2e may opt out, ultra-small < 2,500 t are out":
    '按活动纳入（与EU ETS相同）：燃烧设施额定热输入 > 20 MW……；排放量 < 25,000 tCO2e 的小排放者可选择退出，< 2,500 t 的超小排放者不纳入',
  "auction + free allocation": '拍卖 + 免费分配',
  "UK ETS inclusion is activity-based, not emissions-based (combustion > 20 MW thermal input and listed activities); installations under 25,000 tCO2e may opt out as small emitters, and under 2,500 t are out":
    `${UK_ETS}按活动而非排放量纳入（燃烧设施额定热输入 > 20 MW 及所列活动）；排放量低于25,000 tCO2e 的设施可作为小排放者选择退出，低于2,500 t 的不纳入`,
  "UK ETS (UK installations were in the EU ETS before 2021)": `${UK_ETS}（2021年以前英国设施纳入EU ETS）`,
  "Finance Act 2026 (c. 11) part 5, ss. 143 (goods) and 149 (rate); HMRC policy paper \"Carbon Border Adjustment Mechanism\" (26 Nov 2025): start 1 Jan 2027, £50,000 registration threshold, indirect emissions not before 2029":
    '英国 Finance Act 2026（2026年财政法，c. 11）第5部分第143条（货物）和第149条（费率）；英国税务海关总署（HMRC）政策文件“Carbon Border Adjustment Mechanism”（2025年11月26日）：2027年1月1日启动，登记门槛£50,000，2029年以前不涵盖间接排放',
  "UK CBAM": UK_CBAM,
  "imports of aluminium, cement, fertilisers, hydrogen, iron and steel": '铝、水泥、化肥、氢、钢铁的进口',
  "importers of more than £50,000 of CBAM goods in 12 months": '12个月内进口CBAM货物超过£50,000的进口商',
  "not before 2029": '2029年以前不涵盖',
  "a charge on embodied emissions at the UK ETS auction price less the sector’s free-allocation share":
    '按隐含排放征费，单价为UK ETS拍卖价格，并扣减该行业的免费分配比例',
  "the UK CBAM charges importers of aluminium, cement, fertilisers, hydrogen, iron and steel above £50,000 of such goods in 12 months; a producer’s direct emissions decide nothing — its exports of these goods to the UK are in scope":
    `${UK_CBAM}向12个月内进口铝、水泥、化肥、氢、钢铁超过£50,000的进口商征费；生产商自身的直接排放量不起决定作用——其向英国出口的此类货物即在范围内`,

  // Korea
  "Act on the Allocation and Trading of Greenhouse-Gas Emission Permits (2012) as summarised by the Korea Ministry of Environment (125,000 t per entity, 25,000 t per facility); ICAP Korea factsheet (9 Aug 2021): ~73.5% covered, indirect emissions from electricity counted":
    `韩国《温室气体排放权分配与交易法》（Act on the Allocation and Trading of Greenhouse-Gas Emission Permits，2012年），据韩国环境部概述（每个实体125,000 t，每个设施25,000 t）；${ICAP}韩国概况（2021年8月9日）：覆盖约73.5%，计入电力间接排放`,
  "Korea K-ETS": '韩国碳排放交易体系（K-ETS）',
  "power, industry, buildings, waste, domestic aviation": '电力、工业、建筑、废弃物、国内航空',
  "six Kyoto gases": '《京都议定书》六种温室气体',
  "125,000 tCO2e per entity or 25,000 per facility": '每个实体125,000 tCO2e，或每个设施25,000',
  "yes": '是',
  "mostly free, growing auction share": '以免费分配为主，拍卖比例逐步提高',
  "tCO2e per entity": 'tCO2e（每个实体）',
  "or 25,000 tCO2e per facility": '或每个设施25,000 tCO2e',
  "CO2, CH4, N2O, HFCs, PFCs, SF6": '《京都议定书》温室气体：CO2、CH4、N2O、HFCs、PFCs、SF6',
  "K-ETS": '韩国碳排放交易体系（K-ETS）',

  // California and Washington
  "17 CCR §95812(c)(1) (25,000 tCO2e per facility); ICAP California factsheet":
    `加州法规 17 CCR §95812(c)(1)（每个设施25,000 tCO2e）；${ICAP}加利福尼亚州概况`,
  "California cap-and-trade": '加利福尼亚州总量控制与交易体系',
  "power (incl. imports), industry, fuel suppliers": '电力（含调入电力）、工业、燃料供应商',
  "multi-gas": '多种温室气体',
  "25,000 tCO2e": '25,000 tCO2e（吨二氧化碳当量）',
  "imported electricity at first deliverer": '调入电力（由首个输送方承担）',
  "tCO2e": '吨二氧化碳当量（tCO2e）',
  "RCW 70A.65.080 as summarised in the WA Senate bill analysis of SB 6058 (2024): over 25,000 tCO2e, from 1 Jan 2023; ICAP Washington factsheet":
    `华盛顿州法典 RCW 70A.65.080，据华盛顿州参议院对 SB 6058 法案的分析（2024年）概述：超过25,000 tCO2e，自2023年1月1日起；${ICAP}华盛顿州概况`,
  "Washington cap-and-invest": '华盛顿州总量控制与投资计划',
  "industry, fuels, power incl. imports": '工业、燃料、电力（含调入电力）',
  "six GHGs": '六种温室气体',
  "imported electricity": '调入电力',
  "auction + no-cost to EITEs/utilities": '拍卖 + 向排放密集型和贸易暴露型行业（EITEs）及公用事业免费分配',
  "cap-and-invest": '总量控制与投资计划',

  // Japan
  "GX Promotion Act as amended (enacted 28 May 2025): mandatory from FY2026 for ≥ 100,000 tCO2 (3-year average), as reported by Jiji (28 May 2025) and RIETI; price band per METI proposal (Shulman Advisory, 30 Dec 2025)":
    '经修订的日本《GX推进法》（GX Promotion Act，2025年5月28日通过）：自2026财年起对排放量 ≥ 100,000 tCO2（3年平均）的企业强制实施，据时事通讯社（Jiji，2025年5月28日）和经济产业研究所（RIETI）报道；价格区间依据经济产业省（METI）提案（Shulman Advisory，2025年12月30日）',
  "Japan GX-ETS": '日本GX排放交易体系（GX-ETS）',
  "multi-sector": '多行业',
  "CO2": '二氧化碳（CO2）',
  "100,000 tCO2 (3-year average), mandatory from FY2026": '100,000 tCO2（3年平均），2026财年起强制',
  "free, benchmark or grandfathering −1.7%/yr; price floor JPY 1,700, ceiling 4,300 (FY2026)":
    '免费分配，基准法或历史法（每年−1.7%）；价格下限1,700日元，上限4,300日元（2026财年）',
  "tCO2 (3-year average)": 'tCO2（3年平均）',
  "3-year average, mandatory from FY2026": '3年平均，2026财年起强制',
  "voluntary GX League phase": '自愿参与的GX联盟（GX League）阶段',
  "mandatory GX-ETS": '强制性GX-ETS',

  // Canada
  "Output-Based Pricing System Regulations (SOR/2019-266) s. 8 as summarised on canada.ca \"Output-Based Pricing System\" (≥ 50 kt CO2e in backstop jurisdictions)":
    '加拿大《基于产出的定价体系条例》（Output-Based Pricing System Regulations，SOR/2019-266）第8条，据 canada.ca“Output-Based Pricing System”页面概述（在联邦兜底辖区 ≥ 50 kt CO2e）',
  "Canada federal OBPS": '加拿大联邦基于产出的定价体系（OBPS）',
  "large industry in backstop provinces": '联邦兜底省份的大型工业',
  "50 kt CO2e": '50 kt CO2e（千吨二氧化碳当量）',
  "output-based standards": '基于产出的排放标准',
  "in backstop provinces": '适用于联邦兜底省份',
  "federal OBPS": '联邦OBPS',

  // Mexico
  "Bases preliminares del programa de prueba (DOF 1 Oct 2019) art. 6 as reported by ICAP news (2019): pilot 2020–2021 and transition 2022 without monetary sanctions, ≥ 100,000 tCO2; Expansión ESG (18 Dec 2025): the operational phase has not started":
    `墨西哥 Bases preliminares del programa de prueba（试点计划初步规则，DOF 2019年10月1日）第6条，据${ICAP}新闻（2019年）报道：2020—2021年试点、2022年过渡期，均无经济处罚，≥ 100,000 tCO2；Expansión ESG（2025年12月18日）：运行阶段尚未启动`,
  "Mexico pilot ETS": '墨西哥试点碳排放交易体系',
  "energy, industry": '能源、工业',
  "direct CO2": '直接CO2排放',
  "100,000 tCO2": '100,000 tCO2（吨二氧化碳）',
  "free (pilot 2020–2022, no obligations)": '免费分配（2020—2022年试点，无履约义务）',
  "pilot programme (pilot 2020–2021, transition 2022) without obligations or sanctions": '试点计划（2020—2021年试点，2022年过渡），无履约义务或处罚',
  "operational phase due by law but not started (its rules are unpublished)": '依法应进入运行阶段但尚未启动（规则尚未公布）',
  "tCO2": '吨二氧化碳（tCO2）',

  // Indonesia
  "Permen ESDM 16/2022 as reported by Reuters (27 Jan 2023) and the Jakarta Post (25 Jul 2024): coal power on the PLN grid ≥ 100 MW in 2023, ≥ 25 MW from 2024":
    '印度尼西亚能源与矿产资源部条例 Permen ESDM 16/2022，据路透社（2023年1月27日）和《雅加达邮报》（2024年7月25日）报道：2023年为接入PLN电网 ≥ 100 MW 的燃煤电厂，2024年起为 ≥ 25 MW',
  "Indonesia ETS": '印度尼西亚碳排放交易体系',
  "coal power on the PLN grid": '接入PLN（印尼国家电力公司）电网的燃煤发电',
  "capacity: at least 100 MW (2023), at least 25 MW (2024 on)": '装机容量：至少100 MW（2023年），至少25 MW（2024年起）',
  "intensity-based": '基于强度',
  "Indonesia covers coal power plants on the PLN grid by capacity: at least 100 MW in 2023, at least 25 MW from 2024":
    '印度尼西亚按装机容量纳入接入PLN电网的燃煤电厂：2023年至少100 MW，2024年起至少25 MW',
  "PTBAE-PU for power": '电力行业的PTBAE-PU（企业排放上限技术批准）',

  // RGGI
  "RGGI Model Rule as adopted by the states, e.g. 9VAC5-140-6040 (fossil units serving generators ≥ 25 MWe); CRS R41836":
    'RGGI示范规则（Model Rule），经各州采纳，例如弗吉尼亚州 9VAC5-140-6040（服务于 ≥ 25 MWe 发电机的化石燃料机组）；美国国会研究处（CRS）报告 R41836',
  "Regional Greenhouse Gas Initiative (US)": '区域温室气体减排行动（RGGI，美国）',
  "power ≥ 25 MW": '电力 ≥ 25 MW',
  "25 MW capacity": '装机容量25 MW',
  "auction": '拍卖',
  "RGGI covers fossil power units of 25 MW capacity or more (capacity-based)": '区域温室气体减排行动（RGGI）纳入装机容量25 MW及以上的化石燃料发电机组（按容量纳入）',

  // CBAM production routes (rules/cbam.ts CBAM_ROUTES), as the annexes' legend names them
  "grey clinker / cement": '灰色熟料／水泥',
  "white clinker / cement": '白色熟料／水泥',
  "carbon steel, BF/BOF": '碳钢，高炉—转炉（BF/BOF）',
  "carbon steel, DRI/EAF": '碳钢，直接还原铁—电炉（DRI/EAF）',
  "carbon steel, scrap/EAF": '碳钢，废钢—电炉（scrap/EAF）',
  "low-alloy steel, BF/BOF": '低合金钢，高炉—转炉（BF/BOF）',
  "low-alloy steel, DRI/EAF": '低合金钢，直接还原铁—电炉（DRI/EAF）',
  "low-alloy steel, scrap/EAF": '低合金钢，废钢—电炉（scrap/EAF）',
  "high-alloy steel (EAF)": '高合金钢（电炉，EAF）',
  "primary aluminium": '原铝',
  "secondary aluminium": '再生铝',
  // Emissions accounting (rules/accounting.ts)
  "steel accounting guideline CETS—AG—03.01—V01—2024 (环办气候函〔2025〕27号) table A.1": `${STEEL_GUIDELINE}附表A.1`,
  "steel accounting guideline CETS—AG—03.01—V01—2024 (环办气候函〔2025〕27号) table A.1 and §7.2.2.4": `${STEEL_GUIDELINE}附表A.1及§7.2.2.4`,
  "formula (3) only: generating units co-firing the works’ own secondary energy; the enterprise balance (formula 1) and the process formula (2) have no oxidation factor": `仅用于公式（3）：掺烧自产二次能源的发电设施；企业层级核算（公式1）和工序核算（公式2）不含碳氧化率`,
  "steel accounting guideline CETS—AG—03.01—V01—2024 (环办气候函〔2025〕27号) table A.2 and formula (1)": `${STEEL_GUIDELINE}附表A.2及公式（1）`,
  "steel accounting guideline CETS—AG—03.01—V01—2024 (环办气候函〔2025〕27号) notes to tables C.3–C.6": `${STEEL_GUIDELINE}附表C.3–C.6注`,
  "quantities 2 decimals, NCV 3, carbon content 5, emissions 2, intensities 4, the enterprise total a whole number (table C.5)": `数量保留2位小数，低位发热量3位，单位热值含碳量5位，排放量2位，强度4位，企业排放总量取整（附表C.5）`,
  "power accounting guideline (环办气候函〔2022〕485号): its default for coal whose element carbon is not measured, as the project’s rule reference records it (rules.md §11, from a summary of the MEE notice of June 2022); the guideline’s text was not read here": `发电设施核算指南（环办气候函〔2022〕485号）中未实测元素碳含量时燃煤的缺省值，据本项目规则参考（rules.md §11，摘自对生态环境部2022年6月通知的概述）；未读到指南原文`,
  "the default when the coal’s element carbon is not measured; the rulebook holds no default for coal’s net calorific value: enter the measured value": `燃煤未实测元素碳含量时的缺省值；规则库没有燃煤低位发热量的缺省值：请填写实测值`,
  "power accounting guideline (环办气候函〔2022〕485号) §6.2.5.1 (\"燃煤的碳氧化率取99%\"), as quoted in annex 1 to the MEE notice of 23 Jun 2026 on updating the power guideline (CETS-AG-01.01-V04-2026, from 2026 data)": `发电设施核算指南（环办气候函〔2022〕485号）§6.2.5.1（“燃煤的碳氧化率取99%”），据生态环境部2026年6月23日关于更新发电设施核算指南的通知附件1所引（CETS-AG-01.01-V04-2026，自2026年度数据起）`,
  "from 2026 data the oxidation factors of coal, oil and gas come from the national GHG emission factor database (by boiler type and altitude), which the add-in does not hold: pass the value": `自2026年度数据起，燃煤、燃油和燃气的碳氧化率取国家温室气体排放因子数据库的值（按锅炉类型和海拔高度），本插件未收录：请填写该值`,
  "steel accounting guideline CETS—AG—03.01—V01—2024 appendix E formulas (E.2) and (E.3); power verification guideline CETS-VG-01.01-V02-2026 table 15": `${STEEL_GUIDELINE}附录E公式（E.2）和（E.3）；发电设施核查技术指南 CETS-VG-01.01-V02-2026 表15`,
  "cement accounting guideline CETS—AG—02.01—V01—2024 (环办气候函〔2024〕321号) as third-party accounting tools carry it (secondary); structure: draft 2025–2026 allocation plan (MEE, Jul 2026) table 2-3 note 5": `水泥行业核算指南（CETS—AG—02.01—V01—2024，环办气候函〔2024〕321号），据第三方核算工具所载（二手来源）；结构见${DRAFT_2526}表2-3注5`,
  "the cement guideline CETS—AG—02.01—V01—2024 was not read here: the value is as third-party accounting tools carry it; check it against the guideline before an audit": `未读到水泥行业核算指南 CETS—AG—02.01—V01—2024 原文：该值据第三方核算工具所载；审计前请与指南核对`,
  "aluminium accounting guideline CETS—AG—04.01—V01—2024 (环办气候函〔2024〕321号) as third-party accounting tools carry it (secondary); structure: draft 2025–2026 allocation plan (MEE, Jul 2026) table 2-4": `铝冶炼行业核算指南（CETS—AG—04.01—V01—2024，环办气候函〔2024〕321号），据第三方核算工具所载（二手来源）；结构见${DRAFT_2526}表2-4`,
  "the aluminium guideline CETS—AG—04.01—V01—2024 was not read here: the value is as third-party accounting tools carry it; check it against the guideline before an audit": `未读到铝冶炼行业核算指南 CETS—AG—04.01—V01—2024 原文：该值据第三方核算工具所载；审计前请与指南核对`,
  "the aluminium guideline CETS—AG—04.01—V01—2024 was not read here: the value is as third-party accounting tools carry it; check it against the guideline before an audit; IPCC 2006 Tier 2 gives 0.143 for CWPB cells": `未读到铝冶炼行业核算指南 CETS—AG—04.01—V01—2024 原文：该值据第三方核算工具所载；审计前请与指南核对；IPCC 2006 方法2（Tier 2）对中间下料预焙槽（CWPB）取 0.143`,
  "the aluminium guideline CETS—AG—04.01—V01—2024 was not read here: the value is as third-party accounting tools carry it; check it against the guideline before an audit; IPCC 2006 Tier 2 gives 0.121 for CWPB cells": `未读到铝冶炼行业核算指南 CETS—AG—04.01—V01—2024 原文：该值据第三方核算工具所载；审计前请与指南核对；IPCC 2006 方法2（Tier 2）对中间下料预焙槽（CWPB）取 0.121`,
  "MEE/NBS announcement 2024 No. 12 (12 Apr 2024): 2021 national average electricity CO2 factor (secondary: the announcement itself was not read here)": `生态环境部、国家统计局公告2024年第12号（2024年4月12日）：2021年全国电力平均CO2排放因子（二手来源：未读到公告原文）`,
  "MEE/NBS announcement 2024 No. 33 (26 Dec 2024): 2022 electricity CO2 factors (secondary: the announcement itself was not read here)": `生态环境部、国家统计局公告2024年第33号（2024年12月26日）：2022年电力CO2排放因子（二手来源：未读到公告原文）`,
  "MEE/NBS announcement 2025 No. 47 (31 Dec 2025): 2023 electricity CO2 factors, annex table 1": `生态环境部、国家统计局公告2025年第47号（2025年12月31日）：2023年电力CO2排放因子，附件表1`,
  "MEE/NBS announcement 2025 No. 47 (31 Dec 2025): 2023 electricity CO2 factors, annex table 2": `生态环境部、国家统计局公告2025年第47号（2025年12月31日）：2023年电力CO2排放因子，附件表2`,
  "MEE/NBS announcement 2025 No. 47 (31 Dec 2025): 2023 electricity CO2 factors, annex table 3": `生态环境部、国家统计局公告2025年第47号（2025年12月31日）：2023年电力CO2排放因子，附件表3`,
  "MEE/NBS announcement 2025 No. 47 (31 Dec 2025): 2023 electricity CO2 factors, annex table 4": `生态环境部、国家统计局公告2025年第47号（2025年12月31日）：2023年电力CO2排放因子，附件表4`,
  "MEE/NBS announcement 2025 No. 47 (31 Dec 2025): 2023 electricity CO2 factors, annex table 5": `生态环境部、国家统计局公告2025年第47号（2025年12月31日）：2023年电力CO2排放因子，附件表5`,
};
