#!/usr/bin/env python3
"""1019: an inline forward written in Claws Mail (English UI, Turkish locale) by a research assistant to his lab's
agents reading group, as the recipients' Postfix stored it (.eml, CRLF): the server's Return-Path / Delivered-To /
two Received lines, then Claws Mail's header block in its order (Date, From, To, Cc, Subject, Message-ID
`<YYYYMMDDhhmmss.8hex@domain>` from the local send time, X-Mailer `Claws Mail 4.1.1 (GTK 3.24.38;
x86_64-pc-linux-gnu)`, MIME-Version, Content-Type, Content-Transfer-Encoding). Claws's "automatic" outgoing charset for
a Turkish locale is ISO-8859-9, its transfer encoding for such text quoted-printable: the body's Turkish letters are
`=FD` `=F0` `=FE` …, lines longer than 76 are cut by soft breaks (`=` at the end) — also inside titles and URLs —, and
header words are Q-encoded (`=?ISO-8859-9?Q?…?=`). Subject `Fw: ` + the forwarded subject (Claws's prefix). The body:
the note, wrapped at 72; Claws's forward template ("Begin forwarded message:", Date / From / To / Subject, two blank
lines) around arXiv's cs daily Subj-class mailing (Artificial Intelligence and Computation and Language, window 17–18
October 2023) cut down to one new submission with its abstract and two replacements, the cuts marked `[... … -- EY]`;
the signature after `-- ` (QP `--=20`). The university, people and ids are invented; the listing's replacement dates
and sizes are invented.

Papers: three mailing trailers (links), one OpenReview forum URL in the note (link), one `arXiv:ID` in the note
(arxiv-text), three titles only in the note (two wrapped across lines). Not papers: the Self-RAG and Voyager
repositories, the LangChain documentation; nicknames (Gato, Trajectory Transformer, Generative Agents, RAG) are not
labelled alone."""
import datetime, email.quoprimime, os, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, write_raw
from make_expected import by_num, keys

F = by_num(1019)
K = dict(selfrag="2310.11511", reflexion="2303.11366", genagents="2304.03442", swe="2310.06770", voyager="2305.16291",
         toolformer="2302.04761", gato="2205.06175", tt="2106.02039")
CRLF = "\r\n"
TR = datetime.timezone(datetime.timedelta(hours=3))
SENT = datetime.datetime(2023, 10, 19, 9, 14, 52, tzinfo=TR)
ARX_SENT = datetime.datetime(2023, 10, 18, 20, 0, 3, tzinfo=datetime.timezone(datetime.timedelta(hours=-4)))
DOM = "ceng.kbtu.example.edu.tr"
ME, ME_ADDR = "Emre Yıldız", f"emre.yildiz@{DOM}"
TO = f"ajan-okuma@{DOM}"
CC = ("Zeynep Kaya", f"zeynep.kaya@{DOM}")
ARX_SUBJ = "cs daily Subj-class mailing 400 1"
RULE = "-" * 78
PCT = "%%%---" * 13
SELFRAG_ABS = (
    "Despite their remarkable capabilities, large language models (LLMs) often produce responses containing factual "
    "inaccuracies due to their sole reliance on the parametric knowledge they encapsulate. Retrieval-Augmented "
    "Generation (RAG), an ad hoc approach that augments LMs with retrieval of relevant knowledge, decreases such "
    "issues. However, indiscriminately retrieving and incorporating a fixed number of retrieved passages, regardless "
    "of whether retrieval is necessary, or passages are relevant, diminishes LM versatility or can lead to unhelpful "
    "response generation. We introduce a new framework called Self-Reflective Retrieval-Augmented Generation "
    "(Self-RAG) that enhances an LM's quality and factuality through retrieval and self-reflection. Our framework "
    "trains a single arbitrary LM that adaptively retrieves passages on-demand, and generates and reflects on "
    "retrieved passages and its own generations using special tokens, called reflection tokens. Generating "
    "reflection tokens makes the LM controllable during the inference phase, enabling it to tailor its behavior to "
    "diverse task requirements. Experiments show that Self-RAG (7B and 13B parameters) significantly outperforms "
    "state-of-the-art LLMs and retrieval-augmented models on a diverse set of tasks. Specifically, Self-RAG "
    "outperforms ChatGPT and retrieval-augmented Llama2-chat on Open-domain QA, reasoning and fact verification "
    "tasks, and it shows significant gains in improving factuality and citation accuracy for long-form generations "
    "relative to these models.")


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


