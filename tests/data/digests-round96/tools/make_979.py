#!/usr/bin/env python3
"""979: a forward written in GMX's webmail (the 3c "trinity" mailer) by a German PhD student to his reading group,
as a recipient's client saved it from the university mailbox (.eml, CRLF, ASCII): the university's Return-Path /
Delivered-To / Received lines, GMX's own `Received: from [ip] ([ip]) by web-mail.gmx.net (3c-app-gmx-bapNN.server.lan
[172.19.172.NN]) (via HTTP); …`, X-UI-Sender-Class, MIME-Version, Message-ID `<trinity-<uuid4>-<epoch ms of
Date>@3c-app-gmx-bapNN>`, From / To / Cc (UTF-8 Q-words for two names), Subject `Fwd: …`, `Content-Type: text/html;
charset=UTF-8` — GMX sends no plain part —, Date after it, Importance / Sensitivity, quoted-printable, X-Priority,
X-Provags-ID, X-UI-Out-Filterresults, UI-OutboundReport. The HTML is GMX's: Verdana 12px div, one `<div>` per
paragraph with `&nbsp;` blank divs, umlauts as entities, a GMX auto-link, and the forward as `<div name="quote">` with
the border-left #C3D9E5 style, the bold Gesendet / Von / An / Betreff block (the arXiv mail's time in German local
time) and `<div name="quoted-content">` holding arXiv's cs daily Subj-class mailing (Computation and Language, window
8–9 June 2023) as GMX turns plain text into HTML: every line ended by `<br/>`, runs of blanks as `&nbsp;`, `<>"&`
escaped. Kept from the mailing: one new submission with its abstract and two replacements; the rest cut with
`[... … -- JW]` notes. Papers: three mailing trailers and one auto-linked URL, one arXiv id as text, three titles only in
the note. Not papers: the Chatbot Arena leaderboard and the FastChat llm_judge code."""
import datetime, html, os, quopri, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, write_raw
from make_expected import by_num, keys

F = by_num(979)
K = dict(judge="2306.05685", bigbench="2206.04615", opt="2205.01068", llama="2302.13971", gpt3="2005.14165",
         mmlu="2009.03300", gato="2205.06175", dodrio="2103.14625")
CRLF = "\r\n"
ME, ME_ADDR = "Jonas Weber", "jonas.weber@gmx.example"
UNI = "informatik.uni-beispielstadt.example"
TO = [("Lena Hoffmann", f"lena.hoffmann@{UNI}")]
CC = [("Mikail Yılmaz", f"mikail.yilmaz@{UNI}"), ("Jörg Schäfer", f"joerg.schaefer@{UNI}"), ("Anna Petrova", f"a.petrova@{UNI}")]
ARX_SUBJ = "cs daily Subj-class mailing 4e1b91 1"
SUBJECT = "Fwd: " + ARX_SUBJ + " (Lesekreis Do.)"
SENT = datetime.datetime(2023, 6, 12, 8, 14, 22, 871000, tzinfo=datetime.timezone(datetime.timedelta(hours=2)))
ARX_DATE = "Sun, 11 Jun 2023 20:00:03 -0400"
RULE = "-" * 78
PCT = "%%%---" * 13

JUDGE_ABS = ("Evaluating large language model (LLM) based chat assistants is challenging due to their broad "
             "capabilities and the inadequacy of existing benchmarks in measuring human preferences. To address "
             "this, we explore using strong LLMs as judges to evaluate these models on more open-ended questions. We "
             "examine the usage and limitations of LLM-as-a-judge, including position, verbosity, and "
             "self-enhancement biases, as well as limited reasoning ability, and propose solutions to mitigate some "
             "of them. We then verify the agreement between LLM judges and human preferences by introducing two "
             "benchmarks: MT-bench, a multi-turn question set; and Chatbot Arena, a crowdsourced battle platform. "
             "Our results reveal that strong LLM judges like GPT-4 can match both controlled and crowdsourced human "
             "preferences well, achieving over 80% agreement, the same level of agreement between humans. Hence, "
             "LLM-as-a-judge is a scalable and explainable way to approximate human preferences, which are "
             "otherwise very expensive to obtain. Additionally, we show our benchmark and traditional benchmarks "
             "complement each other by evaluating several variants of LLaMA and Vicuna. We will publicly release "
             "MT-bench questions, 3K expert votes, and 30K conversations with human preferences from Chatbot Arena.")


def field(label, value, width=76):
    """an arXiv mailing field, continued on lines indented by two blanks (round94's)"""
    words, lines, cur = value.split(" "), [], label + ":"
    for w in words:
        if len(cur) + 1 + len(w) > width:
            lines.append(cur); cur = "  " + w
        else:
            cur += " " + w
    return lines + [cur]


