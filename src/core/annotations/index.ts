export { parseSidecar, serializeSidecar, compareAnnotations, type ParsedSidecar } from './sidecar';
export { quoteSelector, reanchor, newAnnotationId, CONTEXT_LENGTH } from './anchor';
