"""Editor's probe of `check` and `facts` on articles the project wrote (`bench/editor_articles.py`): faithful
key points should be supported, planted errors flagged (contradicted where marked "C", with the right
evidence), and each quote's speaker found. Prints the misses, then the tally by kind:

    .venv/bin/python bench/editor_probe.py [-v]

Fifteenth session: planted errors caught 161 -> 189 of 199, faithful points supported 102 -> 114 of 125
(contradicted 4 -> 0), speakers 36 -> 39 of 39. The fixes were made against these articles, so the tally
is a regression check, not an unbiased score: the benchmark figures are `bench/factuality.py`'s.
"""

import os
import sys
from collections import defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import keypoints  # noqa: E402
from editor_articles import A  # noqa: E402

verbose = "-v" in sys.argv
tally = defaultdict(lambda: [0, 0])  # kind -> [ok, total]
fails = []
for a in A:
    text = a["text"]
    rep = keypoints.check(text, a["faithful"])
    for v in rep.verdicts:
        ok = v.verdict == "supported"
        tally["faithful"][0] += ok; tally["faithful"][1] += 1
        if not ok or verbose:
            fails.append((a["id"], "faithful", v.key_point, v.verdict, v.reasons, [e.text[:70] for e in v.evidence], ok))
    rep = keypoints.check(text, [e[1] for e in a["errors"]])
    for (kind, kp, exp, ev), v in zip(a["errors"], rep.verdicts):
        ok = v.verdict == "contradicted" if exp == "C" else v.verdict != "supported"
        if ok and ev and v.verdict == "contradicted":
            cev = [e for e in v.evidence if e.role == "contradiction"] or list(v.evidence)
            ok = any(ev in e.text for e in cev)
        tally[kind][0] += ok; tally[kind][1] += 1
        if not ok or verbose:
            fails.append((a["id"], kind + "/" + exp, kp, v.verdict, v.reasons, [(e.role[:4], e.text[:70]) for e in v.evidence], ok))
    f = keypoints.facts(text)
    for qstart, who in a["quotes"]:
        q = next((q for q in f.quotes if q.text.startswith(qstart)), None)
        ok = q is not None and q.speaker is not None and who.split()[-1] in q.speaker
        tally["facts_speaker"][0] += ok; tally["facts_speaker"][1] += 1
        if not ok:
            fails.append((a["id"], "facts", qstart, q.speaker if q else "NOT FOUND", (), [], ok))
for f in fails:
    print(("OK  " if f[6] else "FAIL"), f[0], f[1], "|", f[2], "->", f[3], list(f[4]), f[5])
print()
errs = [0, 0]
for k, (o, t) in sorted(tally.items()):
    print(f"{k:16s} {o}/{t}")
    if k not in ("faithful", "facts_speaker"):
        errs[0] += o; errs[1] += t
print("errors caught", errs, "faithful", tally["faithful"], "speakers", tally["facts_speaker"])
