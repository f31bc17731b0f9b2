#!/bin/sh
# Usage: ./train.sh NAME CONFIG CORPUS_SCHEME [extra spacy train overrides...]
# One BLAS thread, 15-minute wall-clock cap; output in /tmp/portrayal/runs/NAME, log in /tmp/portrayal/logs/NAME.log
set -e
NAME=$1; CFG=$2; SCHEME=$3; shift 3
PY=${PY:-$(dirname "$0")/../../.venv/bin/python}
mkdir -p /tmp/portrayal/runs /tmp/portrayal/logs
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1
START=$(date +%s)
timeout 900 "$PY" -m spacy train "$(dirname "$0")/$CFG" --output /tmp/portrayal/runs/$NAME \
  --paths.corpus /tmp/portrayal/corpus/$SCHEME "$@" > /tmp/portrayal/logs/$NAME.log 2>&1 || echo "exit $?" >> /tmp/portrayal/logs/$NAME.log
echo "wall_seconds $(( $(date +%s) - START ))" >> /tmp/portrayal/logs/$NAME.log
