#!/usr/bin/env python3
"""Breaks a scratch copy of round88 (/tmp/round88-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round87's harness, with round88's cases.)"""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round88-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(897, 907)}


def sub(n, old, new, count=1, regex=False):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        s = open(p, "rb").read().decode("utf-8")
        if regex:
            assert re.search(old, s), (n, old)
            s = re.sub(old, new, s, count=count)
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


def first(n):
    return lambda e: e[D[n]]


def swap_dict(n, i, **kw):
    return exp_edit(lambda e: first(n)(e)[i].update(**kw))


CASES = {
 # 897 KMail message with the forwarded arXiv mailing
 "897 raw Cyrillic in a header": sub(897, "From: =?UTF-8?B?0JTQvNC40YLRgNC40Lkg0JLQvtC70LrQvtCy?=", "From: Дмитрий Волков"),
 "897 headers out of KMail's order": sub(897, "Date: Mon, 03 Jun 2024 10:14:52 +0300\nMessage-ID: <5712944.LvFx2qVVIh@dvolkov-thinkpad>",
                                         "Message-ID: <5712944.LvFx2qVVIh@dvolkov-thinkpad>\nDate: Mon, 03 Jun 2024 10:14:52 +0300"),
 "897 Message-ID not KMail's": sub(897, "<5712944.LvFx2qVVIh@dvolkov-thinkpad>", "<CAF1x9k2@mail.gmail.com>"),
 "897 User-Agent not KMail": sub(897, "User-Agent: KMail/5.24.5 (Linux/6.8.9-arch1-1; KDE/6.2.0; x86_64; ; )",
                                 "User-Agent: Mozilla Thunderbird"),
 "897 transfer encoding changed": sub(897, "Content-Transfer-Encoding: 8Bit", "Content-Transfer-Encoding: quoted-printable"),
 "897 encoded word over 75 characters": sub(897, "=?UTF-8?B?0JvQsNCx0L7RgNCw0YLQvtGA0LjRjyDQsNC90LDQu9C40Lc=?=",
                                            "=?UTF-8?B?0JvQsNCx0L7RgNCw0YLQvtGA0LjRjyDQsNC90LDQu9C40Lc0JvQsNCx0L7RgNCw0YLQvtGA0LjRjyDQsNC90LDQu9C40Lc=?="),
 "897 forward line not KMail's": sub(897, "----------  Пересланное сообщение  ----------", "-------- Forwarded Message --------"),
 "897 closing rule missing": sub(897, "\n" + "-" * 41 + "\n", "\n"),
 "897 size differs from the trailer": sub(897, "(1302kb,D)", "(1303kb,D)"),
 "897 trailer names another id": sub(897, "\\\\ ( https://arxiv.org/abs/2008.07669 ,  5621kb)", "\\\\ ( https://arxiv.org/abs/2312.00752 ,  5621kb)"),
 "897 replaced outside the window": sub(897, "Fri, 31 May 2024 17:48:38 GMT", "Fri, 31 May 2024 19:48:38 GMT"),
 "897 own text not wrapped": sub(897, "Новые статьи я\nвырезал", "Новые статьи я вырезал"),
 "897 no signature separator": sub(897, "\n-- \n", "\n"),
 # 898 CampusSquare syllabus
 "898 session number skipped": sub(898, "第7回（5/22）", "第8回（5/22）"),
 "898 session not a week later": sub(898, "（5/29）", "（5/30）"),
 "898 rows out of the system's order": sub(898, "開講年度\t2024\n開講学期\t前期", "開講学期\t前期\n開講年度\t2024"),
 "898 chrome missing": sub(898, "シラバス参照\n", ""),
 "898 URL line without its note": sub(898, "https://arxiv.org/abs/2103.00020 （第6回）", "https://arxiv.org/abs/2103.00020"),
 "898 update row missing": sub(898, "更新日時\t2024/03/22 14:05\n", ""),
 # 899 mdBook
 "899 heading id not mdBook's": sub(899, '<h2 id="논문-목록">', '<h2 id="논문목록">'),
 "899 two active chapters": sub(899, '<a href="index.html"><strong', '<a href="index.html" class="active"><strong'),
 "899 prev link not the ToC neighbour": sub(899, '<a rel="prev" href="index.html" class="nav-chapters previous"',
                                            '<a rel="prev" href="state-space.html" class="nav-chapters previous"'),
 "899 row with a missing cell": sub(899, '<td style="text-align: center">—</td><td style="text-align: center">—</td>',
                                    '<td style="text-align: center">—</td>'),
 "899 table outside the wrapper": sub(899, '<div class="table-wrapper"><table>', "<table>"),
 "899 title not chapter - book": sub(899, "<title>희소·선형 어텐션 - ", "<title>희소 어텐션 - "),
 "899 main not in the template's indentation": sub(899, "<main>\n                        <h1", "<main>\n<h1"),
 # 900 MDPI references
 "900 authors not MDPI's": sub(900, "Krizhevsky, A.; Sutskever, I.; Hinton, G.E.", "Krizhevsky A, Sutskever I, Hinton GE"),
 "900 hyphen in a page range": sub(900, "pp. 770–778", "pp. 770-778"),
 "900 link labels out of order": sub(900, "[Google Scholar] [CrossRef] [Green Version]", "[CrossRef] [Google Scholar] [Green Version]"),
 "900 reference number twice": sub(900, "22. Zhai,", "21. Zhai,"),
 "900 note line not under a reference": sub(900, "TODO:\n", "TODO:\n   → लावारिस नोट\n"),
 "900 accessed-on form broken": sub(900, "(accessed on 15 May 2023)", "(accessed 15 May 2023)"),
 # 901 BibTeX
 "901 PMLR separator changed": sub(901, "  author =       {Leviathan", "  author = \t {Leviathan"),
 "901 PMLR url not the key's": sub(901, "v202/leviathan23a.html", "v202/leviathan23b.html"),
 "901 PMLR fields out of order": sub(901, "  pages = \t {19274--19286},\n  year = \t {2023},", "  year = \t {2023},\n  pages = \t {19274--19286},"),
 "901 NeurIPS fields not sorted": sub(901, " volume = {33},\n year = {2020}", " year = {2020},\n volume = {33}"),
 "901 duplicate key": sub(901, "@misc{peft,", "@misc{bitsandbytes,"),
 "901 entry not closed": sub(901, "howpublished = {\\url{https://github.com/huggingface/transformers}}\n}", "howpublished = {\\url{https://github.com/huggingface/transformers}}\n"),
 "901 arXiv export url not its eprint": sub(901, "url={https://arxiv.org/abs/2006.05929}", "url={https://arxiv.org/abs/2006.05999}"),
 "901 text outside entries": sub(901, "% TODO: hỏi thầy", "TODO: hỏi thầy"),
 "901 OpenReview key on the type line": sub(901, "@inproceedings{\nmicikevicius2018mixed,", "@inproceedings{micikevicius2018mixed,"),
 # 902 Rayyan CSV
 "902 header not Rayyan's": sub(902, "abstract,notes\n", "abstract,note\n"),
 "902 needless quotes": sub(902, ",2022,,https://arxiv.org/abs/2206.07682,", ',2022,,"https://arxiv.org/abs/2206.07682",'),
 "902 unknown decision": sub(902, '=>""Included""', '=>""Include""'),
 "902 exclusion without reasons": sub(902, " | RAYYAN-EXCLUSION-REASONS: duplicate", ""),
 "902 key twice": sub(902, "rayyan-412907752", "rayyan-412907751"),
 "902 reviewer renamed in one row": sub(902, '""عمر حداد""=>""Maybe""', '""عمر ح.""=>""Maybe""'),
 "902 CRLF line ends": sub(902, "\n", "\r\n", count=0),
 # 903 newsmth
 "903 reply without Re:": sub(903, "标  题: Re: 求推荐", "标  题: 求推荐"),
 "903 weekday not the date's": sub(903, "(Sun Mar 10 21:40:27 2024)", "(Mon Mar 10 21:40:27 2024)"),
 "903 post earlier than the one before": sub(903, "(Mon Mar 11 09:15:44 2024)", "(Mon Mar 11 07:15:44 2024)"),
 "903 quotes an unknown poster": sub(903, "【 在 dudu0717 (嘟嘟)", "【 在 dudu0718 (嘟嘟)"),
 "903 source line malformed": sub(903, "·[FROM: 59.66.*]", ""),
 "903 quoted line without ': '": sub(903, ": 一、词向量", "一、词向量"),
 "903 board changes": sub(903, "信区: AI", "信区: NLP"),
 # 904 EmailOctopus
 "904 script in the e-mail": sub(904, "</body>", "<script>track()</script>\n</body>"),
 "904 layout table without role": sub(904, '<table role="presentation" border="0" cellpadding="0" cellspacing="0" width="100%"',
                                      '<table border="0" cellpadding="0" cellspacing="0" width="100%"'),
 "904 image without alt": sub(904, ' alt="Difusão Semanal"', ""),
 "904 relative link": sub(904, 'href="https://www.youtube.com/watch?v=q3Zx8VbLr2M"', 'href="/watch?v=q3Zx8VbLr2M"'),
 "904 preheader missing": sub(904, r'<div style="display:none;[^"]*">[^<]+</div>\n', "", regex=True),
 "904 image not self-closed": sub(904, 'style="display:block;" />', 'style="display:block;">'),
 "904 element not closed": sub(904, "</ul>\n", "\n"),
 # 905 Nikola
 "905 og:title differs": sub(905, '<meta property="og:title" content="Πράκτορες', '<meta property="og:title" content="Οι πράκτορες'),
 "905 time title differs": sub(905, 'title="2024-03-31 18:20">', 'title="2024-03-30 18:20">'),
 "905 section id not docutils'": sub(905, 'id="id3"', 'id="anaktisi"'),
 "905 raw quote in docutils text": sub(905, "&quot;Intro to Large Language Models&quot;", '"Intro to Large Language Models"'),
 "905 XHTML self-closed meta": sub(905, '<meta charset="utf-8">', '<meta charset="utf-8" />'),
 "905 tag list differs from the metas": sub(905, '<meta property="article:tag" content="rag">\n', ""),
 "905 section without closing div": sub(905, "</ul>\n</div>\n<div class=\"section\" id=\"id4\">", "</ul>\n<div class=\"section\" id=\"id4\">"),
 # 906 Luma (negative)
 "906 weekday not the date's": sub(906, "Thursday, March 21", "Friday, March 21"),
 "906 going count wrong": sub(906, "37 Going", "38 Going"),
 "906 section missing": sub(906, "About Event\n", ""),
 "906 catalogue title in the negative": sub(906, "(Mixture-of-Experts)",
                                            "(Outrageously Large Neural Networks: The Sparsely-Gated Mixture-of-Experts Layer)"),
 "906 arXiv id in the negative": sub(906, "(Mixture-of-Experts)", "(Mixture-of-Experts, 1701.06538)"),
 # label checks
 "title-only paper gets a link in 898": sub(898, "Representation Learning with Contrastive Predictive Coding” を輪読",
                                           "Representation Learning with Contrastive Predictive Coding” https://arxiv.org/abs/1807.03748 を輪読"),
 "unlabelled catalogue id in 904": sub(904, "Ainda não temos o PDF", "Veja também arXiv:2010.02502. Ainda não temos o PDF"),
 "other file's title in 899": sub(899, "빠진 논문이 있으면", "Attention Is All You Need 이후 빠진 논문이 있으면"),
 "labelled title lost in 900": sub(900, "Scaling Vision Transformers", "Scaling ViTs", count=0),
 "unlabelled OpenReview id in 905": sub(905, "στο YouTube</a></li>", "στο YouTube</a> https://openreview.net/forum?id=abcDEF123</li>"),
 "distractor title in 904": sub(904, "Boa leitura!", "Boa leitura! (Latent Consistency Models: Synthesizing High-Resolution Images with Few-Step Inference)"),
 "expected: wrong evidence": swap_dict(897, 0, evidence="arxiv-text"),
 "expected: title-only with id": swap_dict(900, 6, arxiv_id="1512.03385"),
 "expected: wrong title": swap_dict(901, 1, title="Dataset Condensation"),
 "expected: paper dropped (gap)": exp_edit(lambda e: first(902)(e).pop()),
 "expected: label in the negative": exp_edit(lambda e: e[D[906]].append(dict(first(897)(e)[0]))),
 "expected: paper in two files": exp_edit(lambda e: first(903)(e).append(dict(first(905)(e)[0]))),
 "expected: wrong OpenReview id": swap_dict(899, 2, openreview_id="Ua6zuk0WRI"),
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
