// Edit the note, tags, type or entity of an annotation; delete one.

import * as vscode from 'vscode';
import type { CorpusSession } from '../session';
import { TYPE_NAMES, type AnnotationUpdate } from '../../core/service';
import { pickEntityType } from './pickEntityType';
import type { AnnotationsTreeNode } from '../views/annotationsTree';
import { resolveAnnotationTarget, type AnnotationTarget } from './annotationTarget';
import { reportAnnotationError } from './errors';

export function registerEditAnnotation(session: CorpusSession): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('corpusLens.editAnnotation', async (target?: AnnotationTarget | AnnotationsTreeNode, update?: AnnotationUpdate) => {
      const resolved = await resolveAnnotationTarget(session, target);
      if (!resolved) return undefined;
      const changes = update ?? (await askUpdate(session, resolved));
      if (!changes) return undefined;
      return reportAnnotationError(() => session.service.updateAnnotation(resolved.uri, resolved.id, changes));
    }),
    /** True when deleted; false when there was nothing to delete or the change was refused (the message says why). */
    vscode.commands.registerCommand('corpusLens.deleteAnnotation', async (target?: AnnotationTarget | AnnotationsTreeNode): Promise<boolean> => {
      const resolved = await resolveAnnotationTarget(session, target);
      if (!resolved) return false;
      const deleted = await reportAnnotationError(() => session.service.deleteAnnotation(resolved.uri, resolved.id).then(() => true));
      if (deleted) vscode.window.setStatusBarMessage('Corpus Lens: annotation deleted', 3000);
      return deleted ?? false;
    }),
  );
}

async function askUpdate(session: CorpusSession, target: AnnotationTarget): Promise<AnnotationUpdate | undefined> {
  const current = session.service.analysis(target.uri)?.annotations.find((a) => a.annotation.id === target.id)?.annotation;
  if (!current) return undefined;
  const field = await vscode.window.showQuickPick(
    [
      { label: 'Note', detail: current.note ?? '(none)', key: 'note' as const },
      { label: 'Tags', detail: current.tags?.join(', ') || '(none)', key: 'tags' as const },
      { label: 'Type', detail: current.type ?? '(none)', key: 'type' as const },
      { label: 'Entity', detail: current.entity ?? '(none)', key: 'entity' as const },
    ],
    { title: `Edit annotation on “${current.exact}”`, placeHolder: 'Field to edit' },
  );
  if (!field) return undefined;
  switch (field.key) {
    case 'note': {
      const note = await vscode.window.showInputBox({ prompt: 'Note (empty removes it)', value: current.note ?? '' });
      return note === undefined ? undefined : { note: note || null };
    }
    case 'tags': {
      const tags = await vscode.window.showInputBox({ prompt: 'Tags, comma-separated (empty removes them)', value: current.tags?.join(', ') ?? '' });
      return tags === undefined ? undefined : { tags: splitTags(tags) };
    }
    case 'type': {
      const type = await pickEntityType(current.type);
      return type ? { type } : undefined;
    }
    case 'entity': {
      const items = [
        { label: '$(circle-slash) No entity', id: null as string | null },
        ...session.service.catalog().entities.map((e) => ({ label: e.name, description: `${TYPE_NAMES[e.type]} · ${e.id}`, id: e.id as string | null })),
      ];
      const picked = await vscode.window.showQuickPick(items, { placeHolder: 'Entity' });
      return picked && { entity: picked.id };
    }
  }
}

export function splitTags(text: string): string[] | null {
  const tags = text.split(',').map((t) => t.trim()).filter(Boolean);
  return tags.length ? tags : null;
}
