#!/usr/bin/env python3
"""Breaks a scratch copy of round220 (/tmp/r220/scratch/break, deleted afterwards) one case at a time and checks that
validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's ERROR
lines. (round218's harness with round220's cases; 2219's body is quoted-printable: qpe() decodes it, edits and encodes
it again as the builder does. Besides the hand-written cases, one case per labelled paper removes its title from its
digest, case-blind, across line breaks.)"""
import json, os, quopri, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/r220/scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(2217, 2227)}
EXP = json.load(open(os.path.join(HERE, "expected.json")))


def sub(n, old, new, nth=1, regex=False, count=1):
    """replace the nth occurrence of `old` (or the first regex match; count=0: every occurrence) in digest n"""
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        s = open(p, "rb").read().decode("utf-8")
        if regex:
            assert re.search(old, s, re.S), (n, old)
            s = re.sub(old, new, s, count=count, flags=re.S)
        elif count == 0:
            assert old in s, (n, old)
            s = s.replace(old, new)
        else:
            assert s.count(old) >= nth, (n, old)
            at = -1
            for _ in range(nth): at = s.index(old, at + 1)
            s = s[:at] + new + s[at + len(old):]
        open(p, "wb").write(s.encode("utf-8"))
    return fn


def qpe(old, new, regex=False):
    """edit 2219's quoted-printable body (decoded, UTF-8) and encode it again as the builder does"""
    def fn(root):
        p = os.path.join(root, "digests", D[2219])
        b = open(p, "rb").read()
        head, body = b.split(b"\r\n\r\n", 1)
        t = quopri.decodestring(body).decode("utf-8").replace("\r\n", "\n")
        t2 = re.sub(old, new, t) if regex else t.replace(old, new)
        assert t2 != t, old
        qp = quopri.encodestring(t2.encode("utf-8")).decode("ascii").rstrip("\n").split("\n")
        open(p, "wb").write(head + b"\r\n\r\n" + "\r\n".join(qp + [""]).encode("ascii"))
    return fn


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


