#!/usr/bin/env python3
"""Breaks a scratch copy of round104 (/tmp/round104-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round103's harness, with round104's cases; 1059's MIME parts are decoded, edited, re-encoded and its
DKIM bh recomputed, so each of its body cases breaks only what it names.)"""
import base64, hashlib, json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round104-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1057, 1067)}


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


def relaxed(b):
    ls = [re.sub(r"[ \t]+", " ", l).rstrip(" \t") for l in b.split("\r\n")]
    while ls and ls[-1] == "": ls.pop()
    return ("\r\n".join(ls) + "\r\n").encode()


def mime(part, old, new, width=76):
    """edit 1059's text/plain (part 0) or text/html (part 1) after decoding, re-encode, recompute the DKIM bh"""
    def fn(root):
        p = os.path.join(root, "digests", D[1059])
        s = open(p, "rb").read().decode("ascii")
        hdr, _, body = s.partition("\r\n\r\n")
        B = re.search(r'boundary="([^"]+)"', hdr).group(1)
        ch = body.split("--" + B)
        ph, _, pb = ch[1 + part].partition("\r\n\r\n")
        t = base64.b64decode("".join(pb.split())).decode("gbk")
        assert old in t, (part, old)
        enc = base64.b64encode(t.replace(old, new, 1).encode("gbk")).decode()
        ch[1 + part] = ph + "\r\n\r\n" + "\r\n".join(enc[i:i + width] for i in range(0, len(enc), width)) + "\r\n"
        body = ("--" + B).join(ch)
        bh = base64.b64encode(hashlib.sha256(relaxed(body)).digest()).decode()
        hdr = re.sub(r"bh=[^;]+;", "bh=" + bh + ";", hdr)
        open(p, "wb").write((hdr + "\r\n\r\n" + body).encode("ascii"))
    return fn


def swap_bib(root):
    p = os.path.join(root, "digests", D[1061])
    s = open(p, encoding="utf-8").read()
    head, *ents = s.split("\n\n")
    ents[0], ents[1] = ents[1], ents[0]
    open(p, "w", encoding="utf-8").write("\n\n".join([head] + ents))


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


def first(n):
    return lambda e: e[D[n]]


