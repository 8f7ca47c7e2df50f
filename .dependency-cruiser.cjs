// The layers of src/ point one way (README, "Development"):
// diagnostic, schema <- load <- model <- validate <- compare <- render <- cli; index.ts is the library's face.
// `npm test` runs `depcruise src`, so an upward import or a cycle fails the build.
const LAYERS = ['schema', 'load', 'model', 'validate', 'compare', 'render', 'cli'];

const upward = LAYERS.map((layer, i) => ({
  name: `no-${layer}-upward`,
  comment: `src/${layer} may import only the layers below it (${LAYERS.slice(0, i).join(', ') || 'none'}) and src/diagnostic.ts`,
  severity: 'error',
  from: { path: `^src/${layer}/` },
  to: { path: `^src/(${LAYERS.slice(i + 1).join('|')})/` },
}));

module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'no import cycles', from: {}, to: { circular: true } },
    ...upward,
    { name: 'diagnostic-at-the-bottom', severity: 'error', comment: 'src/diagnostic.ts imports nothing of src/', from: { path: '^src/diagnostic\\.ts$' }, to: { path: '^src/' } },
    { name: 'nothing-imports-the-cli', severity: 'error', comment: 'only the CLI touches the process; the library never imports it', from: { path: '^src/(?!cli/)' }, to: { path: '^src/cli/' } },
    { name: 'no-unresolvable', severity: 'error', from: {}, to: { couldNotResolve: true } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
