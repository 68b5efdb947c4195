#!/usr/bin/env python3
"""Breaks a scratch copy of round121 (/tmp/round121-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round119's harness, with round121's cases; every digest is UTF-8.)"""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round121-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1227, 1237)}


def sub(n, old, new, count=1, regex=False):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        s = open(p, "rb").read().decode("utf-8")
        if regex:
            assert re.search(old, s, re.S), (n, old)
            s = re.sub(old, new, s, count=count, flags=re.S)
        else:
            assert old in s, (n, old)
            s = s.replace(old, new, count if count else -1)
        open(p, "wb").write(s.encode("utf-8"))
    return fn


def append(n, extra):
    def fn(root):
        with open(os.path.join(root, "digests", D[n]), "a", encoding="utf-8", newline="") as fh: fh.write(extra)
    return fn


def json_edit(n, f, dump):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        d = json.loads(open(p, "rb").read().decode("utf-8")); f(d)
        open(p, "wb").write(dump(d).encode("utf-8"))
    return fn


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


def first(n):
    return lambda e: e[D[n]]


compact = lambda d: json.dumps(d, ensure_ascii=False, separators=(",", ":"))
CASES = {
 # 1227 Brave
 "1227 not compact": sub(1227, '{"query":{', '{"query": {'),
 "1227 final newline": append(1227, "\n"),
 "1227 escaped (ensure_ascii)": json_edit(1227, lambda d: None, lambda d: json.dumps(d, separators=(",", ":"))),
 "1227 meta_url path wrong": sub(1227, '"path":"› abs › 2001.08361"', '"path":"› abs"'),
 "1227 age not page_age's": sub(1227, '"age":"January 23, 2020"', '"age":"January 24, 2020"'),
 "1227 mixed.main misses a result": json_edit(1227, lambda d: d["mixed"]["main"].pop(), compact),
 "1227 arXiv title without [id]": sub(1227, '"title":"[2203.15556] Training', '"title":"Training'),
 "1227 markup in a title": sub(1227, '"title":"Mixed Precision Training | OpenReview"', '"title":"<strong>Mixed</strong> Precision Training | OpenReview"'),
 "1227 result keys out of order": sub(1227, '"is_source_local":false,"is_source_both":false', '"is_source_both":false,"is_source_local":false'),
 # 1228 recollq
 "1228 results count wrong": sub(1228, "\n12 results\n", "\n13 results\n"),
 "1228 tab field missing": sub(1228, "\t48213\tbytes\t\n", "\t48213\tbytes\n"),
 "1228 abstract block broken": sub(1228, "/ABSTRACT\ntext/markdown", "text/markdown"),
 "1228 file url percent-escaped": sub(1228, "[file:///home/zhangyu/论文/自监督/2103.03230v3.pdf]", "[file:///home/zhangyu/%E8%AE%BA%E6%96%87/2103.03230v3.pdf]"),
 "1228 query line unbalanced": sub(1228, "OR imaging))", "OR imaging)"),
 "1228 CRLF": sub(1228, "\n", "\r\n", count=0),
 # 1229 Sumo
 "1229 not Jackson's form": sub(1229, '"fields" : [ {', '"fields": [ {'),
 "1229 final newline": append(1229, "\n"),
 "1229 _size wrong": sub(1229, '"_size" : "149"', '"_size" : "150"'),
 "1229 _messagetime wrong": sub(1229, '"_messagetime" : "1715578813097"', '"_messagetime" : "1715578813098"'),
 "1229 receipt before message": sub(1229, '"_receipttime" : "1715578814813"', '"_receipttime" : "1715578813000"'),
 "1229 value not a string": sub(1229, '"_messagecount" : "53"', '"_messagecount" : 53'),
 "1229 summary wrong": sub(1229, "Fertig: 8 Paper", "Fertig: 9 Paper"),
 "1229 start count wrong": sub(1229, "Wochenlauf gestartet: 11 Einträge", "Wochenlauf gestartet: 12 Einträge", count=0),
 "1229 warning with a link": sub(1229, "nur Titel übernommen: HiPPO: Recurrent Memory with Optimal Polynomial Projections", "nur Titel übernommen: HiPPO: Recurrent Memory with Optimal Polynomial Projections https://example.org/h", count=0),
 "1229 nachricht differs from _raw": sub(1229, '"nachricht" : "Übersprungen (kein Paper): https://github.com/state-spaces/mamba"', '"nachricht" : "Übersprungen: https://github.com/state-spaces/mamba"'),
 # 1230 stern
 "1230 pod colour wrong": sub(1230, "\x1b[91mokuma-botu-5f7d9c8b6-t8kzq\x1b[0m \x1b[31misci", "\x1b[96mokuma-botu-5f7d9c8b6-t8kzq\x1b[0m \x1b[31misci"),
 "1230 + line missing": sub(1230, "\x1b[32m+\x1b[0m \x1b[91mokuma-botu-5f7d9c8b6-t8kzq\x1b[0m › \x1b[31misci\x1b[0m\n", ""),
 "1230 timestamps out of order": sub(1230, "2024-05-14T09:00:18.402117590+03:00", "2024-05-14T08:59:18.402117590+03:00"),
 "1230 summary wrong": sub(1230, "özet: 8 makale", "özet: 7 makale"),
 "1230 link not fetched": sub(1230, "GET https://arxiv.org/abs/2112.10752 -> 200 (238 ms)", "GET https://arxiv.org/abs/2112.10752 -> 404 (238 ms)"),
 "1230 colours stripped": sub(1230, "\x1b[0m", "", count=0),
 "1230 stray line": append(1230, "stream closed\n"),
 # 1231 ksqlDB
 "1231 banner changed": sub(1231, "Server Status: RUNNING", "Server Status: ERROR"),
 "1231 table cell misaligned": sub(1231, "|Units                                                 |", "|Units                                                |"),
 "1231 wrap differs from PRINT": sub(1231, "|Pre-Training Transformers as Energy-Based Cloze Models|null", "|Pre-Training Transformers as Energy-Based Cloze Model |null"),
 "1231 PRINT count wrong": sub(1231, "FROM BEGINNING LIMIT 11;", "FROM BEGINNING LIMIT 12;"),
 "1231 rowtime out of order": sub(1231, "rowtime: 2024/05/15 07:50:25.923 Z", "rowtime: 2024/05/15 07:10:25.923 Z"),
 "1231 no Query terminated": sub(1231, "Query terminated\n", ""),
 "1231 PRINT value not the producer's JSON": sub(1231, '{"titlos":"facebookresearch/fairseq",', '{"titlos": "facebookresearch/fairseq",'),
 "1231 SHOW STREAMS row misaligned": sub(1231, " ANAGNOSEIS          | anagnoseis ", " ANAGNOSEIS         | anagnoseis "),
 # 1232 SML/NJ
 "1232 echo not escaped": sub(1232, 'prymitka="\\209\\129\\208\\184', 'prymitka="си'),
 "1232 no # at the cut": sub(1232, 'Large-Scale Empiri#"', 'Large-Scale Empiri"'),
 "1232 length wrong": sub(1232, "val it = 11 : int", "val it = 12 : int"),
 "1232 print line missing": sub(1232, "A Fast Learning Algorithm for Deep Belief Nets  —  Neural Computation, 2006; на arXiv немає\n", ""),
 "1232 continuation prompt missing": sub(1232, "=    posylannia = \"https://arxiv.org/abs/2101.08809\",", "    posylannia = \"https://arxiv.org/abs/2101.08809\","),
 "1232 banner changed": sub(1232, "Standard ML of New Jersey (64-bit)", "Standard ML of NJ"),
 "1232 filter echo wrong": sub(1232, "val it = 5 : int", "val it = 4 : int"),
 # 1233 Ion
 "1233 no version marker": sub(1233, "$ion_1_0\n", ""),
 "1233 unbalanced": sub(1233, "  filtro_a_ler: (and (tipo artigo) (not lido) (tag agentes))", "  filtro_a_ler: (and (tipo artigo) (not lido) (tag agentes)"),
 "1233 bad timestamp": sub(1233, "adicionado: 2024-04-18T,", "adicionado: 18/04/2024,"),
 "1233 trailing comma": sub(1233, '      nota: "Inscrições até 30/06."\n', '      nota: "Inscrições até 30/06.",\n'),
 "1233 ids not ascending": sub(1233, "id: 105,", "id: 115,"),
 "1233 arxiv next to a link": sub(1233, '      link: null.string,\n      arxiv: "2308.03688",', '      link: "https://example.org/agentbench",\n      arxiv: "2308.03688",'),
 "1233 link not https or null": sub(1233, 'link: "https://github.com/langchain-ai/langgraph"', 'link: langgraph'),
 # 1234 Bike
 "1234 not well-formed": sub(1234, "&amp; प्रोजेक्टर", "& प्रोजेक्टर"),
 "1234 duplicate row id": sub(1234, '<li id="Xta"', '<li id="EU"'),
 "1234 bad data-type": sub(1234, 'data-type="quote"', 'data-type="blockquote"'),
 "1234 data-done on a non-task": sub(1234, 'data-type="note">', 'data-type="note" data-done="2024-05-01T00:00:00Z">'),
 "1234 indentation wrong": sub(1234, "                <p>Sharpness-Aware", "               <p>Sharpness-Aware"),
 "1234 frame changed": sub(1234, '    <meta charset="utf-8"/>\n', ""),
 # 1235 xit
 "1235 bad checkbox": sub(1235, "[@] ! Offline", "[*] ! Offline"),
 "1235 continuation misindented": sub(1235, "\n    https://arxiv.org/abs/2307.15818", "\n  https://arxiv.org/abs/2307.15818"),
 "1235 double blank line": sub(1235, "\n\nمهام", "\n\n\nمهام"),
 "1235 bad due date": sub(1235, "-> 2024-05-22", "-> 2024-05-32"),
 "1235 title line inside a group": sub(1235, "[ ] تجربة العرض", "تجربة العرض"),
 # 1236 Kagi
 "1236 not compact": sub(1236, '{"meta":{', '{"meta": {'),
 "1236 ranks wrong": sub(1236, '"rank":3,', '"rank":4,'),
 "1236 related searches not last": json_edit(1236, lambda d: d["data"].insert(0, d["data"].pop()), compact),
 "1236 catalogue title in the negative": sub(1236, "참고한 강의와 블로그는 글 끝에 정리.", "참고한 강의와 블로그는 글 끝에 정리. (High-Resolution Image Synthesis with Latent Diffusion Models)"),
 "1236 arXiv id in the negative": sub(1236, "MNIST 기준", "2112.10752 / MNIST 기준"),
 "1236 arXiv link in the negative": sub(1236, "https://lilianweng.github.io/posts/2021-07-11-diffusion-models/", "https://arxiv.org/abs/2006.11239"),
 # labels
 "title-only paper gets a link in 1228": sub(1228, "[ImageNet Classification with Deep Convolutional Neural Networks]", "[ImageNet Classification with Deep Convolutional Neural Networks https://arxiv.org/abs/2106.10270]"),
 "unlabelled catalogue id in 1235": sub(1235, "ترتيب ملف bibtex المشترك (refs.bib)", "ترتيب ملف bibtex المشترك (refs.bib، 1706.03762)"),
 "other file's title in 1233": sub(1233, '"Inscrições até 30/06."', '"Inscrições até 30/06. Leitura prévia: Segment Anything."'),
 "labelled title lost in 1234": sub(1234, "Rethinking Pre-training and Self-training", "Rethinking Pre-training"),
 "unlabelled OpenReview id in 1229": sub(1229, "https://huggingface.co/blog/lin-attention-einfuehrung", "https://openreview.net/forum?id=abcDEF12345", count=0),
 "distractor title in 1231": sub(1231, "αποθετήριο κώδικα, όχι άρθρο", "Efficient Transformers: A Survey, όχι άρθρο", count=0),
 "arxiv-text id lost in 1232": sub(1232, "arXiv:2108.04392, ", "", count=0),
 "link lost in 1227": sub(1227, "https://arxiv.org/abs/2001.08361", "https://scaling.example.org/paper", count=0),
 "OpenReview link cut in 1230": sub(1230, "forum?id=PxTIG12RRHS", "forum?id=PxTIG1", count=0),
 "arxiv-text gets a link in 1235": sub(1235, "(arXiv:2106.02039)", "(https://arxiv.org/abs/2106.02039)"),
 "unlabelled valid-shaped id in 1236": sub(1236, '"ms":842', '"ms":842,"build":"2311.00001"'),
 "unlabelled id in 1233 long string": sub(1233, "Discutido em 11/04 — ver ata.", "Discutido em 11/04 — ver ata 2402.01234."),
 "Ion-escaped unlabelled title in 1233": sub(1233, '"Biblioteca que vamos usar no protótipo — não é artigo."', '"Biblioteca \\u2014 ver Attention Is All You Need."'),
 "SML-escaped unlabelled title in 1232": sub(1232, 'prymitka="PPO: ', 'prymitka="Attention Is All You Need \\208\\159 PPO: '),
 "expected: wrong evidence": exp_edit(lambda e: first(1227)(e)[0].update(evidence="arxiv-text")),
 "expected: title-only with id": exp_edit(lambda e: first(1228)(e)[6].update(arxiv_id="2102.05918")),
 "expected: wrong title": exp_edit(lambda e: first(1230)(e)[3].update(title="ControlNet")),
 "expected: wrong OpenReview id": exp_edit(lambda e: first(1229)(e)[0].update(openreview_id="qVyeW-grC2k")),
 "expected: paper dropped (gap)": exp_edit(lambda e: first(1231)(e).pop(0)),
 "expected: label in the negative": exp_edit(lambda e: e[D[1236]].append(dict(first(1227)(e)[0]))),
 "expected: paper in two files": exp_edit(lambda e: first(1235)(e).append(dict(first(1232)(e)[0]))),
 "expected: too few papers": exp_edit(lambda e: [first(1234)(e).pop() for _ in range(2)]),
 "expected: title-only turned into links": exp_edit(lambda e: [r.update(evidence="link", arxiv_id=r["true_arxiv_id"]) for r in first(1233)(e) if r["evidence"] == "title-only" and r["true_arxiv_id"]][:0]),
 "expected: even-position paper added": exp_edit(lambda e: first(1229)(e).append({"arxiv_id": None, "openreview_id": None, "title": "Generating Long Sequences with Sparse Transformers", "evidence": "title-only", "true_arxiv_id": "1904.10509"})),
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
    if V: print(f"{name}:", *errs[:3], sep="\n   ")
shutil.rmtree(SCR, ignore_errors=True)
print(f"cases {len(CASES)} errors {total}" + (f"; NOT CAUGHT: {bad}" if bad else ""))
sys.exit(1 if bad else 0)
