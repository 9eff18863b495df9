// The export formats: pure writers from ExportArticle to text.
export { exportArticle, type ExportArticle, type ExportSpan, type SpanType } from './article';
export { bratAnn, bratAnnotationConf, bratStem, bratToolsConf } from './brat';
export { conllDocument } from './conll';
export { csvHeader, csvRows } from './csv';
export { jsonlLine } from './jsonl';
export { w3cCollection } from './w3c';