CASES = {
 # 2217 Canvas Modules page (Nynorsk)
 "2217 skip link": sub(2217, "Hopp til innhald\n", ""),
 "2217 global nav": sub(2217, "Innboks\n", ""),
 "2217 breadcrumb": sub(2217, "DAT364 › Modular", "DAT364 › Moduler"),
 "2217 term line": sub(2217, "Vår 2026", "Våren 2026"),
 "2217 Modular twice in the nav": sub(2217, "Kunngjeringar\nModular\n", "Kunngjeringar\nModular\nModular\n"),
 "2217 Skjul alle missing": sub(2217, "Skjul alle\n", ""),
 "2217 weeks not consecutive": sub(2217, "Veke 17: ", "Veke 18: "),
 "2217 requirement missing": sub(2217, "Veke 16: Kontrastiv læring\nFullfør alle elementa\n", "Veke 16: Kontrastiv læring\n"),
 "2217 due date in another week": sub(2217, "24. apr. 2026", "30. apr. 2026"),
 "2217 invalid due date": sub(2217, "24. apr. 2026", "31. apr. 2026"),
 "2217 unknown month": sub(2217, "17. apr. 2026", "17. april 2026"),
 "2217 Lever missing": sub(2217, "15. mai 2026  40 poeng\nLever", "15. mai 2026  40 poeng\nLevert"),
 "2217 bad due line": sub(2217, "2026  10 poeng", "2026 10 poeng"),
 "2217 due year": sub(2217, "10. apr. 2026", "10. apr. 2025"),
 "2217 malformed URL": sub(2217, "https://arxiv.org/abs/1807.03748", "https://arxiv/abs/1807.03748"),
 "2217 CR": sub(2217, "Skjul alle\n", "Skjul alle\r\n"),
 "2217 openreview id changed": sub(2217, "id=-bdp_8Itjwp", "id=-bdp_8Itjwq"),
 "2217 title-only id appears": sub(2217, "(Chen & He, CVPR 2021)", "(Chen & He, arXiv:2011.10566)"),
 "2217 arxiv-text made link": sub(2217, "(arXiv:2104.14294)", "(https://arxiv.org/abs/2104.14294)"),
 "2217 unlabelled catalogue title": sub(2217, "PyTorch Lightning – dokumentasjon", "PyTorch Lightning – dokumentasjon; Deep Residual Learning for Image Recognition"),
 "2217 unlabelled arXiv id": sub(2217, "forelesing_veke15.pdf", "forelesing_veke15.pdf (sjå arXiv:2301.00001)"),
 # 2218 Org-mode README
 "2218 title not first": sub(2218, "#+TITLE: ", "TITLE: "),
 "2218 date not ISO": sub(2218, "#+DATE: 2026-03-28", "#+DATE: 28.3.2026"),
 "2218 options twice": sub(2218, "#+STARTUP: overview", "#+OPTIONS: toc:2"),
 "2218 Markdown heading": sub(2218, "\n* Mga sesyon\n", "\n## Mga sesyon\n"),
 "2218 Markdown link": sub(2218, "[[https://d2l.ai][d2l.ai]]", "[d2l.ai](https://d2l.ai)"),
 "2218 TOC tag missing": sub(2218, "                                                    :TOC:", ""),
 "2218 TOC label differs": sub(2218, "- [[#recurrence-at-retention][Recurrence at retention]]", "- [[#recurrence-at-retention][Recurrence]]"),
 "2218 TOC link to a missing id": sub(2218, "- [[#paano-mag-ambag][Paano mag-ambag]]", "- [[#ambag][Paano mag-ambag]]"),
 "2218 drawer not closed": sub(2218, ":CUSTOM_ID: mga-sesyon\n:END:\n", ":CUSTOM_ID: mga-sesyon\n"),
 "2218 bad drawer": sub(2218, ":CUSTOM_ID: hardware-at-kernels", ":ID: hardware-at-kernels"),
 "2218 source block unclosed": sub(2218, "#+END_SRC\n", ""),
 "2218 unbalanced link": sub(2218, "[[https://github.com/facebookresearch/xformers][xformers]]", "[[https://github.com/facebookresearch/xformers][xformers]"),
 "2218 bad Org link": sub(2218, "[[https://d2l.ai][d2l.ai]]", "[[https://d2l][d2l.ai]]"),
 "2218 entry count": sub(2218, "may 14 entries", "may 15 entries"),
 "2218 footnote undefined": sub(2218, "[fn:1] May talk", "May talk"),
 "2218 table row short": sub(2218, "| 2026-04-23 | Kernels at hardware          | Jessa Manalastas   |", "| 2026-04-23 | Kernels at hardware          |"),
 "2218 TODO missing": sub(2218, "** TODO Magdagdag", "** Magdagdag"),
 "2218 openreview link removed": sub(2218, "[[https://openreview.net/forum?id=QtTKTdVrFBB][Random Feature Attention]]", "Random Feature Attention"),
 "2218 arxiv-text id changed": sub(2218, "arXiv:2307.08621", "arXiv:2307.08622"),
 "2218 title-only given a link": sub(2218, "Tay et al., ICML 2021.", "Tay et al., https://arxiv.org/abs/2005.00743."),
 # 2219 SOGo forward (QP)
 "2219 bare LF": sub(2219, "MIME-Version: 1.0\r\n", "MIME-Version: 1.0\n"),
 "2219 header order": sub(2219, "MIME-Version: 1.0\r\n", "X-Mailer: Outlook\r\nMIME-Version: 1.0\r\n"),
 "2219 User-Agent": sub(2219, "SOGoMail 5.10.0", "Roundcube Webmail/1.6.9"),
 "2219 X-Forward": sub(2219, "X-Forward: 192.0.2.117", "X-Forward: 192.0.2.317"),
 "2219 Date weekday": sub(2219, "Date: Tue, 14 Apr", "Date: Wed, 14 Apr"),
 "2219 Date invalid": sub(2219, "Date: Tue, 14 Apr 2026 08:51:09", "Date: Tue, 44 Apr 2026 08:51:09"),
 "2219 Message-ID form": sub(2219, "Message-ID: <05d6-", "Message-ID: <zzd6-"),
 "2219 Message-ID time != Date": sub(2219, "Date: Tue, 14 Apr 2026 08:51:09", "Date: Tue, 14 Apr 2026 08:50:09"),
 "2219 Received before Date": sub(2219, "ESMTPS; Tue, 14 Apr 2026 08:51:11", "ESMTPS; Tue, 14 Apr 2026 08:41:11"),
 "2219 non-ASCII": sub(2219, "Return-Path: <joel", "Return-Path: <joël"),
 "2219 not text/plain": sub(2219, 'Content-Type: text/plain; charset="utf-8"', 'Content-Type: text/html; charset="utf-8"'),
 "2219 charset": sub(2219, 'charset="utf-8"', 'charset="iso-8859-1"'),
 "2219 not QP": sub(2219, "Content-Transfer-Encoding: quoted-printable", "Content-Transfer-Encoding: 8bit"),
 "2219 QP line over 76": sub(2219, "Bis geschw=C3=ABnn,", "Bis geschw=C3=ABnn," + "x" * 70),
 "2219 bad QP escape": sub(2219, "Bis geschw=C3=ABnn,", "Bis geschw=G3=ABnn,"),
 "2219 trailing blank": sub(2219, "Moien Claire,\r\n", "Moien Claire, \r\n"),
 "2219 body not UTF-8": sub(2219, "Bis geschw=C3=ABnn,", "Bis geschw=ABnn,"),
 "2219 forwarded marker": qpe("-------- Message original --------", "-------- Original Message --------"),
 "2219 forwarded header keys": qpe("De: Anne Weber", "From: Anne Weber"),
 "2219 Subject != Fwd + Sujet": qpe("Sujet: Lieskrees NLP", "Sujet: Lieskrees"),
 "2219 forwarded date weekday": qpe("Date: lundi 13 avril", "Date: mardi 13 avril"),
 "2219 forwarded after the forward": qpe("Date: lundi 13 avril 2026 18:02", "Date: mercredi 15 avril 2026 18:02"),
 "2219 signature": qpe("\n-- \n", "\n--\n"),
 "2219 link removed (decoded)": qpe(" – https://arxiv.org/abs/1706.03762", ""),
 "2219 arxiv-text id changed": qpe("arXiv:1906.08237", "arXiv:1906.08238"),
 "2219 title-only id appears": qpe("(Howard & Ruder, ACL 2018)", "(arXiv:1801.06146)"),
 "2219 unlabelled title (decoded)": qpe("Bonne lecture,", "Voir aussi Long Short-Term Memory.\nBonne lecture,"),
 # 2220 UNE-ISO 690 thesis copy
 "2220 form feed": sub(2220, "\n41\nXeración", "\n41\n\fXeración"),
 "2220 running header changed": sub(2220, "Xeración de imaxes de hórreos galegos", "Xeracion de imaxes de hórreos galegos", nth=2),
 "2220 header twice on a page": sub(2220, "BIBLIOGRAFÍA\n", "BIBLIOGRAFÍA\nXeración de imaxes de hórreos galegos con modelos de difusión — TFG Enxeñaría Informática\n"),
 "2220 page numbers": sub(2220, "\n42\n", "\n43\n"),
 "2220 page number not last": sub(2220, "\n\n42\n", "\n\n42\nFin.\n"),
 "2220 BIBLIOGRAFÍA twice": sub(2220, "7. CONCLUSIÓNS E TRABALLO FUTURO (continuación)", "BIBLIOGRAFÍA"),
 "2220 line over 92": sub(2220, "Uso autorizado para este traballo.", "Uso autorizado para este traballo, conforme ao convenio asinado co Arquivo en setembro de dous mil vinte e cinco."),
 "2220 entry numbering": sub(2220, "\n[6] VAHDAT", "\n[7] VAHDAT"),
 "2220 citation order": sub(2220, "[1] producen", "[3] producen"),
 "2220 stray indented line": sub(2220, "\n9298-9309.", "\n    9298-9309."),
 "2220 entry end": sub(2220, "pp. 139-144.", "pp. 139-144"),
 "2220 author form": sub(2220, "[2] SOHL-DICKSTEIN, Jascha", "[2] Jascha Sohl-Dickstein"),
 "2220 et al. after two": sub(2220, "[2] SOHL-DICKSTEIN, Jascha, et al.", "[2] SOHL-DICKSTEIN, J., WEISS, E., et al."),
 "2220 consulta form": sub(2220, "[consulta: 2 maio 2026]", "(consulta: 2 maio 2026)"),
 "2220 bad consulta date": sub(2220, "[consulta: 4 maio 2026]", "[consulta: 34 maio 2026]"),
 "2220 en liña missing": sub(2220, r"\[en\nliña\]\. Lille", "[en\nrede]. Lille", regex=True),
 "2220 bad ISBN": sub(2220, "978-0-262-04864-4", "978-0-262-04864-5"),
 "2220 openreview link removed": sub(2220, "https://openreview.net/forum?id=St1giarCHLP", "https://example.org/ddim"),
 "2220 arxiv-text made link": sub(2220, "Preprint\narXiv:2207.12598", "Preprint\nhttps://arxiv.org/abs/2207.12598"),
 "2220 title-only id appears": sub(2220, "pp. 139-144.", "pp. 139-144. arXiv:1406.2661."),
 # 2221 JabRef BibTeX
 "2221 header": sub(2221, "% Encoding: UTF-8", "% This file was created with JabRef"),
 "2221 unbalanced braces": sub(2221, "pages     = {611--626},", "pages     = {611--626,"),
 "2221 unparsed entry": sub(2221, "@Book{Raschka2024,", "@Book{Raschka2024"),
 "2221 type not capitalised": sub(2221, "@Misc{Liu2021,", "@misc{Liu2021,"),
 "2221 key form": sub(2221, "@InProceedings{Lepikhin2021,", "@InProceedings{lepikhin_21,"),
 "2221 key year": sub(2221, "@InProceedings{Loshchilov2019,", "@InProceedings{Loshchilov2018,"),
 "2221 alignment": sub(2221, "  year      = {2021},\n  comment   = {Mixture", "  year  = {2021},\n  comment   = {Mixture"),
 "2221 required field": sub(2221, "  booktitle = {Proceedings of the 29th Symposium on Operating Systems Principles},\n  year      = {2023},\n", "  year      = {2023},\n  booktitle = {Proceedings of the 29th Symposium on Operating Systems Principles},\n"),
 "2221 others not alphabetical": sub(2221, r"(  comment   = \{Bài của vLLM[^\n]*\n)(.*?)(  url       = \{https://arxiv\.org/pdf/2309\.06180\.pdf\},\n)", r"\2\3\1", regex=True),
 "2221 author form": sub(2221, "Loshchilov, Ilya and Hutter, Frank", "Ilya Loshchilov and Frank Hutter"),
 "2221 eprint without archiveprefix": sub(2221, "archiveprefix = {arXiv}", "archiveprefix = {arxiv}"),
 "2221 readstatus": sub(2221, "readstatus = {skimmed}", "readstatus = {done}"),
 "2221 priority": sub(2221, "priority  = {prio2}", "priority  = {high}"),
 "2221 url not bare": sub(2221, "url       = {https://arxiv.org/abs/2303.10512}", "url       = {\\url{https://arxiv.org/abs/2303.10512}}"),
 "2221 duplicate key": sub(2221, "@InProceedings{BenZaken2022,", "@InProceedings{He2022,"),
 "2221 databaseType missing": sub(2221, "@Comment{jabref-meta: databaseType:bibtex;}\n\n", ""),
 "2221 grouping not last": sub(2221, r"\}\n$", "}\n% saved\n", regex=True),
 "2221 bad group line": sub(2221, "0x8a8a8aff", "0x8a8a8a"),
 "2221 group not in the tree": sub(2221, "groups    = {Tuần 3 – Hệ thống phục vụ}", "groups    = {Tuần 4}"),
 "2221 link removed": sub(2221, "  url       = {https://arxiv.org/pdf/2309.06180.pdf},\n", ""),
 "2221 openreview id changed": sub(2221, "0RDcd5Axok", "0RDcd5Axol"),
 "2221 arxiv-text given a link": sub(2221, "  primaryclass  = {cs.LG},\n", "  primaryclass  = {cs.LG},\n  url           = {https://arxiv.org/abs/2205.05638},\n"),
 "2221 title-only id appears": sub(2221, "Chưa có link, Khoa sẽ bổ sung.", "arXiv:2103.10385."),
 # 2222 Google Sheets TSV
 "2222 BOM": sub(2222, "#\tڕێکەوت", "\ufeff#\tڕێکەوت"),
 "2222 bare LF": sub(2222, "\r\n1\t", "\n1\t"),
 "2222 final line break": sub(2222, r"(هۆڵی 12، کۆلێژی زانست)$", "\\1\r\n", regex=True),
 "2222 quoting": sub(2222, "Good intro to tool calls.", "\"Good intro\" to tool calls."),
 "2222 cell count": sub(2222, "\tKarwan Omer\t✅", "\tKarwan Omer\t\t✅"),
 "2222 header": sub(2222, "\tLink\t", "\tURL\t"),
 "2222 row number": sub(2222, "\r\n4\t3/25/2026", "\r\n5\t3/25/2026"),
 "2222 bad date": sub(2222, "3/18/2026", "3/18/26"),
 "2222 not a Wednesday": sub(2222, "4/1/2026", "4/2/2026"),
 "2222 unknown status": sub(2222, "✅ تەواو", "done", nth=3),
 "2222 done after pending": sub(2222, "\tKarwan Omer\t⏳ چاوەڕوان", "\tKarwan Omer\t✅ تەواو"),
 "2222 link cell not bare": sub(2222, "\tPDF\t", "\tsee PDF\t"),
 "2222 openreview link removed": sub(2222, "https://openreview.net/forum?id=VTF8yNQM66", ""),
 "2222 arxiv-text id changed": sub(2222, "arXiv 2310.11511", "arXiv 2310.11512"),
 "2222 title-only id appears": sub(2222, "(Minerva)", "(Minerva, 2206.14858)"),
 "2222 unlabelled catalogue title": sub(2222, "Workshop: LangGraph tutorial (docs, not a paper)", "Workshop: ReAct: Synergizing Reasoning and Acting in Language Models"),
 # 2223 note.com article
 "2223 header image line": sub(2223, "見出し画像\n", ""),
 "2223 footer": sub(2223, "© note inc.", "© note"),
 "2223 post date invalid": sub(2223, "2026年4月18日 21:07", "2026年4月31日 21:07"),
 "2223 support line twice": sub(2223, "フォロー\n", "フォロー\nこの記事が気に入ったらサポートをしてみませんか？\n"),
 "2223 スキ count": sub(2223, "スキ\n37", "スキ\nたくさん"),
 "2223 creator box": sub(2223, "みなと｜会津でCV修行中\nフォロー", "みなと\nフォロー"),
 "2223 hashtag line": sub(2223, "#機械学習 #論文紹介", "#機械学習 論文紹介"),
 "2223 comment count": sub(2223, "コメント（2）", "コメント（3）"),
 "2223 comment before the post": sub(2223, "2026年4月19日 08:12", "2026年4月17日 08:12"),
 "2223 comment block": sub(2223, "ゆき@福島のエンジニア\n", ""),
 "2223 link removed": sub(2223, " → https://arxiv.org/abs/2301.12597", ""),
 "2223 arxiv-text id changed": sub(2223, "arXiv:2103.14146", "arXiv:2103.14147"),
 "2223 title-only id appears": sub(2223, "つまり A Generalist Agent も", "つまり A Generalist Agent（arXiv:2205.06175）も"),
 "2223 unlabelled title": sub(2223, "来月はセグメンテーション系を読む予定です。", "来月は Segment Anything を読む予定です。"),
 # 2224 Flarum discussion
 "2224 forum header": sub(2224, "Registrovať sa\n", ""),
 "2224 composer": sub(2224, "Napísať odpoveď…", "Odpovedať…"),
 "2224 scrubber count": sub(2224, "1 z 5", "1 z 6"),
 "2224 scrubber missing": sub(2224, "Pôvodný príspevok\n", ""),
 "2224 like/reply row missing": sub(2224, "Páči sa mi   Odpovedať\n", "", nth=5),
 "2224 dates decreasing": sub(2224, "14. apr.", "11. apr."),
 "2224 invalid date": sub(2224, "16. apr.", "31. apr."),
 "2224 unknown month": sub(2224, "13. apr.", "13. april"),
 "2224 mention of a later poster": sub(2224, "@miro_kolesar Základ", "@lukac_kmi Základ"),
 "2224 like by a non-poster": sub(2224, "janka_h a peto_d sa to páči.", "janka_h a zuzka sa to páči."),
 "2224 openreview link removed": sub(2224, "https://openreview.net/forum?id=YicbFdNTTy", "https://iclr.cc/virtual/2021"),
 "2224 arxiv-text id changed": sub(2224, "(arXiv:2106.04560)", "(arXiv:2106.04561)"),
 "2224 title-only given a link": sub(2224, "Fully-Connected Nets?", "Fully-Connected Nets? https://arxiv.org/abs/2010.08515"),
 "2224 unlabelled arXiv id": sub(2224, "Zhrnutie dám sem.", "Zhrnutie dám sem. (2312.00001)"),
 # 2225 Substack post
 "2225 sign in": sub(2225, "Sign in\n", "Log in\n"),
 "2225 post date twice": sub(2225, "Apr 18\n", "Apr 18, 2026\n"),
 "2225 header counts": sub(2225, "\n14\n2\nShare", "\n14\nShare"),
 "2225 subscribe box": sub(2225, "Subscribe for free to receive new posts", "Subscribe to receive new posts"),
 "2225 likes mismatch": sub(2225, "14 Likes", "15 Likes"),
 "2225 comment count": sub(2225, "\n14\n2\nShare", "\n14\n3\nShare"),
 "2225 comment before the post": sub(2225, "Apr 18\n", "Apr 16\n"),
 "2225 comment block": sub(2225, "Like (1)\n", "Like 1\n"),
 "2225 footer": sub(2225, "Substack is the home for great culture", "Substack"),
 "2225 copyright": sub(2225, "© 2026 Anahit Grigoryan", "© 2025 Anahit Grigoryan"),
 "2225 openreview link removed": sub(2225, "OpenReview: https://openreview.net/forum?id=OCm0rwa1lx1", "OpenReview"),
 "2225 link removed": sub(2225, "\nhttps://arxiv.org/abs/2010.08895\n", "\n"),
 "2225 arxiv-text id changed": sub(2225, "arXiv:1904.09751", "arXiv:1904.09752"),
 "2225 title-only id appears": sub(2225, "Autoregressive Entity Retrieval,", "Autoregressive Entity Retrieval (arXiv:2010.00904),"),
 # 2226 LINE chat history (negative)
 "2226 first line": sub(2226, "[LINE] Chat history in", "[LINE] Chat with"),
 "2226 saved on form": sub(2226, "Saved on: 4/15/2026, 22:03", "Saved: 4/15/2026"),
 "2226 saved before the last message": sub(2226, "Saved on: 4/15/2026, 22:03", "Saved on: 4/15/2026, 20:03"),
 "2226 bare LF": sub(2226, "\r\nWed, 4/15/2026", "\nWed, 4/15/2026"),
 "2226 weekday": sub(2226, "Wed, 4/15/2026", "Thu, 4/15/2026"),
 "2226 day order": sub(2226, "Wed, 4/15/2026", "Sun, 4/12/2026"),
 "2226 times decreasing": sub(2226, "19:10\tBank", "18:10\tBank"),
 "2226 unclosed multi-line message": sub(2226, 'Wes McKinney"', "Wes McKinney"),
 "2226 system line unknown": sub(2226, "Mint Thongdee joined the group.", "Mint Thongdee is here."),
 "2226 system line names a non-member": sub(2226, "Ploy Srisuk invited Mint Thongdee", "Ploy Srisuk invited Som Chai"),
 "2226 unknown marker": sub(2226, "[Sticker]", "[Voice]"),
 "2226 stray line": sub(2226, "\r\n\r\nWed, 4/15/2026", "\r\n\r\nsomething\r\nWed, 4/15/2026"),
 "2226 no final line break": sub(2226, r"\r\n$", "", regex=True),
 "2226 arXiv mention": sub(2226, "(blog นะ ไม่ใช่ paper)", "(blog นะ ไม่ใช่ arXiv)"),
 "2226 catalogue title": sub(2226, "see you!", "see you! อ่าน Attention Is All You Need ด้วย"),
 "2226 arXiv-shaped id": sub(2226, "see you!", "see you! 2301.01234"),
 # labels
 "record dropped": exp_edit(lambda e: e[D[2222]].pop()),
 "duplicate record": exp_edit(lambda e: e[D[2224]].append(dict(e[D[2224]][0]))),
 "paper in two files": exp_edit(lambda e: e[D[2225]].append(dict(e[D[2223]][1]))),
 "extra field": exp_edit(lambda e: e[D[2220]][0].update(venue="ICLR")),
 "openreview record given an arxiv_id": exp_edit(lambda e: e[D[2224]][0].update(arxiv_id="2010.11929")),
 "link record made title-only": exp_edit(lambda e: e[D[2221]][1].update(evidence="title-only", arxiv_id=None)),
 "title-only made arxiv-text": exp_edit(lambda e: e[D[2223]][5].update(evidence="arxiv-text", arxiv_id=e[D[2223]][5]["true_arxiv_id"])),
 "arxiv-text made link": exp_edit(lambda e: e[D[2217]][4].update(evidence="link")),
 "bad evidence value": exp_edit(lambda e: e[D[2218]][1].update(evidence="url")),
 "wrong true_arxiv_id": exp_edit(lambda e: e[D[2219]][0].update(true_arxiv_id="1706.03763", arxiv_id="1706.03763")),
 "title changed": exp_edit(lambda e: e[D[2225]][1].update(title="Fourier Neural Operators")),
 "label in the negative": exp_edit(lambda e: e[D[2226]].append(dict(e[D[2217]][0]))),
 "no-arXiv paper given an id": exp_edit(lambda e: e[D[2225]][5].update(true_arxiv_id="1409.3215")),
 "file key renamed": exp_edit(lambda e: e.update({"2227_x.txt": e.pop(D[2226])})),
 "positive with 7 papers": exp_edit(lambda e: e[D[2217]].pop(0)),
 "odd position paper": exp_edit(lambda e: e[D[2217]][0].update(true_arxiv_id="2001.04451", arxiv_id=None, openreview_id=None, evidence="title-only", title="Reformer: The Efficient Transformer")),
}
# one case per labelled paper: its title removed from its digest (2219: from the decoded body), case-blind, across
# line breaks
for f, recs in EXP.items():
    n = int(f[:4])
    for r in recs:
        t = r["title"]
        rx = r"(?i)" + r"\s+".join(re.escape(w) for w in t.split())
        CASES[f"{n} title removed: {t[:40]}"] = qpe(rx, "[...]", regex=True) if n == 2219 else sub(n, rx, "[...]", regex=True, count=0)


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
    fresh()
    try:
        fn(SCR)
    except AssertionError as ex:
        bad.append(f"{name} (edit failed: {ex})"); continue
    errs, rc = run(SCR)
    total += len(errs)
    if not errs or rc == 0: bad.append(name)
    if V: print(f"{name}:", *errs[:3], sep="\n   ")
shutil.rmtree(SCR, ignore_errors=True)
print(f"cases {len(CASES)} errors {total}" + (f"; NOT CAUGHT: {bad}" if bad else ""))
sys.exit(1 if bad else 0)
