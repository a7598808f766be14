export { useNoBatching } from './batching.plugin';
export { useCostLimit } from './cost.plugin';
export { useDocumentSizeLimit } from './document-size.plugin';
export { introspectionPolicy } from './introspection';
export { useRateLimit } from './rate-limit.plugin';
export { useShapeLimits } from './shape.plugin';
export { useTokenLimit } from './tokens.plugin';
export { documentId, loadTrustedDocuments } from './trusted-documents';
export { useTrustedDocuments } from './trusted-documents.plugin';
