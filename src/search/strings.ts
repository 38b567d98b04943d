/** The search dialog's words in the page's language (Pagefind UI translation keys). */
export const SEARCH_STRINGS = {
  zh: {
    placeholder: '搜索，可直接输入问题',
    clear_search: '清除',
    load_more: '显示更多结果',
    search_label: '搜索本手册',
    filters_label: '筛选',
    zero_results: '没有找到与“[SEARCH_TERM]”相关的内容，可换个说法或只输入关键词',
    many_results: '“[SEARCH_TERM]”：[COUNT] 条结果',
    one_result: '“[SEARCH_TERM]”：[COUNT] 条结果',
    searching: '正在搜索“[SEARCH_TERM]”…',
  },
  en: {
    placeholder: 'Search, or type a question',
    clear_search: 'Clear',
    load_more: 'Show more results',
    search_label: 'Search this handbook',
    filters_label: 'Filters',
    zero_results: 'Nothing found for [SEARCH_TERM]. Try other words or just a keyword.',
    many_results: '[COUNT] results for [SEARCH_TERM]',
    one_result: '[COUNT] result for [SEARCH_TERM]',
    searching: 'Searching for [SEARCH_TERM]…',
  },
} as const;
