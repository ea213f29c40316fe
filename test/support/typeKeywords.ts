import ts from 'typescript';

/**
 * Every `any` and `unknown` written in a TypeScript file's types, each named by the top-level
 * declaration it sits in (e.g. `Exact`, `PollsQuery`); the `x as unknown as T` cast idiom is no type
 * of anything and is left out.
 */
export function anyAndUnknownIn(fileName: string, text: string): { keyword: string; declaration: string }[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found: { keyword: string; declaration: string }[] = [];
  const visit = (node: ts.Node, declaration: string): void => {
    const castThroughUnknown = ts.isAsExpression(node.parent) && ts.isAsExpression(node.parent.parent);
    if (node.kind === ts.SyntaxKind.AnyKeyword || (node.kind === ts.SyntaxKind.UnknownKeyword && !castThroughUnknown)) {
      found.push({ keyword: node.getText(source), declaration });
    }
    ts.forEachChild(node, (child) => visit(child, declaration));
  };
  for (const statement of source.statements) {
    const name =
      ts.isTypeAliasDeclaration(statement) || ts.isInterfaceDeclaration(statement)
        ? statement.name.text
        : ts.isVariableStatement(statement)
          ? statement.declarationList.declarations.map((declaration) => declaration.name.getText(source)).join(',')
          : ts.SyntaxKind[statement.kind];
    visit(statement, name);
  }
  return found;
}
