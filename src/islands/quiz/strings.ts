/** Interface strings of the self-check quiz island. */
import type { Lang } from '../../../calculators/format';

export const quizStrings = {
  zh: {
    label: '自测题',
    check: '提交答案',
    chooseFirst: '请先选择一个答案。',
    correct: '回答正确。',
    wrong: '回答错误。',
    rightAnswer: '正确答案：',
    source: '出处：',
    progress: '已答 {answered}/{total} 题，答对 {right} 题',
    allDone: '全部答对，本模块自测完成。',
    reset: '清除本模块的答题记录',
    resetDone: '已清除答题记录。',
    noStorage: '浏览器禁止了本地存储，刷新页面后答题记录不会保留。',
    stored: '答题记录只保存在本浏览器中，不会发送到任何服务器。',
  },
  en: {
    label: 'Self-check',
    check: 'Submit answer',
    chooseFirst: 'Choose an answer first.',
    correct: 'Correct.',
    wrong: 'Not quite.',
    rightAnswer: 'The correct answer: ',
    source: 'Source: ',
    progress: '{answered} of {total} answered, {right} correct',
    allDone: 'All correct: this module’s self-check is complete.',
    reset: 'Clear this module’s answers',
    resetDone: 'Answers cleared.',
    noStorage: 'This browser blocks local storage, so your answers will not survive a reload.',
    stored: 'Your answers are kept in this browser only and sent nowhere.',
  },
} satisfies Record<Lang, Record<string, string>>;
