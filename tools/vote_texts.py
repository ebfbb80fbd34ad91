#!/usr/bin/env python3
"""The distinct vote texts (`result` of agenda items) of the recorded real OParl answers in
../shared/oparl/real, each with its key in crates/oparl-import/tests/vote_texts.tsv: the
FNV-1a hash of the text (control characters read as spaces, as the test reads them).

The recordings may not be copied into the project, so the table holds keys and the tallies a
person reads in each text, not the texts. This prints them side by side for review:

    tools/vote_texts.py [--table crates/oparl-import/tests/vote_texts.tsv]
"""
import json, os, sys

ROOT = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "oparl", "real")


def fnv(text):
    h = 0xCBF29CE484222325
    for b in text.encode("utf-8"):
        h ^= b
        h = (h * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return f"{h:016x}"


def texts():
    found = {}

    def walk(v):
        if isinstance(v, dict):
            if isinstance(v.get("result"), str):
                found[fnv(v["result"])] = v["result"]
            for x in v.values():
                walk(x)
        elif isinstance(v, list):
            for x in v:
                walk(x)

    for root, _, files in os.walk(ROOT):
        for f in files:
            raw = open(os.path.join(root, f), "rb").read().decode("utf-8", "replace")
            raw = "".join(" " if ord(c) < 0x20 else c for c in raw)
            try:
                walk(json.loads(raw))
            except ValueError:
                pass
    return found


def main():
    table = {}
    if "--table" in sys.argv:
        for line in open(sys.argv[sys.argv.index("--table") + 1], encoding="utf-8"):
            if line.strip() and not line.startswith("#"):
                key, reading = line.rstrip("\n").split("\t")[:2]
                table[key] = reading
    for key, text in sorted(texts().items(), key=lambda kv: kv[1]):
        print(f"{key}\t{table.get(key, '?')}\t{text[:160]!r}")


if __name__ == "__main__":
    main()
