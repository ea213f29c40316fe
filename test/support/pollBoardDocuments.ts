import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, visit, type DocumentNode, type FragmentDefinitionNode } from 'graphql';
import ts from 'typescript';
import { POLL_BOARD } from './pollBoard.js';

/** The texts of every graphql(`…`) call in a source file. */
function graphqlCallTexts(fileName: string): string[] {
  const source = ts.createSourceFile(fileName, readFileSync(fileName, 'utf8'), ts.ScriptTarget.Latest, true);
  const texts: string[] = [];
  const walk = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && node.expression.getText(source) === 'graphql') {
      const [argument] = node.arguments;
      if (argument && ts.isNoSubstitutionTemplateLiteral(argument)) texts.push(argument.text);
    }
    ts.forEachChild(node, walk);
  };
  walk(source);
  return texts;
}

/** The fragments an operation spreads, directly or through other fragments. */
function fragmentsUsed(root: DocumentNode, fragments: Map<string, FragmentDefinitionNode>): FragmentDefinitionNode[] {
  const used = new Map<string, FragmentDefinitionNode>();
  const collect = (node: DocumentNode | FragmentDefinitionNode): void => {
    visit(node, {
      FragmentSpread(spread) {
        const fragment = fragments.get(spread.name.value);
        if (!fragment || used.has(fragment.name.value)) return;
        used.set(fragment.name.value, fragment);
        collect(fragment);
      },
    });
  };
  collect(root);
  return [...used.values()];
}

/**
 * The poll board's operations exactly as the app sends them (read from its source, no build needed),
 * by operation name, each with the fragments it uses, as codegen's client preset joins them.
 */
export function pollBoardDocuments(): Record<string, DocumentNode> {
  const definitions = graphqlCallTexts(join(POLL_BOARD, 'src/operations.ts')).flatMap(
    (text) => parse(text).definitions,
  );
  const fragments = new Map(
    definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const documents: Record<string, DocumentNode> = {};
  for (const definition of definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION || !definition.name) continue;
    const operation: DocumentNode = { kind: Kind.DOCUMENT, definitions: [definition] };
    documents[definition.name.value] = {
      kind: Kind.DOCUMENT,
      definitions: [definition, ...fragmentsUsed(operation, fragments)],
    };
  }
  return documents;
}
