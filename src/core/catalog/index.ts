export { parseCatalog, type ParsedCatalog } from './parse';
export { addEntityToCatalog } from './edit';
export { slugifyEntityId } from './slug';
export type { YamlProblem } from '../yaml/problems';
