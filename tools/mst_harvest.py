#!/usr/bin/env python3
"""Meine Stadt Transparent harvests Teilhabe's OParl server: every body, equal counts.

Meine Stadt Transparent (MST, PyPI `meine-stadt-transparent`) is a real OParl client: the
council information portal several German cities run on top of their council system's
OParl API. This script lets its own importer read each body of a running Teilhabe server
(one MST instance, that is one PostgreSQL database, per body, as MST is built) and compares,
per kind, what MST stored with what Teilhabe's OParl lists hold. It is run by hand (see the
issue's note), not in CI: MST and its dependencies come from PyPI.

Set-up, once (Debian: the client libraries MST's database drivers build against):

    apt-get install -y default-libmysqlclient-dev libpq-dev pkg-config libmagickwand-6.q16-6
    python3 -m venv /tmp/mst/venv
    /tmp/mst/venv/bin/pip install meine-stadt-transparent==0.2.14 "numpy<2"

(MST 0.2.14 is from 2022: its Elasticsearch client needs NumPy 1.)

Run (the demo on a fresh SQLite file, then MST against it):

    (cd "$(mktemp -d)" && teilhabe serve --demo --addr 127.0.0.1:18090 &)
    /tmp/mst/venv/bin/python tools/mst_harvest.py http://127.0.0.1:18090 \
        --database postgres://postgres@127.0.0.1:5432

It prints one line per body and kind (Teilhabe's count, MST's) and exits 1 on any
difference. MST's extras that need the internet (the city's outline and streets from
OpenStreetMap, the files' geo extraction) are skipped; files are not downloaded.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import urllib.request

# Teilhabe's OParl list → MST's model for it.
KINDS = [
    ("organizations", "Organization"),
    ("persons", "Person"),
    ("memberships", "Membership"),
    ("meetings", "Meeting"),
    ("agendaItems", "AgendaItem"),
    ("papers", "Paper"),
    ("consultations", "Consultation"),
    ("files", "File"),
    ("legislativeTerms", "LegislativeTerm"),
]

# Runs inside MST (`manage.py shell`): import one body, then count what is stored.
MST_IMPORT = """
import json, logging
from importer.cli import Cli
from django.conf import settings
from django.db import connection
from mainapp import models
logging.getLogger().setLevel(logging.WARNING)
# MST creates its three organisation types with fixed ids and leaves PostgreSQL's sequence
# behind (it is mostly run on MariaDB): the importer's first type of its own would collide
# with id 1. Create them first and move the sequence on.
for t in (settings.PARLIAMENTARY_GROUPS_TYPE, settings.COMMITTEE_TYPE, settings.DEPARTMENT_TYPE):
    models.OrganizationType.objects.get_or_create(id=t[0], defaults={{"name": t[1]}})
with connection.cursor() as c:
    c.execute("SELECT setval(pg_get_serial_sequence('mainapp_organizationtype', 'id'), "
              "(SELECT max(id) FROM mainapp_organizationtype))")
Cli().from_userinput({body!r}, False, {key!r}, skip_body_extra=True, skip_files=True)
counts = {{k: getattr(models, k).objects.count() for k in {kinds!r}}}
# MST takes the legislative terms embedded in every body of the System's body list; the
# body's own are those linked to it.
counts["LegislativeTerm"] = models.Body.objects.get(oparl_id={body!r}).legislative_terms.count()
print("COUNTS " + json.dumps(counts))
"""


def get_json(url):
    with urllib.request.urlopen(url, timeout=60) as r:
        return json.load(r)


def count_list(url):
    """Objects in a list, following `links.next`, deleted ones left out."""
    n = 0
    while url:
        page = get_json(url)
        n += sum(1 for o in page["data"] if not o.get("deleted"))
        url = page.get("links", {}).get("next")
    return n


def psql(database, sql):
    subprocess.run(["psql", database, "-qc", sql], check=True, stdout=subprocess.DEVNULL)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("server", help="Teilhabe's base address, e.g. http://127.0.0.1:18090")
    ap.add_argument("--database", default="postgres://postgres@127.0.0.1:5432",
                    help="PostgreSQL server for MST's databases (one per body)")
    args = ap.parse_args()
    manage = os.path.join(os.path.dirname(os.path.dirname(__import__("django").__file__)),
                          "manage.py")
    system = get_json(args.server.rstrip("/") + "/oparl/v1/system")
    bodies = get_json(system["body"])["data"]
    differences = 0
    workdir = tempfile.mkdtemp(prefix="mst-harvest-")
    for body in bodies:
        key = body.get("ags") or body.get("rgs")
        key = key[:5] if key and key.endswith("000") and len(key) == 8 else key
        db = f"mst_{key}"
        psql(f"{args.database}/postgres", f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')
        psql(f"{args.database}/postgres", f'CREATE DATABASE "{db}"')
        env = dict(os.environ,
                   DATABASE_URL=f"{args.database}/{db}",
                   REAL_HOST="localhost", SECRET_KEY="mst-harvest-check",
                   ELASTICSEARCH_ENABLED="False", LOG_DIRECTORY=workdir,
                   DJANGO_SETTINGS_MODULE="meine_stadt_transparent.settings")
        subprocess.run([sys.executable, manage, "migrate", "-v0"], env=env, check=True)
        code = MST_IMPORT.format(body=body["id"], key=key, kinds=[m for _, m in KINDS])
        out = subprocess.run([sys.executable, manage, "shell", "-c", code], env=env,
                             capture_output=True, text=True)
        line = [l for l in out.stdout.splitlines() if l.startswith("COUNTS ")]
        if not line:
            print(out.stdout, out.stderr, file=sys.stderr)
            sys.exit(f"{body['name']}: MST printed no counts")
        mst = json.loads(line[0][len("COUNTS "):])
        for list_name, model in KINDS:
            ours = count_list(f"{args.server.rstrip('/')}/oparl/v1/body/{key}/{list_name}")
            same = "gleich" if ours == mst[model] else "ANDERS"
            differences += ours != mst[model]
            print(f"{body['name']:<28} {list_name:<17} Teilhabe {ours:>5}  MST {mst[model]:>5}  {same}")
    print(f"{len(bodies)} Körperschaften, {differences} Unterschiede")
    sys.exit(1 if differences else 0)


if __name__ == "__main__":
    main()
