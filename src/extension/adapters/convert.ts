// The one place where the core's plain data becomes VS Code types and back.
// Offsets were already turned into line/UTF-16 positions by the core's
// TextMap; this only changes the shape.

import * as vscode from 'vscode';
import type { Location, Position, Range } from '../../core/model';
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

export function snapshotOf(document: vscode.TextDocument): TextSnapshot {
  return { uri: document.uri.toString(), version: document.version, getText: () => document.getText() };
}
