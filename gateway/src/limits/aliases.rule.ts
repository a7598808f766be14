import { Kind, type ASTVisitor, type SelectionSetNode, type ValidationContext, type ValidationRule } from 'graphql';
import { fragmentsOf, memoizeFragments } from './fragments';
import { LimitError } from './limit-error';

/**
 * Refuses operations with more than `maxAliases` aliases: aliases let one small document ask for
 * the same expensive field hundreds of times (an "alias bomb"). Aliases inside a fragment count
 * once per spread, so hiding them in a fragment spread many times gains nothing.
 */
export function aliasesRule(maxAliases: number): ValidationRule {
  return function AliasCountRule(context: ValidationContext): ASTVisitor {
    const fragmentAliases = memoizeFragments(fragmentsOf(context.getDocument()), 0, (f) => aliasesIn(f.selectionSet));
    function aliasesIn(set: SelectionSetNode | undefined): number {
      let count = 0;
      for (const sel of set?.selections ?? []) {
        if (sel.kind === Kind.FIELD) count += (sel.alias ? 1 : 0) + aliasesIn(sel.selectionSet);
        else if (sel.kind === Kind.INLINE_FRAGMENT) count += aliasesIn(sel.selectionSet);
        else count += fragmentAliases(sel.name.value);
      }
      return count;
    }
    return {
      OperationDefinition(node) {
        const count = aliasesIn(node.selectionSet);
        if (count > maxAliases) {
          context.reportError(new LimitError('TOO_MANY_ALIASES', `the operation uses ${count} aliases; at most ${maxAliases} are allowed`));
        }
        return false;
      },
    };
  };
}
