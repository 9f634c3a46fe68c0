"""One grammar module per claim kind. Each exposes `KIND` and `build(vocabulary)`,
which returns an object with `extract(text, sentence, index) -> list[Claim]`."""
