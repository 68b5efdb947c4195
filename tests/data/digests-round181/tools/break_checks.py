#!/usr/bin/env python3
"""Breaks a scratch copy of round181 (/tmp/r181/break, deleted afterwards) one case at a time and checks that
validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's ERROR
lines. (round179's harness, with round181's cases; every digest is UTF-8; the pasted terminal 1828 ends on a bare
prompt without a final newline, 1833 and 1834 (one JSON line each) have none; the others end with one.)"""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/r181/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1827, 1837)}
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


def both(*fns):
    def fn(root):
        for g in fns: g(root)
    return fn


def append(n, extra):
    def fn(root):
        with open(os.path.join(root, "digests", D[n]), "ab") as fh: fh.write(extra.encode(ENC(n)))
    return fn


def drop_first_line(n):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        s = open(p, encoding="utf-8", newline="").read()
        open(p, "w", encoding="utf-8", newline="").write(s.split("\n", 1)[1])
    return fn


def strip_final_newline(n):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        s = open(p, encoding="utf-8", newline="").read()
        assert s.endswith("\n")
        open(p, "w", encoding="utf-8", newline="").write(s[:-1])
    return fn


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


CASES = {
 # 1827 rofi script mode
 "1827 shebang": sub(1827, "#!/usr/bin/env bash", "#!/bin/sh"),
 "1827 final newline": strip_final_newline(1827),
 "1827 unbalanced quote": sub(1827, '"expire-span.pdf" "minne', '"expire-span.pdf "minne'),
 "1827 fi": sub(1827, "    exit 0\nfi\n", "    exit 0\n"),
 "1827 esac": sub(1827, "    esac\n", ""),
 "1827 protocol option": sub(1827, r"\0no-custom\x1ftrue", r"\0nocustom\x1ftrue"),
 "1827 row option": sub(1827, r"\x1fmeta\x1f%s", r"\x1fmetadata\x1f%s"),
 "1827 row arguments": sub(1827, '"flash-gau.pdf" "flash gau gated attention unit vecka15"', '"flash-gau.pdf"'),
 "1827 info": sub(1827, '"expire-span.pdf"', '"expire-span"'),
 "1827 info twice": sub(1827, '"flash-gau.pdf"', '"expire-span.pdf"'),
 "1827 message markup": sub(1827, "<b>Läsecirkeln VT 2024</b>", "<b>Läsecirkeln VT 2024"),
 "1827 continuation": sub(1827, 'Selective State Spaces" \\\n', 'Selective State Spaces"\n'),
 "1827 call before definition": sub(1827, 'ARKIV="$HOME/Dokument/artiklar"\n', 'ARKIV="$HOME/Dokument/artiklar"\nrubrik "Start"\n'),
 # 1828 Free Pascal session
 "1828 lines compiled": sub(1828, "77 lines compiled", "76 lines compiled"),
 "1828 output line": sub(1828, " 5. [w toku] Big Transfer", " 5. [w toku]  Big Transfer"),
 "1828 count": sub(1828, "w toku:            3", "w toku:            4"),
 "1828 array bound": sub(1828, "array[1..10] of TLektura", "array[1..11] of TLektura"),
 "1828 field order": sub(1828, "Adres: ''; Rok: 2006;", "Rok: 2006; Adres: '';"),
 "1828 enumeration value": sub(1828, "Stan: stWToku;", "Stan: stCzytam;"),
 "1828 string": sub(1828, "'referuje Ola; porównać z ResNeXt'", "'referuje Ola; porównać z ResNeXt"),
 "1828 apostrophe doubling": sub(1828, "Karpathy''ego", "Karpathy'ego"),
 "1828 begin/end": sub(1828, "      Inc(Licz[Stan]);\n    end;\n", "      Inc(Licz[Stan]);\n"),
 "1828 banner": sub(1828, "Target OS: Linux for x86-64", "Target OS: Linux for x86_64"),
 "1828 bare prompt": append(1828, "\n"),
 "1828 no fpc": sub(1828, "ania@pracownia-07:~/seminarium$ fpc lektury.pas\n", ""),
 "1828 program name": sub(1828, "program Lektury;", "program Lista;"),
 # 1829 JSONiq
 "1829 comment": sub(1829, "(Ioana, martie 2024) :)", "(Ioana, martie 2024)"),
 "1829 JSON": sub(1829, '"an": 2013,', '"an": 2013'),
 "1829 an integer": sub(1829, '"an": 2016,', '"an": "2016",'),
 "1829 keys": sub(1829, '"prezintă": "Mihai",', '"prezinta": "Mihai",'),
 "1829 unbound variable": sub(1829, "for $l in $deCitit", "for $l in $deCitite"),
 "1829 key": sub(1829, "order by $l.an ascending", "order by $l.anul ascending"),
 "1829 compared value": sub(1829, '$$.stare ne "citit"', '$$.stare ne "citite"'),
 "1829 function": sub(1829, "size($lecturi)", "length($lecturi)"),
 "1829 brackets": sub(1829, "  |}\n}\n", "  |}\n"),
 "1829 link": sub(1829, '"link": "http://arxiv.org/abs/1908.10084"', '"link": "arxiv.org/abs/1908.10084"'),
 # 1830 Mako
 "1830 magic comment": drop_first_line(1830),
 "1830 inherit": sub(1830, '<%inherit file="base.mako"/>', '<%inherit file="base.html"/>'),
 "1830 python": sub(1830, 'pozn="ICML 2021"),', 'pozn="ICML 2021",'),
 "1830 date": sub(1830, 'datum="2024-03-13"', 'datum="2024-03-14"'),
 "1830 endif": sub(1830, "      % endif\n", ""),
 "1830 for colon": sub(1830, "% for c in CLANKY:", "% for c in CLANKY"),
 "1830 def": sub(1830, "</%def>\n", ""),
 "1830 expression key": sub(1830, "${c['referuje']}", "${c['prednasi']}"),
 "1830 html": sub(1830, "<td>${c['pozn']}</td>", "<td>${c['pozn']}"),
 "1830 link": sub(1830, 'odkaz="https://arxiv.org/abs/2106.08254"', 'odkaz="arxiv.org/abs/2106.08254"'),
 "1830 dict keys": sub(1830, 'referuje="Lucie",\n             pozn="ICLR 2021;', 'prednasi="Lucie",\n             pozn="ICLR 2021;'),
 # 1831 ColdFusion
 "1831 comment": sub(1831, "(PPGCC) --->", "(PPGCC) -->"),
 "1831 tag nesting": sub(1831, "    </cfloop>\n", ""),
 "1831 cfelse": sub(1831, "<cfelse>", "<cfelseif>"),
 "1831 string": sub(1831, 'nota: "ponto de partida do grupo"', 'nota: "ponto de partida do grupo'),
 "1831 lone #": sub(1831, '"a base do DeepSpeed"', '"a base do #DeepSpeed"'),
 "1831 struct keys": sub(1831, 'apresenta: "Rafael",\n            nota: "ponto', 'apresentador: "Rafael",\n            nota: "ponto'),
 "1831 filter value": sub(1831, 'l.status != "lido"', 'l.status != "lida"'),
 "1831 Thursday": sub(1831, "createDate(2024, 3, 14)", "createDate(2024, 3, 15)"),
 "1831 unpaired #": sub(1831, "<td>#l.ano#</td>", "<td>#l.ano</td>"),
 "1831 unknown key": sub(1831, "#l.apresenta#", "#l.apresentador#"),
 "1831 function": sub(1831, "encodeForHTML(l.nota)", "htmlEscape(l.nota)"),
 # 1832 networkx GML
 "1832 layout": sub(1832, "    id 3\n", "   id 3\n"),
 "1832 escape": sub(1832, "lukuj&#228;rjestys", "lukujärjestys"),
 "1832 named entity": sub(1832, "ICLR 2021 &#38; SDE", "ICLR 2021 &amp; SDE"),
 "1832 id order": sub(1832, "    id 4\n", "    id 11\n"),
 "1832 edge target": sub(1832, "    source 1\n    target 8\n", "    source 1\n    target 12\n"),
 "1832 label first": sub(1832, '    label "Consistency Models"\n    tyyppi "artikkeli"', '    tyyppi "artikkeli"\n    label "Consistency Models"'),
 "1832 bracket": sub(1832, "  ]\n]\n", "  ]\n"),
 "1832 directed": sub(1832, "  directed 1\n", ""),
 "1832 tyyppi": sub(1832, 'tyyppi "repo"', 'tyyppi "koodi"'),
 "1832 paper without source": sub(1832, '    pdf "jaettu/diffwave.pdf"\n', ""),
 "1832 graph attribute late": both(sub(1832, '  tekija "Aino Virtanen"\n', ""), sub(1832, "  edge [\n    source 0\n", '  tekija "Aino Virtanen"\n  edge [\n    source 0\n')),
 # 1833 eLabFTW
 "1833 final newline": append(1833, "\n"),
 "1833 slashes": sub(1833, r"https:\/\/arxiv.org\/abs\/2304.02643", "https://arxiv.org/abs/2304.02643"),
 "1833 hex tag": sub(1833, r"\u003Ch2\u003E", "<h2>"),
 "1833 unicode": sub(1833, r"visi\u00f3", "visió"),
 "1833 key removed": sub(1833, '"rating":0,', ""),
 "1833 elabid": sub(1833, '"elabid":"20240311-', '"elabid":"20240312-'),
 "1833 Thursday": sub(1833, r"\u003Ctd\u003E21\/03", r"\u003Ctd\u003E22\/03"),
 "1833 body nesting": sub(1833, r"\u003C\/ul\u003E", ""),
 "1833 step item": sub(1833, '"item_id":318,"body":"Reservar', '"item_id":317,"body":"Reservar'),
 "1833 tags": sub(1833, '"tags_id":"7,19,23"', '"tags_id":"7,19"'),
 "1833 sharelink": sub(1833, r'\u0026id=318"', r'\u0026id=319"'),
 "1833 upload long_name": sub(1833, '"long_name":"d6', '"long_name":"b7'),
 # 1834 Pale Moon backup
 "1834 final newline": append(1834, "\n"),
 "1834 compact": sub(1834, '{"guid":"root________"', '{"guid": "root________"'),
 "1834 root guid": sub(1834, '"guid":"toolbar_____"', '"guid":"toolbar"'),
 "1834 index": sub(1834, '"title":"Okunacak","index":1', '"title":"Okunacak","index":2'),
 "1834 key order": sub(1834, '"title":"","index":0', '"index":0,"title":""'),
 "1834 uri": sub(1834, '"uri":"https://forum.palemoon.org/"', '"uri":"forum.palemoon.org/"'),
 "1834 anno name": sub(1834, '"name":"bookmarkProperties/description","flags":0,"expires":4,"value":"NeurIPS 2022"', '"name":"bookmarkProperties/desc","flags":0,"expires":4,"value":"NeurIPS 2022"'),
 "1834 separator title": sub(1834, '"title":"","index":1,', '"title":"—","index":1,'),
 "1834 duplicate id": sub(1834, '"id":27,', '"id":26,'),
 "1834 PRTime": sub(1834, '"dateAdded":1705824000000000', '"dateAdded":1705824000000'),
 # 1835 live templates
 "1835 XML": sub(1835, "</templateSet>", "</templateset>"),
 "1835 indent": sub(1835, "    <context>", "   <context>"),
 "1835 raw newline": sub(1835, "&#10;#   Foret", "\n#   Foret"),
 "1835 undeclared variable": sub(1835, '    <variable name="DATE" expression="date(&quot;yyyy-MM-dd&quot;)" defaultValue="" alwaysStopAt="false" />\n', ""),
 "1835 unused variable": sub(1835, "$DATE$ に追加", "に追加"),
 "1835 context": sub(1835, '<option name="OTHER"', '<option name="Markdown"'),
 "1835 duplicate name": sub(1835, 'name="refdarts"', 'name="refautohas"'),
 "1835 attribute order": sub(1835, 'toReformat="false" toShortenFQNames="true">', 'toShortenFQNames="true" toReformat="false">'),
 "1835 comment line": sub(1835, "&#10;#   Tengyu Ma", "&#10;Tengyu Ma"),
 # 1836 Renovate
 "1836 layout": sub(1836, '  "labels": ["phụ thuộc"],', '  "labels": [\n    "phụ thuộc"\n  ],'),
 "1836 unknown option": sub(1836, '"rangeStrategy": "bump",', '"rangeStrategie": "bump",'),
 "1836 schema": sub(1836, "https://docs.renovatebot.com/renovate-schema.json", "https://json.schemastore.org/renovate.json"),
 "1836 preset": sub(1836, '":semanticCommits",', '"semantic commits",'),
 "1836 rule without match": sub(1836, '      "matchManagers": ["nvm"],\n', ""),
 "1836 schedule": sub(1836, '"before 6am on monday"', '"monday morning"'),
 "1836 JSON": sub(1836, '"prConcurrentLimit": 3,', '"prConcurrentLimit": 3'),
 "1836 catalogue title in the negative": sub(1836, "Astro và các tích hợp", "Segment Anything, Astro và các tích hợp"),
 "1836 arXiv-shaped id in the negative": sub(1836, "(phòng thí nghiệm Học máy)", "(phòng thí nghiệm Học máy, 2402.12345)"),
 # labels
 "title-only paper gets a link in 1827": sub(1827, '"expire-span.pdf"', '"https://arxiv.org/abs/2105.06548"'),
 "title-only paper's OpenReview id in 1830": sub(1830, 'odkaz=None,\n             datum="2024-04-10"', 'odkaz="https://openreview.net/forum?id=3rRgu7OGgBI",\n             datum="2024-04-10"'),
 "unlabelled catalogue id in 1829": sub(1829, "ELMo, NAACL 2018", "ELMo, NAACL 2018; vezi și 1810.04805"),
 "other file's title in 1831": sub(1831, "só as seções 4 a 6", "só as seções 4 a 6; comparar com Segment Anything"),
 "labelled title lost in 1832": sub(1832, 'label "Consistency Models"', 'label "Consistency"'),
 "unlabelled OpenReview id in 1835": sub(1835, "#   https://spinningup.openai.com/en/latest/", "#   https://openreview.net/forum?id=PxTIG12RRHS"),
 "distractor title in 1834": sub(1834, "güvenlik oturumu (Mayıs)", "güvenlik oturumu (Mayıs); Dataset Distillation"),
 "arxiv-text id lost in 1828": sub(1828, "arXiv:1912.11370; ", "", count=0),
 "link lost in 1833": sub(1833, r"https:\/\/arxiv.org\/abs\/2307.15818", r"https:\/\/example.org\/rt2.pdf"),
 "OpenReview link cut in 1831": sub(1831, "forum?id=r1gs9JgRZ", "forum?id=r1gs9"),
 "arxiv-text gets a link in 1832": sub(1832, 'arxiv "2303.01469"', 'url "https://arxiv.org/abs/2303.01469"'),
 "nickname only in 1830": sub(1830, 'nazev="Bootstrap your own latent: A new approach to self-supervised Learning"', 'nazev="BYOL"'),
 "valid-shaped id in 1835": sub(1835, "(arXiv:2101.08809)", "(arXiv:2101.08809, 2104.05555)"),
 "label in the negative": exp_edit(lambda e: e[D[1836]].append(dict(e[D[1835]][0]))),
 "wrong evidence kind": exp_edit(lambda e: e[D[1827]][5].update(evidence="link")),
 "title changed in expected": exp_edit(lambda e: e[D[1833]][0].update(title="Segment Anything Model")),
 "bad true_arxiv_id": exp_edit(lambda e: e[D[1831]][1].update(true_arxiv_id="2001.08362", arxiv_id="2001.08362")),
 "paper in two files": exp_edit(lambda e: e[D[1827]].append(dict(e[D[1829]][1]))),
 "even-position paper": exp_edit(lambda e: e[D[1833]].append({"arxiv_id": None, "openreview_id": None, "title": "Masked Autoencoders Are Scalable Vision Learners", "evidence": "title-only", "true_arxiv_id": "2111.06377"})),
 "too few papers": exp_edit(lambda e: [e[D[1830]].pop() for _ in range(2)]),
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[1829]] if r["evidence"] == "title-only" and r["true_arxiv_id"]]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[1832])),
 "openreview id on a title-only record": exp_edit(lambda e: e[D[1830]][7].update(openreview_id="3rRgu7OGgBI")),
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
