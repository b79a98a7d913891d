#!/usr/bin/env bash
# `npm run train`: corpus → fine-tuned MiniLM → int8 ONNX + thresholds in models/judgment/.
# Python only here (pinned in training/requirements.txt, in training/.venv); the
# extension, the CLI and the tests need none of it: the artifact is committed.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x training/.venv/bin/python ]; then
  python3 -m venv training/.venv
  training/.venv/bin/pip install --quiet -r training/requirements.txt
fi
mkdir -p training/.cache
# The team corpus trains too, its spans where the rules find each category.
npx tsx scripts/judgment/team-spans.ts training/.cache/team.jsonl
training/.venv/bin/python training/train.py "$@"
npx tsx scripts/judgment/choose-thresholds.ts
training/.venv/bin/python training/golden.py
echo "Done. Score it with: npm run eval"
