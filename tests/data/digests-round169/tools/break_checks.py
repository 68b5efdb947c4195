#!/usr/bin/env python3
"""Breaks a scratch copy of round169 (/tmp/round169-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round163's harness, with round169's cases; every digest is UTF-8; 1687–1690 end on a bare
prompt without a final newline, 1695 is one line without one.)"""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round169-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1707, 1717)}
ENC = lambda n: "utf-8"


def sub(n, old, new, count=1, regex=False):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        s = open(p, "rb").read().decode(ENC(n))
        if regex:
            assert re.search(old, s, re.S), (n, old)
            s = re.sub(old, new, s, count=count, flags=re.S)
        else:
            assert old in s, (n, old)
            s = s.replace(old, new, count if count else -1)
        open(p, "wb").write(s.encode(ENC(n)))
    return fn


def append(n, extra):
    def fn(root):
        with open(os.path.join(root, "digests", D[n]), "ab") as fh: fh.write(extra.encode(ENC(n)))
    return fn


def recode(n, enc):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        s = open(p, "rb").read().decode(ENC(n))
        open(p, "wb").write(s.encode(enc))
    return fn


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


CASES = {
 # 1707 llm
 "1707 status counts": sub(1707, "Number of responses logged:\t38", "Number of responses logged:\t2"),
 "1707 status layout": sub(1707, "Logging is ON for all prompts", "Logging is on"),
 "1707 heading spacing": sub(1707, "# 2024-03-05T13:40:19    conversation", "# 2024-03-05T13:40:19 conversation"),
 "1707 order": sub(1707, "# 2024-03-05T13:40:19", "# 2024-03-03T13:40:19"),
 "1707 ulid time": sub(1707, "conversation: 01hr7dfyfedrypv5tzdpwd644b", "conversation: 01hr7dgyfedrypv5tzdpwd644b"),
 "1707 -n count": sub(1707, "llm logs -n 3", "llm logs -n 4"),
 "1707 section order": sub(1707, "## System:\n\nDu er", "## Prompt:\n\nDu er"),
 "1707 model line": sub(1707, "Model: **gpt-4o**", "Model: gpt-4o", count=1),
 "1707 final newline": append(1707, "\n"),
 # 1708 csvtk
 "1708 headers numbering": sub(1708, "3\tano", "4\tano"),
 "1708 dim cols": sub(1708, "leituras.csv   6          8", "leituras.csv   7          8"),
 "1708 freq sum": sub(1708, "a ler     2", "a ler     3"),
 "1708 freq order": sub(1708, "a ler     2\nlido      3", "lido      3\na ler     2"),
 "1708 pretty padding": sub(1708, "peng20           PyGlove", "peng20          PyGlove"),
 "1708 csv quoting": sub(1708, '"backbone das experiências com radiografias, ResNeSt-50"', 'backbone das experiências com radiografias, ResNeSt-50'),
 "1708 grep rows": sub(1708, "\nwang21           Rethinking Architecture Selection in Differentiable NAS                           2021", ""),
 "1708 unknown column": sub(1708, "csvtk cut -f titulo,nota", "csvtk cut -f titulo,notas"),
 "1708 prompt": sub(1708, "joana@portatil:~/doutoramento$ csvtk dim", "csvtk dim"),
 # 1709 Micropub
 "1709 jq layout": sub(1709, '  "media-endpoint": ', '  "media-endpoint" : '),
 "1709 newest first": sub(1709, "2024-03-06T21:15:50+01:00\t", "2024-03-10T21:15:50+01:00\t"),
 "1709 tsv fields": sub(1709, "\thttps://arxiv.org/abs/2310.08560\t", " https://arxiv.org/abs/2310.08560\t"),
 "1709 limit": sub(1709, "limit=4", "limit=3"),
 "1709 url path": sub(1709, '"https://lucia.example.es/2024/03/09/lecturas-del-finde"\n', '"https://lucia.example.es/2024/03/08/lecturas-del-finde"\n'),
 "1709 mf2 list": sub(1709, '"post-status": [\n      "published"\n    ]', '"post-status": "published"'),
 "1709 h-entry": sub(1709, '    "h-entry"', '    "h-card"'),
 # 1710 NetSurf
 "1710 head": sub(1710, "<title>NetSurf Hotlist</title>", "<title>Hotlist</title>"),
 "1710 bare ampersand": sub(1710, "id=4127&amp;section=3", "id=4127&section=3"),
 "1710 unclosed list": sub(1710, "</ul></li>\n<li><h4>Työkalut</h4>", "<li><h4>Työkalut</h4>"),
 "1710 folder without list": sub(1710, "<li><h4>Luettavat</h4>\n<ul>\n", "<li><h4>Luettavat</h4>\n"),
 "1710 entry markup": sub(1710, '<li><a href="https://arxiv.org/abs/2303.15343">', '<li><a href=https://arxiv.org/abs/2303.15343>'),
 # 1711 massCode
 "1711 layout": sub(1711, '  "folders": [', '  "folders" : ['),
 "1711 final newline": append(1711, "\n"),
 "1711 folder index": sub(1711, '"index": 2', '"index": 3'),
 "1711 unknown tag": sub(1711, '"tagsIds": [\n        "nrE5mQBK",', '"tagsIds": [\n        "zzzzzzzz",'),
 "1711 updated before created": sub(1711, '"updatedAt": 1699294120000', '"updatedAt": 1699291000000'),
 "1711 python fragment": sub(1711, "def funnel_pool(h, mask, stride=2):", "def funnel_pool(h, mask, stride=2)"),
 "1711 fragment label": sub(1711, '"label": "Fragment 2"', '"label": "Fragment 3"'),
 "1711 key order": sub(1711, '"isOpen": true,\n      "isSystem": false,', '"isSystem": false,\n      "isOpen": true,'),
 # 1712 ffmetadata
 "1712 magic": sub(1712, ";FFMETADATA1", ";FFMETADATA"),
 "1712 unescaped ;": sub(1712, "Grubu\\; Bilgisayar", "Grubu; Bilgisayar"),
 "1712 unescaped #": sub(1712, "title=Okuma grubu \\#14", "title=Okuma grubu #14"),
 "1712 line break": sub(1712, "Deniz (HiPPO ve Mamba).\\\n", "Deniz (HiPPO ve Mamba).\n"),
 "1712 chapter gap": sub(1712, "START=252000", "START=253000"),
 "1712 timebase": sub(1712, "TIMEBASE=1/1000\nSTART=0", "TIMEBASE=1/1000000\nSTART=0"),
 # 1713 gin
 "1713 rule": sub(1713, "# Parameters for multifactor:\n# ====", "# Parameters for multifactor:\n# ==="),
 "1713 wrong section": sub(1713, "multifactor.warmup_steps", "train.warmup_steps"),
 "1713 sort": sub(1713, "train.eval_frequency = 500\ntrain.eval_steps = 20", "train.eval_steps = 20\ntrain.eval_frequency = 500"),
 "1713 macro": sub(1713, "%n_heads", "%n_head"),
 "1713 value": sub(1713, "data_streams.dataset_name = 'lra_listops'", "data_streams.dataset_name = lra listops"),
 "1713 section order": sub(1713, "# Parameters for batcher:", "# Parameters for zbatcher:") ,
 # 1714 LDoc
 "1714 param name": sub(1714, "-- @param[opt=1] gain mnożnik", "-- @param[opt=1] scale mnożnik"),
 "1714 no doc": sub(1714, "--- Rzutowanie gradientu", "-- Rzutowanie gradientu"),
 "1714 no return": sub(1714, "-- @treturn number nowa skala\n", ""),
 "1714 end": sub(1714, "  return state.scale\nend\n", "  return state.scale\n"),
 "1714 module": sub(1714, "-- @module pracownia.trening\n", ""),
 "1714 optional first": sub(1714, "-- @param opfunc funkcja", "-- @param[opt] opfunc funkcja"),
 # 1715 calendar
 "1715 thursday": sub(1715, "Mar 14\t(čt)", "Mar 15\t(čt)"),
 "1715 weekly": sub(1715, "Mar 28\t(čt) čtenářská", "Mar 28\tčtenářská"),
 "1715 order": sub(1715, "Mar 19\tkonzultace", "Mar 9\tkonzultace"),
 "1715 bad date": sub(1715, "Apr 2\todevzdat", "Apr 31\todevzdat"),
 "1715 separator": sub(1715, "Mar 1\tuzávěrka", "Mar 1 uzávěrka"),
 "1715 guard": sub(1715, "#endif /* !_calendar_ */", "#endif"),
 # 1716 Sieve
 "1716 require": sub(1716, '"vacation", ', ''),
 "1716 brace": sub(1716, '    fileinto :create "GitHub/Inshe";\n  }', '    fileinto :create "GitHub/Inshe";\n'),
 "1716 string": sub(1716, '"Junk";', '"Junk;'),
 "1716 unknown command": sub(1716, "  stop;\n}\n\n# Список", "  halt;\n}\n\n# Список"),
 "1716 final keep": sub(1716, "\nkeep;\n", "\n"),
 "1716 catalogue title in the negative": sub(1716, "Термінові питання", "Segment Anything. Термінові питання"),
 "1716 arXiv-shaped id in the negative": sub(1716, "(четвер, 15:00)", "(четвер, 2403.01234)"),
 # labels
 "title-only paper gets an id in 1712": sub(1712, "title=Kısa tartışma: Pre-Training Transformers as Energy-Based Cloze Models ve", "title=Kısa tartışma: Pre-Training Transformers as Energy-Based Cloze Models (arXiv:2012.08561) ve"),
 "title-only paper gets a link in 1715": sub(1715, "\tSelf-Supervised Variational Auto-Encoders\n", "\tSelf-Supervised Variational Auto-Encoders https://arxiv.org/abs/2010.02014\n"),
 "unlabelled catalogue id in 1713": sub(1713, "(3/5 の実験)", "(3/5 の実験, arXiv:2106.09685)"),
 "other file's title in 1708": sub(1708, "repositório do solo-learn", "repositório do solo-learn e Segment Anything"),
 "labelled title lost in 1712": sub(1712, "ve Improving Self-supervised Pre-training via a Fully-Explored Masked Language Model", "ve Fully-Explored MLM"),
 "unlabelled OpenReview id in 1710": sub(1710, 'href="https://wandb.ai/nlp-ryhma/vlm-pilotti"', 'href="https://openreview.net/forum?id=M3Y74vmsMcY"'),
 "distractor title in 1711": sub(1711, "Блог-пост Тима Деттмерса", "LoRA+: Efficient Low Rank Adaptation of Large Models; блог-пост Тима Деттмерса"),
 "arxiv-text id lost in 1707": sub(1707, "(arXiv:2203.15556)", "(Hoffmann 2022)"),
 "link lost in 1709": sub(1709, "https://arxiv.org/abs/2310.08560", "https://example.org/memgpt.pdf"),
 "OpenReview link cut in 1713": sub(1713, "forum?id=rkgNKkHtvB", "forum?id=rkgNK"),
 "arxiv-text gets a link in 1710": sub(1710, "https://www.semanticscholar.org/arxiv/2304.08485", "https://arxiv.org/abs/2304.08485"),
 "label in the negative": exp_edit(lambda e: e[D[1716]].append(dict(e[D[1715]][0]))),
 "wrong evidence kind": exp_edit(lambda e: e[D[1709]][5].update(evidence="link")),
 "title changed in expected": exp_edit(lambda e: e[D[1712]][3].update(title="Sentence-BERT")),
 "bad true_arxiv_id": exp_edit(lambda e: e[D[1707]][1].update(true_arxiv_id="2204.02312", arxiv_id="2204.02312")),
 "paper in two files": exp_edit(lambda e: e[D[1708]].append(dict(e[D[1713]][1]))),
 "even-position paper": exp_edit(lambda e: e[D[1713]].append({"arxiv_id": None, "openreview_id": None, "title": "Big Bird: Transformers for Longer Sequences", "evidence": "title-only", "true_arxiv_id": "2007.14062"})),
 "too few papers": exp_edit(lambda e: [e[D[1711]].pop() for _ in range(2)]),
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[1715]] if r["evidence"] == "title-only" and r["true_arxiv_id"]]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[1714])),
}


def run(root):
    r = subprocess.run([sys.executable, os.path.join(root, "validate.py")], capture_output=True, text=True)
    return [l for l in r.stdout.splitlines() if l.startswith("ERROR")] + (["ERROR: crash " + r.stderr[-200:]] if r.returncode not in (0, 1) else []), r.returncode


def fresh():
    shutil.rmtree(SCR, ignore_errors=True)
    os.makedirs(SCR)
    for x in ("digests", "expected.json", "validate.py"):
        src = os.path.join(HERE, x)
        (shutil.copytree if os.path.isdir(src) else shutil.copy)(src, os.path.join(SCR, x))


fresh()
errs, rc = run(SCR)
assert not errs and rc == 0, errs
bad, total = [], 0
for name, fn in CASES.items():
    fresh(); fn(SCR)
    errs, rc = run(SCR)
    total += len(errs)
    if not errs or rc == 0: bad.append(name)
    if V: print(f"{name}:", *errs[:int(os.environ.get('BC_N', 3))], sep="\n   ")
shutil.rmtree(SCR, ignore_errors=True)
print(f"cases {len(CASES)} errors {total}" + (f"; NOT CAUGHT: {bad}" if bad else ""))
sys.exit(1 if bad else 0)
