// `validate`: checks of sidecars and the catalog beyond reading them.
export { sidecarIntegrity } from './integrity';
export { schemaProblems, type SchemaError } from './schema';
export type { YamlProblem } from '../yaml/problems';
