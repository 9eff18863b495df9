// The one place where the core's plain data becomes VS Code types and back.
// Offsets were already turned into line/UTF-16 positions by the core's
// TextMap; this only changes the shape.

import * as vscode from 'vscode';
import type { Location, Position, Problem, Range } from '../../core/model';
import type { TextSnapshot } from '../../core/service';

export function toVsPosition(position: Position): vscode.Position {
  return new vscode.Position(position.line, position.character);
}

export function toVsRange(range: Range): vscode.Range {
  return new vscode.Range(toVsPosition(range.start), toVsPosition(range.end));
}

export function toVsLocation(location: Location): vscode.Location {
  return new vscode.Location(vscode.Uri.parse(location.uri), toVsRange(location.range));
}

export function fromVsPosition(position: vscode.Position): Position {
  return { line: position.line, character: position.character };
}

export function fromVsRange(range: vscode.Range): Range {
  return { start: fromVsPosition(range.start), end: fromVsPosition(range.end) };
}

export function snapshotOf(document: vscode.TextDocument): TextSnapshot {
  return { uri: document.uri.toString(), version: document.version, getText: () => document.getText() };
}

/** Where the core says (an orphan's candidate), else one character at its line and column. */
export function toVsDiagnostic(problem: Problem): vscode.Diagnostic {
  // YAML columns are code points; lines of these files are short and almost always BMP, so the column is kept as is
  const at = new vscode.Position(problem.line, problem.column);
  const diagnostic = new vscode.Diagnostic(
    problem.range ? toVsRange(problem.range) : new vscode.Range(at, at.translate(0, 1)),
    problem.code === 'too-large' ? `${problem.message} Raise the limit with the setting corpusLens.maxFileSize.` : problem.message,
    problem.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning,
  );
  diagnostic.source = DIAGNOSTIC_SOURCE;
  if (problem.code) diagnostic.code = problem.code;
  return diagnostic;
}

export const DIAGNOSTIC_SOURCE = 'Corpus Lens';
