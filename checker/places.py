"""Where a place lies relative to another: the gazetteer's readings of a name, containment by
country and region, and distance by coordinates. Used by the event-place verifier.

A name has **readings**: every place of the gazetteer (`places:`) of that name or alias
("Cambridge": the English city and the one in Massachusetts; "Georgia": the country and the
US state), and the country it names ("Britain"). An event's place has the readings of its
name in the event's country. A reading is a *point* (a city or a site: coordinates, and for a
city a radius from its population) or an *area* (a country, or a region with the places the
gazetteer puts in it).

Two readings **match** when one contains the other (the country, the first- or second-level
region; "in Scotland" for Gleneagles) or when two points are near: within `NEAR_KM`, or
within the reach of the two cities ("Washington" for the White House, or for a place in its
suburbs). Matching is generous on purpose: a match verifies, and verifying a claim whose
place is a little loose misleads nobody. They **conflict** only when that cannot be:

- two points farther apart than `FAR_KM`;
- an area and a point the data places elsewhere (another country; another region of the
  same level), the point also more than `FAR_KM` from every place of the region: a city on
  a region's edge, or one the administrative map puts outside a region everyone says it is
  in (Sevastopol and Crimea, Kyiv and the Kyiv region), is never taken for a conflict.

Anything else is **unsure**. A stated place conflicts with an event's place only when every
pair of their readings conflicts: an ambiguous name conflicts only if all its readings are
far away, and a name the gazetteer does not know ("Bolotnaya Square", "Balmoral Castle")
has no reading, so it never conflicts here (the verifier then falls back on names).

**The distances** (between the points GeoNames gives: a city's centre). `NEAR_KM` (25 km): a
place within 25 km of a city is "at" the city as news write it (airports, suburbs, resorts
named for the nearest city: Le Bourget for Paris, 11 km; Watford for London, 25 km); so is
one within the reach of two cities' extents, a city's reach being the radius of a disc
holding its population at 3,500 people per km² (a typical city proper; capped at
`MAX_RADIUS_KM`: London 25 km, Paris 14, Edinburgh 7, a site 0). `FAR_KM` (40 km): the
largest cities reach about 25 km from their centre (Greater London; Tokyo's wards 20 km),
so a place more than 40 km from the stated one is outside it however it is drawn: another
place. Between the two the verdict is unknown (Tokyo for Yokohama, 28 km; Washington for
Dulles airport, 40 km). The labelled corpus's nearest wrong places are 43 km (Kyoto for
Osaka) and 50 km (Edinburgh for Gleneagles) away: both conflict.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from checker.facts import Event, Place
from checker.index import ReferenceIndex
from checker.names import fold

NEAR_KM = 25.0
FAR_KM = 40.0
DENSITY_PER_KM2 = 3500.0
MAX_RADIUS_KM = 25.0
EARTH_RADIUS_KM = 6371.0

COUNTRY, REGION, SUBREGION, POINT = 0, 1, 2, 3


@dataclass(frozen=True)
class Reading:
    """One thing a name may mean: a country, a region or a point."""

    name: str
    level: int  # COUNTRY, REGION (first-level), SUBREGION (second-level) or POINT
    country: str
    region: str | None  # folded; for a REGION its own name, for a SUBREGION its parent
    subregion: str | None  # folded; for a SUBREGION its own name
    lat: float | None
    lon: float | None
    radius: float  # km: how far a city reaches from its point
    place: Place | None  # the gazetteer's record (None for a country)
    names: frozenset[str] = frozenset()  # an area's folded names (name and aliases): what places say they lie in


@dataclass(frozen=True)
class Relation:
    """How a stated place relates to an event's place."""

    verdict: str  # match | conflict | unsure
    stated: Reading | None = None  # the readings that decided (for explanations and evidence)
    actual: Reading | None = None
    km: float | None = None  # the distance between two points, when that decided


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def radius_km(place: Place) -> float:
    if place.kind != "city" or not place.population:
        return 0.0
    return min(MAX_RADIUS_KM, math.sqrt(place.population / (math.pi * DENSITY_PER_KM2)))


def _reading(p: Place) -> Reading:
    if p.kind == "region":
        names = frozenset(fold(n) for n in (p.name, *p.aliases))
        if p.region:
            return Reading(p.name, SUBREGION, p.country, fold(p.region), fold(p.name), p.lat, p.lon, 0.0, p, names)
        return Reading(p.name, REGION, p.country, fold(p.name), None, p.lat, p.lon, 0.0, p, names)
    return Reading(p.name, POINT, p.country, fold(p.region) if p.region else None,
                   fold(p.subregion) if p.subregion else None, p.lat, p.lon, radius_km(p), p)


