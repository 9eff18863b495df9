// The entity question of Annotate: the catalog entity that the selection
// names (by name or alias), or the recognised entity under it, comes first
// so that Enter picks it; a new entity whose name the catalog already has
// is confirmed first, with the existing one offered instead.

import * as vscode from 'vscode';
import type { Catalog, CatalogEntity } from '../../core/model';
import { catalogEntitiesNamed, TYPE_NAMES } from '../../core/service';

export const NEW_ENTITY = Symbol('new');
export const NO_ENTITY = Symbol('none');

export type EntityItem = vscode.QuickPickItem & { id: string | typeof NEW_ENTITY | typeof NO_ENTITY };

/** The picker's items, best first: the entity the selection names or the recogniser found, then New, None, the rest by name. */
export function entityPickItems(catalog: Catalog, selected: string, recognized: string | undefined): EntityItem[] {
  const named = catalogEntitiesNamed(catalog, selected);
  const recognizedEntity = catalog.entities.find((e) => e.id === recognized);
  const first = [...named, ...(recognizedEntity && !named.includes(recognizedEntity) ? [recognizedEntity] : [])];
  const rest = catalog.entities.filter((e) => !first.includes(e)).sort((a, b) => a.name.localeCompare(b.name));
  const item = (e: CatalogEntity, why?: string): EntityItem => ({
    id: e.id,
    label: e.name,
    description: `${TYPE_NAMES[e.type]} · ${e.id}${why ? ` · ${why}` : ''}`,
    detail: e.description,
  });
  return [
    ...first.map((e) => item(e, named.includes(e) ? (e.name === selected ? 'this name' : `alias “${selected}”`) : 'recognised here')),
    { id: NEW_ENTITY, label: `$(add) New entity “${selected}”`, description: 'adds it to the catalog' },
    { id: NO_ENTITY, label: '$(circle-slash) No entity', description: 'a note on the text only' },
    ...rest.map((e) => item(e)),
  ];
}

/**
 * Before a new entity named `name` is added: when the catalog has the name
 * already, asks whether to use that entity instead. Returns the entity id to
 * use, NEW_ENTITY to add the new one anyway, or undefined when cancelled.
 */
export async function confirmNewEntity(catalog: Catalog, name: string): Promise<string | typeof NEW_ENTITY | undefined> {
  const [existing] = catalogEntitiesNamed(catalog, name);
  if (!existing) return NEW_ENTITY;
  const use = `Use ${existing.name}`;
  const add = 'Add a New Entity Anyway';
  const answer = await vscode.window.showWarningMessage(
    `“${name}” is already in the catalog: ${existing.name} (${existing.id}${existing.name === name ? '' : `, alias “${name}”`}).`,
    { modal: true },
    use,
    add,
  );
  return answer === use ? existing.id : answer === add ? NEW_ENTITY : undefined;
}