def new_entry(aid, when, kb, cats, authors, comments, abstract):
    s = ["\\\\", f"arXiv:{aid}", f"Date: {when}   ({kb}kb,D)", ""]
    s += field("Title", T(aid)) + field("Authors", authors) + [f"Categories: {cats}"] + field("Comments", comments) + ["\\\\"]
    s += ["  " + l for l in textwrap.wrap(abstract, 74, break_on_hyphens=False)]
    s.append(f"\\\\ ( https://arxiv.org/abs/{aid} ,  {kb}kb)")
    return s


def replaced(aid, when, kb, cats, authors, comments):
    s = ["\\\\", f"arXiv:{aid}", f"replaced with revised version {when}   ({kb}kb,D)", ""]
    s += field("Title", T(aid)) + field("Authors", authors) + [f"Categories: {cats}"]
    s += field("Comments", comments) if comments else []
    s.append(f"\\\\ ( https://arxiv.org/abs/{aid} ,  {kb}kb)")
    return s


listing = [
    RULE, RULE,
    "Send any comments regarding submissions directly to submitter.",
    RULE,
    "Archives at http://arxiv.org/",
    "To unsubscribe, e-mail To: cs@arXiv.org, Subject: cancel",
    RULE,
    " Submissions to:",
    "Computation and Language",
    " received from  Thu  8 Jun 23 18:00:00 GMT  to  Fri  9 Jun 23 18:00:00 GMT",
    RULE, RULE,
    "[... 52 neue Einreichungen davor gekuerzt -- JW]",
    RULE,
] + new_entry(K["judge"], "Fri, 9 Jun 2023 17:48:36 GMT", 1181, "cs.CL cs.AI", ", ".join(CAT[K["judge"]]["authors"]),
              "33 pages, 13 figures", JUDGE_ABS) + [
    RULE,
    "[... 38 weitere neue Einreichungen und 44 Cross-Listings gekuerzt -- JW]",
    PCT,
] + replaced(K["bigbench"], "Fri, 9 Jun 2023 11:02:17 GMT", 5377, "cs.CL cs.AI cs.CY cs.LG stat.ML",
             ", ".join(CAT[K["bigbench"]]["authors"][:4]) + " [... 400+ Namen gekuerzt -- JW]",
             "27 pages, 17 figures + references and appendices, repo: https://github.com/google/BIG-bench") + [RULE] + \
    replaced(K["opt"], "Thu, 8 Jun 2023 19:31:44 GMT", 2470, "cs.CL cs.LG",
             ", ".join(CAT[K["opt"]]["authors"][:8]) + " [... gekuerzt -- JW]", "") + [
    RULE,
    "[... 31 weitere Ersetzungen gekuerzt -- JW]",
    PCT,
]


def gmx_line(l):
    """one plain-text line as GMX's HTML: escaped, leading and repeated blanks as &nbsp;"""
    out, prev = [], "\n"
    for ch in l:
        if ch == " " and prev in " \n":
            out.append("&nbsp;")
        else:
            out.append(html.escape(ch, quote=True))
        prev = ch
    return "".join(out)


def de_date(d):
    days = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
    months = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]
    return f"{days[d.weekday()]}, {d.day:02d}. {months[d.month - 1]} {d.year} um {d:%H:%M} Uhr"


arx_local = datetime.datetime.strptime(ARX_DATE, "%a, %d %b %Y %H:%M:%S %z").astimezone(SENT.tzinfo)
note = [
    "Hallo zusammen,",
    None,
    "hier die cs.CL-Liste vom Wochenende, ich habe fast alles rausgeschnitten. Drin sind nur das LLM-as-a-Judge-Paper "
    "(neu, mit Abstract) und zwei Ersetzungen, die wir ohnehin auf dem Plan hatten.",
    None,
    "Vorschlag f&uuml;r Donnerstag, 15.06., 14 Uhr c.t., Raum E.204:",
    "1. " + T(K["judge"]) + " &ndash; Lena stellt vor. Die Chatbot-Arena-Rangliste und der llm_judge-Code in FastChat "
    "sind keine Papers, aber bitte vorher einmal anschauen.",
    "2. BIG-bench (neue Version nach TMLR) &ndash; kurz, nur was sich seit v2 ge&auml;ndert hat.",
    "3. OPT &ndash; Mikail vergleicht die Logbuch-Abschnitte mit dem, was Meta jetzt bei LLaMA schreibt.",
    None,
    "Zum Vergleich bitte LLaMA: Open and Efficient Foundation Language Models mitlesen: "
    f'<a href="https://arxiv.org/abs/{K["llama"]}" target="_blank" rel="nofollow">https://arxiv.org/abs/{K["llama"]}</a>',
    None,
    "F&uuml;r den Juli-Block zur Evaluation (wer mag, tr&auml;gt sich in die Liste im Wiki ein):",
    "- " + T(K["gpt3"]) + f" (arXiv:{K['gpt3']}) &ndash; Abschnitt 3 und die Contamination-Analyse, nicht das ganze Ding",
    "- " + T(K["mmlu"]) + " &ndash; J&ouml;rg",
    "- " + T(K["gato"]) + " &ndash; eher als Exot, wegen der Frage, was &quot;Generalist&quot; bei der Bewertung hei&szlig;t",
    "- " + T(K["dodrio"]) + " &ndash; Anna zeigt das Tool live, falls der Beamer mitspielt",
    None,
    "Viele Gr&uuml;&szlig;e<br/>\r\nJonas",
]
body = ['<html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;">']
for p in note:
    body.append("<div>&nbsp;</div>" if p is None else f"<div>{p}</div>")
    body.append("")
