"""One verifier per claim kind: `judge(claim, when, index, context) -> Verdict`."""
