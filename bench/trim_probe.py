"""Would cutting clauses from the shipped bullets lift ROUGE? Non-restrictive relative clauses
(", who ... ,") and ages (", 34,") are cut from each bullet's text after `brief`; scored against the
reference highlights with rouge-score (the model card's "Tried and not shipped").

    .venv/bin/python bench/trim_probe.py 2000
"""
import re, sys
from rouge_score import rouge_scorer
from keypoints.evaluate import read_records
from keypoints.api import brief
PATS = {
 "rel": re.compile(r",\s+(?:who|which|whose)\s+[^,;:\"“”]{3,120}?,(?=\s)"),
 "age": re.compile(r",\s+(?:aged\s+)?\d{1,3},(?=\s)"),
 "appos_rel_age": re.compile(r",\s+(?:(?:who|which|whose)\s+[^,;:\"“”]{3,120}?|(?:aged\s+)?\d{1,3})\s*,(?=\s)"),
}
sc = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)
n = int(sys.argv[1]); tot = {k: [0, 0, 0] for k in ["base", *PATS]}; changed = {k: 0 for k in PATS}
for art, refs, rec in read_records(sys.argv[2] if len(sys.argv) > 2 else "../shared/data/cnndm_validation_partial.jsonl.gz", n):
    bs = [b.text for b in brief(art).bullets]
    ref = "\n".join(refs)
    for k in tot:
        out = bs if k == "base" else [PATS[k].sub("", b) for b in bs]
        if k != "base": changed[k] += sum(a != b for a, b in zip(out, bs))
        s = sc.score(ref, "\n".join(out))
        t = tot[k]; t[0] += s["rouge1"].fmeasure; t[1] += s["rouge2"].fmeasure; t[2] += s["rougeLsum"].fmeasure
for k, t in tot.items():
    print(k, [round(100 * v / n, 2) for v in t], changed.get(k, ""))
