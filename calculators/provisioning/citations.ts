/**
 * Names of the rules the provisioning calculators cite, in both languages, as
 * `reference.md` gives them. Facts labelled unverified there are cited as the
 * institution's own policy (RP-06), never as law.
 */
import type { Bilingual } from '../errors';

export const ORDER: Bilingual = {
  zh: '《商业银行金融资产风险分类办法》（中国银行保险监督管理委员会 中国人民银行令〔2023〕第1号）',
  en: 'Measures for the Risk Classification of Financial Assets of Commercial Banks (CBIRC and PBOC Order [2023] No. 1)',
};
export const RP06: Bilingual = {
  zh: '《资产风险分类与拨备政策》（RP-06）',
  en: 'Asset Classification and Provisioning Policy (RP-06)',
};
export const IFRS9: Bilingual = {
  zh: '《企业会计准则第22号——金融工具确认和计量》（财会〔2017〕7号）及 IFRS 9',
  en: 'CAS 22 (Caikuai [2017] No. 7) and IFRS 9',
};

/**
 * "RP-06 §3.2：…" — the institution's clause first, then the external rule it applies (if any).
 *
 * @example cite('3.2', { zh: '甲', en: 'A' }) // { zh: 'RP-06 第3.2条：甲（本公司政策）', en: 'RP-06 §3.2: A (the company’s own policy)' }
 */
export const cite = (clause: string, text: Bilingual, source?: Bilingual): Bilingual => ({
  zh: `RP-06 第${clause}条：${text.zh}${source ? `。依据：${source.zh}` : '（本公司政策）'}`,
  en: `RP-06 §${clause}: ${text.en}${source ? `. Source: ${source.en}` : ' (the company’s own policy)'}`,
});
