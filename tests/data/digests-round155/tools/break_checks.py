#!/usr/bin/env python3
"""Breaks a scratch copy of round155 (/tmp/round155-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round153's harness, with round155's cases; every digest is UTF-8; 1568, 1570, 1571 and 1576 end on a bare prompt without a final newline, 1573 is CRLF.)"""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round155-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1567, 1577)}


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


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


CASES = {
 # 1567 Mailpit
 "1567 count": sub(1567, "@tsv)'\n5\n", "@tsv)'\n6\n"),
 "1567 row fields": sub(1567, "\tjana.novakova@ufal-lab.example.cz\t[ctenarsky-kruh] Seznam", "\t[ctenarsky-kruh] Seznam"),
 "1567 bad ID": sub(1567, "ZmO1jd12Q0Sm1kvUziVfZ5\t", "ZmO1jd12-Q0Sm1kvUziVfZ\t"),
 "1567 duplicate ID": sub(1567, "4nWD7bicrFXn2lJNBZXFUx\t", "ZmO1jd12Q0Sm1kvUziVfZ5\t"),
 "1567 Created format": sub(1567, "2024-06-04T08:03:31.685+02:00", "2024-06-04 08:03:31"),
 "1567 not newest first": sub(1567, "2024-06-04T08:03:31.685+02:00", "2024-06-05T18:03:31.685+02:00"),
 "1567 loop subject": sub(1567, "== [ctenarsky-kruh] Seznam na léto (bez odkazů)", "== [ctenarsky-kruh] Seznam na léto"),
 "1567 no loop": sub(1567, "for id in $(", "for id in `", count=1),
 "1567 final newline": append(1567, "\n"),
 "1567 query line": sub(1567, "?limit=50' | jq -r '.messages_count,", "?limit=50' | jq '.messages_count,"),
 # 1568 LibreY
 "1568 jq length": sub(1568, "| jq length\n6\n", "| jq length\n7\n"),
 "1568 layout": sub(1568, '    "base_url": "https://openreview.net/",', '    "base_url" : "https://openreview.net/",'),
 "1568 base_url": sub(1568, '"base_url": "https://yang-song.net/"', '"base_url": "https://yang-song.net/blog/"'),
 "1568 result keys": sub(1568, '"description": "Blog post.', '"snippet": "Blog post.'),
 "1568 listing groups": sub(1568, "https://textual-inversion.github.io/\n\n", "https://textual-inversion.github.io/\n"),
 "1568 curl line": sub(1568, "&p=0&t=0' | jq .", "&page=0' | jq ."),
 "1568 final newline": append(1568, "\n"),
 "1568 broken JSON": sub(1568, '"url": "https://arxiv.org/abs/2112.10752",', '"url": "https://arxiv.org/abs/2112.10752"'),
 # 1569 links2
 "1569 command": sub(1569, "links -dump -width 120", "lynx -dump -width 120"),
 "1569 too wide": sub(1569, "| कमरा 214, CSE भवन", "| कमरा 214, CSE भवन" + " " * 40 + "x"),
 "1569 table column": sub(1569, "   3     The Power", "   3    The Power"),
 "1569 no final newline": sub(1569, "CSE भवन\n", "CSE भवन"),
 # 1570 jjs
 "1570 no warning": sub(1570, "Warning: The jjs tool is planned to be removed from a future JDK release\n", ""),
 "1570 length": sub(1570, "jjs> list.length\n9\n", "jjs> list.length\n8\n"),
 "1570 numbering": sub(1570, "\n4. Scaling Laws", "\n5. Scaling Laws"),
 "1570 filter answer": sub(1570, "\nTextbooks Are All You Need\nLanguage Models (Mostly)", "\nLanguage Models (Mostly)"),
 "1570 link line": sub(1570, "[刘洋]\n   https://arxiv.org/pdf/2307.09288.pdf", "[刘洋] https://arxiv.org/pdf/2307.09288.pdf"),
 "1570 stringify": sub(1570, '  "who": "张伟",\n  "note": "Chinchilla', '  "who": "张伟"\n  "note": "Chinchilla'),
 "1570 TypeError": sub(1570, 'TypeError: Cannot read property "title" from undefined', "TypeError: undefined has no properties"),
 "1570 no exit": sub(1570, "jjs> exit()\n", ""),
 # 1571 q
 "1571 count": sub(1571, '"select count(*) from ./chtenie.csv"\n9\n', '"select count(*) from ./chtenie.csv"\n10\n'),
 "1571 group order": sub(1571, "смотрю 1\nчитаю 1", "читаю 1\nсмотрю 1"),
 "1571 head csv": sub(1571, "2,Neural Machine Translation of Rare Words with Subword Units,2015,", "2,Neural Machine Translation of Rare Words with Subword Units,2015,,"),
 "1571 -b alignment": sub(1571, "\n2  2015 Neural", "\n2 2015 Neural"),
 "1571 pipe rows": sub(1571, "|A Fast Learning Algorithm for Deep Belief Nets|2006", "|A Fast Learning Algorithm for Deep Belief Nets 2006"),
 "1571 prompt last": append(1571, "\n"),
 # 1572 RDFa
 "1572 count": sub(1572, "총 8편", "총 9편"),
 "1572 unbalanced": sub(1572, "</span></a></h3>", "</a></h3>"),
 "1572 vocab": sub(1572, '<body vocab="https://schema.org/">', "<body>"),
 "1572 lang": sub(1572, '<html lang="ko">', "<html>"),
 "1572 no Person": sub(1572, 'property="author" typeof="Person"', 'property="author"', count=0),
 "1572 year": sub(1572, 'datetime="2021">2021<', 'datetime="2021">2020<'),
 # 1573 MLO
 "1573 LF line": sub(1573, "<TaskTree>\r\n", "<TaskTree>\n"),
 "1573 root ver": sub(1573, 'ver="1.2"', 'ver="1.3"'),
 "1573 bad GUID": sub(1573, "{63A9F0EA-7BB9-8050-796B-649E85481845}", "63A9F0EA-7BB9-8050-796B-649E85481845"),
 "1573 duplicate IDD": sub(1573, "{9B1A290B-F90A-C255-E38E-69CB7BCFC4DF}", "{63A9F0EA-7BB9-8050-796B-649E85481845}"),
 "1573 date": sub(1573, "<DueDateTime>2024-03-03T10:00:00</DueDateTime>", "<DueDateTime>03/03/2024 10:00</DueDateTime>"),
 "1573 place not listed": sub(1573, "<Places><Place>@מחשב</Place></Places>", "<Places><Place>@בית</Place></Places>"),
 "1573 XML broken": sub(1573, "</TaskTree>", "</TaskTre>"),
 # 1574 Diaro
 "1574 version": sub(1574, '<data version="2">', '<data version="1">'),
 "1574 dangling folder": sub(1574, "<folder_uid>ba3add142098bdff8750efb1fd8eb6d4</folder_uid>", "<folder_uid>ba3add142098bdff8750efb1fd8eb6d5</folder_uid>"),
 "1574 tags list": sub(1574, "<tags>,c2393282529536b7f22937c84f527be4,</tags>", "<tags>c2393282529536b7f22937c84f527be4</tags>"),
 "1574 date seconds": sub(1574, "<date>1707074100000</date>", "<date>1707074100</date>"),
 "1574 table order": sub(1574, '<table name="diaro_tags">', '<table name="diaro_labels">'),
 "1574 uid shape": sub(1574, "<uid>ba3add142098bdff8750efb1fd8eb6d4</uid>", "<uid>BA3ADD14</uid>"),
 # 1575 vym
 "1575 branchCount": sub(1575, 'branchCount="15"', 'branchCount="14"'),
 "1575 doctype line": sub(1575, '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE vymmap>\n', '<?xml version="1.0" encoding="utf-8"?>\n'),
 "1575 url": sub(1575, 'url="https://arxiv.org/abs/2106.02039"', 'url="arxiv.org/abs/2106.02039"'),
 "1575 two headings": sub(1575, "<heading><![CDATA[RL แบบลำดับ]]></heading>", "<heading><![CDATA[RL แบบลำดับ]]></heading><heading>x</heading>"),
 # 1576 csi
 "1576 banner": sub(1576, "Type ,? for help.\n", ""),
 "1576 prompt numbering": sub(1576, "#;5> (assv 7 program)", "#;6> (assv 7 program)"),
 "1576 length": sub(1576, "#;3> (length program)\n10\n", "#;3> (length program)\n11\n"),
 "1576 no error block": sub(1576, "Error: unbound variable: programm", "Error: unbound: programm"),
 "1576 catalogue title in the negative": sub(1576, "Doğrusal modeller", "Attention Is All You Need"),
 "1576 arXiv-shaped id in the negative": sub(1576, "Gymnasium 0.29", "Gymnasium 2405.12345"),
 # labels
 "title-only paper gets an id in 1570": sub(1570, "（无链接）\n7. ", "arXiv:2306.11644\n7. "),
 "title-only paper gets a link in 1572": sub(1572, "<span property=\"name\">How to train", "<a href=\"https://arxiv.org/abs/2106.10270\">x</a><span property=\"name\">How to train"),
 "unlabelled catalogue id in 1575": sub(1575, "HiPPO — พื้นฐานของ S4", "HiPPO — พื้นฐานของ S4 (2111.00396)"),
 "other file's title in 1574": sub(1574, "مشي على الكورنيش مع أخي.", "مشي على الكورنيش مع أخي. Segment Anything"),
 "labelled title lost in 1567": sub(1567, "Transformer Quality in Linear Time", "FLASH", count=0),
 "unlabelled OpenReview id in 1569": sub(1569, "(huggingface.co/docs/peft)", "(https://openreview.net/forum?id=tcbBPnfwxS)"),
 "distractor title in 1571": sub(1571, "# без ссылок — найти в библиотеке МГУ", "# Recurrent Memory Transformer — найти в библиотеке МГУ"),
 "arxiv-text id lost in 1573": sub(1573, "arXiv:2310.08560", "arXiv:2310.0856"),
 "link lost in 1574": sub(1574, "https://arxiv.org/abs/2103.14339", "https://github.com/x/medselect"),
 "OpenReview link cut in 1567": sub(1567, "forum?id=" + "qVyeW-grC2k", "forum?id=qVyeW", count=0),
 "arxiv-text gets a link in 1569": sub(1569, "arXiv:1910.03771", "https://arxiv.org/abs/1910.03771"),
 "unknown valid-shaped id in 1576": sub(1576, "Fashion-MNIST", "Fashion-MNIST 2311.99999"),
 "label in the negative": exp_edit(lambda e: e[D[1576]].append(dict(e[D[1575]][0]))),
 "wrong evidence kind": exp_edit(lambda e: e[D[1571]][4].update(evidence="link")),
 "title changed in expected": exp_edit(lambda e: e[D[1573]][1].update(title="AgentBench")),
 "bad true_arxiv_id": exp_edit(lambda e: e[D[1567]][2].update(true_arxiv_id="2006.16237", arxiv_id="2006.16237")),
 "paper in two files": exp_edit(lambda e: e[D[1568]].append(dict(e[D[1570]][1]))),
 "even-position paper": exp_edit(lambda e: e[D[1572]].append({"arxiv_id": None, "openreview_id": None, "title": "Attention Is All You Need", "evidence": "title-only", "true_arxiv_id": "1706.03762"})),
 "too few papers": exp_edit(lambda e: [e[D[1569]].pop() for _ in range(2)]),
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[1568]] if r["evidence"] == "title-only" and r["true_arxiv_id"]]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[1571])),
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
