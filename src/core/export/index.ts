// The export formats: pure writers from ExportArticle to text.
export { exportArticle, type ExportArticle, type ExportSpan, type SpanType } from './article';
export { bratStem } from './brat';
export { EXPORT_FILE_NAME, EXPORT_FORMATS, exportPieces, type ExportFormat, type ExportPiece, type SingleFileFormat } from './files';