def _country_reading(index: ReferenceIndex, name: str) -> Reading | None:
    """The country a name names ("Britain", "the United States"), not a capital, a demonym
    or an organisation entered as a country."""
    bare = name[4:] if name.lower().startswith("the ") else name
    cid = index.country_id(bare)
    if cid is None or cid not in index.countries:
        return None
    c = index.countries[cid]
    if getattr(c, "organisation", False) or fold(bare) not in {fold(n) for n in (c.name, *c.names)}:
        return None
    return Reading(c.name, COUNTRY, c.id, None, None, None, None, 0.0, None)


def readings(index: ReferenceIndex, name: str, within: str | None = None) -> list[Reading]:
    """Every reading of a stated place; with `within` (the region in apposition: "Butler,
    Pennsylvania", "Antalya, Turkey") only those it contains. [] when the gazetteer does not
    know the name, or knows no reading of it within that region."""
    key = ("name", fold(name), fold(within) if within else None)
    found = index.place_memo.get(key)
    if found is None:
        found = [_reading(p) for p in index.places_named(name)]
        country = _country_reading(index, name)
        if country is not None:
            found.append(country)
        if within and found:
            areas = [r for r in readings(index, within) if r.level != POINT]
            if areas:  # an apposition the gazetteer does not know narrows nothing
                found = [r for r in found if any(_contains(a, r) for a in areas)]
        index.place_memo[key] = found
    return found


DOMINANT = 5  # an event's city this many times as populous as its namesakes is the one meant


def event_readings(index: ReferenceIndex, event: Event) -> list[Reading]:
    """The readings of an event's place within the event's country (a "Huntsville" summit in
    Canada is not the one in Alabama); [] when the gazetteer does not know it there. An
    event's place is a city or a site: a region of that name is meant only when no city is
    (Washington the city, not the state; Crimea the region), and a city five times as
    populous as every namesake in the country is the one meant (Nagasaki, not the district
    of Tokyo). "Oxford, Mississippi": the Oxford in Mississippi."""
    key = ("event", event.id)
    found = index.place_memo.get(key)
    if found is None:
        found = []
        if event.place:
            name, _, within = event.place.partition(", ")
            found = [r for r in readings(index, name, within or None)
                     if event.country is None or r.country == event.country]
            points = [r for r in found if r.level == POINT]
            if points:
                found = points
                top = max(points, key=lambda r: r.place.population or 0)
                if all((top.place.population or 0) >= DOMINANT * (r.place.population or 0) for r in points if r is not top):
                    found = [top]
        index.place_memo[key] = found
    return found


# --- two readings ---------------------------------------------------------------------------

def _contains(area: Reading, other: Reading) -> bool:
    """Whether the data puts `other` inside `area` (or makes them the same area)."""
    if area.level == POINT or other.country != area.country:
        return False
    if area.level == COUNTRY:
        return True
    if area.level == REGION:
        return other.level >= REGION and other.region in area.names
    return other.level >= SUBREGION and other.subregion in area.names and \
        (other.region is None or area.region is None or other.region == area.region)


def _elsewhere(area: Reading, other: Reading) -> bool:
    """Whether the data puts `other` outside `area`: another country, or another region of
    the area's level (unknown membership puts it nowhere)."""
    if other.country != area.country:
        return True
    if area.level == REGION:
        return other.level >= REGION and other.region is not None and other.region not in area.names
    if area.level == SUBREGION:
        if other.region is not None and area.region is not None and other.region != area.region:
            return True
        return other.level >= SUBREGION and other.subregion is not None and other.subregion not in area.names
    return False


def _far_from_area(index: ReferenceIndex, area: Reading, point: Reading) -> bool:
    """A region's extent is not in the data: a point is far from it only when it is more than
    FAR_KM from every place the gazetteer puts in the region (and from the region's own point,
    if it has one). A region with no place and no point of its own is taken at its word."""
    if area.level == COUNTRY:
        return True  # borders are the data's: another country is elsewhere
    if point.lat is None:
        return False
    parent = area.place.region if area.level == SUBREGION else area.name
    members = index.places_in(area.country, parent, area.name if area.level == SUBREGION else None)
    spots = [(p.lat, p.lon) for p in members if p.lat is not None]
    if area.lat is not None:
        spots.append((area.lat, area.lon))
    return all(distance_km(point.lat, point.lon, la, lo) > FAR_KM for la, lo in spots)


