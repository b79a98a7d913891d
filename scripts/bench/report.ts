/**
 * The benchmark's results as markdown tables (for docs/performance.md, between
 * its bench markers) and the goals with where each stands. Pure: JSON in, text out.
 */
import type { BrowserResults } from './browser';
import type { CheckerResults } from './checker';
import type { Distribution } from './stats';
import type { JudgmentResults } from './judgment';
import type { PeerResults } from './peers';

export interface BenchResults {
  date: string;
  node: string;
  cpus: string;
  checker: CheckerResults;
  peers: PeerResults;
  /** Absent in results written before the sentence judge existed. */
  judgment?: JudgmentResults;
  browser: BrowserResults | null;
}

export const DOC_START = '<!-- bench:start (written by npm run bench -- --json; do not edit by hand) -->';
export const DOC_END = '<!-- bench:end -->';

const ms = (n: number | null | undefined): string => (n === null || n === undefined || Number.isNaN(n) ? '–' : n < 10 ? n.toFixed(2) : n.toFixed(0));
const count = (n: number): string => Math.round(n).toLocaleString('en-US');
const ratio = (n: number): string => `${n.toFixed(1)}×`;
const max = (values: (number | null)[]): number | null => {
  const known = values.filter((v): v is number => v !== null);
  return known.length ? Math.max(...known) : null;
};

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map((_, i) => (i === 0 ? '---' : '---:'))), ...rows.map(line)].join('\n');
}

interface Goal {
  goal: string;
  measured: string;
  met: boolean | null;
}

export function goals(r: BenchResults): Goal[] {
  const short = r.checker.bands['<= 280 chars'].p95;
  const long = r.checker.bands['~3,000 chars'].p95;
  const alex = r.peers['corpus (all)'].alexRatio;
  const alexWorst = Math.min(...Object.values(r.peers).map((p) => p.alexRatio));
  const list: Goal[] = [
    { goal: 'checker p95 ≤ 1 ms for ≤ 280 characters', measured: `${ms(short)} ms`, met: short <= 1 },
    {
      goal: 'checker p95 ≤ 5 ms for ~3,000 characters',
      measured: `${ms(long)} ms first check of a new draft; ${ms(r.checker.afterEdit.p95)} ms re-check after a one-word edit`,
      met: long <= 5,
    },
    { goal: '≥ 10× alex’s throughput on the same drafts', measured: `${ratio(alex)} on the corpus, ${ratio(alexWorst)} on the band where it is least`, met: alexWorst >= 10 },
  ];
  const j = r.judgment;
  if (j) {
    list.push(
      { goal: 'judge: p95 ≤ 25 ms per sentence, warm', measured: `${ms(j.perSentence.p95)} ms (p50 ${ms(j.perSentence.p50)} ms, ${j.perSentence.count} sentences)`, met: j.perSentence.p95 <= 25 },
      { goal: 'judge: re-check after an edit ≤ 60 ms', measured: `${ms(j.afterEdit.p95)} ms p95 (~3,000-character draft, one word added)`, met: j.afterEdit.p95 <= 60 },
      { goal: 'judge: a 3,000-character paste judged whole ≤ 1 s', measured: `${ms(j.paste3000.p95)} ms p95`, met: j.paste3000.p95 <= 1000 },
      { goal: 'judge: model load ≤ 1.5 s', measured: `${ms(j.loadMs)} ms in Node (+${j.loadRssMB.toFixed(0)} MB resident)`, met: j.loadMs <= 1500 },
      { goal: 'judge: the extension grows ≤ 40 MB', measured: `${j.extensionMB.toFixed(1)} MB (int8 model, tokenizer, ORT's WebAssembly)`, met: j.extensionMB <= 40 },
    );
  }
  const b = r.browser;
  if (b) {
    const added = Math.max(...b.sites.map((s) => s.addedKeyLatencyP95Ms));
    const perKeyP95 = Math.max(...b.sites.map((s) => s.with.typingCpu.perKey.p95));
    const perKeyMean = Math.max(...b.sites.map((s) => s.with.typingCpu.perKey.mean));
    const longTasks = Math.max(...b.sites.map((s) => s.with.longTasks - s.without.longTasks));
    const highlights = max(b.sites.map((s) => s.with.pauseToHighlightsMs));
    const prePost = max(b.sites.map((s) => s.with.clickToDialogMs));
    list.push(
      {
        goal: 'typing latency with the extension within 1 ms of without (p95, worst site)',
        measured: `PostCheck’s main-thread time per keystroke p95 ${ms(perKeyP95)} ms, mean ${ms(perKeyMean)} ms (profiled); key → frame p95 with − without ${ms(added)} ms (moves ±10 ms between runs)`,
        met: perKeyP95 <= 1,
      },
      { goal: 'zero long tasks from the extension', measured: `${longTasks} more than without (worst site)`, met: longTasks <= 0 },
      { goal: 'highlights ≤ 150 ms after typing pauses', measured: `${ms(highlights)} ms (worst site, 120 ms of it the pause itself)`, met: highlights === null ? null : highlights <= 150 },
      { goal: 'pre-post check ≤ 50 ms', measured: `${ms(prePost)} ms click → dialog, 3,000-character draft (worst site)`, met: prePost === null ? null : prePost <= 50 },
      { goal: 'content script ≤ 150 KB gzip', measured: `${Math.round(b.contentScript.gzipBytes / 1024)} KB gzip, both scripts (${Math.round(b.contentScript.bytes / 1024)} KB raw)`, met: b.contentScript.gzipBytes <= 150 * 1024 },
    );
  }
  return list;
}