GBK_SUBJ = "=?GBK?B?" + base64.b64encode("转发：arXiv 列表".encode("gbk")).decode() + "?="
CASES = {
 "1057 Tid not Monday–Friday of the ISO week": sub(1057, "12.02.2024 – 16.02.2024", "13.02.2024 – 17.02.2024"),
 "1057 a row with an extra TAB": sub(1057, "Fil: krizhevsky_2012.pdf", "Fil:\tkrizhevsky_2012.pdf"),
 "1057 plan count not the rows": sub(1057, "Vis: Alle planer (10)", "Vis: Alle planer (11)"),
 "1057 footer lost": sub(1057, "Tilgjengelighetserklæring\nHjelp\n", "Tilgjengelighetserklæring\n"),
 "1057 weeks not rising": sub(1057, "Uke 9 – Skalering av nettverk\t26.02.2024 – 01.03.2024", "Uke 6 – Skalering av nettverk\t05.02.2024 – 09.02.2024"),
 "1057 a CR line end": sub(1057, "Vis: Alle planer (10)\n", "Vis: Alle planer (10)\r\n"),
 "1057 deadline not a date": sub(1057, "frist 09.02.2024 kl. 23:59", "frist 31.02.2024 kl. 23:59"),
 "1058 README row missing a cell": sub(1058, r"(2022\tBEiT[^\n]*?)\tGitHub", r"\1", regex=True),
 "1058 contents not the headings": sub(1058, "Содержание\nКонтрастивные методы", "Содержание\nКонтрастивное обучение"),
 "1058 Russian plural wrong": sub(1058, "3 дня назад", "3 дней назад", count=0),
 "1058 last commit not the newest row's": sub(1058, "a3f9c0e1 Обновить таблицу: Barlow Twins и BEiT", "a3f9c0e1 Обновить README"),
 "1058 years not rising": sub(1058, "2021\tTowards Domain-Agnostic", "2019\tTowards Domain-Agnostic"),
 "1058 link cell neither PDF nor URL nor id": sub(1058, "\tPDF\t—\tDACL", "\tсм. PDF\t—\tDACL"),
 "1058 files out of order": sub(1058, "LICENSE\tПервый коммит\t1 год назад\nREADME.md", "README.md\tОбновить таблицу: Barlow Twins и BEiT\t3 дня назад\nLICENSE\tПервый коммит\t1 год назад\nREADME.mdx"),
 "1059 a bare LF": sub(1059, "X-Priority: 3\r\n", "X-Priority: 3\n"),
 "1059 DKIM bh not the body's": sub(1059, r"bh=[^;]+;", "bh=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=;", regex=True),
 "1059 Message-ID not Coremail's for the sender": sub(1059, ".Coremail.chensiyuan_nlp@", ".Coremail.siyuan@"),
 "1059 X-Originating-IP not the client's": sub(1059, "X-Originating-IP: [198.51.100.23]", "X-Originating-IP: [198.51.100.24]"),
 "1059 Subject not the forwarded one": sub(1059, r"Subject: =\?GBK\?B\?[^?]+\?=", "Subject: " + GBK_SUBJ, regex=True),
 "1059 listing closing line with another size": mime(0, "\\\\ ( https://arxiv.org/abs/2307.15043 ,  1256kb)", "\\\\ ( https://arxiv.org/abs/2307.15043 ,  1265kb)"),
 "1059 abstract in a replacement": mime(0, "Comments: Website: http://llm-attacks.org/\r\n", "Comments: Website: http://llm-attacks.org/\r\n\\\\\r\n  We show that aligned models can be attacked.\r\n"),
 "1059 HTML part differs from the plain part": mime(1, "安全小组上周讨论过", "安全小组讨论过"),
 "1059 base64 not cut at 76": mime(0, "思远\r\n", "思远\r\n", width=72),
 "1059 forwarded after the forward": mime(0, "发送日期：2023-08-09 09:14:22", "发送日期：2023-08-09 11:14:22"),
 "1060 page numbers not consecutive": sub(1060, "- 4 -", "- 5 -"),
 "1060 continuation line starting with [": sub(1060, "Esser, P., and Ommer, B.: High-Resolution", "[Esser, P., and Ommer, B.: High-Resolution"),
 "1060 a listed reference not cited": sub(1060, "[Kong 21] のように", "のように"),
 "1060 label year not the entry's": sub(1060, "[Ho 20] Ho, J.", "[Ho 21] Ho, J."),
 "1060 no form feed after the last page": sub(1060, r"- 4 -\n\f$", "- 4 -\n", regex=True),
 "1060 line starting with closing punctuation": sub(1060, "ものの，\nロゴ", "ものの\n，ロゴ"),
 "1060 reference line wider than the column": sub(1060, "Ruiz, N., Li, Y., Jampani, V., Pritch, Y.,\nRubinstein", "Ruiz, N., Li, Y., Jampani, V., Pritch, Y., Rubinstein"),
 "1061 key not generated from author and title": sub(1061, "gu.dao.ea:hippo", "gu:hippo"),
 "1061 entries not sorted": swap_bib,
 "1061 number braced": sub(1061, "year\t\t= 2019,", "year\t\t= {2019},"),
 "1061 comma after the last field": sub(1061, "bir harita.}\n}", "bir harita.},\n}"),
 "1061 spaces instead of TABs": sub(1061, "  title\t\t= {Generating", "  title          = {Generating"),
 "1061 line not cut at 77": sub(1061, "and Daniel\n\t\t  Aloise}", "and Daniel Aloise}"),
 "1062 no BOM": sub(1062, "\ufeff", ""),
 "1062 an LF row end": sub(1062, "ملاحظات\r\n", "ملاحظات\n"),
 "1062 a row narrower than the header": sub(1062, "\r\n,,,,,,,,,\r\n", "\r\n,,,,,,,,\r\n"),
 "1062 upcoming dated before the update": sub(1062, "2024/03/12,القادم", "2024/03/09,القادم"),
 "1062 needless quotes": sub(1062, ",ICLR (Workshop),", ',"ICLR (Workshop)",'),
 "1062 # not 1..n": sub(1062, "\r\n7,Glancing", "\r\n8,Glancing"),
 "1063 answer count not the answers": sub(1063, "3 Respostas", "4 Respostas"),
 "1063 answers not by score": sub(1063, "\n4\nComplementando", "\n12\nComplementando"),
 "1063 comment before its post": sub(1063, "– rfsantos 20/03/2023 às 10:30", "– rfsantos 19/03/2023 às 10:30"),
 "1063 tag line not the question's tags": sub(1063, "com a tag python pytorch", "com a tag python"),
 "1063 chrome edited": sub(1063, "Sem resposta\n", "Não respondidas\n"),
 "1063 comment by someone without a card": sub(1063, "– lucas.m 14/03/2023", "– Lucas M 14/03/2023"),
 "1064 saved-from length wrong": sub(1064, "url=(0108)", "url=(0107)"),
 "1064 unbalanced table": sub(1064, "</table>\n<h3>Lecturas", "\n<h3>Lecturas"),
 "1064 hits meta and text differ": sub(1064, "Visitas: 143", "Visitas: 144"),
 "1064 <time> not the date shown": sub(1064, "Publicado: 08 Marzo", "Publicado: 09 Marzo"),
 "1064 session not on a Thursday": sub(1064, "<td>04/04</td>", "<td>05/04</td>"),
 "1064 itemid not the current menu item": sub(1064, "itemid-112", "itemid-111"),
 "1064 unescaped / in the script options": sub(1064, '"rootFull":"https:\\/\\/laaa', '"rootFull":"https://laaa'),
 "1064 bare boolean attributes": sub(1064, 'nomodule="" defer=""', "nomodule defer"),
 "1064 relative anchor": sub(1064, f'href="https://laaa.ing.unta.example.edu.ar/index.php/contacto"', 'href="/index.php/contacto"'),
 "1065 comment count not the comments": sub(1065, "댓글 4\n공유하기", "댓글 5\n공유하기"),
 "1065 comment before the post": sub(1065, "2024.01.08 09:31", "2024.01.06 09:31"),
 "1065 other post from the future": sub(1065, "2023.11.19", "2024.02.19"),
 "1065 first comment a reply": sub(1065, "댓글 4\n데이터덕후", "댓글 4\n답글\n데이터덕후"),
 "1065 tag without #": sub(1065, "#컴퓨터비전 #2023결산", "#컴퓨터비전 2023결산"),
 "1066 link numbers out of order": sub(1066, "/2?sid=", "/7?sid="),
 "1066 catalogue title in the negative": sub(1066, "<li>μοντέλα διάχυσης για βίντεο,</li>", "<li>μοντέλα διάχυσης για βίντεο (π.χ. Attention Is All You Need),</li>"),
 "1066 arXiv id in the negative": sub(1066, "<li>μοντέλα διάχυσης για βίντεο,</li>", "<li>μοντέλα διάχυσης για βίντεο (2310.01234),</li>"),
 "1066 no unsubscribe link": sub(1066, "/u/6d1f0c4a", "/x/6d1f0c4a"),
 "1066 preheader not first in body": sub(1066, '<body style="margin:0;padding:0;background-color:#eef2f5;">\n<div', '<body style="margin:0;padding:0;background-color:#eef2f5;">\n<p></p>\n<div'),
 "1066 target URL not percent-encoded": sub(1066, "u=https%3A%2F%2Fjobs.example.gr%2Fml-engineer-nlp", "u=https://jobs.example.gr/ml-engineer-nlp"),
 "title-only paper gets a link in 1057": sub(1057, "Smooth Adversarial Training\nKode", "Smooth Adversarial Training https://arxiv.org/abs/2006.14536\nKode"),
 "unlabelled catalogue id in 1065": sub(1065, "(데모 페이지도", "(1706.03762 도 참고, 데모 페이지도"),
 "other file's title in 1063": sub(1063, "Para o seu caso é mais curiosidade", "Veja também Segment Anything. Para o seu caso é mais curiosidade"),
 "labelled title lost in 1058": sub(1058, "Towards Domain-Agnostic Contrastive Learning", "DACL"),
 "unlabelled OpenReview id in 1062": sub(1062, "forum?id=ZaYZfu8pT_N", "forum?id=ZaYZfu8pT_M"),
 "distractor title in 1064": sub(1064, "para quienes llegan sin base de RL", "para quienes llegan sin base de RL; también Dataset Distillation"),
 "arxiv-text id lost in 1061": sub(1061, "eprint\t= {2103.14636},", "eprint\t= {},"),
 "OpenReview link cut in 1060": sub(1060, "forum?id=PxTIG12RRHS", "forum?id=PxTIG"),
 "link lost in 1063": sub(1063, "https://arxiv.org/abs/1910.02054", "arXiv 1910.02054"),
 "expected: wrong evidence": exp_edit(lambda e: first(1057)(e)[0].update(evidence="arxiv-text")),
 "expected: title-only with id": exp_edit(lambda e: first(1065)(e)[4].update(arxiv_id="2102.05918")),
 "expected: wrong title": exp_edit(lambda e: first(1061)(e)[0].update(title="Linear Transformers")),
 "expected: wrong OpenReview id": exp_edit(lambda e: first(1058)(e)[3].update(openreview_id="uYLFoz1vlAC")),
 "expected: paper dropped (gap)": exp_edit(lambda e: first(1060)(e).pop(0)),
 "expected: label in the negative": exp_edit(lambda e: e[D[1066]].append(dict(first(1057)(e)[0]))),
 "expected: paper in two files": exp_edit(lambda e: first(1064)(e).append(dict(first(1062)(e)[0]))),
 "expected: too few papers": exp_edit(lambda e: [first(1063)(e).pop() for _ in range(2)]),
}


def run(root):
    r = subprocess.run([sys.executable, os.path.join(root, "validate.py")], capture_output=True, text=True)
    return [l for l in r.stdout.splitlines() if l.startswith("ERROR")] + (["ERROR: crash " + r.stderr[-300:]] if r.returncode not in (0, 1) else []), r.returncode


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
