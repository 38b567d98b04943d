/**
 * The five categories of 《商业银行金融资产风险分类办法》 (2023) and the three
 * ECL stages, with their names in both languages. No zod here: islands import it.
 */
import type { Bilingual } from '../errors';

export const CATEGORIES = ['normal', 'specialMention', 'substandard', 'doubtful', 'loss'] as const;
export type Category = (typeof CATEGORIES)[number];
export type Stage = 1 | 2 | 3;

export const CATEGORY_NAMES: Record<Category, Bilingual> = {
  normal: { zh: '正常', en: 'normal' },
  specialMention: { zh: '关注', en: 'special mention' },
  substandard: { zh: '次级', en: 'substandard' },
  doubtful: { zh: '可疑', en: 'doubtful' },
  loss: { zh: '损失', en: 'loss' },
};

/**
 * 0 for 正常 … 4 for 损失: a higher rank is more severe.
 *
 * @example categoryRank('substandard') // 2
 */
export const categoryRank = (c: Category): number => CATEGORIES.indexOf(c);

/**
 * The more severe of two categories.
 *
 * @example worseCategory('normal', 'doubtful') // 'doubtful'
 */
export const worseCategory = (a: Category, b: Category): Category => (categoryRank(a) >= categoryRank(b) ? a : b);

/**
 * 次级, 可疑 and 损失 are non-performing (不良).
 *
 * @example isNonPerforming('substandard') // true
 */
export const isNonPerforming = (c: Category): boolean => categoryRank(c) >= categoryRank('substandard');

export const NPL_CATEGORIES: readonly Category[] = ['substandard', 'doubtful', 'loss'];
