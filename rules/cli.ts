/**
 * `postcheck`: the checker on the command line, over the same engine and packs
 * as the extension. See `postcheck help`.
 */
import { parseArgs } from 'node:util';
import { decodeUtf8, parseJson, readFile, readJsonFile, readPublicKey, UsageError } from './cli-files';
import { checkDetailed, type CheckContext, type CheckResult } from './engine';
import type { Finding } from './finding';
import { isLanguage, LANGUAGES } from './language';
import { localizePack } from './localize-pack';
import { BUNDLED_PACK_IDS, bundledPack, bundledPackSource, isBundledPackId } from './packs/index';
import { runHashImage } from './cli-images';
import { runKeygen, runSign, runVerify } from './cli-signing';
import { runExtensionId, runExtensionKey, runPackExtension, runPolicyFiles } from './cli-self-hosting';
import { packEngineProblems } from './pack-checks';
import { describePartial } from './pack-cost';
import { Lexicon, type Pack, parsePack, readableIssues } from './schema';
import { MAX_ENVELOPE_BYTES, packMisfit } from './signed-pack';
import { verifySignedPack } from './verify-signed-pack';
import type { Thresholds, UnitJudge } from './judgment/combine';
import { checkWithJudge } from './judgment/check';

export interface Io {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

/** The sentence judge, injected by bin/postcheck.mjs so rules/ never imports a model runtime. */
export interface LoadedJudge {
  judge: UnitJudge;
  thresholds: Thresholds;
  version: string;
}
export interface CliDeps {
  /** Resolves to null when there is no model artifact; rejects when it cannot load. */
  loadJudge?: () => Promise<LoadedJudge | null>;
}

const USAGE = `postcheck — check a social-media draft against a city's policy, locally.

Usage:
  postcheck check [--pack ID|FILE] [--json] [TEXT]     check TEXT (or standard input)
  postcheck check [--pack ID|FILE] --jsonl             one {"id","text"} JSON object per input line
  postcheck packs                                      list the bundled packs
  postcheck validate FILE [--public-key KEY] [--pack-id ID] [--newer-than N]
                                                       check a pack (or signed pack) as the extension's updater would
  postcheck export ID                                  print a bundled pack as one JSON document
  postcheck keygen [--out DIR]                         make a signing key pair for rule packs
  postcheck sign PACK --key PRIVATE [--out FILE] [--force]
                                                       validate and sign a pack for publishing (--force replaces FILE)
  postcheck verify SIGNED --public-key KEY|FILE        check a signed pack as the extension will
  postcheck hash-image FILE [--shape round|square]     fingerprint a seal or logo (PNG/JPEG) for a pack's insignia rule

Self-hosting the extension (docs/deployment.md):
  postcheck extension-key [--out DIR]                  make the city's extension packing key; prints the extension id
  postcheck extension-id --key KEY                     print the extension id a packing key gives
  postcheck pack-extension [FOLDER] --key KEY --url URL [--out DIR] [--force]
                                                       pack the build (default: this copy's .output/chrome-mv3) into
                                                       postcheck-VERSION.crx and write updates.xml for URL
  postcheck policy-files --key KEY --url URL [--out DIR] [--config FILE] [--pack-id ID] [--pack-url URL] [--pack-public-key KEY] [--force]
                                                       write the force-install and configuration policies for that id
                                                       (--config: a JSON object of settings from deployment.md's table)

Options for check:
  --pack ID|FILE      bundled pack id (${BUNDLED_PACK_IDS.join(', ')}) or a pack JSON file; default alexandria
  --config FILE       JSON with the template pack's city lexicon, e.g. {"cityNames":["City of Springfield"],"emailDomains":["springfield.gov"]}
  --city-computer     also report the work-time note for a city computer
  --json              print {"findings": [...]}
  --jsonl             batch mode, as above
  --rules-only        the rules alone, without the sentence judge (the extension's fallback)
  --lang LANG         messages, suggestions and summaries in ${LANGUAGES.join(' or ')}: the pack's translations where it has them (default en)`;


function loadPack(spec: string): Pack {
  if (isBundledPackId(spec)) return bundledPack(spec);
  if (!spec.endsWith('.json')) throw new UsageError(`Unknown pack "${spec}". Bundled packs: ${BUNDLED_PACK_IDS.join(', ')} (or give a .json file).`);
  const result = parsePack(readJsonFile(spec));
  if (!result.ok) throw new UsageError(`Pack file ${spec} is not a valid pack:\n  ${result.errors.join('\n  ')}`);
  return result.pack;
}

/** IT's lexicon for the template pack (--config): the lexicon's own schema, so a wrong shape is an error, not rules silently skipped. */
function loadConfig(file: string): NonNullable<CheckContext['lexicon']> {
  const result = Lexicon.partial().safeParse(readJsonFile(file));
  if (!result.success) throw new UsageError(`${file} is not a valid city lexicon:\n  ${readableIssues(result.error.issues, '(config)').join('\n  ')}`);
  return result.data;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

function describe(finding: Finding, text: string, pack: Pack): string {
  const titles = new Map(pack.policies.map((p) => [p.id, p.title]));
  const excerpt = finding.end > finding.start ? ` "${text.slice(finding.start, finding.end).replace(/\s+/g, ' ')}"` : '';
  const lines = [`${finding.severity.toUpperCase()}  ${finding.category} (${finding.ruleId})${excerpt}`, `  ${finding.message}`];
  for (const clause of finding.clauses) {
    const quote = clause.text.length > 220 ? `${clause.text.slice(0, 217)}…` : clause.text;
    lines.push(`  ${titles.get(clause.policy) ?? clause.policy} §${clause.section}: “${quote}”`);
  }
  if (finding.suggestion) lines.push(`  Suggestion: ${finding.suggestion}`);
  return lines.join('\n');
}

type Checker = (text: string, pack: Pack, context: CheckContext) => Promise<CheckResult>;
// The command line is not a page to keep responsive: every rule runs (the caps on findings still hold).
const rulesOnly: Checker = async (text, pack, context) => checkDetailed(text, pack, context, { budgetMs: Number.POSITIVE_INFINITY });

/** Rules + judge when the model loads; the rules alone (with a note on standard error) when it cannot. */
async function judgedChecker(deps: CliDeps, io: Io): Promise<Checker> {
  if (!deps.loadJudge) return rulesOnly;
  let loaded: LoadedJudge | null;
  try {
    loaded = await deps.loadJudge();
  } catch (error) {
    io.stderr.write(`postcheck: the judgment model could not load (${error instanceof Error ? error.message : String(error)}); checking with the rules alone\n`);
    return rulesOnly;
  }
  if (!loaded) return rulesOnly;
  const { judge, thresholds } = loaded;
  return async (text, pack, context) => {
    const result = await checkWithJudge(text, pack, judge, thresholds, context);
    if (result.judgeError) io.stderr.write(`postcheck: the judgment model failed (${result.judgeError}); this draft was checked with the rules alone\n`);
    return result;
  };
}

async function runCheck(args: string[], io: Io, deps: CliDeps): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      pack: { type: 'string', default: 'alexandria' },
      config: { type: 'string' },
      'city-computer': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      jsonl: { type: 'boolean', default: false },
      'rules-only': { type: 'boolean', default: false },
      lang: { type: 'string', default: 'en' },
    },
  });
  if (!isLanguage(values.lang)) throw new UsageError(`Unknown language "${values.lang}". PostCheck speaks ${LANGUAGES.join(', ')}.`);
  const pack = localizePack(loadPack(values.pack), values.lang);
  const context: CheckContext = { cityComputer: values['city-computer'] };
  if (values.config) context.lexicon = loadConfig(values.config);

  const checker = values['rules-only'] ? rulesOnly : await judgedChecker(deps, io);
  if (values.jsonl) return runJsonl(pack, context, io, checker);

  const text = positionals.length ? positionals.join(' ') : await readAll(io.stdin);
  const { findings, errors, partial } = await checker(text, pack, context);
  for (const e of errors) io.stderr.write(`postcheck: rule ${e.ruleId} failed and was skipped: ${e.message}\n`);
  if (partial) io.stderr.write(`postcheck: checking was partial: ${describePartial(partial)}\n`);
  if (values.json) io.stdout.write(`${JSON.stringify({ findings })}\n`);
  else if (findings.length) io.stdout.write(`${findings.map((f) => describe(f, text, pack)).join('\n\n')}\n`);
  return 0;
}

