#!/usr/bin/env python3
"""Breaks a scratch copy of round189 (/tmp/r189/break, deleted afterwards) one case at a time and checks that
validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's ERROR
lines. (round187's harness, with round189's cases; every digest is UTF-8 with LF and a final newline.)"""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/r189/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1907, 1917)}


def load(n, p):
    return open(p, "rb").read().decode("utf-8")


def save(n, p, s):
    open(p, "wb").write(s.encode("utf-8"))


def sub(n, old, new, count=1, regex=False):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        s = load(n, p)
        if regex:
            assert re.search(old, s, re.S | re.M), (n, old)
            s = re.sub(old, new, s, count=count, flags=re.S | re.M)
        else:
            assert old in s, (n, old)
            s = s.replace(old, new, count if count else -1)
        save(n, p, s)
    return fn


def raw_bytes(n, f):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        b = open(p, "rb").read()   # read before opening for writing (which truncates)
        open(p, "wb").write(f(b))
    return fn


def strip_final_newline(n):
    return raw_bytes(n, lambda b: b[:-1])


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


CASES = {
 # 1907 Darknet cfg
 "1907 final newline": strip_final_newline(1907),
 "1907 CRLF": raw_bytes(1907, lambda b: b.replace(b"\n", b"\r\n")),
 "1907 inline comment": sub(1907, "# Stem\n[convolutional]", "[convolutional] # Stem"),
 "1907 unknown section": sub(1907, "[maxpool]", "[maxpooling]"),
 "1907 unknown key": sub(1907, "momentum=0.9", "momentom=0.9"),
 "1907 key twice": sub(1907, "channels=3\n", "channels=3\nchannels=1\n"),
 "1907 not key=value": sub(1907, "decay=0.0005", "decay 0.0005"),
 "1907 batch divisibility": sub(1907, "subdivisions=16", "subdivisions=10"),
 "1907 steps and scales": sub(1907, "scales=.1,.1", "scales=.1"),
 "1907 route out of range": sub(1907, "layers=-1,-3", "layers=-1,-30"),
 "1907 shortcut out of range": sub(1907, "from=-3", "from=-30"),
 "1907 yolo filters": sub(1907, "filters=27", "filters=24"),
 "1907 anchors": sub(1907, ", 72,146", ""),
 "1907 activation": sub(1907, "activation=leaky", "activation=leakyrelu"),
 "1907 net not first": sub(1907, "[net]\n", ""),
 # 1908 Matroska chapters
 "1908 final newline": strip_final_newline(1908),
 "1908 doctype": sub(1908, '<!DOCTYPE Chapters SYSTEM "matroskachapters.dtd">\n', ""),
 "1908 double dash in comment": sub(1908, "mux com mkvmerge", "mux: mkvmerge --chapters"),
 "1908 not well-formed": sub(1908, "</EditionEntry>", "</Edition>"),
 "1908 unknown element": sub(1908, "<ChapterFlagEnabled>1</ChapterFlagEnabled>", "<ChapterEnabled>1</ChapterEnabled>"),
 "1908 time format": sub(1908, "00:19:47.000000000", "00:19:47.000"),
 "1908 time order": sub(1908, "00:19:47.000000000", "00:02:47.000000000"),
 "1908 nested before parent": sub(1908, "00:47:30.000000000", "00:30:30.000000000"),
 "1908 uid twice": sub(1908, "<EditionUID>5512093876523301877</EditionUID>", "<EditionUID>7301944820155639920</EditionUID>"),
 "1908 language": sub(1908, "<ChapterLanguage>eng</ChapterLanguage>", "<ChapterLanguage>en</ChapterLanguage>"),
 "1908 flag": sub(1908, "<ChapterFlagHidden>0</ChapterFlagHidden>", "<ChapterFlagHidden>2</ChapterFlagHidden>"),
 # 1909 REAPER
 "1909 final newline": strip_final_newline(1909),
 "1909 header": sub(1909, '<REAPER_PROJECT 0.1 "7.11/win64" 1710405123', '<REAPER_PROJECT 0.1 "7.11" 1710405123'),
 "1909 unclosed block": sub(1909, "  <APPLYFX_CFG\n  >\n", "  <APPLYFX_CFG\n"),
 "1909 indentation": sub(1909, "  TEMPO 120 4 4", "    TEMPO 120 4 4"),
 "1909 notes prefix": sub(1909, "    |■ 論文じゃないもの", "    ■ 論文じゃないもの"),
 "1909 marker quote": sub(1909, '"オープニング"', '"オープニング'),
 "1909 marker order": sub(1909, "MARKER 4 905 ", "MARKER 4 500 "),
 "1909 region flag": sub(1909, " 1 33521664 1 R ", " 0 33521664 1 R "),
 "1909 region end lost": sub(1909, '  MARKER 2 612.5 "" 1\n', ""),
 "1909 guid": sub(1909, "MARKER 9 2104 \"エンディング\" 0 16777471 1 B {", "MARKER 9 2104 \"エンディング\" 0 16777471 1 B {X"),
 "1909 trackid": sub(1909, "    TRACKID {B3D13103", "    TRACKID {B3D13104"),
 "1909 length": sub(1909, "      LENGTH 2131.5", "      LENGTH 35:31"),
 # 1910 NetLogo
 "1910 final newline": strip_final_newline(1910),
 "1910 separator lost": sub(1910, "\n@#$#@#$#@\nNetLogo 6.4.0", "\nNetLogo 6.4.0"),
 "1910 version": sub(1910, "NetLogo 6.4.0", "NetLogo 6.4.0 (beta)"),
 "1910 bracket": sub(1910, "globals [ total-food episode epsilon ]", "globals [ total-food episode epsilon"),
 "1910 end lost": sub(1910, "  reset-ticks\nend\n", "  reset-ticks\n"),
 "1910 procedure twice": sub(1910, "to recolor\n", "to act\n"),
 "1910 widget": sub(1910, "\nSLIDER\n15\n70", "\nSLIDE\n15\n70"),
 "1910 slider range": sub(1910, "\n25.0\n1\n1\nNIL", "\n250.0\n1\n1\nNIL"),
 "1910 button procedure": sub(1910, "\nNIL\nsetup\nNIL", "\nNIL\ninit\nNIL"),
 "1910 slider in globals": sub(1910, "globals [ total-food episode epsilon ]", "globals [ total-food episode epsilon decay ]"),
 "1910 info headings": sub(1910, "## WHAT IS IT?", "## WHAT'S THIS?"),
 # 1911 TLA+
 "1911 final newline": strip_final_newline(1911),
 "1911 module line": sub(1911, " MODULE ShardedAdam ", " MODUL ShardedAdam "),
 "1911 end line": sub(1911, "\n" + "=" * 79 + "\n", "\n"),
 "1911 box width": sub(1911, "(* pok. 214; autorka", "(* pok. 214;  autorka"),
 "1911 unclosed comment": sub(1911, "(*****************************************************************************)\n\\* Na", "(****************************************************************************\n\\* Na"),
 "1911 extends": sub(1911, "EXTENDS Naturals, FiniteSets", "EXTENDS Naturals, FiniteSet"),
 "1911 definition twice": sub(1911, "NoStaleUpdate ==", "Lockstep =="),
 "1911 vars": sub(1911, "vars == <<step, grads, owner, updated>>", "vars == <<step, grads, owner>>"),
 "1911 undefined name": sub(1911, "\\E w \\in Workers : AllGather(w)", "\\E w \\in Workers : Gather(w)"),
 "1911 unchanged": sub(1911, "UNCHANGED <<step, owner, updated>>", "UNCHANGED <<step, owners, updated>>"),
 "1911 bracket": sub(1911, "[w \\in Workers |-> 0]", "[w \\in Workers |-> 0"),
 "1911 history date": sub(1911, "Tue Mar 12 16:41:07", "Tue Mar 32 16:41:07"),
 "1911 spec": sub(1911, "Spec == Init /\\ [][Next]_vars", "Spec == Init /\\ []Next"),
 # 1912 OpenNMT
 "1912 final newline": strip_final_newline(1912),
 "1912 tab": sub(1912, "    phomt:", "\tphomt:"),
 "1912 indentation": sub(1912, "        path_src: data/phomt/train.vi", "      path_src: data/phomt/train.vi"),
 "1912 unknown key": sub(1912, "label_smoothing: 0.1", "label_smooth: 0.1"),
 "1912 key twice": sub(1912, "heads: 8\n", "heads: 8\nheads: 16\n"),
 "1912 transform": sub(1912, "[sentencepiece, filtertoolong]", "[sentencepiece, longfilter]"),
 "1912 no valid": sub(1912, "    valid:\n", "    dev:\n"),
 "1912 heads": sub(1912, "hidden_size: 512", "hidden_size: 500"),
 "1912 gpu ranks": sub(1912, "gpu_ranks: [0, 1]", "gpu_ranks: [0]"),
 "1912 dropout lists": sub(1912, "dropout: [0.1]", "dropout: [0.1, 0.2]"),
 "1912 unclosed quote": sub(1912, 'optim: "adam"', 'optim: "adam'),
 "1912 colon in plain scalar": sub(1912, "save_data: run/vi-en", "save_data: run: vi-en"),
 "1912 integer": sub(1912, "train_steps: 100000", "train_steps: 1e5"),
 # 1913 AIML
 "1913 final newline": strip_final_newline(1913),
 "1913 not well-formed": sub(1913, "</category>", "</categroy>"),
 "1913 unknown tag": sub(1913, "<think><set name=\"name\"><star/></set></think>", "<remember><set name=\"name\"><star/></set></remember>"),
 "1913 pattern case": sub(1913, "<pattern>CO CTEME</pattern>", "<pattern>Co čteme</pattern>"),
 "1913 pattern twice": sub(1913, "<pattern>ZDROJE</pattern>", "<pattern>CO DAL</pattern>"),
 "1913 srai target": sub(1913, "<srai>CO DAL</srai>", "<srai>CO POTOM</srai>"),
 "1913 get never set": sub(1913, '<get name="name"/>! Napiš', '<get name="jmeno"/>! Napiš'),
 "1913 random child": sub(1913, "<random>\n            <li>Tomu", "<random>\n            <p>x</p>\n            <li>Tomu"),
 "1913 category order": sub(1913, "<pattern>ANO</pattern>\n    <that>CHCES I MINULY TYDEN</that>", "<that>CHCES I MINULY TYDEN</that>\n    <pattern>ANO</pattern>"),
 "1913 link": sub(1913, "<url>https://arxiv.org/pdf/2310.08560.pdf</url>", "<url>arxiv.org/pdf/2310.08560.pdf</url>"),
 "1913 no catch-all": sub(1913, "<pattern>*</pattern>", "<pattern>NECO</pattern>"),
 "1913 root version": sub(1913, '<aiml version="2.0">', '<aiml version="3">'),
 # 1914 ELAN
 "1914 final newline": strip_final_newline(1914),
 "1914 not well-formed": sub(1914, "</TIME_ORDER>", "</TIME-ORDER>"),
 "1914 format": sub(1914, 'FORMAT="3.0" VERSION', 'FORMAT="2.7" VERSION'),
 "1914 slot id order": sub(1914, 'TIME_SLOT_ID="ts2"', 'TIME_SLOT_ID="ts20"', count=0),
 "1914 slot value order": sub(1914, 'TIME_VALUE="19870"', 'TIME_VALUE="5"'),
 "1914 undefined slot": sub(1914, 'TIME_SLOT_REF2="ts2"', 'TIME_SLOT_REF2="ts99"'),
 "1914 annotation id twice": sub(1914, 'ANNOTATION_ID="a2"', 'ANNOTATION_ID="a1"'),
 "1914 lastUsedAnnotationId": sub(1914, '"lastUsedAnnotationId">14<', '"lastUsedAnnotationId">12<'),
 "1914 linguistic type": sub(1914, 'LINGUISTIC_TYPE_REF="default-lt" PARTICIPANT="Erik', 'LINGUISTIC_TYPE_REF="kommentar-lt" PARTICIPANT="Erik'),
 "1914 element order": sub(1914, r'(    <LINGUISTIC_TYPE [^\n]*\n)(    <LANGUAGE [^\n]*\n)', r'\2\1', regex=True),
 "1914 date": sub(1914, 'DATE="2024-03-12T16:22:05+01:00"', 'DATE="12.03.2024"'),
 "1914 tier twice": sub(1914, 'TIER_ID="kommentar"', 'TIER_ID="referenser"'),
 # 1915 Rasa
 "1915 final newline": strip_final_newline(1915),
 "1915 version unquoted": sub(1915, 'version: "3.1"', "version: 3.1"),
 "1915 unknown top key": sub(1915, "session_config:", "session_settings:"),
 "1915 tab": sub(1915, "  - greet", "\t- greet"),
 "1915 response name": sub(1915, "  utter_anket:", "  anket:"),
 "1915 item without text": sub(1915, '    - text: "Görüşmek üzere!', '    - txt: "Görüşmek üzere!'),
 "1915 payload intent": sub(1915, "payload: '/open_link{", "payload: '/ac_link{"),
 "1915 payload entity": sub(1915, '\\"konu\\": \\"vae\\"', '\\"tema\\": \\"vae\\"'),
 "1915 intent twice": sub(1915, "  - goodbye\n", "  - goodbye\n  - greet\n"),
 "1915 slot entity": sub(1915, "        entity: konu", "        entity: tema"),
 "1915 key twice": sub(1915, "  utter_goodbye:", "  utter_greet:"),
 "1915 session config": sub(1915, "session_expiration_time: 60", "session_expiration_time: sixty"),
 "1915 unclosed quote": sub(1915, '"Görüşmek üzere! Perşembe 15:30, B-208."', '"Görüşmek üzere! Perşembe 15:30, B-208.'),
 # 1916 AeroSpace
 "1916 final newline": strip_final_newline(1916),
 "1916 not TOML": sub(1916, "inner.vertical = 8", "inner.vertical = "),
 "1916 unknown top key": sub(1916, "start-at-login = true", "start-on-login = true"),
 "1916 unknown command": sub(1916, "alt-h = 'focus left'", "alt-h = 'focus-window left'"),
 "1916 undeclared mode": sub(1916, "alt-shift-p = 'mode lab'", "alt-shift-p = 'mode labs'"),
 "1916 open target": sub(1916, "open https://cocodataset.org/", "open ftp://cocodataset.org/"),
 "1916 key name": sub(1916, "alt-tab = ", "alt-tabulator = "),
 "1916 gap type": sub(1916, "outer.left = 8", "outer.left = '8'"),
 "1916 direction": sub(1916, "alt-k = 'focus up'", "alt-k = 'focus north'"),
 "1916 start-at-login type": sub(1916, "start-at-login = true", "start-at-login = 'yes'"),
 "1916 catalogue title in the negative": sub(1916, "# llibres", "# llibres; Segment Anything"),
 "1916 arXiv-shaped id in the negative": sub(1916, "# dades", "# dades 2403.01234"),
 "1916 arXiv link in the negative": sub(1916, "open https://szeliski.org/Book/", "open https://arxiv.org/abs/2106.11342"),
 # labels
 "title-only paper gets a link in 1907": sub(1907, "#   - A Fast Learning Algorithm for Deep Belief Nets", "#   - A Fast Learning Algorithm for Deep Belief Nets https://arxiv.org/abs/2006.06882"),
 "title-only paper's id in 1910": sub(1910, "* Rethinking Architecture Selection in Differentiable NAS", "* Rethinking Architecture Selection in Differentiable NAS (2108.04392)"),
 "title-only paper's OpenReview link in 1915": sub(1915, "https://rasa.com/docs/rasa/", "https://openreview.net/forum?id=zOGdf9K8aC"),
 "unlabelled catalogue id in 1908": sub(1908, "dataset LAION-400M,", "dataset LAION-400M (2002.05709),"),
 "other file's title in 1912": sub(1912, "# Dữ liệu\n", "# Dữ liệu (cf. Segment Anything)\n"),
 "labelled title lost in 1909": sub(1909, "次回予告: 3D Gaussian Splatting for Real-Time Radiance Field Rendering", "次回予告: 3D Gaussian Splatting"),
 "labelled title lost in 1914": sub(1914, "HiPPO: Recurrent Memory with Optimal Polynomial Projections,", "HiPPO,"),
 "distractor title in 1911": sub(1911, "\\* Do przeczytania", "\\* How to Train Your HiPPO: State Space Models with Generalized Orthogonal Basis Projections\n\\* Do przeczytania"),
 "arxiv-text id lost in 1907": sub(1907, "(arXiv 2106.08254)", "(arXiv)"),
 "arxiv-text id lost in 1913": sub(1913, "(arXiv 2307.15043)", "(arXiv 2307.1504)"),
 "arxiv-text gets a link in 1915": sub(1915, "arXiv 2006.14536.", "https://arxiv.org/abs/2006.14536."),
 "link lost in 1912": sub(1912, "#     https://arxiv.org/pdf/1910.13461", "#     https://huggingface.co/facebook/bart-base"),
 "OpenReview link cut in 1914": sub(1914, "forum?id=qVyeW-grC2k", "forum?id=qVyeW"),
 "OpenReview link cut in 1909": sub(1909, "forum?id=PxTIG12RRHS", "forum?id=PxTIG12"),
 "unlabelled OpenReview id in 1913": sub(1913, "https://github.com/langchain-ai/langchain", "https://openreview.net/forum?id=B1ckMDqlg"),
 "valid-shaped id in 1911": sub(1911, "\\* ograniczenie dla TLC", "\\* ograniczenie dla TLC (1905.12345)"),
 "label in the negative": exp_edit(lambda e: e[D[1916]].append(dict(e[D[1915]][0]))),
 "wrong evidence kind": exp_edit(lambda e: e[D[1907]][6].update(evidence="link")),
 "title changed in expected": exp_edit(lambda e: e[D[1908]][1].update(title="SupCon")),
 "bad true_arxiv_id": exp_edit(lambda e: e[D[1914]][2].update(true_arxiv_id="2006.04769", arxiv_id="2006.04769")),
 "paper in two files": exp_edit(lambda e: e[D[1907]].append(dict(e[D[1909]][1]))),
 "even-position paper": exp_edit(lambda e: e[D[1913]].append({"arxiv_id": None, "openreview_id": None, "title": "A ConvNet for the 2020s", "evidence": "title-only", "true_arxiv_id": "2201.03545"})),
 "too few papers": exp_edit(lambda e: [e[D[1911]].pop() for _ in range(2)]),
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[1912]] if r["evidence"] == "title-only" and r["true_arxiv_id"]]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[1910])),
 "openreview id on a title-only record": exp_edit(lambda e: e[D[1915]][6].update(openreview_id="zOGdf9K8aC")),
 "missing field": exp_edit(lambda e: e[D[1913]][2].pop("true_arxiv_id")),
 "OpenReview record given an arXiv id": exp_edit(lambda e: e[D[1909]][0].update(arxiv_id="2011.13456")),
 "position 1 paper": exp_edit(lambda e: e[D[1915]].append({"arxiv_id": None, "openreview_id": None, "title": "x", "evidence": "title-only", "true_arxiv_id": None})),
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
