// Link a mention to a catalog entity: an annotation that carries the entity id.

import * as vscode from 'vscode';
import type { CorpusSession } from '../session';
import type { Annotation } from '../../core/model';
import { TYPE_NAMES } from '../../core/service';
import { selectionTarget } from './selectionTarget';
import { reportAnnotationError } from './errors';

export function registerLinkToEntity(session: CorpusSession): vscode.Disposable {
  return vscode.commands.registerCommand(
    'corpusLens.linkToEntity',
    async (entity?: string, range?: vscode.Range): Promise<Annotation | undefined> => {
      const target = selectionTarget(session, range);
      if (!target) return undefined;
      const id =
        entity ??
        (
          await vscode.window.showQuickPick(
            session.service.catalog().entities.map((e) => ({ label: e.name, description: `${TYPE_NAMES[e.type]} · ${e.id}`, detail: e.description, id: e.id })),
            { title: `Link “${target.text}” to`, matchOnDescription: true },
          )
        )?.id;
      if (!id) return undefined;
      return reportAnnotationError(() => target.service.annotate({ uri: target.uri, span: target.span, entity: id }));
    },
  );
}