def relate_readings(index: ReferenceIndex, stated: Reading, actual: Reading) -> Relation:
    if stated.level == POINT and actual.level == POINT:
        if stated.lat is None or actual.lat is None:
            return Relation("unsure", stated, actual)
        km = distance_km(stated.lat, stated.lon, actual.lat, actual.lon)
        if km <= NEAR_KM or km <= stated.radius + actual.radius:
            return Relation("match", stated, actual, km)
        return Relation("conflict" if km > FAR_KM else "unsure", stated, actual, km)
    # a region in a region, or a place in the region: containment either way is a match
    # ("the annexation in Sevastopol" for Crimea is loose, not wrong)
    if _contains(stated, actual) or _contains(actual, stated):
        return Relation("match", stated, actual)
    if stated.level != POINT and actual.level != POINT:  # two areas
        return Relation("conflict" if stated.country != actual.country else "unsure", stated, actual)
    area, point = (stated, actual) if stated.level != POINT else (actual, stated)
    if _elsewhere(area, point) and _far_from_area(index, area, point):
        return Relation("conflict", stated, actual)
    return Relation("unsure", stated, actual)


def relate(index: ReferenceIndex, place: str, event: Event, within: str | None = None) -> Relation | None:
    """How the stated `place` relates to the event's place: a match if some pair of readings
    matches, a conflict if every pair conflicts, unsure otherwise; None when the gazetteer
    knows one of the two not at all (then names alone can tell)."""
    key = ("relate", place, within, event.id)
    if key in index.place_memo:  # the date and the place claims of one mention ask alike
        return index.place_memo[key]
    relation = index.place_memo[key] = _relate(index, place, event, within)
    return relation


def _relate(index: ReferenceIndex, place: str, event: Event, within: str | None) -> Relation | None:
    stated, actual = readings(index, place, within), event_readings(index, event)
    if not stated or not actual:
        return None
    pairs = [relate_readings(index, s, a) for s in stated for a in actual]
    matches = [r for r in pairs if r.verdict == "match"]
    if matches:  # the nearest pair explains it best
        return min(matches, key=lambda r: (r.km is None, r.km or 0.0))
    # A region named like a city it holds (Kyoto, the prefecture; New York, the state) is a
    # reading for matching only: "in Kyoto" for a place elsewhere in the prefecture matches
    # through it, but for a place outside it the city is what the name means.
    cities = [s for s in stated if s.level == POINT]
    deciding = [r for r in pairs if r.stated.level == POINT or not any(_contains(r.stated, c) for c in cities)]
    if deciding and all(r.verdict == "conflict" for r in deciding):
        return min(deciding, key=lambda r: (r.km is None, r.km or 0.0))
    return Relation("unsure")


def describe(r: Reading, index: ReferenceIndex) -> str:
    """"Gleneagles, Scotland, United Kingdom"."""
    parts = [r.name]
    if r.place is not None:
        parts += [x for x in (r.place.subregion, r.place.region) if x and fold(x) != fold(r.name)]
    if r.level != COUNTRY:
        c = index.countries.get(r.country)
        parts.append(c.name if c else r.country)
    return ", ".join(parts)


def container(point: Reading, level: int, index: ReferenceIndex) -> str | None:
    """The area at `level` the data puts a point in ("Cornwall", "Scotland", "United Kingdom")."""
    p = point.place
    if level == SUBREGION and p is not None and p.subregion:
        return p.subregion
    if level in (REGION, SUBREGION) and p is not None and p.region:
        return p.region
    c = index.countries.get(point.country)
    return c.name if c else point.country


def fact(p: Place, index: ReferenceIndex) -> str:
    """A gazetteer record as evidence: "Edinburgh: city in Scotland, United Kingdom, at
    55.9521, -3.1965 (population 514,990)"."""
    c = index.countries.get(p.country)
    where = ", ".join(x for x in (p.subregion, p.region, c.name if c else p.country) if x)
    text = f"{p.name}: {p.kind} in {where}"
    if p.lat is not None:
        text += f", at {p.lat:.4f}, {p.lon:.4f}"
    if p.population:
        text += f" (population {p.population:,})"
    return text