const AFTER_EDIT = '~3,000 chars, re-checked after a one-word edit';

export function markdown(r: BenchResults): string {
  const parts: string[] = [];
  parts.push(`Measured ${r.date.slice(0, 10)} on ${r.cpus}, Node ${r.node}${r.browser ? `, ${r.browser.chromium}` : ''}.`);
  parts.push(
    '### Goals\n\n' +
      table(
        ['goal', 'measured', 'met'],
        goals(r).map((g) => [g.goal, g.measured, g.met === null ? 'not measured' : g.met ? 'yes' : '**no**']),
      ),
  );
  parts.push(
    `### Checker (Node, pack alexandria)\n\nEach band times first checks of drafts not seen before; the last row times what typing costs, a re-check after one word is added. Cold, in a fresh process: module load and pack parse ${ms(r.checker.cold.loadMs)} ms (tsx compiling the TypeScript sources included), first check ${ms(r.checker.cold.firstCheckMs)} ms.\n\n` +
      table(
        ['drafts', 'count', 'p50 ms', 'p95 ms', 'p99 ms', 'drafts/s', 'characters/s'],
        [...Object.entries(r.checker.bands), [AFTER_EDIT, r.checker.afterEdit] as const].map(([name, t]) => [name, String(t.count), ms(t.p50), ms(t.p95), ms(t.p99), count(t.draftsPerSecond), count(t.charsPerSecond)]),
      ),
  );
  parts.push(
    '### Side by side: alex and compromise’s parse on the same drafts\n\nThe three take turns on the same drafts, a round each, three rounds, each draft by its best; ratio = the other’s time per draft ÷ PostCheck’s (above 1: PostCheck is faster). compromise’s parse of the whole draft is the floor for a checker built on full NLP; PostCheck parses only the sentences a rule asks about.\n\n' +
      table(
        ['drafts', 'PostCheck p50 ms', 'alex p50 ms', 'alex ÷ PostCheck', 'compromise p50 ms', 'compromise ÷ PostCheck'],
        Object.entries(r.peers).map(([name, p]) => [
          name,
          ms(p.postcheck.p50),
          ms(p.alex.p50),
          ratio(p.alexRatio),
          ms(p.compromise.p50),
          ratio(p.compromiseRatio),
        ]),
      ),
  );
  const j = r.judgment;
  if (j) {
    parts.push(
      `### The sentence judge (Node, onnxruntime-web WASM, one thread, model ${j.version})\n\nLoad ${ms(j.loadMs)} ms. Whole checks of ≤ 280-character drafts, with every sentence new to the judge, against the rules alone on the same drafts.\n\n` +
        table(
          ['what', 'count', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms'],
          [
            ['one sentence (warm)', j.perSentence],
            ['~3,000-character paste, every sentence', j.paste3000],
            ['~3,000 characters, re-judged after a one-word edit', j.afterEdit],
            ['≤ 280-character draft: rules + judge', j.shortCheck.judged],
            ['≤ 280-character draft: rules alone', j.shortCheck.rulesOnly],
          ].map(([name, d]) => {
            const t = d as Distribution;
            return [name as string, String(t.count), ms(t.p50), ms(t.p95), ms(t.p99), ms(t.max)];
          }),
        ),
    );
  }
  const b = r.browser;
  if (b) {
    parts.push(
      `### In the browser (${b.typing.chars.toLocaleString('en-US')} characters typed key by key, pausing ${b.typing.pauseMs} ms every ${b.typing.pauseEvery})\n\n` +
        table(
          ['site', 'key → frame p50 / p95 ms, without', 'with', 'added p95 ms', 'long tasks without / with', 'pause → highlights ms', 'Post → dialog ms', 'Post → posted ms, without / with', 'heap MB without / with'],
          b.sites.map((s) => [
            s.site,
            `${ms(s.without.keyLatency.p50)} / ${ms(s.without.keyLatency.p95)}`,
            `${ms(s.with.keyLatency.p50)} / ${ms(s.with.keyLatency.p95)}`,
            ms(s.addedKeyLatencyP95Ms),
            `${s.without.longTasks} / ${s.with.longTasks}`,
            ms(s.with.pauseToHighlightsMs),
            ms(s.with.clickToDialogMs),
            `${ms(s.without.clickToPostedMs)} / ${ms(s.with.clickToPostedMs)}`,
            `${s.without.heapUsedMB.toFixed(1)} / ${s.with.heapUsedMB.toFixed(1)}`,
          ]),
        ) +
        '\n\nPostCheck’s own time on the page’s main thread while the draft was typed (V8’s sampling profiler, a sample every 0.1 ms, in both arms): from each key to the next, what it can add to that key’s latency; and in each pause, its check and redraw.\n\n' +
        table(
          ['site', 'per key mean ms', 'per key p50 / p95 / p99 / max ms', 'per pause ms', 'longest stretch ms', 'share of the page’s busy time'],
          b.sites.map(({ site, with: { typingCpu: cpu } }) => [
            site,
            ms(cpu.perKey.mean),
            `${ms(cpu.perKey.p50)} / ${ms(cpu.perKey.p95)} / ${ms(cpu.perKey.p99)} / ${ms(cpu.perKey.max)}`,
            ms(cpu.perPauseMs),
            ms(cpu.longestStretchMs),
            `${((100 * cpu.totalMs) / Math.max(1, cpu.busyMs)).toFixed(0)}%`,
          ]),
        ) +
        `\n\nContent scripts: ${Math.round(b.contentScript.bytes / 1024)} KB, ${Math.round(b.contentScript.gzipBytes / 1024)} KB gzip (` +
        Object.entries(b.contentScript.files)
          .map(([name, size]) => `${name} ${Math.round(size.gzipBytes / 1024)} KB gzip`)
          .join(', ') +
        ').',
    );
  }
  return parts.join('\n\n');
}

/** The document with its bench section replaced by the tables for `r`. */
export function withTables(doc: string, r: BenchResults): string {
  const start = doc.indexOf(DOC_START);
  const end = doc.indexOf(DOC_END);
  if (start < 0 || end < start) throw new Error('docs/performance.md has lost its bench markers');
  return `${doc.slice(0, start + DOC_START.length)}\n\n${markdown(r)}\n\n${doc.slice(end)}`;
}
