#!/usr/bin/env python3
"""Breaks a scratch copy of round218 (/tmp/r218/scratch/break, deleted afterwards) one case at a time and checks that
validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's ERROR
lines. (round216's harness with round218's cases; 2198's attached body is base64: b64e() decodes it, edits and encodes
it again as the builder does; 2202 is Slack JSON: sje() edits the message texts and dumps them again as the builder
does. Besides the hand-written cases, one case per labelled paper removes its title from its digest, case-blind,
across line breaks and TeX braces.)"""
import base64, json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/r218/scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(2197, 2207)}
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


def b64e(old, new, regex=False):
    """edit 2198's attached base64 body (decoded, UTF-8) and encode it again as the builder does"""
    def fn(root):
        p = os.path.join(root, "digests", D[2198])
        s = open(p, "rb").read().decode("ascii")
        head, rest = s.split("Content-Transfer-Encoding: base64\r\n\r\n", 1)
        body, tail = rest.split("\r\n\r\n--", 1)
        t = base64.b64decode(body.replace("\r\n", "")).decode("utf-8")
        t2 = re.sub(old, new, t) if regex else t.replace(old, new)
        assert t2 != t, old
        e = base64.encodebytes(t2.encode("utf-8")).decode("ascii").strip().replace("\n", "\r\n")
        open(p, "wb").write((head + "Content-Transfer-Encoding: base64\r\n\r\n" + e + "\r\n\r\n--" + tail).encode("ascii"))
    return fn


def sje(fn_):
    """edit 2202's parsed messages and dump them again as the builder does"""
    def fn(root):
        p = os.path.join(root, "digests", D[2202])
        m = json.load(open(p))
        fn_(m)
        open(p, "w").write(json.dumps(m, indent=4, ensure_ascii=True).replace("/", "\\/") + "\n")
    return fn


def stext(i, old, new):
    def f(m):
        assert old in m[i]["text"], old
        m[i]["text"] = m[i]["text"].replace(old, new)
    return sje(f)


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


