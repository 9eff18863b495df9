// "Corpus Lens: Annotate Selection": asks for the entity (existing or new),
// its type and an optional note, then writes the article's sidecar. Tests and
// other extensions can pass the answers as an argument to skip the prompts.

import * as vscode from 'vscode';
import type { CorpusSession } from '../session';
import type { Annotation, EntityType } from '../../core/model';
import type { AnnotationFields } from '../../core/service';
import { selectionTarget } from './selectionTarget';
import { reportAnnotationError } from './errors';
import { confirmNewEntity, entityPickItems, NEW_ENTITY } from './entityPicker';
import { pickEntityType } from './pickEntityType';

export interface AnnotateAnswers {
  /** Catalog id of an existing entity. */
  readonly entity?: string;
  /** Name of a new entity to add to the catalog. */
  readonly newEntityName?: string;
  readonly type?: EntityType;
  readonly note?: string;
  readonly tags?: readonly string[];
}

export function registerAnnotateSelection(session: CorpusSession): vscode.Disposable {
  return vscode.commands.registerCommand(
    'corpusLens.annotateSelection',
    async (answers?: AnnotateAnswers, range?: vscode.Range): Promise<Annotation | undefined> => {
      const target = selectionTarget(session, range);
      if (!target) return undefined;
      const fields = answers ?? (await askAnnotationFields(session, target.text, target.mention?.entity ?? undefined, target.mention?.type));
      if (!fields) return undefined;
      const annotation = await reportAnnotationError(() =>
        target.service.annotate({ uri: target.uri, span: target.span, ...toAnnotationFields(fields) }),
      );
      if (annotation) vscode.window.setStatusBarMessage(`Corpus Lens: annotated “${target.text}”`, 3000);
      return annotation;
    },
  );
}

export function toAnnotationFields(answers: AnnotateAnswers): AnnotationFields {
  return {
    entity: answers.entity,
    newEntity: answers.newEntityName ? { name: answers.newEntityName, type: answers.type ?? 'other' } : undefined,
    type: answers.type,
    note: answers.note,
    tags: answers.tags,
  };
}

/** Asks for the entity, type and note of a new annotation on `selected`; undefined when cancelled. */
export async function askAnnotationFields(
  session: CorpusSession,
  selected: string,
  recognized: string | undefined,
  recognizedType: EntityType | undefined,
): Promise<AnnotateAnswers | undefined> {
  const catalog = session.service.catalog();
  const items = entityPickItems(catalog, selected, recognized);
  const picked = await vscode.window.showQuickPick(items, {
    title: `Annotate “${selected}”`,
    placeHolder: 'Entity',
    matchOnDescription: true,
  });
  if (!picked) return undefined;
  const choice = picked.id === NEW_ENTITY ? await confirmNewEntity(catalog, selected) : picked.id;
  if (choice === undefined) return undefined;
  const entity = typeof choice === 'string' ? choice : undefined;
  const catalogType = entity ? session.service.catalog().entities.find((e) => e.id === entity)?.type : undefined;
  const type = catalogType ?? (await pickEntityType(recognizedType));
  if (!type) return undefined;
  const note = await vscode.window.showInputBox({ title: `Annotate “${selected}”`, prompt: 'Note (optional)' });
  if (note === undefined) return undefined;
  return { entity, newEntityName: choice === NEW_ENTITY ? selected : undefined, type, note };
}
