"""Building blocks shared by the grammars: word alternations, located slots, dates."""
from __future__ import annotations

import re

import pyparsing as pp

from claims.grammars.names import trim_name
from claims.patterns import fold


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

        tagged = form.copy().add_parse_action(action)
        tagged.direct_rule = rule  # what `action` does, for `direct`
        return tagged

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
    # (group number, slot name) in the pattern's order; a group's span is read from
    # `Match.regs` by number ((-1, -1) where it did not take part), one tuple for all groups
    # instead of two method calls per group.
    keys = [(number, key.rstrip("0123456789")) for key, number in rx.groupindex.items()]

    def slots_of(s: str, m: re.Match) -> dict:
        slots: dict = {}
        regs = m.regs
        for number, name in keys:
            lo, hi = regs[number]
            if lo >= 0 and name not in slots:
                slots[name] = (lo, s[lo:hi])
        if check is not None:
            check(s, m.start(), slots)
        return slots

    # Where the slots stay (offset, text) pairs (no check, or one of `trimmed_person`'s), the
    # end of the last one (`_end_of`, which `scan_at_triggers` needs) is found cheaply.
    located = check is None or getattr(check, "keeps_slots_located", False)

    def located_of(s: str, m: re.Match) -> tuple[dict, int]:
        """(slots_of(s, m), _end_of of them)."""
        slots: dict = {}
        end = 0
        regs = m.regs
        for number, name in keys:
            lo, hi = regs[number]
            if lo >= 0 and name not in slots:
                slots[name] = (lo, s[lo:hi])
                if hi > end:
                    end = hi
        if check is not None:
            check(s, m.start(), slots)
            if not located:
                end = _end_of(slots)
            elif slots:
                end = max([at + len(text) for at, text in slots.values()])
            else:
                end = 0
        return slots, end

    def action(s: str, loc: int, toks: pp.ParseResults) -> pp.ParseResults:
        m = rx.match(s, loc)
        slots = slots_of(s, m)
        out = pp.ParseResults([m.group()])
        for key, value in slots.items():
            out[key] = value
        out["rule"] = rule
        return out

    element = pp.Regex(rx).add_parse_action(action)
    element.direct_form = (rule, rx, slots_of)  # the form, for `direct` (`_forms_run`) and its users
    element.direct_located = located_of  # see `_forms_run`
    return element


_WHITE = " \n\t\r"  # what pyparsing skips before an element (ParserElement.DEFAULT_WHITE_CHARS)


def direct(expr: pp.ParserElement):
    """`expr.parse_string(s)` without pyparsing, as a dict of its named results, or None
    where pyparsing would raise ParseException; `direct(expr)` is None for a grammar it does
    not mirror exactly (then use pyparsing). Grammars stay defined in pyparsing, built once;
    this only runs them. A grammar of other elements: see `_tree`.

    For a grammar made only of `regex_form`s (one, or a MatchFirst of them) it runs the
    same compiled regexes in the same order with the same checks, which is all that parse
    would do: skip the default
    whitespace, try each form's regex at that point, take the first that matches and whose
    check does not refuse it (a refusal raises ParseException, and MatchFirst then tries
    the next form). What it saves is pyparsing's per-call work (a result object per element
    and per slot, an exception per miss): most of a claim's extraction time. It returns the
    slots as a dict (slot → (offset, text), plus "rule"), read like the parse results, or
    None where parse_string would raise.
    """
    forms = _regex_forms(expr)
    if forms is _TREE:
        return _tree(expr)
    if forms is None:
        return None
    run = _forms_run(forms)

    def parse(s: str) -> dict | None:
        found = run(s)
        return None if found is None else found[0]

    return parse


def _forms_run(forms):
    """What `direct`'s parse does for a grammar of these `regex_form`s, with the end of the
    slots read (`_end_of`), as (slots, end), or None."""
    alternatives = [(e.direct_form[0], e.direct_form[1], e.direct_located) for e in forms]

    def run(s: str) -> tuple[dict, int] | None:
        loc = _skipped(s)
        for rule, rx, located_of in alternatives:
            m = rx.match(s, loc)
            if m is None:
                continue
            try:
                slots, end = located_of(s, m)
            except pp.ParseException:
                continue
            slots["rule"] = rule
            return slots, end
        return None

    return run


