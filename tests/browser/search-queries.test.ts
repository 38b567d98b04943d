/**
 * What staff actually type into search: Chinese terms, abbreviations (M3, DPD,
 * LPR, RAROC) and, on the English edition, English terms. Each query must list
 * the page that governs the subject among the first three Pagefind results
 * (results are pages; the sections nested under a page are not counted as
 * separate results). The Chinese segmenter is Pagefind's, pinned in the
 * lockfile: a version bump that changes segmentation shows up here.
 *
 * Only pages that exist are named; see the pending list at the end.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { connect, openPage, openSearch, searchResults, type OpenedPage } from './browser';
import { TEST_BASE } from './site';

let browser: Browser;
beforeAll(async () => (browser = await connect()));
afterAll(async () => {
  for (const { opened } of editions.values()) await opened.close();
  await browser?.close();
});

/**
 * One page per starting point, its search dialog left open from query to query
 * (searchResults clears the previous query first); `checked` counts the errors
 * already reported, so each query answers for the errors raised since the last one
 * (the first for those of loading the page too).
 */
const editions = new Map<string, { opened: OpenedPage; checked: number }>();

/** Type a query into Starlight's search dialog; return the result pages in order (site paths without the base). */
async function searchPages(from: string, query: string): Promise<string[]> {
  let edition = editions.get(from);
  if (!edition) {
    const opened = await openPage(browser, from);
    await openSearch(opened.page);
    edition = { opened, checked: 0 };
    editions.set(from, edition);
  }
  const results = await searchResults(edition.opened.page, query, 20_000);
  const errors = edition.opened.errors.slice(edition.checked);
  edition.checked = edition.opened.errors.length;
  expect(errors).toEqual([]);
  return results.map(([href]) => href!.split(/[?#]/)[0]!.replace(TEST_BASE, ''));
}

/**
 * [where the search starts, what is typed, the page expected among the first three results]. Where
 * a staff-questions answer (questions/) or the governing policy answers the term as well as the page
 * first named, either counts: both lead the reader to the clause.
 */
const QUERIES: [string, string, string | string[]][] = [
  // Governance and risk appetite
  ['/', '风险偏好', 'policies/governance/'],
  ['/', '三道防线', 'policies/governance/'],
  ['/', '风险管理委员会', 'policies/governance/'],
  ['/', '政策复审', 'policies/governance/'],
  // Rates, schedules and disclosure
  ['/', '年化利率', ['policies/calculation-rules/', 'glossary/']],
  ['/', '内部收益率', 'policies/calculation-rules/'],
  ['/', 'LPR', 'policies/calculation-rules/'],
  ['/', '等额本金', 'policies/calculation-rules/'],
  ['/', '末期轧差', 'policies/calculation-rules/'],
  ['/', '分期手续费', 'policies/calculation-rules/'],
  ['/', '日利率', 'policies/calculation-rules/'],
  ['/', '还款计划计算器', 'calculators/schedule/'],
  // Admission, pricing, portfolio
  ['/', '活体检测', 'policies/credit-admission/'],
  ['/', '征信', 'policies/credit-admission/'],
  ['/', '风险定价', 'policies/pricing/'],
  ['/', 'RAROC', 'policies/pricing/'],
  ['/', '违约概率', 'policies/provisioning/'],
  ['/', '集中度', 'policies/concentration/'],
  ['/', '压力测试', 'policies/concentration/'],
  // Exit and compliance
  ['/', '展期', 'policies/exit/'],
  ['/', '资产证券化', 'policies/exit/'],
  ['/', '信用保证保险', 'policies/exit/'],
  ['/', '个人信息保护', 'policies/compliance/'],
  // Abbreviations and terms: the glossary
  ['/', 'DPD', 'glossary/'],
  ['/', 'M3', ['glossary/', 'questions/arrears/', 'questions/classification-rates/']],
  ['/', 'ECL', 'glossary/'],
  ['/', '砍头息', ['glossary/', 'questions/classification-rates/', 'policies/pricing/', 'policies/calculation-rules/']],
  // OP-04 now states 账销案存 as a principle of its own write-off criteria (财金〔2017〕90号): the governing clause ranks first.
  ['/', '账销案存', 'procedures/write-off/'],
  ['/', '术语表', 'glossary/'],
  // Reading aids
  ['/', '新员工培训', 'training/'],
  // Procedures and their calculators
  ['/', '催收', 'procedures/collections/'],
  ['/', '核销', 'procedures/write-off/'],
  ['/', '诉讼', 'procedures/litigation/'],
  ['/', '不良资产转让', 'procedures/npl-transfer/'],
  ['/', '还款方案', 'procedures/repayment-plans/'],
  ['/', '拨备测算', 'calculators/reserve/'],
  ['/', '修订记录', 'changelog/'],
  // The English edition
  ['/en/', 'risk appetite', 'en/policies/governance/'],
  ['/en/', 'three lines of defence', 'en/policies/governance/'],
  ['/en/', 'annualised rate', 'en/policies/calculation-rules/'],
  ['/en/', 'instalment fee', 'en/policies/calculation-rules/'],
  ['/en/', 'daily rate', 'en/policies/calculation-rules/'],
  ['/en/', 'LPR', 'en/policies/calculation-rules/'],
  ['/en/', 'repayment schedule calculator', 'en/calculators/schedule/'],
  ['/en/', 'liveness detection', 'en/policies/credit-admission/'],
  ['/en/', 'RAROC', 'en/policies/pricing/'],
  ['/en/', 'hurdle rate', 'en/policies/pricing/'],
  ['/en/', 'stress test', 'en/policies/concentration/'],
  ['/en/', 'early warning', 'en/policies/monitoring/'],
  ['/en/', 'securitisation', 'en/policies/exit/'],
  // The glossary defines it; the staff question "How are days past due counted?" answers it too.
  ['/en/', 'days past due', ['en/glossary/', 'en/questions/arrears/']],
  ['/en/', 'DPD', ['en/glossary/', 'en/policies/provisioning/']],
  ['/en/', 'new staff training', 'en/training/'],
  ['/en/', 'write-off', 'en/procedures/write-off/'],
  ['/en/', 'collection', 'en/procedures/collections/'],
  ['/en/', 'litigation', 'en/procedures/litigation/'],
  ['/en/', 'repayment options', 'en/calculators/repayment-options/'],
  ['/en/', 'revision history', 'en/changelog/'],
];

describe('search: what staff type finds the governing page', () => {
  it('covers at least 30 queries in both languages', () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(30);
    expect(QUERIES.some(([from]) => from === '/en/')).toBe(true);
  });

  it.each(QUERIES)('on %s, "%s" lists %s among the first three results', async (from, query, expected) => {
    const pages = await searchPages(from, query);
    const accepted = [expected].flat();
    expect(
      pages.slice(0, 3).some((p) => accepted.includes(p)),
      `want ${accepted.join(' | ')}; results: ${pages.join(', ')}`,
    ).toBe(true);
    // English searches stay in the English edition, Chinese ones in the Chinese.
    expect(pages.slice(0, 3).every((p) => p.startsWith('en/') === from.startsWith('/en/'))).toBe(true);
  });
});
