#!/usr/bin/python3
# SPDX-License-Identifier: Apache-2.0
"""Writes a deterministic, synthetic faultline scenario for load benchmarks.

The output is a valid scenario (format version 1) in the schema of
samples/baghdad-2024-01.yaml: sources, actors (states, groups, persons),
relations of every built-in type (some with since/until, confidence, a
qualifier or a note) and incidents with roles and links. The same parameters
and seed always give the same bytes. Only the Python standard library is used.

Degrees are skewed (a few hubs, many leaves): half of the relation endpoints
are drawn uniformly and half from a power-law-like distribution over actors.

Usage:
  gen_scenario.py [--actors N] [--relations N] [--incidents N] [--sources N]
                  [--seed S] [--format yaml|json] [-o FILE]
"""

import argparse
import bisect
import json
import random
import sys

RELATION_TYPES = [
    # (type, relative frequency)
    ("backs", 14),
    ("allied_with", 8),
    ("member_of", 16),
    ("controls", 6),
    ("hostile_to", 16),
    ("at_war_with", 6),
    ("designates", 5),
    ("sanctions", 6),
    ("condemns", 10),
    ("threatens", 8),
    ("negotiates_with", 5),
]
COUNTRIES = ["IQ", "IR", "SY", "LB", "IL", "PS", "US", "YE", "SA", "TR", "JO", "EG", "RU", "GB", "FR", "AF",
             "PK", "LY", "SD", "SO", "ML", "NG", "UA", "QA", "AE", "KW", "BH", "OM", "DZ", "TN"]
GROUP_CATEGORIES = ["militia", "armed-group", "coalition", "armed-force", "political-party", "government",
                    "terrorist-organisation", "militia-coalition", "intelligence-service", "ngo"]
PERSON_CATEGORIES = ["commander", "official", "politician", "cleric", "spokesperson", "minister"]
INCIDENT_TYPES = ["airstrike", "bombing", "assassination", "attack", "statement", "condemnation", "raid",
                  "drone-strike", "rocket-attack", "kidnapping", "pledge-of-revenge", "attack-campaign"]
QUALIFIERS = ["terrorist-organisation", "foreign-terrorist-organisation", "sanctioned-entity", "armed-group"]
WORDS = ["northern", "southern", "eastern", "western", "central", "popular", "islamic", "national", "revolutionary",
         "liberation", "resistance", "front", "brigade", "battalion", "movement", "council", "army", "forces",
         "guard", "union", "party", "league", "committee", "alliance", "defence", "martyrs", "victory", "dawn",
         "river", "mountain", "coast", "valley", "desert", "city", "province", "district"]
GIVEN = ["Ahmad", "Ali", "Hassan", "Hussein", "Mahmoud", "Mustafa", "Omar", "Karim", "Yusuf", "Ibrahim", "Khalil",
         "Nasser", "Salim", "Tariq", "Walid", "Ziad", "Fatima", "Layla", "Maryam", "Nour", "Rania", "Samira",
         "John", "David", "Michael", "Anna", "Maria", "Elena", "Ivan", "Sergei"]
