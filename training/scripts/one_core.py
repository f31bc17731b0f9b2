"""Run a Python command pinned to one BLAS/OpenMP thread.

Usage: python scripts/one_core.py -m spacy train ...   (any arguments for python)
The thread variables must be set before numpy is imported, hence the re-exec.
"""
import os
import sys

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[var] = "1"
os.execv(sys.executable, [sys.executable, *sys.argv[1:]])
