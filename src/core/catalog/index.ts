export { parseCatalog, type ParsedCatalog } from './parse';
export { addEntityToCatalog, removeEntityFromCatalog } from './edit';
export { addIgnoredName, removeIgnoredName } from './ignore';
export { replaceEntityInCatalog } from './entityEdit';
export { slugifyEntityId } from './slug';
export type { YamlProblem } from '../yaml/problems';
