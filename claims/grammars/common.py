"""Building blocks shared by the grammars: word alternations, located slots, dates."""
from __future__ import annotations

import re

import pyparsing as pp

from claims.grammars.names import trim


MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def keep_tabs(expr: pp.ParserElement) -> pp.ParserElement:
    """Finish a claim grammar. pyparsing expands tabs to spaces before parsing unless told
    not to, which would shift every offset after a tab; claims must index the real text."""
    return expr.parse_with_tabs()


def one_of_forms(forms: dict[str, pp.ParserElement]) -> pp.ParserElement:
    """The first of a grammar's forms that matches, its name kept as the result's "rule"
    (`claims.model.Claim.rule` says which form found the claim)."""
    def tagged(rule: str, form: pp.ParserElement) -> pp.ParserElement:
        def action(toks: pp.ParseResults) -> None:
            toks["rule"] = rule

        return form.copy().add_parse_action(action)

    return keep_tabs(pp.MatchFirst([tagged(rule, form) for rule, form in forms.items()]))


def regex_form(rule: str, pattern: str, check=None, compile=re.compile) -> pp.ParserElement:
    """One form of a grammar as a single compiled regex inside pyparsing.

    Its named groups become located slots (`(offset, text)` pairs, offsets relative to the
    parsed string) and the form's name is kept as "rule", as `one_of_forms` does. A form
    with a dozen optional parts costs pyparsing a result object per part and an exception
    per miss; as one regex it is one C-level match. Group names that end in a digit
    (``modifier1``, ``modifier2``: one slot that may sit in two places) are one slot, the
    first that matched. `check(slots)` may change the slots or raise ParseException
    (a name that trims to nothing).
    """
    rx = compile(pattern)

    def action(s: str, loc: int, toks: pp.ParseResults) -> pp.ParseResults:
        m = rx.match(s, loc)
        slots: dict[str, tuple[int, str]] = {}
        for key, value in m.groupdict().items():
            if value is not None:
                slots.setdefault(key.rstrip("0123456789"), (m.start(key), value))
        if check is not None:
            check(s, loc, slots)
        out = pp.ParseResults([m.group()])
        for key, value in slots.items():
            out[key] = value
        out["rule"] = rule
        return out

    return pp.Regex(rx).add_parse_action(action)


def trimmed_person(stop: frozenset[str]):
    """A `regex_form` check: trim the "person" slot to the name in it (`names.trim`: no
    title, country or leading "Then"), and refuse the form where no name is left."""
    def check(s: str, loc: int, slots: dict[str, tuple[int, str]]) -> None:
        at, text = slots["person"]
        trimmed = trim(at, text, stop)
        if trimmed is None:
            raise pp.ParseException(s, loc, "not a name")
        slots["person"] = trimmed

    return check


def slot(expr: pp.ParserElement, name: str) -> pp.ParserElement:
    """Tag a token with its start offset, so claims can report where each part is."""
    return expr.copy().add_parse_action(lambda s, loc, toks: [(loc, toks[0])])(name)


# Abbreviations with a period (AP: "Feb. 24") or without (Reuters: "Feb 24"); a bare one must
# end the word, so "Decree" or "Junior" is no month.
_MONTH_RE = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?:\.|\b))"
_DAY_RE = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR_RE = r"(?:1[6-9]\d\d|20\d\d)"

