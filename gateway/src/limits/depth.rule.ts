import { Kind, type ASTVisitor, type SelectionSetNode, type ValidationContext, type ValidationRule } from 'graphql';
import { fragmentsOf, memoizeFragments } from './fragments';
import { LimitError } from './limit-error';

/**
 * Refuses operations nested deeper than `maxDepth` fields (`{ youth { district { name } } }` is 3):
 * every level can fan out to another partner, so depth bounds the upstream work of one request.
 * Fragments count as the fields they contain. `ofType` is not counted: it only unwraps a type
 * reference in introspection, is bounded by the schema, and GraphiQL's introspection query nests
 * it nine times.
 */
export function depthRule(maxDepth: number): ValidationRule {
  return function QueryDepthRule(context: ValidationContext): ASTVisitor {
    const fragmentDepth = memoizeFragments(fragmentsOf(context.getDocument()), 0, (f) => depthOf(f.selectionSet));
    function depthOf(set: SelectionSetNode | undefined): number {
      let max = 0;
      for (const sel of set?.selections ?? []) {
        const depth =
          sel.kind === Kind.FIELD
            ? (sel.name.value === 'ofType' ? 0 : 1) + depthOf(sel.selectionSet)
            : sel.kind === Kind.INLINE_FRAGMENT
              ? depthOf(sel.selectionSet)
              : fragmentDepth(sel.name.value);
        max = Math.max(max, depth);
      }
      return max;
    }
    return {
      OperationDefinition(node) {
        const depth = depthOf(node.selectionSet);
        if (depth > maxDepth) {
          context.reportError(new LimitError('QUERY_TOO_DEEP', `the operation is nested ${depth} levels deep; at most ${maxDepth} are allowed`));
        }
        return false;
      },
    };
  };
}
