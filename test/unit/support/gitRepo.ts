// A git repository made from the sample corpus in a temporary folder, with
// the merge driver set up by the built CLI's `git-setup`, for tests that
// merge two annotators' branches as git does.

import { execFileSync, spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { ROOT } from './corpus';
import { copySampleCorpus, type CorpusFolder } from './realFolder';

export const CLI = path.join(ROOT, 'dist', 'cli.js');

export interface GitCorpus extends CorpusFolder {
  git(...args: string[]): string;
  /** git merge, not throwing: its exit code and what it printed. */
  merge(branch: string): { code: number; output: string };
  commitAll(message: string): void;
}

export function gitCorpus(options: { setup?: boolean } = {}): GitCorpus {
  const folder = copySampleCorpus();
  const env = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org', GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };
  const git = (...args: string[]) => execFileSync('git', args, { cwd: folder.dir, env, encoding: 'utf8' });
  git('init', '-q', '-b', 'main');
  if (options.setup !== false) execFileSync(process.execPath, [CLI, 'git-setup'], { cwd: folder.dir, env, encoding: 'utf8' });
  const commitAll = (message: string) => {
    git('add', '-A');
    git('commit', '-q', '--allow-empty', '-m', message);
  };
  commitAll('base');
  return {
    ...folder,
    git,
    commitAll,
    merge(branch) {
      const r = spawnSync('git', ['merge', '--no-edit', branch], { cwd: folder.dir, env, encoding: 'utf8' });
      return { code: r.status ?? -1, output: r.stdout + r.stderr };
    },
  };
}
