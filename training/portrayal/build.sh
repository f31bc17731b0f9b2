#!/bin/sh
# The whole recipe of the shipped portrayal model, in one command (about 5 minutes on one core):
#   prepare the NewsMTSC DocBins -> train (seed 7) -> score rw/mt dev -> export into toolkit/model_files/portrayal
# Usage: training/portrayal/build.sh [WORKDIR]   (default /tmp/portrayal; the data are read from ../shared)
# Ship the result only when it beats the shipped model's dev scores (toolkit/model_files/portrayal/meta.json).
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=${1:-/tmp/portrayal}
PY=${PY:-$HERE/../../.venv/bin/python}
DATA=$HERE/../../../shared/corpora/newsmtsc
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 PYTHONHASHSEED=0
cd "$HERE"
"$PY" prepare.py --schemes marker_all --out "$WORK/corpus"
"$PY" -m spacy train config.cfg --output "$WORK/runs/ship" --paths.corpus "$WORK/corpus/marker_all" --system.seed 7
for split in rw mt; do
  "$PY" evaluate.py "$WORK/runs/ship/model-best" "$DATA/${split}_dev.jsonl" --scheme marker_all > "$WORK/eval_$split.json"
done
"$PY" export.py "$WORK/runs/ship/model-best" --out "${OUT:-$HERE/../../toolkit/model_files/portrayal}" \
  --scores "$WORK/eval_rw.json" "$WORK/eval_mt.json"
