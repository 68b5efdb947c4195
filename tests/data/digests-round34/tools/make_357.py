#!/usr/bin/env python3
"""357: a Google Scholar keyword alert as Gmail's "Download message" saves it (.eml, CRLF): Google's headers
(DKIM/Received trimmed to what a user keeps), one text/html part in quoted-printable, Scholar's alert markup: the
query line, one <h3> per result with the [PDF]/[HTML]/[CITATION] tag, the title linked through
scholar.google.com/scholar_url?url=<target>, the green "authors - venue, year" line, the snippet cut with "…", the
share icons row, and the footer (This message was sent by Google Scholar because you're following…, Cancel alert,
List alerts). Papers: results whose target is arxiv.org abs/pdf (link) or openreview.net (link, OpenReview); results
whose target is a proceedings/anthology/repository page, and a [CITATION] item without a link (title-only). The
Scholar share/cancel/list URLs, the snippets and the author initials are not papers."""
import os, sys, quopri, html
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, write_raw
from make_expected import F357, keys


def ini(name):
    p = name.split()
    return "".join(x[0] for x in p[:-1]) + " " + p[-1]


def auth(k, n=4):
    a = CAT[k]["authors"]
    s = ", ".join(ini(x) for x in a[:n])
    return s + "…" if len(a) > n else s


def snip(k, words=32):
    w = " ".join(CAT[k]["abstract"].split()).split(" ")
    return html.escape(" ".join(w[:words]).rstrip(",.;:")) + " …"


# (key, tag, target url or None, venue line)
R = [
 ("2312.00752", "PDF", "https://arxiv.org/pdf/2312.00752", "arXiv preprint arXiv:2312.00752, 2023"),
 ("2111.00396", "PDF", "https://openreview.net/pdf?id=uYLFoz1vlAC", "International Conference on Learning Representations, 2022"),
 ("2008.07669", "PDF", "https://proceedings.neurips.cc/paper/2020/file/102f0bb6efb3a6128a3c750dd16729be-Paper.pdf", "Advances in neural information processing systems, 2020"),
 ("2004.05150", "PDF", "https://arxiv.org/pdf/2004.05150v2", "arXiv preprint arXiv:2004.05150, 2020"),
 ("2007.14062", "HTML", "https://arxiv.org/abs/2007.14062", "arXiv preprint arXiv:2007.14062, 2020"),
 ("2001.04451", "HTML", "https://openreview.net/forum?id=rkgNKkHtvB", "International Conference on Learning Representations, 2020"),
 ("2006.16236", "PDF", "https://repository.example-polytechnique.ch/record/279284/files/katharopoulos_icml20.pdf", "International conference on machine learning, 2020"),
 ("1904.10509", "PDF", "https://arxiv.org/pdf/1904.10509.pdf", "arXiv preprint arXiv:1904.10509, 2019"),
 ("1901.02860", "PDF", "https://aclanthology.org/P19-1285.pdf", "Proceedings of the 57th Annual Meeting of the Association for Computational Linguistics, 2019"),
 ("2009.14794", "HTML", "https://research.example.com/pubs/pub49869/", "International Conference on Learning Representations, 2021"),
 ("2011.04006", "CITATION", None, "International Conference on Learning Representations, 2021"),
]
assert sorted(k for k, *_ in R) == sorted(keys(F357))

Q = '"long range" OR "state space" transformer'
EI, SIG = "ZGbqZc3mJ4WJy9YP1c2p4Ao", "AFWwaebQk7a9w3CFxqz1RXbFp9Yt"


def sch(url, i):
    return (f"https://scholar.google.com/scholar_url?url={url}&amp;hl=en&amp;sa=X&amp;d={1873402219563870000 + 7919 * i}"
            f"&amp;ei={EI}&amp;scisig={SIG}&amp;oi=scholaralrt&amp;hist=Uq0hAJcAAAAJ:11204589123437461732:{SIG}"
            f"&amp;html=&amp;pos={i}&amp;folt=kw")


