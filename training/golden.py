"""Writes tests/fixtures/judgment/golden.json: how Python cuts, encodes and scores a few drafts.

    .venv/bin/python training/golden.py   (run by `npm run train` after the model is written)

The TypeScript side must agree: the same units, the same token ids, and the
same probabilities from the shipped model within rounding (ORT's WASM build
against its native one).
"""
import json, pathlib
import numpy as np
import onnxruntime as ort
from transformers import AutoTokenizer
from units import encode_pair, split_units, unit_context, utf16_offsets

ROOT = pathlib.Path(__file__).resolve().parent.parent
MODEL = ROOT / "models" / "judgment"
TEXTS = [
    "My supervisor is useless. Third time this month he took credit for our work!",
    "Go Saints!!! We are gonna KILL it Sunday 🏈🔥 trash talk all week lol",
    "Hoy en la junta nos dijeron que el presupuesto no es público todavía… pero van a cerrar la alberca de Memorial Park.\nNo le digan a nadie 🤫",
    "Proud to serve the City of Alexandria for 12 years.  Views are my own.\n\n\n#publicservice",
    "Line one\r\nline two?  \"Quoted.\" (Aside.) Ellipsis… next" + " word" * 120,
    "",
    "   \n  ",
    "Emoji 👩🏽‍🚒 firefighter. Café crème, naïve résumé. ZERO\u200bWIDTH. Tab\tinside.",
]


def main():
    tok = AutoTokenizer.from_pretrained(MODEL)
    sess = ort.InferenceSession(str(MODEL / "model.onnx"), providers=["CPUExecutionProvider"])
    cases = []
    for text in TEXTS:
        units = split_units(text)
        to16 = utf16_offsets(text)
        out = []
        for i, (a, b) in enumerate(units):
            ids, mask, types = encode_pair(tok, text[a:b], unit_context(text, units, i))
            logits = sess.run(["logits"], {"input_ids": np.array([ids], dtype=np.int64), "attention_mask": np.array([mask], dtype=np.int64), "token_type_ids": np.array([types], dtype=np.int64)})[0][0]
            out.append({"start": to16[a], "end": to16[b], "ids": ids, "types": types, "p": [round(float(1 / (1 + np.exp(-x))), 5) for x in logits]})
        cases.append({"text": text, "units": out})
    path = ROOT / "tests" / "fixtures" / "judgment" / "golden.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(cases, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print("wrote", path)


if __name__ == "__main__":
    main()
