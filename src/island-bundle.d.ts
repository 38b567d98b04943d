// A calculator island imported for one language (src/integrations/island-bundle.ts):
// `import IslandZh from './Island.tsx?lang=zh'`. Its props are checked in the wrapper
// against the plain module's type (see src/islands/*/…Island.astro).
declare module '*.tsx?lang=zh' {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- props are checked in the wrapper against the plain module's type
  const island: import('preact').FunctionComponent<any>;
  export default island;
}
declare module '*.tsx?lang=en' {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- props are checked in the wrapper against the plain module's type
  const island: import('preact').FunctionComponent<any>;
  export default island;
}
