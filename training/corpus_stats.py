"""Prints the corpus's datasheet tables (docs/corpus.md): counts by category, site, city, language and family.

    python3 training/corpus_stats.py corpus/drafts.jsonl [corpus/blind/b1.jsonl ...]
"""
import collections, json, sys
from units import CATEGORIES


def table(header, rows):
    out = ["| " + " | ".join(header) + " |", "|" + "|".join(["---"] + ["---:"] * (len(header) - 1)) + "|"]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(out)


def describe(path):
    rows = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    n = len(rows)
    pct = lambda k: f"{100 * k / n:.1f}%"
    print(f"\n### {path}: {n} drafts\n")
    lens = sorted(len(r["text"]) for r in rows)
    voices = {(r.get("writer"), r.get("persona")) for r in rows}
    print(f"Mean length {sum(lens) / n:.0f} characters (median {lens[n // 2]}, longest {lens[-1]}); {len({r.get('writer') for r in rows})} writers, {len(voices)} personas; "
          f"hard negatives {sum(r['hardNegative'] for r in rows)} ({pct(sum(r['hardNegative'] for r in rows))}); no expected category {sum(not r['expect'] for r in rows)} ({pct(sum(not r['expect'] for r in rows))}); "
          f"Spanish or mixed {sum(r.get('lang') != 'en' for r in rows)} ({pct(sum(r.get('lang') != 'en' for r in rows))}).\n")
    print(table(["category", "expected", "accepted"], [[c, sum(c in r["expect"] for r in rows), sum(c in r.get("accept", []) for r in rows)] for c in CATEGORIES]))
    print()
    by = lambda key: collections.Counter(r.get(key) for r in rows)
    for key in ("site", "city", "lang"):
        print(table([key, "drafts", "mean length"], [[k, v, round(sum(len(r["text"]) for r in rows if r.get(key) == k) / v)] for k, v in sorted(by(key).items())]))
        print()
    fam = collections.Counter(r["family"] for r in rows if r["hardNegative"])
    print(table(["hard-negative family", "drafts"], sorted(fam.items(), key=lambda kv: -kv[1])[:20]))


if __name__ == "__main__":
    for p in sys.argv[1:]:
        describe(p)