_TREE = object()  # a grammar of other elements than `regex_form`s (see `_regex_forms`)


def _regex_forms(expr: pp.ParserElement):
    """The `regex_form`s a grammar is made of, in the order MatchFirst tries them; `_TREE`
    where it is made of other elements, None where `direct` does not mirror it."""
    if not expr.keepTabs:
        return None  # pyparsing would expand tabs first
    forms = expr.exprs if isinstance(expr, pp.MatchFirst) else [expr]
    if not forms or not all(getattr(e, "direct_form", None) and not e.resultsName and len(e.parseAction) == 1
                            for e in forms):
        return _TREE
    if any(e.ignoreExprs or not e.skipWhitespace or set(e.whiteChars) != set(_WHITE) for e in [expr, *forms]):
        return None
    if expr is not forms[0] and (expr.parseAction or expr.resultsName):
        return None  # actions of its own: let pyparsing do it
    return forms


def _skipped(s: str) -> int:
    """Where pyparsing starts to parse `s`: after the default whitespace."""
    # (most texts start with a word: no stripped copy for them)
    return len(s) - len(s.lstrip(_WHITE)) if s[:1] in _WHITE else 0


class _NotDirect(Exception):
    """An element `direct` does not mirror: that grammar is left to pyparsing."""


def _tree(expr: pp.ParserElement):
    """`direct` for a grammar of sequences, alternatives, optional and suppressed parts
    whose leaves are regexes and literals (the election, relation and age grammars).

    Each element becomes a small function doing what pyparsing's element does: skip the
    default whitespace, match (a leaf's compiled regex at that point, or a literal),
    sequence (`And`: all in turn, no backtracking), first success (`MatchFirst`), optional
    (`Opt`: the position it was given when it does not match, see `_optional`), drop the results
    (`Suppress`). The only parse actions allowed are the ones this module and
    `claims.grammars.mentions` put there, each marked on its element and done the same
    way here: a located slot (`located`: (offset, text)), a name slot whose check may
    refuse it (`mentions.name`: the element then fails, as when its check raises in
    pyparsing), a form's "rule" (`one_of_forms`). Slots are collected in parse order and
    the last of a name wins, as in pyparsing's results. Any other element, action or
    whitespace setting: None, and pyparsing parses that grammar.
    """
    try:
        run = _element(expr, False)
    except _NotDirect:
        return None

    def parse(s: str) -> dict | None:
        out: list = []
        return None if run(s, 0, out) < 0 else dict(out)

    return parse


def _element(e: pp.ParserElement, suppressed: bool):
    """A function (text, loc, out) → new loc, or -1 (then `out` is as it was)."""
    if e.ignoreExprs or not e.skipWhitespace or set(e.whiteChars) != set(_WHITE) or e.debug or e.failAction:
        raise _NotDirect(e)
    rule = e.__dict__.get("direct_rule")
    slot = e.__dict__.get("direct_slot")
    marked = rule is not None or slot is not None
    if len(e.parseAction) != (1 if marked else 0) or (e.resultsName and slot is None):
        raise _NotDirect(e)
    kind = type(e)
    if slot is not None:
        if kind is not pp.Regex or e.asGroupList or e.asMatch:
            raise _NotDirect(e)
        named = e.__dict__.get("direct_name")
        if named is not None:
            return _name_slot(e.re.match, e.resultsName, named)
        return _slot(e.re.match, e.resultsName, slot)
    if kind is pp.Regex:
        if e.asGroupList or e.asMatch or rule is not None or (e.re.groupindex and not suppressed):
            raise _NotDirect(e)  # (pyparsing would name results after the regex's groups)
        return _leaf(e.re.match)
    if kind.__name__ in ("Literal", "_SingleCharLiteral") and rule is None:
        return _literal(e.match)
    if kind is pp.Suppress and rule is None:
        inner = _element(e.expr, True)
        # (a regex or a literal adds no slot: nothing to drop)
        return inner if getattr(inner, "adds_nothing", False) else _suppress(inner)
    if kind is pp.Opt and rule is None and e.defaultValue is pp.Opt._Opt__optionalNotMatched:
        return _optional(_element(e.expr, suppressed))
    if kind is pp.And and not any(type(x) is pp.And._ErrorStop for x in e.exprs):
        run = _sequence([_element(x, suppressed) for x in e.exprs])
    elif kind is pp.MatchFirst:
        run = _first([_element(x, suppressed) for x in e.exprs])
    else:
        raise _NotDirect(e)
    return run if rule is None else _tagged(run, rule)


