// Compares part-of-speech taggers for the core's linguistic layer: accuracy on hand-tagged corpus
// tokens (scripts/nlp/tagger-gold.json), speed on the corpus's sentences, browser bundle size and
// licence. Writes the tables into docs/tagger.md between its generated markers.
// Run: node scripts/nlp/compare-taggers.mjs
import { build } from "esbuild";
import { readFileSync, writeFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { createRequire } from "node:module";
import winkNLP from "wink-nlp";
import winkModel from "wink-eng-lite-web-model";
import nlp from "compromise";
import enPos from "en-pos";
import { analyseText } from "../../src/core/nlp/analyse.ts";
import { tokenize } from "../../src/core/nlp/tokens.ts";

const root = join(import.meta.dirname, "../..");
const require = createRequire(import.meta.url);
const gold = JSON.parse(readFileSync(join(import.meta.dirname, "tagger-gold.json"), "utf8"));
const isWord = (t) => /[\p{L}\p{N}]/u.test(t);

// Coarse classes every tagger can be mapped to (auxiliaries count as verbs; subordinators as adpositions).
function fromPenn(tag) {
  if (/^NN/.test(tag)) return "NOUN";
  if (/^VB|^MD$/.test(tag)) return "VERB";
  if (/^JJ/.test(tag)) return "ADJ";
  if (/^RB|^WRB$/.test(tag)) return "ADV";
  if (/^(?:DT|PDT|WDT)$/.test(tag)) return "DET";
  if (/^(?:PRP\$?|WP\$?|EX)$/.test(tag)) return "PRON";
  if (tag === "IN") return "ADP";
  if (tag === "CC") return "CONJ";
  if (/^(?:TO|RP|POS)$/.test(tag)) return "PART";
  if (tag === "CD") return "NUM";
  if (tag === "UH") return "INTJ";
  return "X";
}
const FROM_UD = { NOUN: "NOUN", PROPN: "NOUN", VERB: "VERB", AUX: "VERB", ADJ: "ADJ", ADV: "ADV", DET: "DET", PRON: "PRON", ADP: "ADP", SCONJ: "ADP", CCONJ: "CONJ", PART: "PART", NUM: "NUM", INTJ: "INTJ" };
function fromCompromise(tags) {
  const has = (t) => tags.includes(t);
  if (has("Pronoun") || has("Possessive") && !has("ProperNoun")) return "PRON";
  if (has("Determiner")) return "DET";
  if (has("Preposition")) return "ADP";
  if (has("Conjunction")) return "CONJ";
  if (has("Verb") || has("Auxiliary") || has("Modal") || has("Copula")) return "VERB";
  if (has("Adjective")) return "ADJ";
  if (has("Adverb") || has("Negative")) return "ADV";
  if (has("Value") || has("Cardinal")) return "NUM";
  if (has("Expression")) return "INTJ";
  if (has("Noun")) return "NOUN";
  return "X";
}
// Words whose coarse class the traditions disagree on: any of these counts as right.
const EITHER = { to: ["PART", "ADP"], not: ["ADV", "PART"], "n't": ["ADV", "PART"], when: ["ADV", "ADP", "CONJ"], how: ["ADV"], if: ["ADP", "CONJ"], or: ["CONJ"], but: ["CONJ"] };

/** Offsets of `words` found one after another in `text`. */
function locate(text, words) {
  let cursor = 0;
  return words.map((w) => {
    const at = text.indexOf(w, cursor);
    if (at < 0) return -1;
    cursor = at + w.length;
    return at;
  });
}

// Each tagger returns [{ start, coarse, participle? }] for a sentence.
const wink = winkNLP(winkModel);
const TAGGERS = {
  "outside-in (ours)": {
    licence: "MIT (ours; word list from en-lexicon MIT, SUBTLEX frequencies ISC, en-inflectors MIT)",
    entry: "export { analyseText } from '../../src/core/nlp/analyse.ts';",
    tag: (text) => analyseText(text).map((t) => ({ start: t.start, coarse: fromPenn(t.tag), participle: t.tag === "VBN" })),
    count: (text) => analyseText(text).length,
  },
  [`wink-nlp ${JSON.parse(readFileSync(join(root, "node_modules/wink-nlp/package.json"), "utf8")).version} + wink-eng-lite-web-model`]: {
    licence: "MIT",
    entry: "import w from 'wink-nlp'; import m from 'wink-eng-lite-web-model'; export const nlp = w(m);",
    // Universal tags have no past-participle class.
    marksParticiples: false,
    tag: (text) => {
      const doc = wink.readDoc(text);
      const values = doc.tokens().out(wink.its.value);
      const pos = doc.tokens().out(wink.its.pos);
      return locate(text, values).map((start, i) => ({ start, coarse: FROM_UD[pos[i]] ?? "X" }));
    },
    count: (text) => wink.readDoc(text).tokens().length(),
  },
  [`compromise ${JSON.parse(readFileSync(join(root, "node_modules/compromise/package.json"), "utf8")).version}`]: {
    licence: "MIT",
    entry: "export { default } from 'compromise';",
    tag: (text) => nlp(text).json({ offset: true }).flatMap((s) => s.terms).map((t) => ({
      start: t.offset.start, coarse: fromCompromise(t.tags), participle: t.tags.includes("Participle") || (t.tags.includes("PastTense") && t.tags.includes("Passive")),
    })),
    count: (text) => nlp(text).terms().length,
  },
  [`en-pos ${JSON.parse(readFileSync(join(root, "node_modules/en-pos/package.json"), "utf8")).version} (given our tokens)`]: {
    licence: "MIT",
    entry: "export { Tag } from 'en-pos';",
    tag: (text) => {
      const tokens = tokenize(text);
      const tags = new enPos.Tag(tokens.map((t) => t.text)).initial().smooth().tags;
      return tokens.map((t, i) => ({ start: t.start, coarse: fromPenn(tags[i]), participle: tags[i] === "VBN" }));
    },
    count: (text) => new enPos.Tag(tokenize(text).map((t) => t.text)).initial().smooth().tags.length,
  },
};

function accuracy(tagger) {
  let right = 0, total = 0, participles = 0, participlesRight = 0;
  for (const sentence of gold.sentences) {
    const words = tokenize(sentence.text).filter((t) => isWord(t.text));
    const predicted = tagger.tag(sentence.text);
    words.forEach((word, i) => {
      const allowed = sentence.tags[i].split("|");
      const coarse = new Set([...allowed.map(fromPenn), ...(EITHER[word.lower] ?? [])]);
      // The tagger's token that covers this word's first character.
      const hit = [...predicted].reverse().find((p) => p.start >= 0 && p.start <= word.start);
      total++;
      if (hit && coarse.has(hit.coarse)) right++;
      if (allowed.includes("VBN")) {
        participles++;
        if (hit?.participle) participlesRight++;
      }
    });
  }
  return { right, total, participles, participlesRight };
}

const corpusDir = join(root, "test/corpus");
const speedText = readdirSync(corpusDir).filter((f) => f.endsWith(".jsonl")).flatMap((f) =>
  readFileSync(join(corpusDir, f), "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l).text));

function speed(tagger) {
  for (const s of speedText.slice(0, 200)) tagger.count(s);
  const started = performance.now();
  let tokens = 0;
  for (const s of speedText) tokens += tagger.count(s);
  const seconds = (performance.now() - started) / 1000;
  return { tokens, seconds, perSecond: tokens / seconds };
}

async function bundleSize(entry) {
  const result = await build({
    stdin: { contents: entry, resolveDir: import.meta.dirname, loader: "ts" },
    bundle: true, minify: true, format: "esm", platform: "browser", write: false, logLevel: "silent",
  });
  const code = result.outputFiles[0].contents;
  return { bytes: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

const rows = [];
for (const [name, tagger] of Object.entries(TAGGERS)) {
  const a = accuracy(tagger);
  const s = speed(tagger);
  const b = await bundleSize(tagger.entry);
  rows.push({ name, ...a, ...s, ...b, licence: tagger.licence, marksParticiples: tagger.marksParticiples !== false });
  console.log(name, `${a.right}/${a.total}`, `participles ${a.participlesRight}/${a.participles}`, `${Math.round(s.perSecond)} tokens/s`, `${Math.round(b.gzip / 1024)} KB gz`);
}

const kb = (n) => `${Math.round(n / 1024)} KB`;
const table = [
  "| tagger | coarse accuracy | past participles found | tokens per second | browser bundle (min / gzip) | licence |",
  "|---|---|---|---|---|---|",
  ...rows.map((r) => `| ${r.name} | ${(r.right / r.total).toFixed(3)} (${r.right}/${r.total}) | ${r.marksParticiples ? `${r.participlesRight}/${r.participles}` : "n/a (universal tags)"} | ${Math.round(r.perSecond).toLocaleString("en")} | ${kb(r.bytes)} / ${kb(r.gzip)} | ${r.licence} |`),
  "",
  `Measured ${new Date().toISOString().slice(0, 10)} with Node ${process.version} on this machine: accuracy on ${rows[0].total} hand-tagged word tokens; speed over the ${speedText.length} corpus sentences (${rows[0].tokens.toLocaleString("en")} of our tokens), after a warm-up.`,
];
const BEGIN = "<!-- generated by scripts/nlp/compare-taggers.mjs: begin -->";
const END = "<!-- generated by scripts/nlp/compare-taggers.mjs: end -->";
const docFile = join(root, "docs/tagger.md");
const doc = readFileSync(docFile, "utf8");
writeFileSync(docFile, doc.slice(0, doc.indexOf(BEGIN) + BEGIN.length) + "\n" + table.join("\n") + "\n" + doc.slice(doc.indexOf(END)));