def tex(name):
    return name.replace("ı", "{\\i}")


listing = [
    RULE, RULE,
    "Send any comments regarding submissions directly to submitter.",
    RULE,
    "Archives at http://arxiv.org/",
    "To unsubscribe, e-mail To: cs@arXiv.org, Subject: cancel",
    RULE,
    " Submissions to:",
    "Artificial Intelligence",
    "Computation and Language",
    " received from  Tue 17 Oct 23 18:00:00 GMT  to  Wed 18 Oct 23 18:00:00 GMT",
    RULE, RULE,
    "[... ilk 112 yeni gönderimi sildim -- EY]",
    RULE,
] + new_entry(K["selfrag"], "Tue, 17 Oct 2023 18:22:11 GMT", 1417, "cs.CL cs.AI cs.LG",
              ", ".join(CAT[K["selfrag"]]["authors"]), "30 pages, 2 figures, 12 tables", SELFRAG_ABS) + [
    RULE,
    "[... kalan 88 yeni gönderim ve 141 cross-list silindi -- EY]",
    PCT,
] + replaced(K["genagents"], "Wed, 18 Oct 2023 03:41:09 GMT", 11207, "cs.HC cs.AI cs.LG",
             ", ".join(CAT[K["genagents"]]["authors"]), "") + [
    RULE,
    "[... 23 değişiklik silindi -- EY]",
    RULE,
] + replaced(K["reflexion"], "Wed, 18 Oct 2023 16:05:37 GMT", 2113, "cs.AI cs.CL cs.LG",
             ", ".join(CAT[K["reflexion"]]["authors"]), "v4 contains a few additional experiments") + [
    RULE,
    "[... son 51 değişiklik silindi -- EY]",
    PCT,
]
for l in listing:
    assert len(l) <= 79, l


def wrap(p, indent=""):
    return textwrap.wrap(p, 72, break_on_hyphens=False, break_long_words=False, subsequent_indent=indent) or [""]


note_pars = [
    "Merhaba arkadaşlar,",
    None,
    "Dünkü cs listesinden bizim grubu ilgilendirenleri bıraktım, gerisini sildim (kestiğim yerler köşeli "
    "parantezle işaretli).",
    None,
    "Perşembe (19 Ekim, 15:30, B-204 ve Meet) için önerim:",
    None,
    "1. Self-RAG yeni çıkmış, listedeki tek yeni gönderim bu. Model getirmenin (retrieval) ne zaman gerektiğine "
    "kendisi karar veriyor ve \"reflection token\"larla hem getirdiği pasajları hem kendi çıktısını eleştiriyor.",
    "2. Reflexion'ın yeni sürümü gelmiş, başlığı da değişmiş; eski başlıkla kaydettiyseniz Zotero'da güncelleyin.",
    "3. Generative Agents'ın son sürümü de listede (Smallville simülasyonu, hafıza akışı + yansıtma + planlama).",
    None,
    "Listede olmayanlar:",
    f"- Geçen hafta konuştuğumuz {T(K['swe'])} ICLR'a gönderilmiş, değerlendirmeler açılınca bakarız: "
    "https://openreview.net/forum?id=VTF8yNQM66",
    f"- {T(K['voyager'])} (arXiv:{K['voyager']}) hâlâ Minecraft'ta en iyi örnek, Mert sunmak istiyordu.",
    f"- Arka plan için: {T(K['toolformer'])}; {T(K['gato'])} (Gato); RL tarafı için de {T(K['tt'])} (Trajectory "
    "Transformer). Bunları okumayan varsa önce bunlar.",
    None,
    "Kod: Self-RAG'ın deposu github.com/AkariAsai/self-rag, Voyager'ınki github.com/MineDojo/Voyager. LangChain "
    "belgelerindeki agent bölümü de fena değil ama makale değil.",
    None,
    "Emre",
]
note = []
for p in note_pars:
    if p is None:
        note.append("")
    else:
        note += wrap(p, "   " if p[:2] in ("1.", "2.", "3.") else "  " if p.startswith("- ") else "")