def _skip(s: str, loc: int) -> int:
    n = len(s)
    while loc < n and s[loc] in _WHITE:
        loc += 1
    return loc


def _leaf(match):
    def run(s, loc, out):
        m = match(s, _skip(s, loc))
        return -1 if m is None else m.end()
    run.adds_nothing = True  # (see `_element`'s Suppress)
    return run


def _slot(match, name, check):
    def run(s, loc, out):
        loc = _skip(s, loc)
        m = match(s, loc)
        if m is None:
            return -1
        if check is True:  # `mentions.located`
            out.append((name, (loc, m.group())))
        else:  # `mentions.name`: its check gives the slot, or refuses the name
            try:
                out.append((name, check(s, loc, (m.group(),))[0]))
            except pp.ParseException:
                return -1
        return m.end()
    return run


def _name_slot(match, name, named):
    """`_slot` for a name (`mentions.name`) whose element also gives `named`: the text read
    as a name → (its offset in the text, the name), or None where its check refuses it."""
    def run(s, loc, out):
        loc = _skip(s, loc)
        m = match(s, loc)
        if m is None:
            return -1
        found = named(m.group())
        if found is None:
            return -1
        out.append((name, (loc + found[0], found[1])))
        return m.end()
    return run


def _literal(text):
    def run(s, loc, out):
        loc = _skip(s, loc)
        return loc + len(text) if s.startswith(text, loc) else -1
    run.adds_nothing = True
    return run


def _suppress(inner):
    def run(s, loc, out):
        mark = len(out)
        loc = inner(s, loc, out)
        del out[mark:]
        return loc
    return run


def _optional(inner):
    # (where `inner` does not match, pyparsing goes on after the whitespace: the next
    # element skips it anyway, and the end of the whole parse is never read)
    def run(s, loc, out):
        end = inner(s, loc, out)
        return loc if end < 0 else end
    return run


def _sequence(parts):
    # A sequence's parts that are sequences themselves ("a + b + c" is And([And([a, b]), c]))
    # are run as parts of this one: the same in turn, one call less each.
    flat = [inner for part in parts for inner in getattr(part, "parts", (part,))]
    if len(flat) == 1:
        return flat[0]  # (every element leaves `out` as it was when it fails)

    def run(s, loc, out):
        mark = len(out)
        for part in flat:
            loc = part(s, loc, out)
            if loc < 0:
                del out[mark:]
                return -1
        return loc
    run.parts = flat
    return run


def _first(alternatives):
    # (alternatives that are alternatives themselves, "a | b | c", tried in their place)
    flat = [inner for alternative in alternatives for inner in getattr(alternative, "alternatives", (alternative,))]

    def run(s, loc, out):
        for alternative in flat:
            end = alternative(s, loc, out)
            if end >= 0:
                return end
        return -1
    run.alternatives = flat
    return run


def _tagged(inner, rule):
    def run(s, loc, out):
        loc = inner(s, loc, out)
        if loc >= 0:
            out.append(("rule", rule))
        return loc
    return run


def trimmed_person(stop: frozenset[str], possessor: bool = False, long: bool = False,
                   surnames: frozenset[str] = frozenset()):
    """A `regex_form` check: trim the "person" slot to the name in it (`names.trim_name`: no
    title, country or leading "Then"), and refuse the form where no name is left.

    A name that runs on past a possessive ("Narendra Modi's Bharatiya Janata Party") is cut
    there with `possessor` (a title before the name is the possessor's; a "country_of" slot
    after it then belongs to the possessed and is dropped), else refused: what the form says
    is about the possessed, which is no person. With `long`, a longer reading ("Luís
    Montenegro" beside "Luís", see `names.Trimmed.long`) becomes the slot "person_long".
    `surnames`: see `names.trim_name`.
    """
    def check(s: str, loc: int, slots: dict[str, tuple[int, str]]) -> None:
        at, text = slots["person"]
        trimmed = trim_name(0, text, stop, possessor=possessor, surnames=surnames)
        if trimmed is None or trimmed.possessive and not possessor:
            raise pp.ParseException(s, loc, "not a name")
        slots["person"] = (at + trimmed.start, trimmed.name)
        if possessor and trimmed.possessive:
            slots.pop("country_of", None)
        if long and trimmed.long is not None:
            slots["person_long"] = (at + trimmed.start, trimmed.long)

    check.keeps_slots_located = True  # every slot stays an (offset, text) pair (see regex_form)
    return check


