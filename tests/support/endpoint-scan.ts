// Finds the app's endpoints in the source tree: server-action modules, inline "use server"
// functions (not allowed) and route handlers. Reads the syntax tree, so comments and strings that
// merely mention the directive are not mistaken for it.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import ts from "typescript";

export const root = path.resolve(import.meta.dirname, "../..");
const skipped = new Set([
  "node_modules",
  ".next",
  ".git",
  ".data",
  "generated",
  "test-results",
  "playwright-report",
  ".ci-results",
]);

/** Every .ts/.tsx file of the project (app, components, lib, scripts, tests…), relative to the root. */
export async function sourceFiles(dir = root): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map(async (e) => {
      if (skipped.has(e.name)) return [];
      const full = path.join(dir, e.name);
      if (e.isDirectory()) return sourceFiles(full);
      return /\.tsx?$/.test(e.name) && !e.name.endsWith(".d.ts") ? [path.relative(root, full)] : [];
    }),
  );
  return nested.flat();
}

const isUseServer = (node: ts.Node) =>
  ts.isExpressionStatement(node) && ts.isStringLiteral(node.expression) && node.expression.text === "use server";

/** Whether the module as a whole is a server-action module ("use server" before any other statement). */
export function isActionModule(source: string): boolean {
  const file = ts.createSourceFile("x.tsx", source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TSX);
  for (const statement of file.statements) {
    if (isUseServer(statement)) return true;
    if (!(ts.isExpressionStatement(statement) && ts.isStringLiteral(statement.expression))) return false;
  }
  return false;
}

/** Line numbers of "use server" directives inside functions: inline actions skip the wrapper. */
export function inlineUseServerLines(source: string): number[] {
  const file = ts.createSourceFile("x.tsx", source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const lines: number[] = [];
  const visit = (node: ts.Node, insideFunction: boolean) => {
    if (insideFunction && isUseServer(node)) lines.push(file.getLineAndCharacterOfPosition(node.getStart()).line + 1);
    const fn = ts.isFunctionLike(node);
    ts.forEachChild(node, (child) => visit(child, insideFunction || fn));
  };
  visit(file, false);
  return lines;
}

export const readSource = (file: string) => readFile(path.join(root, file), "utf8");

export const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
