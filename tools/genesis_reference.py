#!/usr/bin/env python3
"""Independent reference counts for the GENESIS files in ../shared/data/genesis/, made with
pandas (not with Teilhabe's reader), committed as crates/stats/tests/fixtures/genesis_reference.json.

    python3 tools/genesis_reference.py ../shared/data/genesis > crates/stats/tests/fixtures/genesis_reference.json

Per file: data rows, observations (value cells), how many cells carry each special symbol,
the quality marks of `value_q`, and the sum of all numeric values.
"""
import json
import re
import sys
from pathlib import Path

import pandas as pd

SYMBOLS = ["-", ".", "...", "x", "/", "*"]


def cell(v):
    """(number or None, symbol or None) for one value cell."""
    s = str(v).strip()
    if s in SYMBOLS:
        return None, s
    m = re.fullmatch(r"\((.*)\)", s)
    if m:
        return float(m.group(1).replace(",", ".")), "()"
    m = re.fullmatch(r"(.*?)\s*([prs])", s)
    if m and m.group(1):
        return float(m.group(1).replace(",", ".")), m.group(2)
    return float(s.replace(",", ".")), None


def count(values):
    flags, total = {}, 0.0
    for v in values:
        n, f = cell(v)
        if f:
            flags[f] = flags.get(f, 0) + 1
        if n is not None:
            total += n
    return flags, total


def ffcsv(path):
    df = pd.read_csv(path, sep=";", dtype=str, keep_default_na=False, encoding="utf-8-sig")
    flags, total = count(df["value"])
    quality = {}
    if "value_q" in df:
        for q, n in df["value_q"].value_counts().items():
            if q.strip():
                quality[q.strip()] = int(n)
    return {"rows": len(df), "observations": len(df), "flags": flags, "quality": quality, "sum": total}


def classic(path):
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    lines = text.splitlines()
    end = next(i for i, l in enumerate(lines) if l.startswith("__________"))
    key = re.compile(r"^(DG|\d{2}|\d{3}|\d{5}|\d{8})$")
    rows = []
    for l in lines[1:end]:
        c = l.split(";")
        if len(c) > 2 and (key.match(c[0]) or (key.match(c[1]) and re.match(r"^(\d{4}|\d\d\.\d\d\.\d{4})$", c[0]))):
            rows.append(c)
    first = rows[0]
    start = 3 if re.match(r"^(\d{4}|\d\d\.\d\d\.\d{4})$", first[0]) else 2
    df = pd.DataFrame([r[start:] for r in rows])
    values = df.to_numpy().ravel().tolist()
    flags, total = count(values)
    return {"rows": len(df), "observations": len(values), "flags": flags, "quality": {}, "sum": total}


def main():
    root = Path(sys.argv[1])
    out = {}
    for p in sorted((root / "ffcsv").glob("*.csv")) + [root / "bench" / "12531-0043_flat.csv"]:
        out[str(p.relative_to(root))] = ffcsv(p)
    for p in sorted((root / "classic").glob("*.csv")):
        out[str(p.relative_to(root))] = classic(p)
    print(json.dumps(out, indent=1, sort_keys=True))


if __name__ == "__main__":
    main()