items = []
for i, (k, tag, url, ven) in enumerate(R):
    tagspan = f'<span style="font-size:11px;font-weight:bold;color:#1a0dab;vertical-align:2px">[{tag}]</span> '
    if url:
        head = f'{tagspan}<a href="{sch(url, i)}" class="gse_alrt_title" style="font-size:17px;color:#1a0dab;line-height:22px">{html.escape(T(k))}</a>'
    else:
        head = f'{tagspan}<span style="font-size:17px;color:#222;line-height:22px">{html.escape(T(k))}</span>'
    share = "".join(
        f'<td style="padding-right:4px"><a href="https://scholar.google.com/scholar_share?hl=en&amp;oi=scholaralrt&amp;ss={s}&amp;rt={html.escape(T(k)).replace(" ", "+")}&amp;scisig={SIG}" style="text-decoration:none"><img alt="{s2}" src="https://scholar.google.com/scholar/images/scholar_share_{s}.png" width="20" height="20"></a></td>'
        for s, s2 in (("fb", "Facebook"), ("tw", "Twitter"), ("in", "LinkedIn")))
    items.append(
        f'<h3 style="font-weight:normal;margin:0;font-size:17px;line-height:20px">{head}</h3>\n'
        f'<div style="color:#006621;line-height:18px">{auth(k)} - {html.escape(ven)}</div>\n'
        + (f'<div class="gse_alrt_sni" style="line-height:17px">{snip(k)}</div>\n' if url else "")
        + f'<div style="width:auto"><table cellpadding="0" cellspacing="0" border="0" style="padding:8px 0 0 0"><tbody><tr>{share}</tr></tbody></table></div>\n'
        '<br>\n')

body = f"""<!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><style>body{{background-color:#fff}}.gse_alrt_title{{text-decoration:none}}.gse_alrt_title:hover{{text-decoration:underline}}@media screen and (max-width:599px){{.gse_alrt_sni br{{display:none}}}}</style></head><body>
<!--[if gte mso 9]><table width="600" cellpadding="0" cellspacing="0"><tr><td><![endif]-->
<div style="font-family:arial,sans-serif;font-size:13px;line-height:16px;color:#222;width:100%;max-width:600px">
<h2 style="font-size:18px;font-weight:normal;margin:0 0 16px 0">Scholar Alert: <b>[ {html.escape(Q)} ]</b></h2>
{"".join(items)}
<p style="font-size:13px;line-height:16px;margin:24px 0 0 0;color:#777">This message was sent by Google Scholar because you're following new results for <a href="https://scholar.google.com/scholar?q={html.escape(Q).replace(" ", "+")}&amp;hl=en&amp;as_sdt=0,5" style="color:#1a0dab">[ {html.escape(Q)} ]</a>.</p>
<table cellpadding="0" cellspacing="0" border="0" style="padding:24px 0 0 0"><tbody><tr>
<td><a href="https://scholar.google.com/scholar_alerts?view_op=list_alerts&amp;hl=en&amp;email_for_op=m.okafor%40seqlab.example.edu&amp;alert_id=4xGwl_YJ8ZcJ" style="font-size:13px;color:#1a0dab;text-decoration:none">List alerts</a></td>
<td style="padding-left:24px"><a href="https://scholar.google.com/scholar_alerts?view_op=cancel_alert_options&amp;email_for_op=m.okafor%40seqlab.example.edu&amp;alert_id=4xGwl_YJ8ZcJ&amp;hl=en" style="font-size:13px;color:#1a0dab;text-decoration:none">Cancel alert</a></td>
</tr></tbody></table>
</div>
<!--[if gte mso 9]></td></tr></table><![endif]-->
</body></html>
"""
body = body.replace("\n", "\r\n")
qp = quopri.encodestring(body.encode("utf-8"), quotetabs=False).decode("ascii")
qp = qp.replace("\r\n", "\n").replace("\n", "\r\n")
hdr = f"""Delivered-To: m.okafor@seqlab.example.edu
Received: by 2002:a05:7010:5c8a:b0:3e1:44d2:6f1c with SMTP id q10csp2318874mdz;
        Tue, 5 Mar 2024 01:12:44 -0800 (PST)
Return-Path: <3rDXmZRAKABwYbZgk-XYPYlmXgYZb-kaigVhZVmiimTfg.Zig@scholar-alerts.bounces.google.com>
Date: Tue, 05 Mar 2024 01:12:43 -0800
Message-ID: <000000000000f1a2b30612e6c4d7@google.com>
Subject: =?UTF-8?Q?=22long_range=22_OR_=22state_space=22_transformer_-_new_results?=
From: Google Scholar Alerts <scholaralerts-noreply@google.com>
To: m.okafor@seqlab.example.edu
MIME-Version: 1.0
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

"""
raw = hdr.replace("\n", "\r\n") + qp
write_raw(F357, raw.encode("ascii"), [html.unescape(body), body], keys(F357))
