/**
 * @kassel-hub/manifest: the shape of a partner's manifest. It sits above the kit, governance and
 * import packages because a manifest names what each of them defines (a subgraph, statutory
 * releases, export kinds); the registry (packages/registry) lists the manifests.
 */
export * from './partner-manifest';
