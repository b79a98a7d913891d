"""The team corpus's second, blind labelling pass: agreement, and what the second labeller adds.

    python3 training/team_second_labels.py SECOND_LABELS.jsonl [--write]

The team corpus (tests/fixtures/corpus/drafts.jsonl) is the rules' regression
set, so its expected categories stay as the team wrote them. What the second
labeller (who saw only the text, city and site, and LABELS.md) expects or
accepts beyond them becomes `accept`: a finding there is neither a hit nor a
false alarm, as on every other set. With --write the file is rewritten in place
(the second labels kept under "secondLabels").
"""
import json, pathlib, sys
from agreement import kappa, out_of_step
from units import CATEGORIES

TEAM = pathlib.Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "corpus" / "drafts.jsonl"


def main(second_path, write):
    rows = [json.loads(l) for l in TEAM.open(encoding="utf-8") if l.strip()]
    second = {d["id"]: d for d in (json.loads(l) for l in open(second_path, encoding="utf-8") if l.strip())}
    missing = [r["id"] for r in rows if r["id"] not in second]
    if missing:
        sys.exit(f"{len(missing)} drafts have no second label, e.g. {missing[:3]}")
    judged = [dict(r, expect=[c for c in r["expect"] if c in CATEGORIES]) for r in rows]
    shifted = out_of_step(judged, second)
    if shifted:
        sys.exit(f"the second labels look out of step by one line from {shifted[0]}; relabel that stretch")
    per_cat = {c: [] for c in CATEGORIES}
    exact = added = 0
    for r in rows:
        s = second[r["id"]]
        a = {c for c in r["expect"] if c in CATEGORIES}
        b = set(s.get("expect", []))
        exact += a == b
        for c in CATEGORIES:
            per_cat[c].append((c in a, c in b))
        extra = [c for c in CATEGORIES if c not in r["expect"] and (c in b or c in s.get("accept", []) or c in r.get("accept", []))]
        added += bool(set(extra) - set(r.get("accept", [])))
        r["accept"] = extra
        r["secondLabels"] = {"expect": s.get("expect", []), "accept": s.get("accept", [])}
    n = len(rows)
    report = {
        "drafts": n,
        "exactMatch": round(exact / n, 4),
        "perCategory": {
            c: {"kappa": round(kappa(p), 3), "teamOnly": sum(x and not y for x, y in p), "secondOnly": sum(y and not x for x, y in p), "both": sum(x and y for x, y in p)}
            for c, p in per_cat.items()
        },
        "draftsGivenAccept": added,
    }
    print(json.dumps(report, indent=1))
    if write:
        with TEAM.open("w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], "--write" in sys.argv)