arx_date = ARX_SENT.strftime("%a, %d %b %Y %H:%M:%S %z")
body = note + [
    "",
    "Begin forwarded message:",
    "",
    f"Date: {arx_date}",
    "From: send mail ONLY to cs <no-reply@arxiv.org>",
    "To: cs daily title/abstract distribution <rabble@arxiv.org>",
    f"Subject: {ARX_SUBJ}",
    "",
    "",
] + listing + [
    "",
    "",
    "-- ",
    ME,
    "Araştırma Görevlisi, Bilgisayar Mühendisliği Bölümü",
    "Kuzeybatı Teknik Üniversitesi",
    "",
]
body_text = "\n".join(body)
for l in note:
    assert len(l) <= 72 or " " not in l.strip(), l


def qp(text):
    """Claws's quoted-printable body: ISO-8859-9 bytes, soft breaks at 76, CRLF"""
    return email.quoprimime.body_encode(text.encode("iso8859_9").decode("latin-1"), maxlinelen=76, eol=CRLF)


def qword(s):
    enc = "".join(c if c.isascii() and c.isalnum() else "_" if c == " " else "".join(f"={b:02X}" for b in c.encode("iso8859_9"))
                  for c in s)
    return f"=?ISO-8859-9?Q?{enc}?="


def addr(name, a):
    parts = [w if w.isascii() else qword(w) for w in name.split(" ")]
    return " ".join(parts) + f" <{a}>"


date_hdr = SENT.strftime("%a, %d %b %Y %H:%M:%S %z")
msgid = f"<{SENT:%Y%m%d%H%M%S}.1e6b5f0a@{DOM}>"
headers = [
    f"Return-Path: <{ME_ADDR}>",
    f"Delivered-To: zeynep.kaya@{DOM}",
    f"Received: from mail.{DOM} (localhost [127.0.0.1])\r\n\tby mail.{DOM} (Postfix) with ESMTP id 4S9xQk0bT3z9sWd\r\n"
    f"\tfor <zeynep.kaya@{DOM}>; Thu, 19 Oct 2023 09:14:54 +0300 (+03)",
    f"Received: from kuzgun (unknown [192.0.2.77])\r\n\t(Authenticated sender: emre.yildiz)\r\n"
    f"\tby mail.{DOM} (Postfix) with ESMTPSA id 4S9xQj6Wq8z9sWb;\r\n\tThu, 19 Oct 2023 09:14:53 +0300 (+03)",
    f"Date: {date_hdr}",
    f"From: {addr(ME, ME_ADDR)}",
    f"To: {TO}",
    f"Cc: {addr(*CC)}",
    f"Subject: Fw: {ARX_SUBJ}",
    f"Message-ID: {msgid}",
    "X-Mailer: Claws Mail 4.1.1 (GTK 3.24.38; x86_64-pc-linux-gnu)",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=ISO-8859-9",
    "Content-Transfer-Encoding: quoted-printable",
]
msg = CRLF.join(headers) + CRLF + CRLF + qp(body_text)
if not msg.endswith(CRLF):
    msg += CRLF
data = msg.encode("ascii")
write_raw(F, data, [msg, body_text], keys(F))
