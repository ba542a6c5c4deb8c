// Import boundaries checked in CI (`npm run check:boundaries`). Type-only imports are ignored:
// they vanish at compile time and carry no behaviour.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "lib-imports-no-ui",
      comment: "Rules and data access never depend on pages or components.",
      severity: "error",
      from: { path: "^lib/" },
      to: { path: "^(app|components)/" },
    },
    {
      name: "components-import-no-app",
      comment: "Shared components take the caller's action as a prop; they never import a page's module.",
      severity: "error",
      from: { path: "^components/" },
      to: { path: "^app/" },
    },
    {
      name: "scheduling-core-is-pure",
      comment: "The slot engine and time rules import nothing but each other and the time-zone library.",
      severity: "error",
      from: { path: "^lib/scheduling/" },
      to: { pathNot: ["^lib/scheduling/", "temporal-polyfill"] },
    },
    {
      name: "no-folder-cycles",
      comment: "Capability folders form a hierarchy: no two folders import each other, even through others.",
      severity: "error",
      scope: "folder",
      from: { path: "^(lib|components)/" },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: ["node_modules", "lib/generated"] },
    exclude: { path: ["^lib/generated/", "^node_modules/", "\\.test\\.tsx?$"] },
    tsPreCompilationDeps: false,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default"] },
    reporterOptions: { dot: { collapsePattern: "^(lib|components|app)/[^/]+" } },
  },
};
