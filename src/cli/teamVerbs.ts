// The verbs for annotating as a team through git: merge-driver, git-setup
// and agreement. Exit codes follow DESIGN.md's (2 for bad usage).

import { agreement } from './agreement';
import { gitSetup, shellQuote } from './gitSetup';
import { mergeDriver } from './mergeDriver';
import { DEFAULT_MAX_FILE_SIZE, UsageError, stringOption, type Verb } from './verb';

export const mergeDriverVerb: Verb = {
  name: 'merge-driver',
  usage: `usage: corpus-lens merge-driver <ancestor> <ours> <theirs> <path>

git's %O %A %B %P: merges a sidecar or the catalog by id, writes the result
over <ours>; exit 1 on a conflict (kept in the file as status: conflict).
Set it up with corpus-lens git-setup.`,
  options: {},
  async run(_values, positionals, io) {
    if (positionals.length !== 4) throw new UsageError('merge-driver takes four arguments: %O %A %B %P');
    const [base, ours, theirs, path] = positionals;
    return mergeDriver({ base, ours, theirs, path, maxFileSize: DEFAULT_MAX_FILE_SIZE, err: io.err });
  },
};

export const agreementVerb: Verb = {
  name: 'agreement',
  usage: `usage: corpus-lens agreement <folder A> <folder B> [--format text|json]
       corpus-lens agreement [<folder>] --rev <A> --rev <B> [--format text|json]

Exact-span and overlap F1 and Cohen's kappa between two annotators, per
article, per type and overall, and the list of disagreements.`,
  options: { rev: { type: 'string', multiple: true }, format: { type: 'string', default: 'text' } },
  async run(values, positionals, io) {
    const format = stringOption(values, 'format');
    if (format !== 'text' && format !== 'json') throw new UsageError(`unknown format: ${format} (text or json)`);
    const revs = (values.rev ?? []) as string[];
    if (revs.length ? revs.length !== 2 || positionals.length > 1 : positionals.length !== 2) {
      throw new UsageError('agreement compares two folders, or two --rev of one folder');
    }
    return agreement({ folders: positionals, revs, format, maxFileSize: DEFAULT_MAX_FILE_SIZE, out: io.out, err: io.err });
  },
};

export const gitSetupVerb: Verb = {
  name: 'git-setup',
  usage: `usage: corpus-lens git-setup [--command <how git runs corpus-lens>] [--catalog entities.yaml]

Writes the .gitattributes lines and the git config entry of the merge driver,
printing what it did.`,
  options: { command: { type: 'string' }, catalog: { type: 'string', default: 'entities.yaml' } },
  async run(values, _positionals, io) {
    // this very script, by absolute paths, unless the team has corpus-lens on its PATH
    const command = stringOption(values, 'command') ?? `${shellQuote(process.execPath)} ${shellQuote(process.argv[1])}`;
    return gitSetup({ cwd: process.cwd(), command, catalog: stringOption(values, 'catalog') ?? 'entities.yaml', out: io.out, err: io.err });
  },
};
