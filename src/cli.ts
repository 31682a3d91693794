// Command line: `build`, `clean`, `--help`. Parses flags, prints progress and readable errors;
// all the work is in pipeline.ts and the stages.

import path from "node:path";
import { parseArgs } from "node:util";
import { loadConfig, normaliseSiteUrl } from "./config.ts";
import { build, ingestDir } from "./pipeline.ts";
import { buildKey, saveStamp, unchangedSince } from "./stamp.ts";
import { runCleanCommand } from "./clean/index.ts";
import { runDev } from "./dev/index.ts";
import { readThreadEntry } from "./read/pool.ts";
import { siteCodeVersion } from "./cache.ts";
import { Handoff } from "./handoff.ts";


const HELP = `newsfold — build a static news-analysis site from raw article dumps

Usage:
  npm run build [-- options]         build seeds/ into dist/
  npm run dev [-- options]           build, serve on http://127.0.0.1:8080/ and rebuild on changes
  npm run -s clean -- <in> <out>     write the clean body of each <in>/<name>.txt to <out>/<name>.txt

Build options:
  --seeds DIR      folder of articles (*.txt, *.md)        default: seeds
  --out DIR        output folder (replaced atomically)     default: dist
  --site-url URL   absolute site URL for feeds and sitemap default: newsfold.config.json "url", else none
  --strict         fail the build when any article has a warning or error
  --profile        print time per stage, and memory in use after each
  --no-cache       build everything again (default: skip the build when nothing changed,
                   and reuse .cache/ for unchanged articles)
  --quiet          print only problems and the summary
  --port N         dev server port (127.0.0.1 only)        default: 8080
  -h, --help       show this help
  -v, --version    show the version

Settings file (optional): newsfold.config.json with {"title", "url", "language"}.
`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      seeds: { type: "string" },
      out: { type: "string" },
      "site-url": { type: "string" },
      strict: { type: "boolean", default: false },
      profile: { type: "boolean", default: false },
      quiet: { type: "boolean", default: false },
      port: { type: "string" },
      "no-cache": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
      version: { type: "boolean", short: "v", default: false },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (values.version) {
    process.stdout.write("newsfold 0.1.0\n");
    return 0;
  }
  const [command, ...rest] = positionals;
  const root = process.cwd();
  if (command === "clean") {
    const [inDir, outDir] = rest;
    if (!inDir || !outDir) throw new UsageError("clean needs an input and an output folder: npm run -s clean -- <in> <out>");
    const { files } = await runCleanCommand(inDir, outDir);
    process.stderr.write(`cleaned ${files} file${files === 1 ? "" : "s"} into ${outDir}\n`);
    return 0;
  }
  if (command === "dev") {
    const port = values.port === undefined ? 8080 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a port number, got ${values.port}`);
    const dev = await runDev({
      root,
      seedsDir: path.resolve(root, values.seeds ?? "seeds"),
      outDir: path.resolve(root, values.out ?? "dist"),
      port,
      ...(values["site-url"] !== undefined ? { siteUrl: normaliseSiteUrl(values["site-url"]) } : {}),
      ...(values["no-cache"] ? {} : { cacheDir: path.join(root, ".cache") }),
      log: (line) => process.stderr.write(`${line}\n`),
    });
    await new Promise<void>((resolve) => process.once("SIGINT", () => resolve()));
    await dev.close();
    return 0;
  }
  if (command !== "build") throw new UsageError(command ? `unknown command "${command}"` : "no command given");

  const config = await loadConfig(root);
  if (values["site-url"] !== undefined) config.url = normaliseSiteUrl(values["site-url"]);
  const seedsDir = path.resolve(root, values.seeds ?? "seeds");
  const outDir = path.resolve(root, values.out ?? "dist");
  const log = values.quiet ? () => {} : (line: string) => process.stderr.write(`${line}\n`);
  const t0 = performance.now();
  const cacheDir = path.join(root, ".cache");
  // Handed to the build (see handoff.ts), which lets the raw text go once the articles are read.
  const ingested = new Handoff(await ingestDir(seedsDir, root));
  const ingestMs = performance.now() - t0;
  const useCache = !values["no-cache"];
  const key = buildKey({ code: await siteCodeVersion(), config, outDir, docs: ingested.value.docs, problems: ingested.value.problems });
  let summary = useCache ? await unchangedSince(cacheDir, outDir, key) : null;
  const fresh = !summary;
  if (summary) {
    log(`nothing changed since the last build (seeds, settings, code): ${path.relative(root, outDir) || "."} kept as it is`);
  } else {
    const readThread = readThreadEntry();
    const result = await build({ root, seedsDir, outDir, config, log, ingested, ...(useCache ? { cacheDir } : {}), ...(readThread ? { readThread } : {}) });
    summary = {
      articles: result.articles,
      meetings: result.corpus.meetings.length,
      files: result.files,
      warned: result.corpus.articles.filter((a) => a.warnings.length).length,
      problems: result.problems,
    };
    if (useCache) await saveStamp(cacheDir, outDir, key, summary);
    if (values.profile) {
      for (const [stage, t] of Object.entries({ ingest: ingestMs, ...result.timings })) {
        const rss = result.memory[stage];
        process.stderr.write(`  ${stage.padEnd(8)} ${t.toFixed(1)} ms${rss ? `  (RSS ${Math.round(rss / 2 ** 20)} MiB after)` : ""}\n`);
      }
    }
  }
  const ms = Math.round(performance.now() - t0);

  const { problems, warned } = summary;
  for (const p of problems) process.stderr.write(`${p.severity}: ${p.source}: ${p.message}\n`);
  const errors = problems.filter((p) => p.severity === "error").length;
  const warnings = problems.length - errors;
  process.stderr.write(
    `${fresh ? "built" : "up to date:"} ${summary.articles} article${summary.articles === 1 ? "" : "s"}, ${summary.meetings} meetings, ${summary.files} files ${fresh ? "into" : "in"} ${path.relative(root, outDir) || "."} in ${ms} ms` +
      (errors || warnings ? ` (${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"})` : "") +
      "\n",
  );
  if (values.strict && (problems.length || warned)) {
    process.stderr.write(`--strict: failing because of ${problems.length} file problem(s) and ${warned} article(s) with warnings\n`);
    return 1;
  }
  return 0;
}

class UsageError extends Error {}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    const err = e as Error & { code?: string };
    if (e instanceof UsageError || err.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" || err.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
      process.stderr.write(`newsfold: ${err.message}\nRun with --help for usage.\n`);
      process.exit(2);
    }
    process.stderr.write(`newsfold: ${err.message}\n`);
    if (process.env.DEBUG) process.stderr.write(`${err.stack}\n`);
    process.exit(1);
  },
);