# "March 3, 2022", "March 3 2022", "March 3" / "3 March 2022", "3rd of March" / "2022-03-03"
DATE_RE = re.compile(
    rf"(?P<mdy>(?P<m1>{_MONTH_RE})\s+(?P<d1>{_DAY_RE})(?![\d:])(?:,?\s+(?P<y1>{_YEAR_RE})\b)?)"
    rf"|(?P<dmy>(?P<d2>{_DAY_RE})\s+(?:of\s+)?(?P<m2>{_MONTH_RE})(?:,?\s+(?P<y2>{_YEAR_RE})\b)?)"
    rf"|(?P<iso>\b(?P<y3>{_YEAR_RE})-(?P<m3>0[1-9]|1[0-2])-(?P<d3>0[1-9]|[12]\d|3[01])\b)"
)
# The second day of a range: "Nov. 15-16", "Nov. 30-Dec. 12", "15-16 November" (claims
# about a range are judged by its first day).
RANGE_END = rf"\s*[-–]\s*(?:{_MONTH_RE}\s+)?{_DAY_RE}(?![\d:])"
RANGE_END_RE = re.compile(RANGE_END)
# A range with its year, month first: "Nov. 15-16, 2015", "Nov. 30-Dec. 12, 2015".
RANGE_WITH_YEAR = rf"(?:{_MONTH_RE}\s+{_DAY_RE}{RANGE_END},?\s+{_YEAR_RE}\b)"
# "March 2022", "in 2014"
MONTH_YEAR_RE = re.compile(rf"(?P<m>{_MONTH_RE})\s+(?:of\s+)?(?P<y>{_YEAR_RE})\b")
YEAR_RE = re.compile(rf"\b(?P<y>{_YEAR_RE})\b")


def month_number(word: str) -> int:
    return MONTHS[word.rstrip(".").lower()]


def date_parts(m: re.Match) -> tuple[int | None, int, int]:
    """(year or None, month, day) from a DATE_RE match."""
    if m.group("iso"):
        return int(m.group("y3")), int(m.group("m3")), int(m.group("d3"))
    if m.group("mdy"):
        y, mon, d = m.group("y1"), m.group("m1"), m.group("d1")
    else:
        y, mon, d = m.group("y2"), m.group("m2"), m.group("d2")
    return (int(y) if y else None), month_number(mon), int(re.match(r"\d+", d).group())


_WORD_START = re.compile(r"(?<![\w'’])[\w'’\"“(]")


def scan_at_triggers(
    expr, text: str, trigger: re.Pattern, back_words: int = 12, ahead: int = 200,
    lead: re.Pattern | None = None, opens: re.Pattern | None = None, overlap: bool = False,
):
    """Yield (start, tokens) of `expr`'s leftmost matches that reach past a trigger match.

    pyparsing's scan_string tries the grammar at every character of the text, which makes
    whole-sentence scanning the slowest part of checking. A claim always contains its
    trigger (a title, a weekday, "predecessor", "won"), so the grammar is only tried at the
    word starts of the `back_words` words before each trigger (and at the trigger itself),
    leftmost first, on a slice that ends `ahead` characters after it; the first parse that
    ends after the trigger's start is the claim.

    Most word starts cannot open a claim, and a compiled regex rejects one in a microsecond
    where pyparsing takes tens: `opens` must match at the start (a capital, a pronoun), and
    `lead` must match all of the text from the start up to the trigger (a looser form of
    the grammar's own words there). `expr` may be a function of the trigger match giving
    the grammar to try (only the forms with that word). With `overlap`, a later claim may
    start inside an earlier one: "Biden's predecessor, Donald Trump, who succeeded Barack
    Obama" holds two, sharing Trump's name.
    """
    consumed, last = 0, -1
    for m in trigger.finditer(text):
        if m.start() < consumed:
            continue
        lo = last + 1 if overlap else consumed
        starts = [w.start() for w in _WORD_START.finditer(text, lo, m.start() + 1)]
        grammar = expr if isinstance(expr, pp.ParserElement) else expr(m)
        for start in starts[-back_words - 1 :]:
            if opens is not None and not opens.match(text, start):
                continue
            if lead is not None and start < m.start() and not lead.fullmatch(text, start, m.start()):
                continue
            try:
                tokens = grammar.parse_string(text[start : m.end() + ahead])
            except pp.ParseException:
                continue
            end = start + _end_of(tokens)
            if end <= m.start():  # matched something before the trigger only
                continue
            yield start, tokens
            last = start
            if not overlap:
                consumed = end
            break


def _end_of(tokens: pp.ParseResults) -> int:
    """The end of the last located slot (slots hold (offset, text) pairs)."""
    ends = [
        v[0] + len(v[1])
        for v in tokens.as_dict().values()
        if isinstance(v, tuple) and len(v) == 2 and isinstance(v[0], int) and isinstance(v[1], str)
    ]
    return max(ends, default=0)
