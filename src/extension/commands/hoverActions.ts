// The commands behind the hover card's links (HOVER_COMMANDS in the core).
// A command link carries plain JSON, so each takes the article's URI as a
// string and positions as { line, character }, and acts on that place.

import * as vscode from 'vscode';
import type { CorpusSession } from '../session';
import type { Annotation, Position, Range } from '../../core/model';
import { HOVER_COMMANDS } from '../../core/service';
import { toVsPosition, toVsRange } from '../adapters/convert';
import type { AnnotateAnswers } from './annotateSelection';
import { openCatalogEntry } from './openCatalogEntry';
import { showLocation } from './showLocation';

/** Find All References (the References view of VS Code's built-in extension); Peek References where it is disabled. */
const REFERENCES_VIEW = 'references-view.findReferences';
const PEEK_REFERENCES = 'editor.action.referenceSearch.trigger';

export function registerHoverActions(session: CorpusSession): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(HOVER_COMMANDS.findReferences, async (uri: string, position: Position): Promise<void> => {
      const at = toVsPosition(position);
      await showLocation(new vscode.Location(vscode.Uri.parse(uri), at));
      const commands = await vscode.commands.getCommands(true);
      await vscode.commands.executeCommand(commands.includes(REFERENCES_VIEW) ? REFERENCES_VIEW : PEEK_REFERENCES);
    }),
    vscode.commands.registerCommand(HOVER_COMMANDS.openCatalogEntry, async (id: string): Promise<boolean> => {
      const opened = await openCatalogEntry(session, id);
      if (!opened) void vscode.window.showWarningMessage(`Corpus Lens: the catalog has no entry “${id}” any more.`);
      return opened;
    }),
    // answers: as Annotate Selection takes them, to skip the prompts (tests)
    vscode.commands.registerCommand(
      HOVER_COMMANDS.annotate,
      async (uri: string, range: Range, answers?: AnnotateAnswers): Promise<Annotation | undefined> => {
        const target = toVsRange(range);
        await showLocation(new vscode.Location(vscode.Uri.parse(uri), target));
        return vscode.commands.executeCommand<Annotation | undefined>('corpusLens.annotateSelection', answers, target);
      },
    ),
  );
}
