// A calculator island imported for one language (src/integrations/island-bundle.ts):
// `import IslandZh from './Island.tsx?lang=zh'`. Its props are checked in the wrapper
// against the plain module's type (see src/islands/*/…Island.astro).
declare module '*.tsx?lang=zh' {
  const island: import('preact').FunctionComponent<any>;
  export default island;
}
declare module '*.tsx?lang=en' {
  const island: import('preact').FunctionComponent<any>;
  export default island;
}
