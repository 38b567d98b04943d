/** The handbook's sidebar: one group per part, each filled from its folder under content/docs/. */
const group = (label, en, directory) => ({
  label,
  translations: { en },
  items: [{ autogenerate: { directory } }],
});

export const sidebar = [
  { label: '首页', translations: { en: 'Home' }, link: '/' },
  group('风险政策', 'Risk policies', 'policies'),
  group('操作规程', 'Procedures', 'procedures'),
  group('常见问题', 'Staff questions', 'questions'),
  group('计算器', 'Calculators', 'calculators'),
  group('新员工培训', 'New staff training', 'training'),
  {
    label: '参考',
    translations: { en: 'Reference' },
    items: [
      { label: '法规对照表', translations: { en: 'Regulation register' }, link: '/regulations/' },
      { label: '术语表', translations: { en: 'Glossary' }, link: '/glossary/' },
      { label: '修订记录', translations: { en: 'Revision history' }, link: '/changelog/' },
    ],
  },
];
