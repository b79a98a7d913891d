"""Turns the writers' raw JSONL files into the corpus the project keeps.

    python3 training/assemble_corpus.py RAW_DIR OUT.jsonl

Each raw line carries the writer's labels and, per expected category, the exact
sentence(s) that carry it ("evidence"). Here they become UTF-16 character spans
(the offsets the extension uses), lines that break the format are reported and
left out, and exact duplicate texts are kept once.
"""
import json, pathlib, sys
from units import CATEGORIES, utf16_offsets

CITIES = {"alexandria", "el-paso", "vicksburg"}
SITES = {"x", "facebook", "linkedin"}


def spans_for(text, subs):
    to16 = utf16_offsets(text)
    out = []
    for sub in subs:
        at = text.find(sub)
        if at < 0 or not sub.strip():
            return None
        out.append([to16[at], to16[at + len(sub)]])
    return sorted(out)


def clean(d, source):
    if d.get("city") not in CITIES or d.get("site") not in SITES or not isinstance(d.get("text"), str):
        return None, "bad city, site or text"
    text = d["text"]
    expect = [c for c in CATEGORIES if c in d.get("expect", [])]
    accept = [c for c in CATEGORIES if c in d.get("accept", []) and c not in expect]
    if len(expect) != len(set(d.get("expect", []))):
        return None, "unknown category in expect"
    spans, clauses = {}, {}
    for c in expect:
        s = spans_for(text, d.get("evidence", {}).get(c, []))
        if not s:
            return None, f"evidence for {c} missing or not in the text"
        spans[c] = s
        clauses[c] = list(dict.fromkeys(d.get("clauses", {}).get(c, [])))
        if not clauses[c]:
            return None, f"no clause for {c}"
    family = d.get("family") or None
    return {
        "id": d["id"],
        "writer": source,
        "persona": d.get("persona") or "",
        "city": d["city"],
        "site": d["site"],
        "lang": d.get("lang", "en"),
        "text": text,
        "expect": expect,
        "accept": accept,
        "clauses": clauses,
        "spans": spans,
        "family": family,
        "hardNegative": not expect and family not in (None, "plain"),
    }, None


def main(raw_dir, out_path):
    rows, seen, dropped = [], set(), 0
    for path in sorted(pathlib.Path(raw_dir).glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                d = json.loads(line)
            except json.JSONDecodeError as e:
                print(f"{path.name}:{n}: bad JSON ({e})", file=sys.stderr); dropped += 1; continue
            row, why = clean(d, path.stem)
            if not row:
                print(f"{path.name}:{n}: {why}", file=sys.stderr); dropped += 1; continue
            key = " ".join(row["text"].lower().split())
            if key in seen or row["id"] in {r["id"] for r in rows[-2000:]}:
                dropped += 1; continue
            seen.add(key)
            rows.append(row)
    with open(out_path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(rows)} drafts written to {out_path}; {dropped} left out", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
