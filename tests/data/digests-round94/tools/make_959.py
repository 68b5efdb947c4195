#!/usr/bin/env python3
"""959: a forward written in Horde IMP (Horde Application Framework 5, English interface) by a Polish PhD student to
her group's reading list, as a member's client saved it (.eml, CRLF): the list server's Received line and Horde's own
`Received: from <ip> ([<ip>]) by <host> (Horde Framework) with HTTPS;`, Date, Message-ID
`<YYYYMMDDHHMMSS.Horde.<23 characters>@host>` from the Date's local time, From with an `=?utf-8?b?…?=` name, To,
Subject `Fwd: …`, User-Agent, `text/plain; charset=utf-8; format=flowed; DelSp=Yes`, MIME-Version,
Content-Disposition inline, 8bit. The body is format=flowed: every line that begins with a blank is space-stuffed, no
line is soft-broken (she pressed Enter), the signature separator `-- `. Her note (Polish) names the papers for the
next sessions; then IMP's inline forward, `----- Forwarded message from … -----` with the header names right-aligned,
the body, `----- End forwarded message -----`: arXiv's cs daily Subj-class mailing (Computation and Language) of 18
July 2023 with one new submission kept (its abstract, the long author list cut by her), the rest cut with a
bracketed note, and two `replaced with revised version` entries. Papers: three mailing entries with their abs URLs,
one arXiv id as text and four titles only in the note. The Llama 2 model card, the llama repository and the Open LLM
Leaderboard are not papers."""
import base64, os, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, write_raw
from make_expected import by_num, keys, GPT2

F = by_num(959)
K = dict(llama2="2307.09288", emergent="2206.07682", minerva="2206.14858", palm="2204.02311",
         instruct="2203.02155", curious="1904.09751", know="2207.05221")
CRLF = "\r\n"
ME, ME_ADDR = "Marta Zielińska", "m.zielinska@cs.politechnika.example.pl"
LIST = "czytelnia-nlp@lists.cs.politechnika.example.pl"
HOST = "webmail.cs.politechnika.example.pl"
ARX_SUBJ = "cs daily Subj-class mailing 7b2e41 2"
SUBJECT = "Fwd: " + ARX_SUBJ + " (Llama 2 + plan spotkań)"
RULE = "-" * 78
PCT = "%%%---" * 13

LLAMA_ABS = ("In this work, we develop and release Llama 2, a collection of pretrained and fine-tuned large language "
             "models (LLMs) ranging in scale from 7 billion to 70 billion parameters. Our fine-tuned LLMs, called "
             "Llama 2-Chat, are optimized for dialogue use cases. Our models outperform open-source chat models on most "
             "benchmarks we tested, and based on our human evaluations for helpfulness and safety, may be a suitable "
             "substitute for closed-source models. We provide a detailed description of our approach to fine-tuning "
             "and safety improvements of Llama 2-Chat in order to enable the community to build on our work and "
             "contribute to the responsible development of LLMs.")


def field(label, value, width=76):
    """an arXiv mailing field, continued on lines indented by two blanks"""
    words, lines, cur = value.split(" "), [], label + ":"
    for w in words:
        if len(cur) + 1 + len(w) > width:
            lines.append(cur); cur = "  " + w
        else:
            cur += " " + w
    return lines + [cur]


def new_entry(aid, when, kb, cats, authors, abstract):
    s = ["\\\\", f"arXiv:{aid}", f"Date: {when}   ({kb}kb,D)", ""]
    s += field("Title", T(aid)) + field("Authors", authors) + [f"Categories: {cats}", "\\\\"]
    s += ["  " + l for l in textwrap.wrap(abstract, 74, break_on_hyphens=False)]
    s.append(f"\\\\ ( https://arxiv.org/abs/{aid} ,  {kb}kb)")
    return s


def replaced(aid, when, kb, cats, comments):
    s = ["\\\\", f"arXiv:{aid}", f"replaced with revised version {when}   ({kb}kb,D)", ""]
    s += field("Title", T(aid)) + field("Authors", ", ".join(CAT[aid]["authors"]))
    s.append(f"Categories: {cats}")
    s += field("Comments", comments)
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
    " received from  Mon 17 Jul 23 18:00:00 GMT  to  Tue 18 Jul 23 18:00:00 GMT",
    RULE, RULE,
    "[... 41 nowych zgłoszeń przed Llamą wycięte -- MZ]",
    RULE,
] + new_entry(K["llama2"], "Tue, 18 Jul 2023 14:31:57 GMT", 12786, "cs.CL cs.AI",
              ", ".join(CAT[K["llama2"]]["authors"]) + ", [... 58 dalszych autorów wycięłam -- MZ]", LLAMA_ABS) + [
    RULE,
    "[... kolejne 63 nowe zgłoszenia i 37 cross-listów wycięte -- MZ]",
    PCT,
] + replaced(K["emergent"], "Mon, 17 Jul 2023 21:04:12 GMT", 1408, "cs.CL",
             "Transactions on Machine Learning Research (TMLR), 2022") + [RULE] + \
    replaced(K["minerva"], "Tue, 18 Jul 2023 09:55:31 GMT", 6172, "cs.CL cs.AI cs.LG",
             "12 pages, 5 figures (+ appendices)") + [
    RULE,
    "[... 29 pozostałych podmian wycięte -- MZ]",
    PCT,
]

