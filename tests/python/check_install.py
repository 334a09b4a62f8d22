#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""The package installs two ways, each then imported and asked a question:

1. `cmake --install` of the build tree's `python` component into a prefix:
   the package lands in FAULTLINE_PYTHON_INSTALL_DIR, and for the prefix
   /usr/local that directory is on the interpreter's own sys.path.
2. `pip install --no-build-isolation --no-index .` in a venv made with
   --system-site-packages, through the in-tree backend (python/faultline_build.py),
   reusing the build tree.

usage: check_install.py SOURCE_DIR BUILD_DIR WORK_DIR; exit 77 (skipped) without venv or pip.
"""
import os
import shutil
import subprocess
import sys

source, build, work = sys.argv[1:4]
shutil.rmtree(work, ignore_errors=True)
os.makedirs(work)
question = ("import faultline, sys; g = faultline.sample(); "
            "print(faultline.__file__); print(g.backers('nujaba')['answers'][0]['backer']['id'])")

# 1. cmake --install
cache = open(os.path.join(build, "CMakeCache.txt"), encoding="utf-8").read()
install_dir = next(line.split("=", 1)[1] for line in cache.splitlines()
                   if line.startswith("FAULTLINE_PYTHON_INSTALL_DIR:"))
prefix = os.path.join(work, "prefix")
subprocess.run(["cmake", "--install", build, "--component", "python", "--prefix", prefix], check=True,
               stdout=subprocess.DEVNULL)
site = os.path.join(prefix, install_dir)
assert os.path.isfile(os.path.join(site, "faultline", "__init__.py")), site
env = dict(os.environ, PYTHONPATH=site)
out = subprocess.run([sys.executable, "-c", question], env=env, check=True, capture_output=True, text=True).stdout
assert out.splitlines() == [os.path.join(site, "faultline", "__init__.py"), "iran"], out
local = os.path.normpath(os.path.join("/usr/local", install_dir))
paths = subprocess.run([sys.executable, "-c", "import sys; print('\\n'.join(sys.path))"], check=True,
                       capture_output=True, text=True, env={k: v for k, v in os.environ.items()
                                                            if k != "PYTHONPATH"}).stdout.splitlines()
if sys.executable.startswith("/usr/bin/"):
    assert local in paths, f"{local} is not on {sys.executable}'s sys.path: {paths}"
print(f"cmake --install: {site} ({local} is where it goes under /usr/local)")

# 2. pip install in a venv
venv = os.path.join(work, "venv")
if subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", venv],
                  capture_output=True).returncode != 0:
    print("skipped: python3 -m venv is not available (Debian: python3-venv)")
    sys.exit(77)
python = os.path.join(venv, "bin", "python")
if subprocess.run([python, "-m", "pip", "--version"], capture_output=True).returncode != 0:
    print("skipped: pip is not available (Debian: python3-pip)")
    sys.exit(77)
env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "LD_PRELOAD")}
subprocess.run([python, "-m", "pip", "install", "-q", "--no-build-isolation", "--no-index",
                f"--config-settings=build-dir={build}", source], check=True, env=env)
out = subprocess.run([python, "-c", question], env=env, check=True, capture_output=True, text=True).stdout
lines = out.splitlines()
assert lines[0].startswith(os.path.realpath(venv)) or lines[0].startswith(venv), lines[0]
assert lines[1] == "iran", out
print(f"pip install: {lines[0]}")
