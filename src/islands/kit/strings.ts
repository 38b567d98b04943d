/** Interface strings shared by every calculator island. */
import type { Lang } from '../../../calculators/format';

export const kitStrings = {
  zh: {
    copyLink: '复制链接',
    copied: '已复制链接',
    copyFailed: '无法复制，请从地址栏复制',
    downloadCsv: '导出 CSV',
    print: '打印',
    showMath: '显示计算过程',
    results: '计算结果',
    fixInput: '请先更正上面标出的输入。',
    optional: '选填',
  },
  en: {
    copyLink: 'Copy link',
    copied: 'Link copied',
    copyFailed: 'Could not copy: copy the address bar instead',
    downloadCsv: 'Download CSV',
    print: 'Print',
    showMath: 'Show the math',
    results: 'Results',
    fixInput: 'Correct the inputs marked above first.',
    optional: 'optional',
  },
} satisfies Record<Lang, Record<string, string>>;
