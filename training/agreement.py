"""The second, independent labelling pass: agreement with the writers' labels, and the resolved labels.

    python3 training/agreement.py CORPUS.jsonl SECOND_LABELS.jsonl [--write]

Per draft and category each labeller says must flag (expect), may flag
(accept) or clean. Agreement is reported on the must-flag decision: raw
agreement per (draft, category), Cohen's kappa per category, and drafts whose
expect sets match exactly. Second labels that are out of step (a stretch where each draft's labels fit
its neighbour's far better than its own) are refused. Resolution (LABELS.md's
rule for disagreements):
both must-flag -> expect; one must-flag and the other not -> accept (neither a
hit nor a false alarm); the second labeller's must-flag on a draft the writer
left clean also becomes accept. With --write the corpus file is rewritten with
the resolved labels (and the second labels kept under "secondLabels").
"""
import json, sys
from units import CATEGORIES


def kappa(pairs):
    n = len(pairs)
    if not n:
        return float("nan")
    po = sum(a == b for a, b in pairs) / n
    pa = sum(a for a, _ in pairs) / n
    pb = sum(b for _, b in pairs) / n
    pe = pa * pb + (1 - pa) * (1 - pb)
    return 1.0 if pe == 1 else (po - pe) / (1 - pe)


def out_of_step(rows, second, window=10):
    """Stretches where the second labels fit the draft one line away far better than their own draft:
    a labeller who lost their place. Returns the first id of each such window."""
    ids = [r["id"] for r in rows]
    same = lambda i, j: 0 <= j < len(rows) and set(rows[i]["expect"]) == set(second[ids[j]].get("expect", []))
    found = []
    for start in range(0, max(0, len(rows) - window + 1)):
        here = sum(same(i, i) for i in range(start, start + window))
        for shift in (-1, 1):
            if sum(same(i, i + shift) for i in range(start, start + window)) >= 0.8 * window and here <= 0.5 * window:
                found.append(ids[start])
    return found


def main(corpus_path, second_path, write):
    rows = [json.loads(l) for l in open(corpus_path, encoding="utf-8") if l.strip()]
    second = {d["id"]: d for d in (json.loads(l) for l in open(second_path, encoding="utf-8") if l.strip())}
    missing = [r["id"] for r in rows if r["id"] not in second]
    if missing:
        sys.exit(f"{len(missing)} drafts have no second label, e.g. {missing[:3]}")
    shifted = out_of_step(rows, second)
    if shifted:
        sys.exit(f"the second labels look out of step by one line from {shifted[0]} ({len(shifted)} windows of 10); relabel that stretch")
    per_cat = {c: [] for c in CATEGORIES}
    exact = 0
    changed = 0
    for r in rows:
        s = second[r["id"]]
        a, b = set(r["expect"]), set(s.get("expect", []))
        exact += a == b
        for c in CATEGORIES:
            per_cat[c].append((c in a, c in b))
        resolved = [c for c in CATEGORIES if c in a and c in b]
        accept = [c for c in CATEGORIES if c not in resolved and (c in a or c in b or c in r.get("accept", []) or c in s.get("accept", []))]
        if set(resolved) != a:
            changed += 1
        r["secondLabels"] = {"expect": s.get("expect", []), "accept": s.get("accept", [])}
        r["expect"] = resolved
        r["accept"] = accept
        r["spans"] = {c: v for c, v in r["spans"].items() if c in resolved}
        r["clauses"] = {c: v for c, v in r["clauses"].items() if c in resolved}
        r["hardNegative"] = r["hardNegative"] and not resolved
    n = len(rows)
    report = {
        "drafts": n,
        "exactMatch": round(exact / n, 4),
        "perCategory": {
            c: {
                "agreement": round(sum(x == y for x, y in p) / n, 4),
                "kappa": round(kappa(p), 3),
                "writerOnly": sum(x and not y for x, y in p),
                "secondOnly": sum(y and not x for x, y in p),
                "both": sum(x and y for x, y in p),
            }
            for c, p in per_cat.items()
        },
        "draftsWhoseExpectChanged": changed,
    }
    print(json.dumps(report, indent=1))
    if write:
        with open(corpus_path, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], "--write" in sys.argv)
