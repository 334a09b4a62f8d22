# SPDX-License-Identifier: Apache-2.0
"""Prints where this interpreter finds packages under an install prefix, relative to it.

Used by python/CMakeLists.txt: Debian's python3 reads /usr/local/lib/python3.X/dist-packages
(its posix_local scheme), other builds the posix_prefix scheme's site-packages.
"""
import os
import sys
import sysconfig

prefix = os.path.abspath(sys.argv[1])
for scheme in (sysconfig.get_default_scheme(), "posix_prefix"):
    path = sysconfig.get_path("platlib", scheme)
    if os.path.commonpath([path, prefix]) == prefix:
        print(os.path.relpath(path, prefix))
        break
else:
    path = sysconfig.get_path("platlib", "posix_prefix", vars={"base": prefix, "platbase": prefix})
    print(os.path.relpath(path, prefix))