async function runJsonl(pack: Pack, context: CheckContext, io: Io, checker: Checker): Promise<number> {
  const input = await readAll(io.stdin);
  let failed = 0;
  for (const [i, line] of input.split('\n').entries()) {
    if (!line.trim()) continue;
    let item: unknown;
    try {
      item = JSON.parse(line);
    } catch {
      failed++;
      io.stderr.write(`postcheck: line ${i + 1}: not valid JSON; skipped\n`);
      continue;
    }
    const record = item as { id?: unknown; text?: unknown };
    if (typeof item !== 'object' || item === null || typeof record.text !== 'string') {
      failed++;
      io.stderr.write(`postcheck: line ${i + 1}: expected {"id": "...", "text": "..."}; skipped\n`);
      continue;
    }
    const { findings } = await checker(record.text, pack, context);
    io.stdout.write(`${JSON.stringify({ id: record.id ?? null, findings })}\n`);
  }
  return failed ? 1 : 0;
}

function runPacks(io: Io): number {
  for (const id of BUNDLED_PACK_IDS) {
    const pack = bundledPack(id);
    io.stdout.write(`${id.padEnd(12)} ${pack.city} — version ${pack.version}, ${pack.rules.length} rules, policy of ${pack.policyVersion}\n`);
  }
  return 0;
}

