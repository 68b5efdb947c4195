#!/usr/bin/env python3
"""819: what nmh's `show` prints (mhl with the default mhl.format) for a message that an nmh user forwarded with
`forw`: `(Message inbox:N)`, Date / To / cc, blank, From / Subject, blank, the extra headers, blank, the body; header
names padded to nine columns; body lines wrapped at 80 columns. Inside the body the forwarded arXiv listing is
enclosed by `------- Forwarded Message` / `------- End of Forwarded Message` with RFC 934 byte-stuffing (every line
that begins with `-` gets `- ` in front) and its headers filtered by mhl.forward. The listing (cs daily
Subj-class mailing, cut down to its replacements section by the forwarder) keeps arXiv's layout: `\\\\`,
`arXiv:ID`, `replaced with revised version …   (NNkb)`, Title / Authors wrapped with two-space continuation,
`\\\\ ( https://arxiv.org/abs/ID ,  NNkb)`, `%%--%%` section rules. A Dutch reading club on LLM scaling and
quantisation."""
import os, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, au, write_only
from make_expected import by_num, keys

F = by_num(819)
RULE = "-" * 78


def wrap(field, value, width=79):
    return "\n".join(textwrap.wrap(f"{field}: {value}", width=width, subsequent_indent="  ", break_long_words=False, break_on_hyphens=False))


def entry(aid, date, kb, cats, comments=None, flag="D"):
    e = CAT[aid]
    out = [RULE, "\\\\", f"arXiv:{aid}", f"replaced with revised version {date}   ({kb}kb,{flag})", "",
           wrap("Title", e["title"]), wrap("Authors", ", ".join(e["authors"][:10]) + (" et al" if len(e["authors"]) > 10 else "")),
           f"Categories: {cats}"]
    if comments: out.append(wrap("Comments", comments))
    out.append(f"\\\\ ( https://arxiv.org/abs/{aid} ,  {kb}kb)")
    return "\n".join(out)


listing = "\n".join([
    RULE, RULE,
    "Send any comments regarding submissions directly to submitter.",
    RULE,
    "Archives at http://arxiv.org/",
    "To unsubscribe, e-mail To: cs@arXiv.org, Subject: cancel",
    RULE,
    " Submissions to:",
    "Computation and Language",
    "Machine Learning",
    " received from  Fri  1 Mar 24 19:00:00 GMT  to  Mon  4 Mar 24 19:00:00 GMT",
    RULE,
    "",
    "[... 412 nieuwe inzendingen en 157 cross-lists weggeknipt; alleen de",
    "vervangingen van papers die op onze lijst staan heb ik laten staan -- JvL]",
    "",
    "%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--",
    entry("2210.17323", "Fri, 1 Mar 2024 17:12:05 GMT", 1208, "cs.LG", "ICLR 2023 camera-ready; code available"),
    entry("2208.07339", "Sat, 2 Mar 2024 09:47:31 GMT", 1934, "cs.LG cs.AI", "Published at NeurIPS 2022. Camera-ready version"),
    entry("2207.05221", "Sat, 2 Mar 2024 22:05:18 GMT", 3021, "cs.CL cs.AI cs.LG", "23+17 pages; refs added"),
    entry("2307.09288", "Mon, 4 Mar 2024 11:30:42 GMT", 13675, "cs.CL cs.AI", None),
    RULE,
    "%%%---%%%---%%%---%%%---%%%---%%%---%%%---%%%---%%%---%%%---%%%---%%%---%%%---",
    "",
])


def stuff(s):
    return "\n".join(("- " + l) if l.startswith("-") else l for l in s.split("\n"))


intro = f"""Hoi allemaal,

Hieronder de arXiv-mailing van gisteravond, flink ingekort. Vier papers van
onze lijst zijn deze week vervangen door een nieuwe versie; de twee
kwantisatiepapers hebben vooral de camera-ready tekst, bij het paper over de
open chatmodellen is de appendix over veiligheid uitgebreid. Wie donderdag
presenteert: pak de nieuwste versie (v3 of hoger), anders kloppen de
tabelnummers niet.

Programma voor de komende weken (zaal 2.14, donderdag 16:00-17:30):

  7 maart   {T('2204.02311')}
            (arXiv:2204.02311) -- Femke leidt; alleen secties 1-6, de
            rest van de 80 pagina's is naslag.
 14 maart   {T('1710.03740')}
            ({au('1710.03740', 2)}, ICLR 2018)
            -- als achtergrond bij de kwantisatiepapers hierboven. PDF
            staat op de gedeelde schijf.
 21 maart   {T('2203.02155')}
            ({au('2203.02155', 2)}) -- samen met het paper
            over de open chatmodellen, het stuk over RLHF.
 28 maart   {T('2206.14858')}
            ({au('2206.14858', 2)}) -- Sander.

Het notebook met de kwantisatie-experimenten (bitsandbytes en een eigen
kwantisatiescript op de A100 in de kelder) staat in onze GitLab-groep,
repository `leesclub/kwant-demo`. Dat is software, geen paper, dus niet meer
dan een half uurtje aan besteden.

Groet,
Joost

------- Forwarded Message

Date:    Mon, 04 Mar 2024 20:03:41 -0500
From:    send mail ONLY to cs <no-reply@arxiv.org>
To:      cs daily title/abstract distribution <rabble@arXiv.org>
Subject: cs daily Subj-class mailing 24030401 1

"""
body = intro + stuff(listing) + "\n------- End of Forwarded Message\n\n-- \nJoost van Leeuwen | Leesclub LLM | Faculteit Informatica, Hogeschool Lingewaard\nkamer 2.09 | +31 (0)26 555 0142 | https://leesclub.example.nl/\n"

head = """(Message inbox:214)
Date:    Tue, 05 Mar 2024 09:42:17 +0100
To:      leesclub-llm@lists.example.nl
cc:      Femke de Bruijn <f.debruijn@example.nl>,
         Sander Kuipers <s.kuipers@example.nl>

From:    Joost van Leeuwen <j.vanleeuwen@example.nl>
Subject: [leesclub-llm] Fwd: cs daily Subj-class mailing 24030401 1

Return-Path: <leesclub-llm-bounces@lists.example.nl>
Delivered-To: m.dekker@example.nl
Reply-To: leesclub-llm@lists.example.nl
MIME-Version: 1.0
X-Mailer: nmh 1.8
Organization: Hogeschool Lingewaard, Faculteit Informatica
List-Id: Leesclub LLM <leesclub-llm.lists.example.nl>
List-Unsubscribe: <https://lists.example.nl/mailman/options/leesclub-llm>,
         <mailto:leesclub-llm-request@lists.example.nl?subject=unsubscribe>
List-Archive: <https://lists.example.nl/pipermail/leesclub-llm/>
Precedence: list

"""
text = head + body
write_only(F, text, keys(F))
