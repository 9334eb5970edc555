/** Source citations, written once and shared by the records that rest on them (see shared/reference/rules.md). */
export const SOURCES = {
  icapFactsheet: 'ICAP China national ETS factsheet',
  powerFirstCycle:
    'ICAP China national ETS factsheet (first compliance cycle: 2019–2020 emissions, trading from 16 Jul 2021)',
  expansion:
    'MEE notice 环办气候函〔2025〕140号 (11 Apr 2025); 《全国碳排放权交易市场覆盖钢铁、水泥、铝冶炼行业工作方案》 (20 Mar 2025)',
  threshold: 'MEE notice 环办气候函〔2025〕140号 (2025) §一(一); MEE notice on 2026 work (27 Jan 2026) §四(一)',
  list2027: '2027 key-emitter list requirements (annex 1 to MEE notice of 27 Jan 2026)',
  reportingOnly: 'MEE notice on 2026 work (27 Jan 2026) §四',
  gases: 'ICAP China national ETS factsheet; draft 2025–2026 allocation plan (MEE, Jul 2026) §二(二)',
  scope2: '2023–2024 power allocation plan (MEE, Oct 2024) §二; draft 2025–2026 allocation plan (MEE, Jul 2026) §二(三)',
  phases: '《全国碳排放权交易市场覆盖钢铁、水泥、铝冶炼行业工作方案》 (20 Mar 2025): Phase I 2024–2026, Phase II from 2027, as reported by ICAP news (26 Mar 2025) and People’s Daily (27 Mar 2025); the work plan itself was not read here',
  equalAllocation2024: 'ICAP news 16 Nov 2025; MEE press conference 28 Nov 2025',
  alphaMethod2025:
    'draft 2025–2026 allocation plan (MEE, Jul 2026) §三(二) table 3 (2025 method final; the 2026 draft states it is unchanged)',
  alphaMethod2026: 'draft 2025–2026 allocation plan (MEE, Jul 2026) §三(二) table 3',
  phaseTwoBenchmarks: 'expansion work plan (20 Mar 2025), principle of stricter benchmark-based allocation from 2027, as reported by ICAP news (26 Mar 2025); 中办 国办《关于推进绿色低碳转型加强全国碳市场建设的意见》 (25 Aug 2025): absolute caps first for some sectors from 2027; benchmark values open (not published)',
  powerPlan2324: '2023–2024 power allocation plan (MEE, Oct 2024), annex 2',
  powerDraft2526: 'draft 2025–2026 power allocation plan (MEE, Jul 2026), table 1',
  floor2324: '2023–2024 power allocation plan (MEE, Oct 2024) (20% gap cap; gas top-up)',
  floor2526: 'draft 2025–2026 allocation plan (MEE, Jul 2026) (kept from the 2023–2024 plan)',
  notice2026Dates: 'MEE notice on 2026 national carbon market work (27 Jan 2026) §二–三',
  plan2324Surrender: '2023–2024 power allocation plan (MEE, Oct 2024) §六–七',
  carryover: '2023–2024 power allocation plan (MEE, Oct 2024) §七 and annex 5',
  penalty: '碳排放权交易管理暂行条例 (State Council Decree 775, 2024) art. 24',
  ceaClose: 'Shanghai Environment & Energy Exchange year-end market reports (closing price of the last trading day); MEE year-end report (1 Jan 2026)',
  offsetLimit: '碳排放权交易管理办法（试行）(2021) art. 29 (CCERs at most 5% of allowances due)',
  defaultYear:
    'MEE notice on 2026 work (27 Jan 2026): 2025 allowances are issued by 30 Sep 2026 and surrendered by 31 Dec 2026',
  ar4: 'IPCC AR4 WG1 table 2.14',
  ar5: 'IPCC AR5 WG1 table 8.A.1',
  ar6: 'IPCC AR6 WG1 table 7.SM.7 (chrisroadmap/ar6 data_output/7sm/metrics_supplement_cleaned.csv)',
  sar: 'IPCC SAR (1995) WG1 table 2.9 values, as used in UNFCCC reporting (decision 2/CP.3)',
  gwpDefault: 'UNFCCC decision 18/CMA.1 annex ¶37 (Paris Agreement reporting uses AR5 100-year GWPs)',
} as const;