quote_head = (f'<div style="margin:0 0 10.0px 0;"><b>Gesendet:</b>&nbsp;{de_date(arx_local)}<br/>\r\n'
              f'<b>Von:</b>&nbsp;&quot;send mail ONLY to cs&quot; &lt;no-reply@arxiv.org&gt;<br/>\r\n'
              f'<b>An:</b>&nbsp;&quot;cs daily title/abstract distribution&quot; &lt;rabble@arxiv.org&gt;<br/>\r\n'
              f'<b>Betreff:</b>&nbsp;{ARX_SUBJ}</div>')
quoted = "<br/>\r\n".join(gmx_line(l) for l in listing)
body += [
    "<div>&nbsp;",
    "<div>&nbsp;",
    '<div name="quote" style="margin:10.0px 5.0px 5.0px 10.0px; padding: 10.0px 0 10.0px 10.0px; border-left:2.0px '
    'solid #C3D9E5; word-wrap: break-word; -webkit-nbsp-mode: space; -webkit-line-break: after-white-space;">',
    quote_head,
    "",
    f'<div name="quoted-content">{quoted}</div>',
    "</div>",
    "</div>",
    "</div>",
    "</div></body></html>",
]
html_text = "\r\n".join(body)


def qp(s):
    return quopri.encodestring(s.replace("\r\n", "\n").encode("utf-8")).decode("ascii").replace("\n", CRLF)


def qwords(s):
    out = ""
    for ch in s:
        out += "_" if ch == " " else ch if ch.isascii() and ch.isalnum() else "".join(f"={b:02X}" for b in ch.encode())
    return f"=?UTF-8?Q?{out}?="


def addr(name, a):
    return (qwords(name) if not name.isascii() else f'"{name}"') + f" <{a}>"


epoch_ms = int(SENT.timestamp() * 1000)
uuid = "5c1f0b9e-3a7d-4b8e-9d21-7e6f4a2c8b10"
date_hdr = SENT.strftime("%a, %d %b %Y %H:%M:%S %z")
headers = [
    f"Return-Path: <{ME_ADDR}>",
    f"Delivered-To: lena.hoffmann@{UNI}",
    f"Received: from mout.gmx.net (mout.gmx.net [192.0.2.17])\r\n\tby mx1.{UNI} (Postfix) with ESMTPS id 4QfmK25Bn7z9rwX\r\n"
    f"\tfor <lena.hoffmann@{UNI}>; Mon, 12 Jun 2023 08:14:24 +0200 (CEST)",
    "Received: from [198.51.100.23] ([198.51.100.23]) by web-mail.gmx.net\r\n"
    " (3c-app-gmx-bap27.server.lan [172.19.172.97]) (via HTTP); Mon, 12 Jun 2023\r\n 08:14:22 +0200",
    "X-UI-Sender-Class: 2b6f1e0a-8d4c-4f2e-9a57-c3e1d0b7f846",
    "MIME-Version: 1.0",
    f"Message-ID: <trinity-{uuid}-{epoch_ms}@3c-app-gmx-bap27>",
    f"From: {addr(ME, ME_ADDR)}",
    "To: " + ", ".join(addr(n, a) for n, a in TO),
    "Cc: " + ",\r\n ".join(addr(n, a) for n, a in CC),
    f"Subject: {SUBJECT}",
    "Content-Type: text/html; charset=UTF-8",
    f"Date: {date_hdr}",
    "Importance: normal",
    "Sensitivity: Normal",
    "Content-Transfer-Encoding: quoted-printable",
    "X-Priority: 3",
    "X-Provags-ID: V03:K1:q8Zf3Lx0Kc7RrT2mW9dYbH4vN6sJp1aQeU5gC0oXlI3tVwB8kMzE2yFhG7nS\r\n"
    " D4uA9cPjR6iO1xYqL5eT0bW3mK8vZsH2fNgJ7dCrX4pU6lQa==",
    "X-UI-Out-Filterresults: notjunk:1;V03:K0:Hq3Zp8Lm2Xc=;Tn7Vb1Kd9Wq=;Jr5Ys0Fe4Ga=;Mp2Lx6Uc8Ho=",
    "UI-OutboundReport: notjunk:1;M01:P0:aB3dE5gH7jK=;cN9pQ1sT3vX=;yZ5bD7fH9kM=;pR1tV3xZ5cF=",
]
msg = CRLF.join(headers) + CRLF + CRLF + qp(html_text) + CRLF
plain = html.unescape(html_text.replace("<br/>", ""))
write_raw(F, msg.encode("ascii"), [plain, SUBJECT, " ".join(n for n, _ in TO + CC)], keys(F))
