"""How a draft is cut into judged units (sentences) and how each unit becomes model input.

rules/judgment/units.ts implements exactly the same cutting and input layout in
TypeScript; tests/unit/rules/judgment-units.test.ts holds the two to the same
results through the golden file that golden.py writes. Change both together.
"""
import re

CATEGORIES = [
    "official-capacity",
    "confidential",
    "harassment",
    "grievance",
    "coworker-privacy",
    "unlawful-conduct",
    "personal-safety",
]

MAX_UNIT = 300  # characters: longer runs are cut at the last space before this
MAX_TOKENS = 112  # [CLS] sentence [SEP] context [SEP]
MAX_SENTENCE_TOKENS = 80
CONTEXT_CHARS = 100  # of each neighbour

# A sentence ends after . ! ? or … (and any closing quotes or brackets) when
# whitespace follows; a line break always ends one.
WHITESPACE = " \t\n\r\f\v\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
_END = re.compile(r"[.!?\u2026]+[\"'\u201d\u2019)\]]*(?=[" + re.escape(WHITESPACE) + "])")


def _cut_long(text, to16, start, end):
    """Cuts runs longer than MAX_UNIT UTF-16 units (as JavaScript counts) at the last space, else on a character boundary."""
    out = []
    while to16[end] - to16[start] > MAX_UNIT:
        limit = to16[start] + MAX_UNIT
        cut = start
        for c in range(start + 1, end):
            if to16[c] > limit - 1:
                break
            if text[c] == " ":
                cut = c
        if cut <= start:
            cut = start + 1
            while cut + 1 < end and to16[cut + 1] <= limit:
                cut += 1
        out.append((start, cut))
        start = cut
    out.append((start, end))
    return out


def _trimmed(text, start, end):
    while start < end and text[start] in WHITESPACE:
        start += 1
    while end > start and text[end - 1] in WHITESPACE:
        end -= 1
    return start, end


def split_units(text):
    """[(start, end)] in code points (Python string indices), trimmed, non-empty."""
    units = []
    to16 = utf16_offsets(text)
    line_start = 0
    for line in text.split("\n"):
        line_end = line_start + len(line)
        pieces = []
        last = line_start
        for m in _END.finditer(text, line_start, line_end):
            pieces.append((last, m.end()))
            last = m.end()
        pieces.append((last, line_end))
        for s, e in pieces:
            s, e = _trimmed(text, s, e)
            if e > s:
                for a, b in _cut_long(text, to16, s, e):
                    a, b = _trimmed(text, a, b)
                    if b > a:
                        units.append((a, b))
        line_start = line_end + 1
    return units


def unit_context(text, units, i):
    prev = text[units[i - 1][0]:units[i - 1][1]][-CONTEXT_CHARS:] if i > 0 else ""
    nxt = text[units[i + 1][0]:units[i + 1][1]][:CONTEXT_CHARS] if i + 1 < len(units) else ""
    return (prev + " " + nxt).strip()


def encode_pair(tokenizer, sentence, context):
    """Token ids, attention mask and type ids: [CLS] sentence [SEP] context [SEP], longest-first truncation."""
    a = tokenizer.encode(sentence, add_special_tokens=False)[:MAX_SENTENCE_TOKENS]
    b = tokenizer.encode(context, add_special_tokens=False) if context else []
    while len(a) + len(b) > MAX_TOKENS - 3:
        if len(a) > len(b):
            a.pop()
        else:
            b.pop()
    cls, sep = tokenizer.cls_token_id, tokenizer.sep_token_id
    ids = [cls] + a + [sep] + b + [sep]
    types = [0] * (len(a) + 2) + [1] * (len(b) + 1)
    return ids, [1] * len(ids), types


def utf16_offsets(text):
    """Maps a code-point index to a UTF-16 index (the offsets the extension uses)."""
    out = [0]
    for ch in text:
        out.append(out[-1] + (2 if ord(ch) > 0xFFFF else 1))
    return out
