#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""A tour of faultline from Python, run by the test suite (CTest: "python: example script").

1. The seed questions on the bundled sample (the US strike in Baghdad of 2024-01-04).
2. A GDELT import into a DataFrame.
3. Escalation chains.
4. Blocs as a DataFrame.
"""
import os
import sys

import faultline

here = os.path.dirname(os.path.abspath(__file__))
source = os.environ.get("FAULTLINE_SOURCE_DIR", os.path.join(here, "..", ".."))
gdelt = os.path.join(source, "samples", "fixtures", "events", "gdelt-v2.tsv")

# 1. The seed questions ------------------------------------------------------
g = faultline.sample()
print(g.info())

backers = g.backers("nujaba")  # Who backs Harakat al-Nujaba?
print(backers.to_pandas().to_string(index=False))
assert any(b["backer"]["id"] == "iran" for b in backers["answers"]), "Iran backs Nujaba in the article"

path = g.path("usa", "nujaba")  # How are the United States and Nujaba connected?
print(path)

scores = g.centrality(metric="betweenness").to_series().sort_values(ascending=False)
print(scores.head(5).to_string())

# 2. A GDELT import --------------------------------------------------------------
events = faultline.import_events("gdelt", gdelt)
print(events.import_report)
incidents = events.incidents()
print(incidents[["id", "date", "type", "country", "goldstein"]].head().to_string(index=False))
assert len(incidents) == events.import_report["imported"]

# 3. Escalation chains -----------------------------------------------------------
chains = g.escalation(top=3)
for chain in chains["chains"]:
    print(" -> ".join(step["incident"]["id"] for step in chain["steps"]))

# 4. Blocs as a DataFrame --------------------------------------------------------
blocs = g.alliances().to_pandas()
print(blocs.to_string(index=False))
assert {"bloc"} <= set(blocs.columns) or len(blocs.columns) > 1

sys.exit(0)
