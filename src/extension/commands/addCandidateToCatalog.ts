// "Add Name to Catalog": a name the catalog lacks goes into entities.yaml,
// with its variant spellings (Kiev/Kyiv/Kiyv) as aliases, after asking its
// type, id and description; a new entities.yaml only when the user agrees.
// Escape at any question writes nothing. The questions are an argument, so
// the integration tests answer them without a mock of VS Code.

import * as vscode from 'vscode';
import type { CorpusSession } from '../session';
import type { CatalogEntity, EntityType } from '../../core/model';
import { countsLabel, TYPE_NAMES } from '../../core/service';
import { uriFileName } from '../../core/ports';
import type { EntitiesTreeNode } from '../views/entitiesTree';
import { fromVsPosition } from '../adapters/convert';
import { reportAnnotationError } from './errors';
import { openCatalogEntry } from './openCatalogEntry';
import { pickEntityType } from './pickEntityType';

/** What the command asks; undefined (or false) is the user pressing Escape. */
export interface CatalogPrompts {
  /** The new entry's type, the recognised one offered first. */
  type(name: string, recognised: EntityType): Thenable<EntityType | undefined>;
  /** Its id, `suggested` prefilled; `problem` says why an id cannot be used. */
  id(name: string, suggested: string, problem: (id: string) => string | undefined): Thenable<string | undefined>;
  /** Its description; empty for none. */
  description(name: string): Thenable<string | undefined>;
  /** Whether to create the catalog file, which does not exist yet. */
  createCatalog(fileName: string, name: string): Thenable<boolean>;
  /** Says the entry was added; true when the user asks to open it. */
  added(entity: CatalogEntity, fileName: string): Thenable<boolean>;
}

const OPEN_ENTRY = 'Open Entry';
const CREATE = 'Create';

export const windowPrompts: CatalogPrompts = {
  type: (_name, recognised) => pickEntityType(recognised),
  id: (name, suggested, problem) =>
    vscode.window.showInputBox({
      title: `Add “${name}” to the catalog`,
      prompt: 'Id: lower-case letters, digits and hyphens, unique in the catalog',
      value: suggested,
      validateInput: problem,
    }),
  description: (name) =>
    vscode.window.showInputBox({
      title: `Add “${name}” to the catalog`,
      prompt: 'Description (optional: Enter leaves it out)',
      placeHolder: 'e.g. President of Syria',
    }),
  createCatalog: async (fileName, name) =>
    (await vscode.window.showInformationMessage(
      `There is no ${fileName} in this folder yet. Create it, with “${name}” as its first entry?`,
      { modal: true },
      CREATE,
    )) === CREATE,
  added: async (entity, fileName) =>
    (await vscode.window.showInformationMessage(`Corpus Lens: added ${entity.name} (${entity.id}) to ${fileName}.`, OPEN_ENTRY)) === OPEN_ENTRY,
};

export function registerAddCandidateToCatalog(session: CorpusSession): vscode.Disposable {
  return vscode.commands.registerCommand(
    'corpusLens.addCandidateToCatalog',
    async (target?: string | EntitiesTreeNode, prompts: CatalogPrompts = windowPrompts): Promise<CatalogEntity | undefined> => {
      const key = typeof target === 'string' ? target : target?.kind === 'entity' ? target.summary.key : await pickCandidate(session);
      if (!key) return undefined;
      const service = session.service;
      const candidate = service.candidates().find((c) => c.keys.includes(key));
      if (!candidate) {
        void vscode.window.showWarningMessage('Corpus Lens: that name is already in the catalog, or no longer in the corpus.');
        return undefined;
      }
      const health = service.catalogHealth();
      if (health === 'lastGood' || health === 'unparsed') {
        // before any question: the write would be refused
        void vscode.window.showErrorMessage('Corpus Lens: Not added: the catalog does not parse; fix it first (see Problems). Nothing was written.');
        return undefined;
      }
      const catalogUri = service.catalogUri();
      const fileName = catalogUri ? uriFileName(catalogUri) : 'entities.yaml';
      if (catalogUri && health === 'none' && !(await prompts.createCatalog(fileName, candidate.name))) return undefined;
      const type = await prompts.type(candidate.name, candidate.type);
      if (!type) return undefined;
      const id = await prompts.id(candidate.name, service.suggestEntityId(candidate.name), (v) => service.entityIdProblem(v));
      if (id === undefined) return undefined;
      const description = await prompts.description(candidate.name);
      if (description === undefined) return undefined;
      const added = await reportAnnotationError(() => service.addCandidateToCatalog(key, { type, id, description }), 'Not added');
      if (added && (await prompts.added(added, fileName))) await openCatalogEntry(session, added.id);
      return added;
    },
  );
}

/** The candidate under the cursor, else one picked from the list of candidates. */
async function pickCandidate(session: CorpusSession): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  const mention = editor && session.sync(editor.document)?.mentionAt(editor.document.uri.toString(), fromVsPosition(editor.selection.active));
  if (mention && mention.entity === null) return mention.key;
  const picked = await vscode.window.showQuickPick(
    session.service.candidates().map((c) => ({
      label: c.name,
      description: `${TYPE_NAMES[c.type]} · ${countsLabel(c)}`,
      detail: c.spellings.length > 1 ? `also ${c.spellings.filter((s) => s !== c.name).join(', ')}` : undefined,
      key: c.keys[0],
    })),
    { placeHolder: 'Name to add to the catalog', matchOnDetail: true },
  );
  return picked?.key;
}
