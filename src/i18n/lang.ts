import type { Lang } from '../../calculators/format';

/** Starlight's locale tag ('zh-CN', 'en') → the two-letter language our formatters take. */
export const langOf = (tag: string | undefined): Lang => (tag?.toLowerCase().startsWith('en') ? 'en' : 'zh');
