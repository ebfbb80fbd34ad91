#!/usr/bin/env python3
"""Derives Teilhabe's region reference from the official municipality directory.

    python3 tools/regions.py ../shared/data/regions/AuszugGV2QAktuell.xlsx \
        > crates/stats/data/regions.tsv

Input: GV-ISys "AuszugGV" (Destatis), sheet "Onlineprodukt_Gemeinden…". Output: one line per
Land, Regierungsbezirk, Kreis, Gemeindeverband and Gemeinde with its key (AGS: 2, 3, 5 or
8 digits; a Gemeindeverband by its 9-digit ARS), the 12-digit ARS of a Gemeinde, the level,
the name and the population. Facts only; licence dl-de/by-2-0, © Statistisches Bundesamt
(Destatis). Needs only the standard library (an .xlsx is a zip of XML).
"""
import re
import sys
import zipfile
from xml.etree import ElementTree as ET

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
LEVELS = {"10": "land", "20": "rb", "40": "kreis", "50": "verband", "60": "gemeinde"}


def cells(path):
    z = zipfile.ZipFile(path)
    strings = [
        "".join(t.text or "" for t in si.iter(f"{{{NS['m']}}}t"))
        for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", NS)
    ]
    # The data sheet is the second one ("Onlineprodukt_…").
    sheet = ET.fromstring(z.read("xl/worksheets/sheet2.xml"))
    for row in sheet.iter(f"{{{NS['m']}}}row"):
        out = {}
        for c in row.findall("m:c", NS):
            col = re.match(r"[A-Z]+", c.get("r")).group(0)
            v = c.find("m:v", NS)
            if v is None:
                continue
            out[col] = strings[int(v.text)] if c.get("t") == "s" else v.text
        yield out


KINDS = {"41": "Kreisfreie Stadt", "42": "Stadtkreis", "43": "Kreis", "44": "Landkreis",
         "45": "Regionalverband"}


# The twelve Bezirke of Berlin, which regional statistics list with keys of their own
# (1100B00B) although the directory knows Berlin as one Gemeinde. Names as Destatis uses them.
BERLIN = ["Mitte", "Friedrichshain-Kreuzberg", "Pankow", "Charlottenburg-Wilmersdorf",
          "Spandau", "Steglitz-Zehlendorf", "Tempelhof-Schöneberg", "Neukölln",
          "Treptow-Köpenick", "Marzahn-Hellersdorf", "Lichtenberg", "Reinickendorf"]


def main():
    rows = []
    for r in cells(sys.argv[1]):
        level = LEVELS.get(r.get("A", ""))
        if not level:
            continue
        land, rb, kreis, vb, gem = (r.get(c, "") for c in "CDEFG")
        name = r.get("H", "").strip()
        pop = r.get("J", "")
        pop = str(int(float(pop))) if pop else ""
        if level == "land":
            key, ars = land, ""
        elif level == "rb":
            key, ars = land + rb, ""
        elif level == "kreis":
            key, ars = land + rb + kreis, ""
        elif level == "verband":
            key, ars = land + rb + kreis + vb, ""
        else:
            key, ars = land + rb + kreis + gem, land + rb + kreis + vb + gem
        rows.append([key, ars, level, KINDS.get(r.get("B", ""), ""), name, pop])
    # Population of the upper levels: the sum of their Gemeinden (same reference day).
    totals = {}
    for key, _, level, _, _, pop in rows:
        if level == "gemeinde" and pop:
            for n in (2, 3, 5):
                totals[key[:n]] = totals.get(key[:n], 0) + int(pop)
    for i, name in enumerate(BERLIN, start=1):
        rows.append([f"110{i:02d}{i:03d}", "", "gemeinde", "Bezirk", f"Berlin-{name}", ""])
    print("key\tars\tlevel\tkind\tname\tpopulation")
    for row in rows:
        if not row[5] and row[2] in ("land", "rb", "kreis"):
            row[5] = str(totals.get(row[0], ""))
        print("\t".join(row))


if __name__ == "__main__":
    main()
