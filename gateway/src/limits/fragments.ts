import { Kind, type DocumentNode, type FragmentDefinitionNode } from 'graphql';

/** The document's fragment definitions by name, for rules that follow spreads themselves. */
export function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  return fragments;
}

/**
 * Measures each fragment once, however often it is spread: without the memo a chain of fragments
 * that each spread the next twice costs 2^n steps, which is itself a denial of service. A fragment
 * cycle (reported by the standard NoFragmentCycles rule) and an unknown fragment measure `empty`.
 */
export function memoizeFragments<T>(
  fragments: Map<string, FragmentDefinitionNode>,
  empty: T,
  measure: (fragment: FragmentDefinitionNode) => T,
): (name: string) => T {
  const memo = new Map<string, T>();
  const inProgress = new Set<string>();
  return (name) => {
    const known = memo.get(name);
    if (known !== undefined) return known;
    const fragment = fragments.get(name);
    if (!fragment || inProgress.has(name)) return empty;
    inProgress.add(name);
    const value = measure(fragment);
    inProgress.delete(name);
    memo.set(name, value);
    return value;
  };
}
