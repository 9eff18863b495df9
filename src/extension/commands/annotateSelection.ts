// "Corpus Lens: Annotate Selection": asks for the entity (existing or new),
// its type and an optional note, then writes the article's sidecar. Tests and
// other extensions can pass the answers as an argument to skip the prompts.

import * as vscode from 'vscode';
import type { CorpusSession } from '../session';
import type { Annotation, EntityType } from '../../core/model';
import { ENTITY_TYPES } from '../../core/model';
import type { AnnotationFields } from '../../core/service';
import { selectionTarget } from './selectionTarget';
import { reportAnnotationError } from './errors';

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

const NEW_ENTITY = Symbol('new');
const NO_ENTITY = Symbol('none');

/** Asks for the entity, type and note of a new annotation on `selected`; undefined when cancelled. */
export async function askAnnotationFields(
  session: CorpusSession,
  selected: string,
  recognized: string | undefined,
  recognizedType: EntityType | undefined,
): Promise<AnnotateAnswers | undefined> {
  type Item = vscode.QuickPickItem & { id: string | typeof NEW_ENTITY | typeof NO_ENTITY };
  const entities = [...session.service.catalog().entities].sort((a, b) =>
    a.id === recognized ? -1 : b.id === recognized ? 1 : a.name.localeCompare(b.name),
  );
  const items: Item[] = [
    { id: NEW_ENTITY, label: `$(add) New entity “${selected}”`, description: 'adds it to the catalog' },
    { id: NO_ENTITY, label: '$(circle-slash) No entity', description: 'a note on the text only' },
    ...entities.map((e): Item => ({ id: e.id, label: e.name, description: `${e.type} · ${e.id}`, detail: e.description })),
  ];
  const picked = await vscode.window.showQuickPick(items, {
    title: `Annotate “${selected}”`,
    placeHolder: 'Entity',
    matchOnDescription: true,
  });
  if (!picked) return undefined;
  const entity = typeof picked.id === 'string' ? picked.id : undefined;
  const catalogType = entity ? session.service.catalog().entities.find((e) => e.id === entity)?.type : undefined;
  const type = catalogType ?? (await pickType(recognizedType));
  if (!type) return undefined;
  const note = await vscode.window.showInputBox({ title: `Annotate “${selected}”`, prompt: 'Note (optional)' });
  if (note === undefined) return undefined;
  return { entity, newEntityName: picked.id === NEW_ENTITY ? selected : undefined, type, note };
}

async function pickType(suggested: EntityType | undefined): Promise<EntityType | undefined> {
  const ordered = suggested ? [suggested, ...ENTITY_TYPES.filter((t) => t !== suggested)] : ENTITY_TYPES;
  return (await vscode.window.showQuickPick([...ordered], { placeHolder: 'Type' })) as EntityType | undefined;
}