/**
 * `validate FILE [--public-key KEY] [--pack-id ID] [--newer-than N]`: everything
 * the extension's updater would check, with the same reasons.
 */
async function runValidate(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { 'public-key': { type: 'string' }, 'pack-id': { type: 'string' }, 'newer-than': { type: 'string' } },
  });
  const [file] = positionals;
  if (!file) throw new UsageError('validate needs a pack file: postcheck validate pack.json');
  const refuse = (reason: string) => {
    io.stderr.write(`${file} is not a valid pack: ${reason}\n`);
    return 1;
  };
  const refuseAll = (problems: string[]) => {
    io.stderr.write(`${file} is not a valid pack (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n  ${problems.join('\n  ')}\n`);
    return 1;
  };
  const bytes = readFile(file);
  if (bytes.length > MAX_ENVELOPE_BYTES) return refuse(`it is larger than ${MAX_ENVELOPE_BYTES} bytes`);
  const text = decodeUtf8(bytes);
  if (text === null) return refuse('it is not valid UTF-8 text');
  const parsed = parseJson(text);
  // Only where the JSON breaks, never the parser's message: it quotes the file, which may be anything (a key).
  if (!parsed.ok) return refuse(parsed.problem);
  const json = parsed.value;
  const signed = json !== null && typeof json === 'object' && 'format' in json && 'signature' in json;
  const key = values['public-key'];
  let pack: Pack;
  if (signed || key) {
    if (!key) return refuse('it is a signed pack; give --public-key to check its signature');
    const verified = await verifySignedPack(text, readPublicKey(key));
    if (!verified.ok) return refuse(verified.reason);
    pack = verified.pack;
  } else {
    const result = parsePack(json);
    if (!result.ok) return refuseAll(result.errors);
    pack = result.pack;
  }
  const newerThan = values['newer-than'] === undefined ? undefined : Number(values['newer-than']);
  if (newerThan !== undefined && !Number.isInteger(newerThan)) throw new UsageError('--newer-than needs a whole version number');
  const misfit = packMisfit(pack, { packId: values['pack-id'], newerThan });
  if (misfit) return refuse(misfit);
  const problems = packEngineProblems(pack);
  if (problems.length) return refuseAll(problems);
  io.stdout.write(`${file}: valid ${signed ? 'signed ' : ''}pack "${pack.id}" version ${pack.version} (${pack.rules.length} rules)\n`);
  return 0;
}

function runExport(args: string[], io: Io): number {
  const [id] = args;
  if (!id || !isBundledPackId(id)) throw new UsageError(`export needs a bundled pack id: ${BUNDLED_PACK_IDS.join(', ')}`);
  io.stdout.write(`${JSON.stringify(bundledPackSource(id), null, 2)}\n`);
  return 0;
}

export async function main(argv: string[], io: Io, deps: CliDeps = {}): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'check':
        return await runCheck(rest, io, deps);
      case 'packs':
        return runPacks(io);
      case 'validate':
        return await runValidate(rest, io);
      case 'export':
        return runExport(rest, io);
      case 'keygen':
        return await runKeygen(rest, io);
      case 'sign':
        return await runSign(rest, io);
      case 'verify':
        return await runVerify(rest, io);
      case 'hash-image':
        return runHashImage(rest, io);
      case 'extension-key':
        return runExtensionKey(rest, io);
      case 'extension-id':
        return runExtensionId(rest, io);
      case 'pack-extension':
        return await runPackExtension(rest, io);
      case 'policy-files':
        return runPolicyFiles(rest, io);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.stdout.write(`${USAGE}\n`);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`Unknown command "${command}".`);
    }
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`postcheck: ${(error as Error).message}\n${error instanceof UsageError ? '' : `\n${USAGE}\n`}`);
      return 2;
    }
    throw error;
  }
}
