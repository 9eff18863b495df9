// Development scorer for the date recogniser against the TIMEX3 gold in
// ../shared/data/eval (TempEval-3 style: strict and relaxed span F1, value
// and type accuracy on relaxed matches). Usage:
//   npx tsx scripts/dev-score-dates.ts [file.jsonl ...] [--errors] [--bench]
import { readFileSync } from 'node:fs';
import { recognizeDates } from '../src/core/recognize/dates';

interface Gold { start: number; end: number; type: string; value: string; text: string }
interface Doc { id: string; text: string; dct: string | null; annotatedUpTo: number | null; timex: Gold[] }

const args = process.argv.slice(2);
const showErrors = args.includes('--errors');
const bench = args.includes('--bench');
const files = args.filter((a) => !a.startsWith('--'));
const defaults = ['meantime-dev.jsonl', 'tbaq-train.jsonl'].map((f) => `${__dirname}/../../shared/data/eval/${f}`);

function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

for (const file of files.length ? files : defaults) {
  const docs: Doc[] = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  let gold = 0, pred = 0, strict = 0, relaxed = 0, valueOk = 0, typeOk = 0, strictValueOk = 0;
  const errors: string[] = [];
  for (const d of docs) {
    const limit = d.annotatedUpTo ?? Infinity;
    const preds = recognizeDates(d.text, d.dct ?? undefined).filter((p) => p.start < limit);
    gold += d.timex.length;
    pred += preds.length;
    const used = new Set<number>();
    for (const g of d.timex) {
      let best = -1;
      for (let i = 0; i < preds.length; i++) {
        if (used.has(i) || preds[i].end <= g.start || preds[i].start >= g.end) continue;
        if (best < 0 || (preds[i].start === g.start && preds[i].end === g.end)) best = i;
      }
      const ctx = d.text.slice(Math.max(0, g.start - 30), g.end + 30).replace(/\n/g, ' ');
      if (best < 0) {
        errors.push(`FN  ${g.type}\t${JSON.stringify(g.text)}\t${g.value}\t| ${ctx}`);
        continue;
      }
      used.add(best);
      const p = preds[best];
      relaxed++;
      const exact = p.start === g.start && p.end === g.end;
      if (exact) strict++;
      else errors.push(`SPAN ${JSON.stringify(p.text)} vs gold ${JSON.stringify(g.text)}\t| ${ctx}`);
      if (p.value.toLowerCase() === g.value.toLowerCase()) {
        valueOk++;
        if (exact) strictValueOk++;
      } else errors.push(`VAL ${JSON.stringify(p.text)} ${p.value} vs gold ${g.value} (dct ${d.dct})\t| ${ctx}  [${p.derivation}]`);
      if (p.type === g.type.toLowerCase()) typeOk++;
      else errors.push(`TYPE ${JSON.stringify(p.text)} ${p.type} vs gold ${g.type}`);
    }
    preds.forEach((p, i) => {
      if (!used.has(i)) errors.push(`FP  ${p.type}\t${JSON.stringify(p.text)}\t${p.value}\t| ${d.text.slice(Math.max(0, p.start - 30), p.end + 30).replace(/\n/g, ' ')}`);
    });
  }
  const sp = strict / pred, sr = strict / gold, rp = relaxed / pred, rr = relaxed / gold;
  const pct = (x: number) => (100 * x).toFixed(1);
  console.log(`${file.split('/').pop()}: gold ${gold}, predicted ${pred}`);
  console.log(`  strict  P ${pct(sp)} R ${pct(sr)} F1 ${pct(f1(sp, sr))}`);
  console.log(`  relaxed P ${pct(rp)} R ${pct(rr)} F1 ${pct(f1(rp, rr))}`);
  console.log(`  value accuracy ${pct(valueOk / relaxed)} (on strict matches ${pct(strictValueOk / strict)}), type accuracy ${pct(typeOk / relaxed)}, TE3 value F1 ${pct(f1(rp, rr) * valueOk / relaxed)}`);
  if (showErrors) console.log(errors.sort().join('\n'));
}

if (bench) {
  const text = defaults.flatMap((f) => readFileSync(f, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as Doc).text));
  const bytes = text.reduce((n, t) => n + Buffer.byteLength(t), 0);
  for (let i = 0; i < 3; i++) for (const t of text) recognizeDates(t, '2022-10-17');
  const rounds = 20;
  const t0 = performance.now();
  for (let i = 0; i < rounds; i++) for (const t of text) recognizeDates(t, '2022-10-17');
  const s = (performance.now() - t0) / 1000;
  console.log(`throughput: ${((bytes * rounds) / s / 1e6).toFixed(1)} MB/s over ${(bytes / 1e6).toFixed(2)} MB`);
}