CASES = {
 # 2197 Stud.IP Ablaufplan
 "2197 skip link": sub(2197, "Zum Hauptinhalt springen\n", ""),
 "2197 footer": sub(2197, "Stud.IP 5.4 · Impressum", "Stud.IP · Impressum"),
 "2197 Ablaufplan title dropped": sub(2197, "\nAblaufplan\n\nRegel", "\n\nRegel"),
 "2197 Ablaufplan tab dropped": sub(2197, "Dateien  Ablaufplan  Wiki", "Dateien  Wiki"),
 "2197 session count": sub(2197, "6 Termine", "7 Termine"),
 "2197 weekday": sub(2197, "Di., 21.04.2026", "Mi., 21.04.2026"),
 "2197 week gap": sub(2197, "28.04.2026", "05.05.2026"),
 "2197 invalid date": sub(2197, "28.04.2026", "31.04.2026"),
 "2197 Thema missing": sub(2197, "Thema: Kontrastives Lernen I\n", "Kontrastives Lernen I\n"),
 "2197 session without items": sub(2197, "Thema: Einführung: Lernen ohne Labels\n  Organisatorisches", "Thema: Einführung: Lernen ohne Labels\nOrganisatorisches"),
 "2197 Lehrende line": sub(2197, "Lehrende: ", "Dozent: "),
 "2197 malformed URL": sub(2197, "https://arxiv.org/abs/2002.05709", "https://arxiv/abs/2002.05709"),
 "2197 CR": sub(2197, "Ablaufplan\n\nRegel", "Ablaufplan\r\n\nRegel"),
 "2197 link made id": sub(2197, "https://arxiv.org/abs/2002.05709", "arXiv 2002.05709"),
 "2197 openreview id changed": sub(2197, "id=uB5x7Y2qsFR", "id=uB5x7Y2qsFX"),
 "2197 title-only id appears": sub(2197, "(Caron et al., ICCV 2021)", "(Caron et al., arXiv:2104.14294)"),
 "2197 unlabelled catalogue title": sub(2197, "Zusatz für Mathe-Interessierte", "Auch: Attention Is All You Need. Zusatz für Mathe-Interessierte"),
 "2197 unlabelled arXiv id": sub(2197, "Code zum Ausprobieren", "Siehe auch arXiv:2301.00001. Code zum Ausprobieren"),
 # 2198 Roundcube forward as attachment
 "2198 bare LF": sub(2198, "MIME-Version: 1.0\r\n", "MIME-Version: 1.0\n"),
 "2198 header order": sub(2198, "MIME-Version: 1.0\r\nContent-Type: multipart", "X-Spam: no\r\nMIME-Version: 1.0\r\nContent-Type: multipart"),
 "2198 User-Agent": sub(2198, "User-Agent: Roundcube Webmail/1.6.9\r\nMIME-Version: 1.0\r\nContent-Type: multipart", "User-Agent: Thunderbird/128\r\nMIME-Version: 1.0\r\nContent-Type: multipart"),
 "2198 Message-ID form": sub(2198, "Message-ID: <b1417920698f", "Message-ID: <zz417920698f"),
 "2198 Date weekday": sub(2198, "Date: Tue, 21 Apr", "Date: Wed, 21 Apr"),
 "2198 Date invalid": sub(2198, "Date: Tue, 21 Apr", "Date: Tue, 41 Apr"),
 "2198 non-ASCII": sub(2198, "This is a multi-part message", "This is a multi-part message č"),
 "2198 closing boundary": sub(2198, r"--\r\n$", "\r\n", regex=True),
 "2198 not multipart/mixed": sub(2198, "multipart/mixed", "multipart/alternative"),
 "2198 attachment inline": sub(2198, "Content-Disposition: attachment", "Content-Disposition: inline"),
 "2198 attachment not .eml": sub(2198, 'cetvrtak.eml"\r\n\r\n', 'cetvrtak.txt"\r\n\r\n'),
 "2198 note not QP": sub(2198, "Content-Transfer-Encoding: quoted-printable", "Content-Transfer-Encoding: 8bit"),
 "2198 bad QP escape": sub(2198, "=C4=91", "=Z4=91"),
 "2198 attached not base64": sub(2198, "Content-Transfer-Encoding: base64", "Content-Transfer-Encoding: 7bit"),
 "2198 attached charset": sub(2198, "Content-Type: text/plain; charset=UTF-8; format=flowed\r\nContent-Transfer-Encoding: base64", "Content-Type: text/plain; charset=ISO-8859-2; format=flowed\r\nContent-Transfer-Encoding: base64"),
 "2198 base64 long line": sub(2198, "\r\n\r\n--=_", "AAAA" * 20 + "\r\n\r\n--=_", nth=3),
 "2198 attached after forward": sub(2198, "Date: Mon, 20 Apr 2026 19:42:05", "Date: Wed, 22 Apr 2026 19:42:05"),
 "2198 attached weekday": sub(2198, "Date: Mon, 20 Apr", "Date: Sun, 20 Apr"),
 "2198 Subject differs": sub(2198, "Subject: =?UTF-8?Q?Fwd=3A_=C4=8Citanje", "Subject: =?UTF-8?Q?Fwd=3A_Citanje"),
 "2198 attached not Roundcube": sub(2198, "User-Agent: Roundcube Webmail/1.6.9\r\nMIME-Version: 1.0\r\nContent-Type: text/plain", "User-Agent: Mutt/2.2\r\nMIME-Version: 1.0\r\nContent-Type: text/plain"),
 "2198 link removed (decoded)": b64e("   https://arxiv.org/abs/1706.03762\n", ""),
 "2198 title-only id appears": b64e("(dovoljan je 2. odjeljak)", "(arXiv:2005.14165)"),
 "2198 unlabelled title (decoded)": b64e("Lijep pozdrav,", "I: Long Short-Term Memory.\nLijep pozdrav,"),
 "2198 arxiv-text id changed": b64e("arXiv:2006.03654", "arXiv:2006.03655"),
 # 2199 ICONTEC NTC 5613
 "2199 running header": sub(2199, "Memoria de largo alcance", "Memoria de alcance", nth=2),
 "2199 header twice on a page": sub(2199, "BIBLIOGRAFÍA\n", "BIBLIOGRAFÍA\nMemoria de largo alcance en modelos de lenguaje para actas del Cabildo de Popayán\n"),
 "2199 page numbers": sub(2199, "\n58\n", "\n60\n"),
 "2199 form feed": sub(2199, "\n\fMemoria", "\nMemoria"),
 "2199 stray form feed": sub(2199, "BIBLIOGRAFÍA\n", "BIBLIOGRAFÍA\f\n"),
 "2199 BIBLIOGRAFÍA twice": sub(2199, "6. CONCLUSIONES (continuación)", "BIBLIOGRAFÍA"),
 "2199 entry numbering": sub(2199, "\n(4) GRAVES", "\n(5) GRAVES"),
 "2199 citation order": sub(2199, "explícita (1) y la atención dispersa (2)", "explícita (2) y la atención dispersa (1)"),
 "2199 long reference line": sub(2199, "    técnico.", "    técnico. Texto añadido para que la línea supere con claridad el ancho máximo permitido en esta copia del PDF."),
 "2199 entry without final dot": sub(2199, "2016. 775 p.", "2016. 775 p"),
 "2199 Consultado missing": sub(2199, "[Consultado el 2 de mayo de 2026]", "(2 de mayo de 2026)"),
 "2199 bad Consultado date": sub(2199, "[Consultado el 2 de mayo de 2026]", "[Consultado el 32 de mayo de 2026]"),
 "2199 en línea missing": sub(2199, "Modeling\n    [en línea].", "Modeling\n    [online]."),
 "2199 author form": sub(2199, "(2) ZAHEER, Manzil", "(2) Manzil Zaheer"),
 "2199 stray line": sub(2199, "\n    técnico.", "\ntécnico."),
 "2199 openreview link removed": sub(2199, "Disponible en: <https://openreview.net/forum?id=OCm0rwa1lx1>", "Disponible en: <https://example.org/x>"),
 "2199 arxiv-text made link": sub(2199, "Preprint arXiv:2306.15595", "Preprint https://arxiv.org/abs/2306.15595"),
 # 2200 Mendeley BibTeX
 "2200 header": sub(2200, "Automatically generated by Mendeley Desktop 1.19.8", "Generated by JabRef"),
 "2200 unbalanced braces": sub(2200, "volume = {9},", "volume = {9,"),
 "2200 unparsed entry": sub(2200, "@article{Hochreiter1997,", "@article{Hochreiter1997"),
 "2200 unknown type": sub(2200, "@inproceedings{Graves2006", "@conference2{Graves2006"),
 "2200 key form": sub(2200, "Rumelhart1986", "rumelhart_86"),
 "2200 key year": sub(2200, "DeCao2020", "DeCao2019"),
 "2200 field order": sub(2200, "annote = {어텐션", "zannote = {어텐션"),
 "2200 last comma": sub(2200, "url = {http://arxiv.org/abs/1409.0473},\nyear = {2014}\n", "url = {http://arxiv.org/abs/1409.0473},\nyear = {2014},\n"),
 "2200 duplicate key": sub(2200, "Pennington2014", "Bahdanau2014"),
 "2200 no groups": sub(2200, r"mendeley-groups = \{[^}]*\},\n", "", regex=True),
 "2200 author form": sub(2200, "Hochreiter, Sepp and", "Sepp Hochreiter and"),
 "2200 arxivId without prefix": sub(2200, "archivePrefix = {arXiv},\n", ""),
 "2200 bad field line": sub(2200, "pages = {533--536},", "pages: 533--536,"),
 "2200 title-only id appears": sub(2200, "volume = {323},", "volume = {323},\neprint = {1409.0474},"),
 "2200 link removed": sub(2200, "url = {https://arxiv.org/abs/2010.00904},\n", ""),
 # 2201 Notion CSV
 "2201 no BOM": sub(2201, "\ufeffName", "Name"),
 "2201 header": sub(2201, "Presented on,Created time", "Presented,Created time"),
 "2201 LF rows": sub(2201, "\r\n", "\n", count=0),
 "2201 quoting": sub(2201, ",Done,bias-only,", ',"Done",bias-only,'),
 "2201 unknown status": sub(2201, ",In progress,", ",Doing,"),
 "2201 Done without date": sub(2201, '"February 26, 2026",', ","),
 "2201 date without Done": sub(2201, 'proceedings copy.",,', 'proceedings copy.","March 5, 2026",'),
 "2201 bad created time": sub(2201, "February 2, 2026 9:14 AM", "2026-02-02 09:14"),
 "2201 created order": sub(2201, "February 4, 2026 4:41 PM", "February 1, 2026 4:41 PM"),
 "2201 invalid date": sub(2201, "February 12, 2026", "February 31, 2026"),
 "2201 link not bare": sub(2201, "http://arxiv.org/abs/2305.14314", "[QLoRA](http://arxiv.org/abs/2305.14314)"),
 "2201 multi-select join": sub(2201, '"LoRA family, core"', '"LoRA family, , core"'),
 "2201 cell count": sub(2201, ",bias-only,", ",bias-only,,"),
 "2201 arxiv-text id removed": sub(2201, "arXiv:2101.00190", "ACL 2021"),
 "2201 unlabelled title": sub(2201, "Cheapest baseline.", "Cheapest baseline; see Decoupled Weight Decay Regularization."),
 # 2202 Slack JSON
 "2202 unescaped slash": sub(2202, "https:\\/\\/docs.vllm.ai", "https://docs.vllm.ai"),
 "2202 non-ASCII": sub(2202, "M\\u0259mm\\u0259dova", "Məmmədova", count=0),
 "2202 layout": sub(2202, '    {\n        "type"', '  {\n        "type"'),
 "2202 JSON broken": sub(2202, '"is_restricted": false\n        }\n    },', '"is_restricted": false\n        }\n    }'),
 "2202 ts order": sje(lambda m: m[3].update(ts="1774330000.000771")),
 "2202 ts form": sje(lambda m: m[1].update(ts="1774332940.381")),
 "2202 user id": sje(lambda m: m[1].update(user="tural")),
 "2202 two names": sje(lambda m: m[4]["user_profile"].update(real_name="Tural Hasanov")),
 "2202 join text": sje(lambda m: m[0].update(text="joined")),
 "2202 client_msg_id": sje(lambda m: m[2].pop("client_msg_id")),
 "2202 reaction count": sje(lambda m: m[1]["reactions"][0].update(count=3)),
 "2202 reply_count": sje(lambda m: m[2].update(reply_count=2)),
 "2202 latest_reply": sje(lambda m: m[2].update(latest_reply=m[1]["ts"])),
 "2202 reply parent": sje(lambda m: m[4].update(parent_user_id="U07KHZ1A2B3")),
 "2202 stray angle brackets": stext(3, "mütləqdir", "<mütləqdir>"),
 "2202 malformed link": stext(2, "<https://arxiv.org/pdf/2309.06180.pdf|PDF>", "<https://arxiv/pdf/2309.06180.pdf|PDF>"),
 "2202 openreview link removed": stext(1, "<https://openreview.net/forum?id=B1ckMDqlg|ICLR 2017 versiyası>", "(ICLR 2017)"),
 "2202 title-only given a link": stext(1, "linki özünüz tapın", "<https://arxiv.org/abs/1909.08053>"),
 "2202 arxiv-text id changed": stext(3, "(arXiv 2009.03300)", "(arXiv 2009.03301)"),
 # 2203 AsciiDoc README
 "2203 title twice": sub(2203, "== Cyfrannu / Contributing", "= Cyfrannu / Contributing"),
 "2203 toc attribute": sub(2203, ":toc-placement!:\n", ""),
 "2203 toc macro twice": sub(2203, "toc::[]\n", "toc::[]\ntoc::[]\n"),
 "2203 Markdown heading": sub(2203, "== Clasuron / Classics", "## Clasuron / Classics"),
 "2203 Markdown link": sub(2203, "https://arxiv.org/abs/2104.00298[arXiv]", "[arXiv](https://arxiv.org/abs/2104.00298)"),
 "2203 listing unclosed": sub(2203, "git checkout -b add-entry\n----\n", "git checkout -b add-entry\n"),
 "2203 contributing not last": sub(2203, "== Cyfrannu / Contributing", "== Cyfrannu / Contributing\n\nSee below.\n\n== Diolch / Thanks"),
 "2203 entry count": sub(2203, "list of 11 entries", "list of 12 entries"),
 "2203 bad link macro": sub(2203, "https://d2l.ai[d2l.ai]", "https://d2l[d2l.ai]"),
 "2203 hard break without continuation": sub(2203, " +\n  http://arxiv.org/abs/2010.04159", " +\nhttp://arxiv.org/abs/2010.04159"),
 "2203 NOTE missing": sub(2203, "NOTE: Papers first", "Papers first"),
 "2203 openreview id changed": sub(2203, "id=YicbFdNTTy", "id=YicbFdNTTz"),
 "2203 title-only id appears": sub(2203, "(Pham & Le, 2021)", "(Pham & Le, arXiv:2101.01761)"),
 # 2204 Mailchimp plain text
 "2204 browser line": sub(2204, "View this email in your browser", "View in browser"),
 "2204 referral": sub(2204, "Email Marketing Powered by Mailchimp", "Powered by Mailchimp"),
 "2204 heading rule": sub(2204, "** LA SUITE DE LA LECTURE\n" + "-" * 60, "** LA SUITE DE LA LECTURE\n" + "-" * 40),
 "2204 rules": sub(2204, "=" * 60 + "\n\nCopyright", "Copyright"),
 "2204 merge tag": sub(2204, "Copyright © 2026", "Copyright © *|CURRENT_YEAR|*"),
 "2204 preferences": sub(2204, "Want to change how you receive these emails?", "Change your settings"),
 "2204 unsubscribe": sub(2204, "or unsubscribe from this list (", "or leave ("),
 "2204 issue number": sub(2204, "Lettre n° 8 · lundi", "Lettre n° 9 · lundi"),
 "2204 issue not Monday": sub(2204, "lundi 20 avril", "lundi 21 avril"),
 "2204 preview number": sub(2204, "Lettre n° 8 : la diffusion", "Lettre n° 7 : la diffusion"),
 "2204 malformed link": sub(2204, "(https://forms.example-uac.bj/diffusion)", "(https://forms/diffusion)"),
 "2204 openreview link removed": sub(2204, "Lire sur OpenReview (https://openreview.net/forum?id=St1giarCHLP)", "OpenReview"),
 "2204 title-only given a link": sub(2204, "pour voir le guidage", "(https://arxiv.org/abs/2204.06125) pour voir le guidage"),
 # 2205 Blogger
 "2205 footer": sub(2205, "Simple theme. Powered by Blogger.", "Powered by Blogger."),
 "2205 nav twice": sub(2205, "Newer Post Older Post Home\n", "Newer Post Older Post Home\nNewer Post Older Post Home\n"),
 "2205 date header weekday": sub(2205, "Tuesday, April 14, 2026", "Monday, April 14, 2026"),
 "2205 date header invalid": sub(2205, "Tuesday, April 14, 2026", "Tuesday, April 34, 2026"),
 "2205 posted by": sub(2205, "Posted by Dawit Bekele at", "By Dawit Bekele at"),
 "2205 comment count": sub(2205, "3 comments:", "4 comments:"),
 "2205 comment before post": sub(2205, "April 15, 2026 at 8:12 AM", "April 14, 2026 at 8:12 AM"),
 "2205 comment time missing": sub(2205, "April 15, 2026 at 7:40 PM", "yesterday"),
 "2205 labels": sub(2205, "Labels: reading group", "Tags: reading group"),
 "2205 arxiv-text id changed": sub(2205, "arXiv:2301.12597", "arXiv:2301.12598"),
 "2205 link removed": sub(2205, "\nhttps://arxiv.org/abs/2010.08895\n", "\n"),
 # 2206 XenForo (negative)
 "2206 breadcrumb": sub(2206, "Forums › Vie étudiante", "Forum › Vie étudiante"),
 "2206 footer": sub(2206, "Community platform by XenForo®", "Forum software by XenForo®"),
 "2206 login line": sub(2206, "You must log in or register to reply here.", "Log in to reply."),
 "2206 started line": sub(2206, "Discussion in 'Informatique", "Thread in 'Informatique"),
 "2206 forum differs": sub(2206, "Discussion in 'Informatique et numérique'", "Discussion in 'Informatique'"),
 "2206 post numbers": sub(2206, "#3\n", "#4\n"),
 "2206 starter": sub(2206, "started by ghjuvan_santucci,", "started by maria_pieri,"),
 "2206 date order": sub(2206, "Mar 16, 2026\n#4", "Mar 13, 2026\n#4"),
 "2206 Like Reply Report": sub(2206, "Like Reply Report\n", "", nth=2),
 "2206 quote of non-poster": sub(2206, "ghjuvan_santucci said: ↑", "anna_c said: ↑"),
 "2206 quote not expandable": sub(2206, "Click to expand...", "…"),
 "2206 like by non-poster": sub(2206, "maria_pieri likes this.", "anna_c likes this."),
 "2206 arXiv mention": sub(2206, "Merci à tous", "Voir arXiv. Merci à tous"),
 "2206 catalogue title": sub(2206, "Merci à tous", "Lisez Attention Is All You Need. Merci à tous"),
 "2206 arXiv-shaped id": sub(2206, "Merci à tous", "Voir 2301.01234. Merci à tous"),
 # labels
 "record dropped": exp_edit(lambda e: e[D[2202]].pop()),
 "duplicate record": exp_edit(lambda e: e[D[2203]].append(dict(e[D[2203]][0]))),
 "paper in two files": exp_edit(lambda e: e[D[2204]].append(dict(e[D[2205]][1]))),
 "extra field": exp_edit(lambda e: e[D[2199]][0].update(venue="ICLR")),
 "openreview record given an arxiv_id": exp_edit(lambda e: e[D[2202]][0].update(arxiv_id="1701.06538")),
 "link record made title-only": exp_edit(lambda e: e[D[2200]][0].update(evidence="title-only", arxiv_id=None)),
 "title-only made arxiv-text": exp_edit(lambda e: e[D[2204]][5].update(evidence="arxiv-text", arxiv_id=e[D[2204]][5]["true_arxiv_id"])),
 "arxiv-text made link": exp_edit(lambda e: e[D[2197]][4].update(evidence="link")),
 "bad evidence value": exp_edit(lambda e: e[D[2201]][1].update(evidence="url")),
 "wrong true_arxiv_id": exp_edit(lambda e: e[D[2198]][0].update(true_arxiv_id="1706.03763", arxiv_id="1706.03763")),
 "title changed": exp_edit(lambda e: e[D[2205]][0].update(title="Fourier Neural Operators")),
 "label in the negative": exp_edit(lambda e: e[D[2206]].append(dict(e[D[2197]][0]))),
 "no-arXiv paper given an id": exp_edit(lambda e: e[D[2200]][4].update(true_arxiv_id="1409.0473")),
 "file key renamed": exp_edit(lambda e: e.update({"2207_x.txt": e.pop(D[2206])})),
 "positive with 7 papers": exp_edit(lambda e: e[D[2197]].pop(0)),
 "odd position paper": exp_edit(lambda e: e[D[2197]][0].update(true_arxiv_id="2103.00020", arxiv_id=None, openreview_id=None, evidence="title-only", title="Learning Transferable Visual Models From Natural Language Supervision")),
}
# one case per labelled paper: its title removed from its digest (2198: from the decoded body), case-blind, across
# line breaks and TeX braces
for f, recs in EXP.items():
    n = int(f[:4])
    for r in recs:
        t = r["title"]
        rx = r"(?i)" + r"[{}]*\s+[{}]*".join("[{}]*".join(re.escape(c) for c in w) for w in t.split())
        CASES[f"{n} title removed: {t[:40]}"] = b64e(rx, "[...]", regex=True) if n == 2198 else sub(n, rx, "[...]", regex=True, count=0)


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
