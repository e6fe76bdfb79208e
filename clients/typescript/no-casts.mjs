// The scenario must read the service's answers as the generated types give them: no cast (`x as T`, `<T>x`), no
// non-null assertion (`x!`), no `any`, no @ts-ignore/@ts-expect-error. A field the contract leaves optional or
// nullable must then be handled in code, so tsc fails when the contract stops promising a field the scenario reads.
// Checked on the syntax tree (the TypeScript compiler's parser), so comments and strings do not count.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";

const dir = "src";
const files = readdirSync(dir).filter((f) => f.endsWith(".ts")).map((f) => join(dir, f));
const found = [];
for (const file of files) {
  const text = readFileSync(file, "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const report = (node, what) => {
    const { line, character } = source.getLineAndCharacterOfPosition(node.getStart(source));
    found.push(`${file}:${line + 1}:${character + 1}: ${what}: ${node.getText(source).slice(0, 80)}`);
  };
  const visit = (node) => {
    if (ts.isAsExpression(node) && !(ts.isTypeReferenceNode(node.type) && node.type.getText(source) === "const")) {
      report(node, "cast");
    } else if (ts.isTypeAssertionExpression(node)) {
      report(node, "cast");
    } else if (ts.isNonNullExpression(node)) {
      report(node, "non-null assertion");
    } else if (node.kind === ts.SyntaxKind.AnyKeyword) {
      report(node, "any");
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (/@ts-(ignore|expect-error|nocheck)/.test(text)) {
    found.push(`${file}: a @ts-ignore, @ts-expect-error or @ts-nocheck comment`);
  }
}
if (found.length > 0) {
  console.error("no-casts: the scenario must not cast or assert non-null:\n  " + found.join("\n  "));
  process.exit(1);
}
console.log(`no-casts: ${files.length} file(s) checked, no cast, non-null assertion or any`);