def slot(expr: pp.ParserElement, name: str) -> pp.ParserElement:
    """Tag a token with its start offset, so claims can report where each part is."""
    return expr.copy().add_parse_action(lambda s, loc, toks: [(loc, toks[0])])(name)


# Abbreviations with a period (AP: "Feb. 24") or without (Reuters: "Feb 24"); a bare one must
# end the word, so "Decree" or "Junior" is no month.
MONTH_PATTERN = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?:\.|\b))"
_DAY_RE = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR_RE = r"(?:1[6-9]\d\d|20\d\d)"

# "March 3, 2022", "March 3 2022", "March 3" / "3 March 2022", "3rd of March" / "2022-03-03"
DATE_RE = re.compile(
    rf"(?P<mdy>(?P<m1>{MONTH_PATTERN})\s+(?P<d1>{_DAY_RE})(?![\d:])(?:,?\s+(?P<y1>{_YEAR_RE})\b)?)"
    rf"|(?P<dmy>(?P<d2>{_DAY_RE})\s+(?:of\s+)?(?P<m2>{MONTH_PATTERN})(?:,?\s+(?P<y2>{_YEAR_RE})\b)?)"
    rf"|(?P<iso>\b(?P<y3>{_YEAR_RE})-(?P<m3>0[1-9]|1[0-2])-(?P<d3>0[1-9]|[12]\d|3[01])\b)"
)
# The second day of a range: "Nov. 15-16", "Nov. 30-Dec. 12", "15-16 November" (claims
# about a range are judged by its first day).
RANGE_END = rf"\s*[-–]\s*(?:{MONTH_PATTERN}\s+)?{_DAY_RE}(?![\d:])"
RANGE_END_RE = re.compile(RANGE_END)
# A range with its year, month first: "Nov. 15-16, 2015", "Nov. 30-Dec. 12, 2015".
RANGE_WITH_YEAR = rf"(?:{MONTH_PATTERN}\s+{_DAY_RE}{RANGE_END},?\s+{_YEAR_RE}\b)"
# "March 2022", "in 2014"
MONTH_YEAR_RE = re.compile(rf"(?P<m>{MONTH_PATTERN})\s+(?:of\s+)?(?P<y>{_YEAR_RE})\b")
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
    return (int(y) if y else None), month_number(mon), int(_DIGITS.match(d).group())


_DIGITS = re.compile(r"\d+")


WORD_START = re.compile(r"(?<![\w'’])[\w'’\"“(]")


def folded(s: str) -> str | None:
    """`claims.patterns.fold(s)` (the sentence lower-cased, or None), computed once for the
    sentence that every grammar in turn reads: the last text asked for is remembered (by
    identity, so the answer is always that text's)."""
    last = _LAST_FOLDED[0]
    if last[0] is s:
        return last[1]
    found = fold(s)
    _LAST_FOLDED[0] = (s, found)
    return found


_LAST_FOLDED: list = [(None, None)]  # (text, fold(text)), read and replaced whole


