# SPDX-License-Identifier: Apache-2.0
"""PEP 517 backend of the faultline package: the project's own CMake build, then a wheel.

pip calls build_wheel(); it configures the repository with CMake for the
interpreter pip runs (FAULTLINE_PYTHON on, tests and benchmarks off), builds
the `_core` target, installs the `python` component into a staging folder and
zips it as a wheel. config setting `build-dir=DIR` builds in DIR (kept); a DIR
that already holds a CMake tree is built as it is configured, so a developer's
or the test suite's tree is reused rather than reconfigured.
"""
import base64
import hashlib
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import zipfile

NAME = "faultline"
VERSION = "0.1.0"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _metadata():
    summary = "Actor-relationship graph engine for conflict analysis: who backs, fights, claims and strikes whom"
    return (f"Metadata-Version: 2.1\nName: {NAME}\nVersion: {VERSION}\nSummary: {summary}\n"
            "License: Apache-2.0\nRequires-Python: >=3.9\nRequires-Dist: numpy\nRequires-Dist: pandas\n"
            "Provides-Extra: networkx\nRequires-Dist: networkx; extra == \"networkx\"\n"
            "Provides-Extra: progress\nRequires-Dist: tqdm; extra == \"progress\"\n")


def _tag():
    version = f"cp{sys.version_info.major}{sys.version_info.minor}"
    platform = sysconfig.get_platform().replace("-", "_").replace(".", "_")
    return f"{version}-{version}-{platform}"


def get_requires_for_build_wheel(config_settings=None):
    return []


def prepare_metadata_for_build_wheel(metadata_directory, config_settings=None):
    info = os.path.join(metadata_directory, f"{NAME}-{VERSION}.dist-info")
    os.makedirs(info, exist_ok=True)
    with open(os.path.join(info, "METADATA"), "w", encoding="utf-8") as f:
        f.write(_metadata())
    return os.path.basename(info)


def _run(command):
    print("faultline_build:", " ".join(command), file=sys.stderr, flush=True)
    subprocess.run(command, check=True)


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    settings = config_settings or {}
    build = settings.get("build-dir")
    temporary = None
    if not build:
        temporary = tempfile.mkdtemp(prefix="faultline-build-")
        build = temporary
    build = os.path.abspath(build)
    staging = tempfile.mkdtemp(prefix="faultline-wheel-")
    try:
        if not os.path.exists(os.path.join(build, "CMakeCache.txt")):
            _run(["cmake", "-S", ROOT, "-B", build, "-DCMAKE_BUILD_TYPE=Release", "-DFAULTLINE_PYTHON=ON",
                  "-DFAULTLINE_BUILD_TESTS=OFF", "-DFAULTLINE_BUILD_BENCH=OFF", "-DFAULTLINE_INSTALL=OFF",
                  f"-DPython3_EXECUTABLE={sys.executable}"])
        _run(["cmake", "--build", build, "--target", "_core", "-j", str(os.cpu_count() or 1)])
        _run(["cmake", "--install", build, "--component", "python", "--prefix", staging])
        package = None
        for folder, _, files in os.walk(staging):
            if os.path.basename(folder) == NAME and "__init__.py" in files:
                package = folder
                break
        if package is None:
            raise RuntimeError("faultline_build: the install put no faultline package under " + staging)
        os.makedirs(wheel_directory, exist_ok=True)
        wheel = os.path.join(wheel_directory, f"{NAME}-{VERSION}-{_tag()}.whl")
        info = f"{NAME}-{VERSION}.dist-info"
        records = []

        def add(archive, name, data):
            archive.writestr(name, data)
            digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
            records.append(f"{name},sha256={digest},{len(data)}")

        with zipfile.ZipFile(wheel, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for file in sorted(os.listdir(package)):
                path = os.path.join(package, file)
                if os.path.isfile(path):
                    with open(path, "rb") as f:
                        add(archive, f"{NAME}/{file}", f.read())
            add(archive, f"{info}/METADATA", _metadata().encode())
            add(archive, f"{info}/WHEEL",
                f"Wheel-Version: 1.0\nGenerator: faultline_build\nRoot-Is-Purelib: false\nTag: {_tag()}\n".encode())
            records.append(f"{info}/RECORD,,")
            archive.writestr(f"{info}/RECORD", "\n".join(records) + "\n")
        return os.path.basename(wheel)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        if temporary:
            shutil.rmtree(temporary, ignore_errors=True)
