/** Interface strings shared by every calculator island. */
import type { Lang } from '../../../calculators/format';

export const kitStrings = {
  zh: {
    copyLink: '复制链接',
    copied: '已复制链接',
    copyManual: '已选中下面的链接：请按 Ctrl+C 复制（手机上长按后选“复制”）',
    link: '本页链接',
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
    copyManual: 'The link below is selected: press Ctrl+C to copy it (on a phone, press and hold, then Copy)',
    link: 'Link to this page',
    downloadCsv: 'Download CSV',
    print: 'Print',
    showMath: 'Show the math',
    results: 'Results',
    fixInput: 'Correct the inputs marked above first.',
    optional: 'optional',
  },
} satisfies Record<Lang, Record<string, string>>;
