#!/usr/bin/env python3
"""Breaks a scratch copy of round172 (/tmp/round172-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round171's harness, with round172's cases; every digest is UTF-8; 1737 and 1738 end on a bare prompt without a
final newline; the others end with one.)"""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round172-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1737, 1747)}
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
 # 1737 Mayan EDMS
 "1737 count": sub(1737, '"count": 11,', '"count": 12,'),
 "1737 jq layout": sub(1737, '  "next": null,', '  "next" : null,'),
 "1737 tsv order": sub(1737, "42\t2024-01-15\tInstruktion", "40\t2024-01-15\tInstruktion"),
 "1737 tsv fields": sub(1737, "45\t2024-02-02\tReseräkning", "45 2024-02-02\tReseräkning"),
 "1737 key order": sub(1737, '  "id": 46,\n  "label"', '  "label"', count=1),
 "1737 wrong document": sub(1737, '"url": "https://arkiv.example.se/api/v4/documents/46/",', '"url": "https://arkiv.example.se/api/v4/documents/47/",'),
 "1737 file url": sub(1737, '/documents/46/files/83/', '/documents/46/files/84/'),
 "1737 uuid": sub(1737, '"uuid": "9f5ced92-a7dd-4cf9', '"uuid": "9f5ced92-a7dd-3cf9'),
 "1737 row vs object": sub(1737, "46\t2024-02-12\tFourier", "46\t2024-02-13\tFourier"),
 "1737 selection": sub(1737, "47\tICLR 2021, arXiv:2010.00554", "47\tICLR 2021, utskrift 2010.00554"),
 "1737 selection order": sub(1737, "41\tLäsecirkel vecka 3", "48\tLäsecirkel vecka 3"),
 "1737 token header": sub(1737, 'curl -s -H "Authorization: Token $MAYAN_TOKEN" "https://arkiv.example.se/api/v4/documents/46/"', 'curl -s "https://arkiv.example.se/api/v4/documents/46/"'),
 "1737 bare prompt": append(1737, "\n"),
 # 1738 hexapdf
 "1738 ls total": sub(1738, "合計 13780", "合計 13776"),
 "1738 ls alignment": sub(1738, "haruka  932514  2月 20", "haruka 932514  2月 20"),
 "1738 ls order": sub(1738, "-rw-rw-r-- 1 haruka haruka 1578112  3月 11 10:43 bigbird.pdf\n-rw-rw-r-- 1 haruka haruka 1024877  3月 11 10:44 feedback-memory.pdf",
                       "-rw-rw-r-- 1 haruka haruka 1024877  3月 11 10:44 feedback-memory.pdf\n-rw-rw-r-- 1 haruka haruka 1578112  3月 11 10:43 bigbird.pdf"),
 "1738 download missing": sub(1738, "3月 11 10:45 pagedattention.pdf", "3月 11 10:45 paged.pdf"),
 "1738 loop lines": sub(1738, "pi_meta.pdf\tTitle:", "pi-meta.pdf\tTitle:"),
 "1738 info column": sub(1738, "Pages:             12", "Pages:            12"),
 "1738 info size": sub(1738, "File size:         801236 bytes", "File size:         801237 bytes"),
 "1738 info name": sub(1738, "File name:         pagedattention.pdf", "File name:         paged-attention.pdf"),
 "1738 info title": sub(1738, "Title:             Synthesizer: Rethinking Self-Attention in Transformer Models\nAuthor", "Title:             Synthesizer\nAuthor"),
 "1738 info key order": sub(1738, "Producer:          pdfTeX-1.40.21\nCreation date:     2021-06-28 12:03:11 UTC", "Creation date:     2021-06-28 12:03:11 UTC\nProducer:          pdfTeX-1.40.21"),
 "1738 modified before created": sub(1738, "Modification date: 2023-09-13 00:30:01 UTC", "Modification date: 2023-09-12 00:30:01 UTC"),
 "1738 curl form": sub(1738, "curl -sL -o bigbird.pdf", "curl -sLO bigbird.pdf"),
 # 1739 Codebraid
 "1739 metadata": sub(1739, "codebraid:\n  jupyter: false\n", ""),
 "1739 fence class": sub(1739, "```{.python .cb-nb session=contas}", "```{.python .cb-notebook session=contas}"),
 "1739 python syntax": sub(1739, "    return camadas * 2 * (2 * d * r)", "    return camadas * 2 * (2 * d * r"),
 "1739 unclosed block": sub(1739, "ia3 = camadas * (d + d + ff)\n```\n", "ia3 = camadas * (d + d + ff)\n\n"),
 "1739 inline expression": sub(1739, "`vieses`{.python .cb-expr session=contas}", "`vieses =`{.python .cb-expr session=contas}"),
 "1739 inline session": sub(1739, "`ia3`{.python .cb-expr session=contas}", "`ia3`{.python .cb-expr session=outra}"),
 "1739 relative link": sub(1739, "(https://arxiv.org/abs/2103.10385)", "(../refs/2103.10385)"),
 # 1740 mcabber
 "1740 record form": sub(1740, "MR 20240311T08:44:30Z 000 Ahoj", "MR 2024-03-11T08:44:30Z 000 Ahoj"),
 "1740 continuation count": sub(1740, "MS 20240311T08:45:43Z 002 Ahoj", "MS 20240311T08:45:43Z 001 Ahoj"),
 "1740 count too large": sub(1740, "S_ 20240311T10:16:53Z 000 ", "MR 20240311T10:16:53Z 003 "),
 "1740 time order": sub(1740, "MR 20240311T08:53:42Z 002", "MR 20240311T08:43:42Z 002"),
 "1740 type letter": sub(1740, "SA 20240311T09:13", "SX 20240311T09:13"),
 "1740 status lines": sub(1740, "SA 20240311T09:13:07Z 000 Pryč", "SA 20240311T09:13:07Z 001 Pryč\nna obědě"),
 # 1741 Opera Hotlist
 "1741 header": sub(1741, "Opera Hotlist version 2.0", "Opera Hotlist version 3.0"),
 "1741 id order": sub(1741, "\tID=6\n", "\tID=16\n"),
 "1741 unique id": sub(1741, "UNIQUEID=2DE62977A9D3CC2E563EF8F3D91B130C", "UNIQUEID=2de62977a9d3cc2e563ef8f3d91b130c"),
 "1741 visited": sub(1741, "VISITED=1709757600", "VISITED=1609757600"),
 "1741 folder open": sub(1741, "\n-\n", "\n", count=1),
 "1741 extra close": append(1741, "-\n\n"),
 "1741 field": sub(1741, "\tDESCRIPTION=Okna przesuwne", "\tOPIS=Okna przesuwne"),
 "1741 blank after record": sub(1741, "UNIQUEID=2DE62977A9D3CC2E563EF8F3D91B130C\n\n", "UNIQUEID=2DE62977A9D3CC2E563EF8F3D91B130C\n"),
 "1741 url record without url": sub(1741, "\tURL=https://www.opera.com/\n", ""),
 # 1742 QuickStatements
 "1742 command form": sub(1742, "LAST|P31|Q13442814", "LAST P31 Q13442814"),
 "1742 no P31": sub(1742, "LAST|P31|Q13442814\n", "LAST|P31|Q5\n"),
 "1742 label": sub(1742, 'LAST|Lfi|"XLNet: Generalized', 'LAST|Lfi|"XLNet – Generalized'),
 "1742 precision": sub(1742, "LAST|P577|+2014-00-00T00:00:00Z/9", "LAST|P577|+2014-00-00T00:00:00Z/11"),
 "1742 description year": sub(1742, 'LAST|Dfi|"vuonna 2018 julkaistu', 'LAST|Dfi|"vuonna 2019 julkaistu'),
 "1742 ordinals": sub(1742, '"Kenton Lee"|P1545|"3"', '"Kenton Lee"|P1545|"4"'),
 "1742 P818 vs P953": sub(1742, 'LAST|P953|"https://arxiv.org/abs/2003.10555v1"', 'LAST|P953|"https://arxiv.org/abs/2003.10556v1"'),
 "1742 before CREATE": sub(1742, "CREATE\n", "", count=1),
 # 1743 Twig
 "1743 extends": sub(1743, "{% extends 'base.html.twig' %}\n", ""),
 "1743 endfor": sub(1743, "        {% endfor %}\n", ""),
 "1743 endif kind": sub(1743, "                    {% endif %}\n                    {% if s.nota %}", "                    {% endfor %}\n                    {% if s.nota %}"),
 "1743 unclosed output": sub(1743, "<td>{{ s.ponente }}</td>", "<td>{{ s.ponente </td>"),
 "1743 unclosed comment": sub(1743, "borrar el set. #}", "borrar el set."),
 "1743 unknown tag": sub(1743, "{% include 'grupo/_pie.html.twig'", "{% embed 'grupo/_pie.html.twig'"),
 "1743 date order": sub(1743, "fecha: '2024-03-13'", "fecha: '2024-02-13'"),
 "1743 hash keys": sub(1743, "        ponente: 'Marta Gil',\n", "        presenta: 'Marta Gil',\n"),
 "1743 literal": sub(1743, "enlace: null,", "enlace: nada,"),
 "1743 html": sub(1743, "            </tr>\n        {% else %}", "        {% else %}"),
 # 1744 novelWriter
 "1744 meta order": sub(1744, "%%~kind: NOVEL/DOCUMENT\n%%~hash:", "%%~hash:", count=1),
 "1744 hash": sub(1744, "Влітку 2014 року", "Улітку 2014 року"),
 "1744 path": sub(1744, "%%~path: 4b1f0c93e27a5/9d05e6a8c13f2", "%%~path: 4b1f0c93e27a5"),
 "1744 kind": sub(1744, "%%~kind: NOVEL/DOCUMENT", "%%~kind: BOOK/DOCUMENT"),
 "1744 dates": sub(1744, "%%~date: 2024-01-22 19:04:37/2024-03-11 23:16:52", "%%~date: 2024-03-22 19:04:37/2024-03-11 23:16:52"),
 "1744 name": sub(1744, "%%~name: Розділ 4. Машини, що уявляють", "%%~name: Розділ 4"),
 "1744 keyword": sub(1744, "@location: Монреаль", "@місце: Монреаль"),
 # 1745 WikkaWiki
 "1745 heading": sub(1745, "=====Lịch trình bày=====", "=====Lịch trình bày===="),
 "1745 list line": sub(1745, "~1) 04/04", "~1. 04/04"),
 "1745 link": sub(1745, "[[https://arxiv.org/abs/2304.07193 ", "[[arxiv.org/abs/2304.07193 "),
 "1745 link brackets": sub(1745, "Visual Representations]] (SimCLR)", "Visual Representations] (SimCLR)"),
 "1745 bold": sub(1745, "**Phúc**", "**Phúc"),
 "1745 action": sub(1745, "{{toc}}", "{{mucluc}}"),
 "1745 category": sub(1745, "CategoryNhomDoc CategoryHocTuGiamSat\n", "Nhóm đọc\n"),
 "1745 first heading": sub(1745, "======Nhóm đọc: Học tự giám sát (HK2 2023–2024)======", "=====Nhóm đọc: Học tự giám sát (HK2 2023–2024)====="),
 # 1746 bartib
 "1746 line form": sub(1746, "2024-03-11 08:40 - 2024-03-11 09:15 | destek |", "2024-03-11 08:40 – 2024-03-11 09:15 | destek |"),
 "1746 end before start": sub(1746, "2024-03-12 13:30 - 2024-03-12 14:15", "2024-03-12 13:30 - 2024-03-12 13:15"),
 "1746 overlap": sub(1746, "2024-03-13 09:00 - 2024-03-13 12:30", "2024-03-13 08:40 - 2024-03-13 12:30"),
 "1746 running not last": sub(1746, "2024-03-14 08:45 - 2024-03-14 09:15 | toplanti", "2024-03-14 08:45 | toplanti"),
 "1746 catalogue title in the negative": sub(1746, "Haftalık laboratuvar toplantısı", "Haftalık laboratuvar toplantısı: Attention Is All You Need"),
 "1746 arXiv-shaped id in the negative": sub(1746, "NAS anlık görüntüleri", "NAS anlık görüntüleri 2403.01234"),
 "1746 final newline": sub(1746, "kota ayarları\n", "kota ayarları"),
 # labels
 "title-only paper gets an id in 1737": sub(1737, "Graph Representation?\n49", "Graph Representation? arXiv:2106.05234\n49"),
 "title-only paper gets a link in 1743": sub(1743, "enlace: null,\n        nota: 'LSGM", "enlace: 'https://arxiv.org/abs/2106.05931',\n        nota: 'LSGM"),
 "unlabelled catalogue id in 1745": sub(1745, "(ICML 2006)", "(ICML 2006; xem thêm arXiv:2002.05709v3 và 2006.11239)"),
 "other file's title in 1744": sub(1744, "Не забути: курс Andrej Karpathy", "Не забути: Attention Is All You Need; курс Andrej Karpathy"),
 "labelled title lost in 1741": sub(1741, "NAME=" + "Gradient-Based Learning Applied to Document Recognition", "NAME=LeNet-5 (skan)"),
 "unlabelled OpenReview id in 1742": sub(1742, 'LAST|P953|"https://arxiv.org/abs/1810.04805"', 'LAST|P953|"https://openreview.net/forum?id=r1xMH1BtvB"'),
 "distractor title in 1739": sub(1739, "livro *Dive into Deep Learning*", "livro *LoRA+: Efficient Low Rank Adaptation of Large Models*"),
 "arxiv-text id lost in 1740": sub(1740, "A Generalist Agent, arXiv:2205.06175.", "A Generalist Agent (DeepMind)."),
 "link lost in 1745": sub(1745, "https://arxiv.org/pdf/2104.14294v2", "https://dino.example.org/"),
 "OpenReview link cut in 1738": sub(1738, "pdf?id=OCm0rwa1lx1", "pdf?id=OCm0rw"),
 "arxiv-text gets a link in 1739": sub(1739, "arXiv:2110.04366)", "https://arxiv.org/abs/2110.04366)"),
 "label in the negative": exp_edit(lambda e: e[D[1746]].append(dict(e[D[1745]][0]))),
 "wrong evidence kind": exp_edit(lambda e: e[D[1742]][5].update(evidence="link")),
 "title changed in expected": exp_edit(lambda e: e[D[1744]][3].update(title="The Curious Case")),
 "bad true_arxiv_id": exp_edit(lambda e: e[D[1737]][1].update(true_arxiv_id="2103.14587", arxiv_id="2103.14587")),
 "paper in two files": exp_edit(lambda e: e[D[1740]].append(dict(e[D[1743]][1]))),
 "odd-position paper": exp_edit(lambda e: e[D[1745]].append({"arxiv_id": None, "openreview_id": None, "title": "Barlow Twins: Self-Supervised Learning via Redundancy Reduction", "evidence": "title-only", "true_arxiv_id": "2103.03230"})),
 "too few papers": exp_edit(lambda e: [e[D[1741]].pop() for _ in range(2)]),
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[1743]] if r["evidence"] == "title-only" and r["true_arxiv_id"]]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[1738])),
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