FAMILY = ["al-Amiri", "al-Muhandis", "Haddad", "Khalaf", "Nasrallah", "Saleh", "Jaber", "Abbas", "Darwish",
          "Mansour", "Qasim", "Rahman", "Sadr", "Tamimi", "Zubaidi", "Kazimi", "Hashimi", "Jawari", "Smith",
          "Miller", "Petrov", "Ivanova", "Dubois", "Rossi"]


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--actors", type=int, default=100_000)
    p.add_argument("--relations", type=int, default=1_000_000)
    p.add_argument("--incidents", type=int, default=None, help="default: actors / 10")
    p.add_argument("--sources", type=int, default=None, help="default: max(1, actors / 100)")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--format", choices=["yaml", "json"], default="yaml")
    p.add_argument("-o", "--output", default="-", help="output file (default: standard output)")
    a = p.parse_args(argv)
    if a.incidents is None:
        a.incidents = a.actors // 10
    if a.sources is None:
        a.sources = max(1, a.actors // 100)
    if a.actors < 2 and a.relations > 0:
        p.error("relations need at least 2 actors (self-relations are not allowed)")
    if a.actors < 1 and a.incidents > 0:
        p.error("incidents need at least 1 actor")
    if min(a.actors, a.relations, a.incidents, a.sources) < 0 or a.sources < 1:
        p.error("counts must not be negative, and there must be at least one source")
    return a


def distinct(items):
    """The items without repeats, in first-seen order."""
    out = []
    for x in items:
        if x not in out:
            out.append(x)
    return out


def days_in_month(y, m):
    if m == 2:
        return 29 if (y % 4 == 0 and y % 100 != 0) or y % 400 == 0 else 28
    return 30 if m in (4, 6, 9, 11) else 31


class Dates:
    """Dates of mixed precision (YYYY, YYYY-MM, YYYY-MM-DD) between 1980 and 2024."""

    def __init__(self, rng):
        self.rng = rng

    def triple(self, lo=1980, hi=2024):
        y = self.rng.randint(lo, hi)
        m = self.rng.randint(1, 12)
        d = self.rng.randint(1, days_in_month(y, m))
        return y, m, d

    def text(self, t, precision):
        y, m, d = t
        if precision == 0:
            return "%04d" % y
        if precision == 1:
            return "%04d-%02d" % (y, m)
        return "%04d-%02d-%02d" % (y, m, d)

    def precision(self):
        r = self.rng.random()
        return 2 if r < 0.7 else (1 if r < 0.9 else 0)

    def interval(self):
        """(since, until) texts with until not before since."""
        a = self.triple()
        b = self.triple(a[0], min(2024, a[0] + 10))
        if b < a:
            a, b = b, a
        pa, pb = self.precision(), self.precision()
        return self.text(a, pa), self.text(b, pb)


class Emitter:
    """Streams a scenario as YAML (block lists of flow or block items) or JSON."""

    def __init__(self, out, fmt):
        self.out = out
        self.json = fmt == "json"
        self.sections = 0

    @staticmethod
    def scalar(value):
        # Ids, dates, numbers and plain words are written bare; anything else
        # JSON-quoted, which is also a valid double-quoted YAML scalar.
        if isinstance(value, (int, float)):
            return repr(value)
        if value and all(c.isalnum() or c in "-_." for c in value) and not value[0] in "-.":
            return value
        return json.dumps(value, ensure_ascii=False)

    def yaml_value(self, value):
        if isinstance(value, list):
            return "[" + ", ".join(self.yaml_value(v) for v in value) + "]"
        if isinstance(value, dict):
            return "{" + ", ".join("%s: %s" % (k, self.yaml_value(v)) for k, v in value.items()) + "}"
        return self.scalar(value)

    def header(self, version, scenario):
        if self.json:
            self.out.write('{"faultline": %d,\n"scenario": %s' % (version, json.dumps(scenario, ensure_ascii=False)))
        else:
            self.out.write("# Synthetic scenario written by bench/gen_scenario.py, for load benchmarks only.\n")
            self.out.write("faultline: %d\nscenario:\n" % version)
            for k, v in scenario.items():
                self.out.write("  %s: %s\n" % (k, self.scalar(v)))

    def begin(self, name):
        self.first = True
        if self.json:
            self.out.write(',\n"%s": [' % name)
        else:
            self.out.write("\n%s:\n" % name)

    def item(self, obj, flow):
        if self.json:
            self.out.write(("\n" if self.first else ",\n") + json.dumps(obj, ensure_ascii=False, separators=(", ", ": ")))
        elif flow:
            self.out.write("  - " + self.yaml_value(obj) + "\n")
        else:
            lead = "  - "
            for k, v in obj.items():
                self.out.write("%s%s: %s\n" % (lead, k, self.yaml_value(v)))
                lead = "    "
        self.first = False

    def end(self):
        if self.json:
            self.out.write("]")

    def finish(self):
        if self.json:
            self.out.write("}\n")


def generate(a, out):
    rng = random.Random(a.seed)
    dates = Dates(rng)
    em = Emitter(out, a.format)

    em.header(1, {
        "id": "synthetic-%d-%d-s%d" % (a.actors, a.relations, a.seed),
        "title": "Synthetic scenario: %d actors, %d relations, %d incidents" % (a.actors, a.relations, a.incidents),
        "description": "Generated by bench/gen_scenario.py with seed %d; not real data." % a.seed,
        "as_of": "2024-12-31",
    })

    # Sources.
    source_ids = ["src-%d" % k for k in range(a.sources)]
    em.begin("sources")
    for k, sid in enumerate(source_ids):
        s = {"id": sid, "title": "Synthetic report number %d" % k}
        if k % 2 == 0:
            s["url"] = "https://example.org/reports/%d" % k
        if k % 3 == 0:
            s["publisher"] = "Example Wire %d" % (k % 17)
        s["date"] = dates.text(dates.triple(2000), 2)
        em.item(s, flow=True)
    em.end()

    def pick_sources():
        if rng.random() < 0.8:
            return {"source": source_ids[rng.randrange(len(source_ids))]}
        n = min(len(source_ids), rng.randint(2, 3))
        return {"sources": rng.sample(source_ids, n)}

    # Actors: ~0.2% states (at least 1, at most 250), ~35% groups, the rest persons.
    n = a.actors
    n_states = min(250, max(1 if n else 0, n // 500))
    n_groups = (n - n_states) * 35 // 100
    kinds = ["state"] * n_states + ["group"] * n_groups + ["person"] * (n - n_states - n_groups)
    rng.shuffle(kinds)
    actor_ids = []
    persons = []
    em.begin("actors")
    for i, kind in enumerate(kinds):
        aid = "%s-%d" % (kind, i)
        actor_ids.append(aid)
        act = {"id": aid, "kind": kind}
        if kind == "state":
            act["name"] = "State %d" % i
            act["country"] = COUNTRIES[i % len(COUNTRIES)]
        elif kind == "group":
            words = rng.sample(WORDS, 3)
            act["name"] = "%s %s %s %d" % (words[0].capitalize(), words[1].capitalize(), words[2].capitalize(), i)
            act["category"] = rng.choice(GROUP_CATEGORIES)
            act["country"] = rng.choice(COUNTRIES)
        else:
            persons.append(i)
            act["name"] = "%s %s %d" % (rng.choice(GIVEN), rng.choice(FAMILY), i)
            if rng.random() < 0.5:
                act["category"] = rng.choice(PERSON_CATEGORIES)
            if rng.random() < 0.6:
                act["country"] = rng.choice(COUNTRIES)
        r = rng.random()
        if r < 0.3:
            act["aliases"] = ["%s alias %d-%d" % (kind.capitalize(), i, k) for k in range(rng.randint(1, 3))]
        if rng.random() < 0.1:
            act["tags"] = rng.sample(["iran-axis", "us-led", "sunni", "shia", "kurdish", "regional", "proxy"], 2)
        if rng.random() < 0.2:
            act["description"] = "A synthetic %s, number %d, active in %s." % (kind, i, rng.choice(COUNTRIES))
        act.update(pick_sources())
        if rng.random() < 0.1:
            act["confidence"] = round(rng.uniform(0.3, 1.0), 2)
        em.item(act, flow=False)
    em.end()

    # Relations, then incidents, in the order of the sample.
    types = [t for t, _ in RELATION_TYPES]
    weights = [w for _, w in RELATION_TYPES]
    cum = []
    total = 0
    for w in weights:
        total += w
        cum.append(total)

    def endpoint():
        # Half uniform, half skewed to low indices (hubs): density ~ x^-0.6.
        u = rng.random()
        if rng.random() < 0.5:
            return int(u * n)
        return min(n - 1, int(n * u ** 2.5))

    em.begin("relations")
    for k in range(a.relations):
        src = endpoint()
        dst = endpoint()
        while dst == src:
            dst = rng.randrange(n)
        t = types[bisect.bisect_right(cum, rng.random() * total)]
        rel = {"from": actor_ids[src], "type": t, "to": actor_ids[dst]}
        if t == "designates" and rng.random() < 0.7:
            rel["as"] = rng.choice(QUALIFIERS)
        r = rng.random()
        if r < 0.25:
            rel["since"] = dates.text(dates.triple(), dates.precision())
        elif r < 0.35:
            rel["since"], rel["until"] = dates.interval()
        if rng.random() < 0.1:
            rel["weight"] = round(rng.uniform(0.1, 1.0), 2)
        rel.update(pick_sources())
        if rng.random() < 0.2:
            rel["confidence"] = round(rng.uniform(0.2, 1.0), 2)
        if rng.random() < 0.15:
            rel["note"] = "Synthetic fact %d: %s %s %s, reported by several outlets." % (k, actor_ids[src], t,
                                                                                      actor_ids[dst])
        em.item(rel, flow=True)
    em.end()

    em.begin("incidents")
    days = []  # (y, m, d) of each incident, for responds_to links that go forward in time
    for k in range(a.incidents):
        y, m, d = dates.triple(1990)
        days.append((y, m, d))
        inc = {"id": "incident-%d" % k, "name": "Synthetic incident %d" % k,
               "date": dates.text((y, m, d), dates.precision())}
        if rng.random() < 0.05:
            inc["until"] = dates.text((min(2024, y + rng.randint(1, 3)), 12, 31), 2)
        inc["type"] = rng.choice(INCIDENT_TYPES)
        if rng.random() < 0.7:
            place = {"name": "Place %d" % rng.randrange(5000), "country": rng.choice(COUNTRIES)}
            if rng.random() < 0.3:
                place["lat"] = round(rng.uniform(-60, 60), 4)
                place["lon"] = round(rng.uniform(-170, 170), 4)
            inc["place"] = place
        inc["perpetrator"] = distinct(actor_ids[endpoint()] for _ in range(rng.randint(1, 2)))
        if rng.random() < 0.8:
            inc["target"] = distinct(actor_ids[endpoint()] for _ in range(rng.randint(1, 2)))
        if persons and rng.random() < 0.3:
            inc["victim"] = distinct(actor_ids[persons[rng.randrange(len(persons))]] for _ in range(rng.randint(1, 3)))
        if rng.random() < 0.1:
            inc["claimed_by"] = [inc["perpetrator"][0]]
        if rng.random() < 0.05:
            attrib = {"actor": actor_ids[endpoint()], "by": actor_ids[endpoint()]}
            attrib.update(pick_sources())
            inc["attributed_to"] = [attrib]
        if rng.random() < 0.1:
            inc["condemned_by"] = distinct(actor_ids[endpoint()] for _ in range(rng.randint(1, 3)))
        if rng.random() < 0.4:
            inc["fatalities"] = rng.randint(0, 200)
        if rng.random() < 0.2:
            inc["injured"] = "unknown" if rng.random() < 0.3 else rng.randint(0, 500)
        if rng.random() < 0.3:
            inc["description"] = "A synthetic %s, number %d." % (inc["type"], k)
        inc.update(pick_sources())
        if k > 0 and rng.random() < 0.3:
            # A response comes after what it answers (the loader refuses one
            # that surely comes before): drop the link when the day is earlier.
            answered = rng.randrange(k)
            if days[answered] <= (y, m, d):
                inc["responds_to"] = [("incident-%d" % answered)]
        if k > 0 and rng.random() < 0.05:
            inc["part_of"] = [{"incident": "incident-%d" % rng.randrange(k), "source": source_ids[0],
                               "confidence": 0.8}]
        em.item(inc, flow=False)
    em.end()
    em.finish()


def main(argv):
    a = parse_args(argv)
    if a.output == "-":
        generate(a, sys.stdout)
    else:
        with open(a.output, "w", encoding="utf-8", newline="\n") as out:
            generate(a, out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