def scan_at_triggers(
    expr, text: str, trigger: re.Pattern, back_words: int = 12, ahead: int = 200,
    lead: re.Pattern | None = None, opens: re.Pattern | None = None, overlap: bool = False,
    found=None,
):
    """Yield (start, slots) of `expr`'s leftmost matches that reach past a trigger match
    (slots: the named results as a dict, see `parse`).

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
    Obama" holds two, sharing Trump's name. `found`, if given, are the trigger's matches
    (`trigger.finditer(text)` as found another way: the same offsets).
    """
    consumed, last = 0, -1
    fixed = isinstance(expr, pp.ParserElement)
    run = _located_parser_of(expr) if fixed else None  # (the same grammar for every trigger)
    opens_at = None if opens is None else opens.match  # (bound once: called per word start)
    leads_to = None if lead is None else lead.fullmatch
    n = back_words + 1
    for m in trigger.finditer(text) if found is None else found:
        at = m.start()
        if at < consumed:
            continue
        lo = last + 1 if overlap else consumed
        if not fixed:
            run = _located_parser_of(expr(m))
        stop = m.end() + ahead
        for start in starts_before(text, lo, at, n):
            if opens_at is not None and opens_at(text, start) is None:
                continue
            if leads_to is not None and start < at and leads_to(text, start, at) is None:
                continue
            parsed = run(text[start:stop])
            if parsed is None:
                continue
            tokens, end = parsed
            end += start
            if end <= at:  # matched something before the trigger only
                continue
            yield start, tokens
            last = start
            if not overlap:
                consumed = end
            break


def starts_before(text: str, lo: int, at: int, n: int) -> list[int]:
    """The last `n` word starts in text[lo:at + 1], in order.

    Whether a word starts at a character depends on it and the one before it only (a
    search from any point still sees the character before), so the last `n` of a stretch
    ending at `at` are the last `n` of the whole range once the stretch holds `n`: the
    stretch grows backwards until it does, instead of listing every word of a long
    sentence before each trigger."""
    reach = 8 * n + 16
    while True:
        a = max(lo, at - reach)
        starts = [w.start() for w in WORD_START.finditer(text, a, at + 1)]
        if len(starts) >= n or a == lo:
            return starts[-n:]
        reach *= 4


def parse(grammar: pp.ParserElement, s: str) -> dict | None:
    """What `grammar` parses at the start of `s`, as a dict of its named results (slots as
    (offset, text), "rule"), or None: `direct` where it applies, else pyparsing."""
    return _parser_of(grammar)(s)


def _parser_of(grammar: pp.ParserElement):
    """`parse` for one grammar, as a function of `s`."""
    fast = _direct_of(grammar)
    if fast is not None:
        return fast

    def slow(s: str) -> dict | None:
        try:
            return dict(grammar.parse_string(s).as_dict())
        except pp.ParseException:
            return None

    return slow


_NOT_DIRECT = object()


def _direct_of(grammar: pp.ParserElement):
    """`direct(grammar)`, found once per grammar (grammars are built once, never changed)."""
    fast = grammar.__dict__.get("_direct", _NOT_DIRECT)
    if fast is _NOT_DIRECT:
        grammar.__dict__["_direct"] = fast = direct(grammar)
    return fast


def _located_parser_of(grammar: pp.ParserElement):
    """`parse` for one grammar as a function of `s` giving (slots, `_end_of` them), or None:
    the end found as the slots are, for a grammar of `regex_form`s."""
    run = grammar.__dict__.get("_located")
    if run is None:
        grammar.__dict__["_located"] = run = _located(grammar)
    return run


def _located(grammar: pp.ParserElement):
    forms = _regex_forms(grammar)
    if forms is _TREE:
        try:
            tree = _element(grammar, False)
        except _NotDirect:
            tree = None
        if tree is not None:
            def run_tree(s: str) -> tuple[dict, int] | None:  # what `_tree`'s parse does, and the end
                out: list = []
                if tree(s, 0, out) < 0:
                    return None
                tokens = dict(out)
                return tokens, _end_of(tokens)

            return run_tree
    if forms is None or forms is _TREE:
        parse = _parser_of(grammar)

        def slow(s: str) -> tuple[dict, int] | None:
            tokens = parse(s)
            return None if tokens is None else (tokens, _end_of(tokens))

        return slow
    return _forms_run(forms)


def _end_of(tokens: dict) -> int:
    """The end of the last located slot (slots hold (offset, text) pairs)."""
    ends = [v[0] + len(v[1]) for v in tokens.values()
            if isinstance(v, tuple) and len(v) == 2 and isinstance(v[0], int) and isinstance(v[1], str)]
    return max(ends) if ends else 0
