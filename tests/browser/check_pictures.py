#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""The README's pictures (docs/img/*.svg) are what the current build draws.

Usage: check_pictures.py FAULTLINE SOURCE_DIR

Draws each picture of the bundled sample with FAULTLINE and compares it, byte
for byte, with the committed file. With FAULTLINE_REWRITE_PICTURES=1 it
rewrites the committed files instead (review the change with git diff).
"""
import os
import subprocess
import sys

# File under docs/img, and the faultline arguments that draw it.
PICTURES = {
    "actor-graph.svg": ["export", "--to", "svg"],
    "escalation.svg": ["escalation", "--to", "baghdad-strike", "--format", "svg"],
    "blocs.svg": ["alliances", "--format", "svg"],
    "backers.svg": ["backers", "nujaba", "--inherit", "--format", "svg"],
    "path.svg": ["path", "Islamic State", "United States", "--format", "svg"],
    "centrality.svg": ["centrality", "--metric", "pagerank", "--format", "svg"],
}


def main():
    faultline, source = sys.argv[1], sys.argv[2]
    rewrite = os.environ.get("FAULTLINE_REWRITE_PICTURES") == "1"
    stale = []
    for name, args in PICTURES.items():
        drawn = subprocess.run([faultline] + args, capture_output=True, check=True).stdout
        path = os.path.join(source, "docs", "img", name)
        if rewrite:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "wb") as f:
                f.write(drawn)
            print(f"rewrote {path}")
            continue
        committed = open(path, "rb").read() if os.path.exists(path) else b""
        if committed != drawn:
            stale.append(name)
            print(f"STALE: docs/img/{name} differs from `faultline {' '.join(args)}`")
        else:
            print(f"ok: docs/img/{name}")
    if stale:
        print("Regenerate with: FAULTLINE_REWRITE_PICTURES=1 ctest --test-dir build -R 'docs: pictures'")
        sys.exit(1)


if __name__ == "__main__":
    main()
