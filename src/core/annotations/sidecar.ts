export { parseSidecar, type ParsedSidecar } from './sidecar-read';
export { serializeSidecar, compareAnnotations } from './sidecar-write';
