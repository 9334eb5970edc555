/** Source citations, written once and shared by the records that rest on them (see shared/reference/rules.md). */
export const SOURCES = {
  icapFactsheet: 'ICAP China national ETS factsheet',
  powerFirstCycle:
    'ICAP China national ETS factsheet (first compliance cycle: 2019–2020 emissions, trading from 16 Jul 2021)',
  powerListed:
    '2023–2024 power allocation plan (MEE, Oct 2024) §二 (2023 and 2024 lists: owners of generating units); MEE notice 环办气候函〔2025〕140号 (11 Apr 2025) (一) (2024–2026 lists); MEE notice on 2026 work (27 Jan 2026) §一(一) and annex 1 §一 (2027 list)',
  expansion:
    'MEE notice 环办气候函〔2025〕140号 (11 Apr 2025); 《全国碳排放权交易市场覆盖钢铁、水泥、铝冶炼行业工作方案》 (20 Mar 2025)',
  threshold: 'MEE notice on 2026 work (27 Jan 2026) §一(一) and annex 1 (listing: annual direct emissions of 26,000 tCO2e or more); MEE notice 环办气候函〔2025〕140号 (11 Apr 2025) (一); 碳排放权交易管理办法（试行） (2021) art. 8',
  list2027: '2027 key-emitter list requirements (annex 1 to MEE notice of 27 Jan 2026)',
  captivePower: '2027 key-emitter list requirements (annex 1 to MEE notice of 27 Jan 2026) §一',
  reportingOnly: 'MEE notice on 2026 work (27 Jan 2026) §四',
  reportingSteel:
    'MEE notice 环办气候函〔2025〕140号 (11 Apr 2025) (八) (annual emission report and verification at 26,000 tCO2e direct or more); MEE notice on 2026 work (27 Jan 2026) §四(一), (三); 2027 key-emitter list requirements (annex 1 to MEE notice of 27 Jan 2026) §二 (not on the steel list)',
  reportingClinker:
    'MEE notice 环办气候函〔2025〕140号 (11 Apr 2025) (八) (annual emission report and verification at 26,000 tCO2e direct or more); MEE notice on 2026 work (27 Jan 2026) §四(一), (三)',
  clinkerListed: '2027 key-emitter list requirements (annex 1 to MEE notice of 27 Jan 2026) §三 (the cement list holds Portland clinker producers, industry code 3011, and non-Portland clinker producers)',
  gases: 'draft 2025–2026 allocation plan (MEE, Jul 2026) §二(二) (power, steel, cement: CO2; aluminium: CO2, CF4, C2F6)',
  gasesPower2324: '2023–2024 power allocation plan (MEE, Oct 2024) §四 (allowances are the generating units’ CO2 emission limits) and §六',
  gasesFirstCycles: 'ICAP China national ETS factsheet (power: CO2, from the first compliance cycle: 2019–2020 emissions, trading from 16 Jul 2021)',
  gasesSteelReport:
    'steel accounting guideline CETS—AG—03.01—V01—2024 (环办气候函〔2025〕27号) §3.1 note (its greenhouse gas is CO2) and §5.1 (EAF steelmaking and rolling in its boundary), which MEE notice on 2026 work (27 Jan 2026) §四(三) and annex 3 apply to steel enterprises not on the list',
  gasesClinkerReport:
    'draft 2025–2026 allocation plan (MEE, Jul 2026) §二(二) (cement: CO2); reported under the cement accounting guideline CETS—AG—02.01—V01—2024 (MEE notice on 2026 work (27 Jan 2026) §四(三) and annex 3), not read here',
  scope2: '2023–2024 power allocation plan (MEE, Oct 2024) §二; draft 2025–2026 allocation plan (MEE, Jul 2026) §二(三)',
  phases: '《全国碳排放权交易市场覆盖钢铁、水泥、铝冶炼行业工作方案》 (20 Mar 2025): Phase I 2024–2026, Phase II from 2027, as reported by ICAP news (26 Mar 2025) and People’s Daily (27 Mar 2025); the work plan itself was not read here',
  equalAllocation2024: 'final 2024–2025 allocation plan for steel, cement and aluminium (issued 17 Nov 2025; not read here) as reposted by 零碳知识局; ICAP news 16 Nov 2025; MEE press conference 28 Nov 2025',
  alphaMethod2025:
    'draft 2025–2026 allocation plan (MEE, Jul 2026) §一, §二(一) and §三(二) table 3: 2025 follows the final 2024–2025 plan for steel, cement and aluminium (not read here), whose method the draft keeps unchanged for 2026',
  alphaMethod2026: 'draft 2025–2026 allocation plan (MEE, Jul 2026) §三(二) table 3',
  phaseTwoBenchmarks: 'expansion work plan (20 Mar 2025), principle of stricter benchmark-based allocation from 2027, as reported by ICAP news (26 Mar 2025); 中办 国办《关于推进绿色低碳转型加强全国碳市场建设的意见》 (25 Aug 2025): absolute caps first for some sectors from 2027; benchmark values open (not published)',
  powerPlan2324: '2023–2024 power allocation plan (MEE, Oct 2024), annex 2',
  powerDraft2526: 'draft 2025–2026 power allocation plan (MEE, Jul 2026), table 1',
  floor2324: '2023–2024 power allocation plan (MEE, Oct 2024) §五(三)2 (entity: allowances raised to 80% of verified emissions)',
  gasTopUp2324: '2023–2024 power allocation plan (MEE, Oct 2024) §五(三)1 (gas units topped up to verified emissions, unit by unit)',
  gasTopUp2526: 'draft 2025–2026 allocation plan (MEE, Jul 2026) §三(一)4(1)',
  floor2526: 'draft 2025–2026 allocation plan (MEE, Jul 2026) §三(一)4(2) (the 2023–2024 rule kept)',
  preallocation2324: '2023–2024 power allocation plan (MEE, Oct 2024) §五(一) (each unit: 70% of its previous year’s verified emissions, summed per entity)',
  preallocation2526: 'draft 2025–2026 allocation plan (MEE, Jul 2026) §四(一)1 (in principle 50% of the previous year’s verified emissions; provinces may lower it)',
  ccer2526: 'draft 2025–2026 allocation plan (MEE, Jul 2026) §五(二) (CCERs registered after the market’s relaunch on 22 Jan 2024 may offset 2025 and 2026 surrender; the draft states no share)',
  banking2526: 'draft 2025–2026 allocation plan (MEE, Jul 2026) §五(一)',
  specialCases2025: 'final 2024–2025 allocation plan for steel, cement and aluminium (issued 17 Nov 2025; not read here) as reposted by 零碳知识局 (qh12352.com)',
  specialCases2026: 'draft 2025–2026 allocation plan (MEE, Jul 2026) §三(三)',
  carryover: '2023–2024 power allocation plan (MEE, Oct 2024) §七 and annex 5 §三',
  penalty: '碳排放权交易管理暂行条例 (State Council Decree 775, in force 1 May 2024) art. 24',
  ceaClose: 'Shanghai Environment & Energy Exchange year-end market reports (closing price of the last trading day); MEE year-end report (1 Jan 2026)',
  offsetLimit: '碳排放权交易管理办法（试行）(2021) art. 29 (CCERs at most 5% of allowances due, none from projects inside the ETS)',
  defaultYear:
    'MEE notice on 2026 work (27 Jan 2026) §二–三: 2025 allowances are issued by 30 Sep 2026 and surrendered by 31 Dec 2026',
  ar4: 'IPCC AR4 WG1 table 2.14',
  ar5: 'IPCC AR5 WG1 table 8.A.1',
  ar6: 'IPCC AR6 WG1 table 7.SM.7 (chrisroadmap/ar6 data_output/7sm/metrics_supplement_cleaned.csv)',
  sar: 'IPCC SAR (1995) WG1 table 2.9 values, as used in UNFCCC reporting (decision 2/CP.3)',
  gwpDefault: 'UNFCCC decision 18/CMA.1 annex ¶37 (Paris Agreement reporting uses AR5 100-year GWPs)',
} as const;
