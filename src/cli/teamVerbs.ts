// The verbs for annotating as a team through git: merge-driver, git-setup
// (and agreement). Each parses its own arguments; the exit codes follow
// DESIGN.md's (2 for bad usage).

import { parseArgs } from 'node:util';
import { agreement } from './agreement';
import { gitSetup, shellQuote } from './gitSetup';
import { mergeDriver } from './mergeDriver';

export const TEAM_USAGE = `       corpus-lens merge-driver <ancestor> <ours> <theirs> <path>   (git's %O %A %B %P; set up by git-setup)
       corpus-lens git-setup [--command <how git runs corpus-lens>] [--catalog entities.yaml]
       corpus-lens agreement <folder A> <folder B> [--format text|json]
       corpus-lens agreement [<folder>] --rev <A> --rev <B> [--format text|json]`;

export type Verb = (args: string[], io: VerbIo) => Promise<number>;

export interface VerbIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly usage: (message: string) => number;
  readonly maxFileSize: number;
}

export const TEAM_VERBS: Readonly<Record<string, Verb>> = {
  'merge-driver': async (args, io) => {
    if (args.length !== 4) return io.usage('merge-driver takes four arguments: %O %A %B %P');
    const [base, ours, theirs, path] = args;
    return mergeDriver({ base, ours, theirs, path, maxFileSize: io.maxFileSize, err: io.err });
  },
  agreement: async (args, io) => {
    let parsed;
    try {
      parsed = parseArgs({ args, allowPositionals: true, options: { rev: { type: 'string', multiple: true }, format: { type: 'string', default: 'text' } } });
    } catch (e) {
      return io.usage(e instanceof Error ? e.message : String(e));
    }
    const { values, positionals } = parsed;
    const revs = values.rev ?? [];
    if (values.format !== 'text' && values.format !== 'json') return io.usage(`unknown format: ${values.format} (text or json)`);
    if (revs.length ? revs.length !== 2 || positionals.length > 1 : positionals.length !== 2) {
      return io.usage('agreement compares two folders, or two --rev of one folder');
    }
    return agreement({ folders: positionals, revs, format: values.format, maxFileSize: io.maxFileSize, out: io.out, err: io.err });
  },
  'git-setup': async (args, io) => {
    let values;
    try {
      ({ values } = parseArgs({ args, options: { command: { type: 'string' }, catalog: { type: 'string', default: 'entities.yaml' } } }));
    } catch (e) {
      return io.usage(e instanceof Error ? e.message : String(e));
    }
    // this very script, by absolute paths, unless the team has corpus-lens on its PATH
    const command = values.command ?? `${shellQuote(process.execPath)} ${shellQuote(process.argv[1])}`;
    return gitSetup({ cwd: process.cwd(), command, catalog: values.catalog ?? 'entities.yaml', out: io.out, err: io.err });
  },
};
