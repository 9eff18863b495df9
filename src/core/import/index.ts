// The import formats: pure readers from text to ImportedSpan.
export { ImportFormatError, type ImportedArticle, type ImportedSpan } from './span';
export { readBratAnn } from './brat';
export { readJsonlLine } from './jsonl';
export { readW3c } from './w3c';
