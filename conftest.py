"""Shared fixtures (the sample article, the corpora in ../shared, skipped where absent, file factories) and the
skipping of the notebooks that need ../shared where it is absent."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent
DATA = ROOT / "data"
SAMPLE = DATA / "articles" / "000_a0b5b4455e1f7479.txt"
# CI clones the project with shared/ beside it; a user's clone has no ../shared.
SHARED = Path(os.environ.get("TOOLKIT_SHARED", ROOT.parent / "shared"))


@pytest.fixture(scope="session")
def sample_path() -> Path:
    return SAMPLE


@pytest.fixture(scope="session")
def sample_text() -> str:
    return SAMPLE.read_bytes().decode("utf-8")


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"needs the shared corpora folder, absent here ({SHARED}); CI has it beside the clone")
    return SHARED


@pytest.fixture
def write(tmp_path):
    """write(name, content) -> Path: a file in a temporary directory (str content is written as UTF-8)."""

    def _write(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        return path

    return _write


@dataclass(frozen=True)
class BuiltSite:
    """The documentation site built once per test session: where its HTML is, and what the build printed."""

    html: Path
    returncode: int
    output: str


@pytest.fixture(scope="session")
def docs_site(tmp_path_factory) -> BuiltSite:
    """``sphinx-build -W --keep-going`` of ``docs/`` into a temporary folder, as the README's command builds it
    (warnings as errors: every warning is printed, then the build fails). Skips where Sphinx is not installed
    (the dev extra installs it)."""
    pytest.importorskip("sphinx", reason="the documentation site needs Sphinx (the dev or docs extra)")
    html = tmp_path_factory.mktemp("site") / "html"
    build = subprocess.run([sys.executable, "-m", "sphinx", "-W", "--keep-going", "-q", "-E", "-b", "html",
                            "-d", str(html.parent / "doctrees"), str(ROOT / "docs"), str(html)],
                           capture_output=True, text=True, cwd=ROOT, timeout=600)
    return BuiltSite(html, build.returncode, build.stdout + build.stderr)


#: Notebooks that read ../shared (nbval runs every notebook; a user's clone has no ../shared).
NOTEBOOKS_NEEDING_SHARED: set[str] = set()  # none since 04_corpus runs on data/classroom (#35)


def pytest_collection_modifyitems(config, items):
    """Skip, with the reason, the notebooks that need the shared corpora where they are absent."""
    if SHARED.is_dir():
        return
    skip = pytest.mark.skip(reason=f"needs the shared corpora folder, absent here ({SHARED}); CI has it beside "
                                   "the clone")
    for item in items:
        if Path(str(item.fspath)).name in NOTEBOOKS_NEEDING_SHARED:
            item.add_marker(skip)


# Property-based tests: a fixed-seed CI profile, and a deep profile run by hand
# (HYPOTHESIS_PROFILE=deep python -m pytest tests/e2e/test_invariants.py; see tests/README.md).
from hypothesis import HealthCheck, settings  # noqa: E402

settings.register_profile("ci", derandomize=True, max_examples=40, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.register_profile("deep", max_examples=10_000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