note = [
    "Cześć wszystkim,",
    "",
    "przesyłam wczorajszy mailing z cs.CL. Wycięłam prawie wszystko,",
    "zostawiłam Llamę 2 (z abstraktem) i dwie podmienione wersje,",
    "które czytaliśmy zimą.",
    "",
    "Propozycja na czwartek 20.07, sala 142, 14:15:",
    "",
    "1. Llama 2 -- prowadzi Kuba. Model card i repozytorium llama na",
    "   GitHubie to nie są artykuły, ale warto mieć je otwarte przy",
    "   rozdziale o bezpieczeństwie.",
    "2. Emergent Abilities -- wersja po TMLR, Ola porówna z v1.",
    "3. Minerva -- też nowa wersja, krótko, bo to i tak PaLM douczony",
    "   na matematyce.",
    "",
    "Sam PaLM bierze Tomek na sierpień:",
    "\"" + T(K["palm"]) + "\" (arXiv:2204.02311),",
    "ktoś musi w końcu przeczytać rozdział o zapamiętywaniu danych.",
    "",
    "Na wrzesień proponuję powtórkę klasyki, bo mamy nowe osoby:",
    "- \"" + T(GPT2) + "\" (raport OpenAI,",
    "  PDF jest na dysku zespołu w /czytelnia/2019),",
    "- \"" + T(K["instruct"]) + "\",",
    "- \"" + T(K["curious"]) + "\" -- przed dyskusją",
    "  o dekodowaniu w Llamie,",
    "- i może \"" + T(K["know"]) + "\",",
    "  jeśli Adam zdąży.",
    "",
    "Open LLM Leaderboard w tym tygodniu wariuje, więc wyniki Llamy",
    "sprawdzimy na spotkaniu na żywo.",
    "",
    "Pozdrawiam,",
    "Marta",
    "",
    "-- ",
    "Marta Zielińska",
    "Zespół Przetwarzania Języka Naturalnego",
    "Wydział Informatyki, Politechnika (przykładowa)",
    "",
]
fwd_head = [("Date", "Tue, 18 Jul 2023 20:00:14 -0400"), ("From", "send mail ONLY to cs <no-reply@arxiv.org>"),
            ("Reply-To", "cs@arxiv.org"), ("Subject", ARX_SUBJ), ("To", "rabble@arxiv.org")]
wid = max(len(k) for k, _ in fwd_head) + 1
body = note + ["----- Forwarded message from send mail ONLY to cs <no-reply@arxiv.org> -----"] + \
    [f"{k + ':':>{wid}} {v}" for k, v in fwd_head] + [""] + listing + ["", "----- End forwarded message -----", "", ""]


def stuff(line):
    """format=flowed space-stuffing (RFC 3676 4.4)"""
    return " " + line if line.startswith((" ", ">", "From ")) else line


for l in body:
    assert len(stuff(l)) <= 78, l
    assert not l.endswith(" ") or l == "-- ", repr(l)
plain = CRLF.join(stuff(l) for l in body)


def bword(s):
    return "=?utf-8?b?" + base64.b64encode(s.encode("utf-8")).decode("ascii") + "?="


headers = [
    f"Return-Path: <{ME_ADDR}>",
    f"Received: from {HOST} ({HOST} [10.12.0.25])\r\n\tby mx1.cs.politechnika.example.pl (Postfix) with ESMTPS id 4R5Wq02ZkFz9sK1\r\n"
    f"\tfor <{LIST}>; Wed, 19 Jul 2023 09:12:44 +0200 (CEST)",
    f"Received: from 192.0.2.77 ([192.0.2.77]) by {HOST}\r\n (Horde Framework) with HTTPS; Wed, 19 Jul 2023 09:12:43 +0200",
    "Date: Wed, 19 Jul 2023 09:12:43 +0200",
    f"Message-ID: <20230719091243.Horde.kQ3m8Yv1Zp2cXr7TbW4nLaO@{HOST}>",
    f"From: Marta {bword('Zielińska')} <{ME_ADDR}>",
    f"To: {LIST}",
    "Subject: Fwd: " + ARX_SUBJ + " (Llama 2 + plan\r\n " + bword("spotkań)"),
    "User-Agent: Horde Application Framework 5",
    "Content-Type: text/plain; charset=utf-8; format=flowed; DelSp=Yes",
    "MIME-Version: 1.0",
    "Content-Disposition: inline",
    "Content-Transfer-Encoding: 8bit",
]
msg = CRLF.join(headers) + CRLF + CRLF + plain
write_raw(F, msg.encode("utf-8"), ["\n".join(body), ME, SUBJECT], keys(F))
