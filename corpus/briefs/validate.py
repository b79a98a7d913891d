import json, sys, collections
CATS = {"official-capacity","confidential","harassment","grievance","coworker-privacy","unlawful-conduct","personal-safety"}
DOCS = {"alexandria-employee","alexandria-official","el-paso","vicksburg"}
path = sys.argv[1]
n = 0; errs = 0; lens = []; cats = collections.Counter(); hn = 0; ids = set(); langs = collections.Counter(); sites = collections.Counter()
def err(i, msg):
    global errs; errs += 1; print(f"line {i}: {msg}")
for i, line in enumerate(open(path, encoding="utf-8"), 1):
    if not line.strip(): continue
    try: d = json.loads(line)
    except Exception as e: err(i, f"bad JSON: {e}"); continue
    n += 1
    for k in ("id","city","site","lang","text","expect","accept","clauses","evidence"):
        if k not in d: err(i, f"missing {k}")
    if d.get("id") in ids: err(i, f"duplicate id {d.get('id')}")
    ids.add(d.get("id"))
    if d.get("city") not in ("alexandria","el-paso","vicksburg"): err(i, f"bad city {d.get('city')}")
    if d.get("site") not in ("x","facebook","linkedin"): err(i, f"bad site {d.get('site')}")
    if d.get("lang") not in ("en","es","mixed"): err(i, f"bad lang {d.get('lang')}")
    t = d.get("text", ""); lens.append(len(t))
    s = d.get("site")
    if s == "x" and len(t) > 280: err(i, f"x post is {len(t)} chars (max 280)")
    if s == "facebook" and not 40 <= len(t) <= 2000: err(i, f"facebook post is {len(t)} chars (40-2000)")
    if s == "linkedin" and not 300 <= len(t) <= 2500: err(i, f"linkedin post is {len(t)} chars (300-2500)")
    exp = d.get("expect", []); acc = d.get("accept", [])
    for c in exp + acc:
        if c not in CATS: err(i, f"unknown category {c}")
    if set(exp) & set(acc): err(i, "a category is in both expect and accept")
    for c in exp:
        cats[c] += 1
        if not d.get("evidence", {}).get(c): err(i, f"no evidence for {c}")
        if not d.get("clauses", {}).get(c): err(i, f"no clauses for {c}")
    for c, subs in d.get("evidence", {}).items():
        for sub in subs:
            if sub not in t: err(i, f"evidence for {c} is not an exact substring: {sub[:60]!r}")
    for c, cl in d.get("clauses", {}).items():
        for x in cl:
            if ":" not in x or x.split(":")[0] not in DOCS: err(i, f"bad clause id {x!r}")
    if not exp: hn += 1
    langs[d.get("lang")] += 1; sites[s] += 1
print(f"{n} drafts, {errs} problems; no-expect {hn} ({100*hn/max(n,1):.0f}%); mean length {sum(lens)/max(n,1):.0f}")
print("expected:", dict(cats)); print("langs:", dict(langs), "sites:", dict(sites))
sys.exit(1 if errs else 0)
