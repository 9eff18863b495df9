// Services the way the CLI builds them: the real core over the file system.

import type { RecognizerData } from '../src/core/recognize/entities';
import { createCorpusService, type CorpusService, type WarmStartSnapshot } from '../src/core/service';
import { NodeWorkspace } from '../src/node/nodeWorkspace';
import type { IWorkspace, OpenOffThreadRecognizer } from '../src/core/ports';

export function corpusService(
  files: readonly string[],
  catalog: string | undefined,
  data: RecognizerData,
  loadWarmStart?: () => Promise<WarmStartSnapshot>,
  openOffThread?: OpenOffThreadRecognizer,
): CorpusService {
  return createCorpusService({ workspace: new NodeWorkspace(files, catalog), data: () => data, recognizerVersion: 'bench', loadWarmStart, openOffThread });
}

/** A service that knows only the catalog: service.recognize() then matches catalog names too. */
export async function recognitionService(catalogText: string, data: RecognizerData): Promise<CorpusService> {
  const catalogUri = 'bench:/entities.yaml';
  const bytes = new TextEncoder().encode(catalogText);
  const workspace: IWorkspace = {
    catalogUri,
    listArticles: async () => [],
    listSidecars: async () => [],
    readFile: async (uri) => (uri === catalogUri ? { kind: 'file', bytes, mtime: 0 } : { kind: 'missing' }),
    writeFile: async () => {
      throw new Error('the benchmark never writes');
    },
  };
  const service = createCorpusService({ workspace, data: () => data });
  await service.indexAll();
  return service;
}
