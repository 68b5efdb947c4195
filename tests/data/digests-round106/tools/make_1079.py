#!/usr/bin/env python3
"""1079: a forward written in eM Client 9 (Czech UI) as the recipient's server delivered it and the recipient saved it
(.eml, CRLF): Postfix's Return-Path / X-Original-To / Delivered-To / Received, then eM Client's headers (UTF-8 Q
encoded-words, Date in +0000, an `em<uuid>@<machine>` Message-Id, Reply-To, User-Agent eM_Client/…, a
`------=_MB<GUID>` boundary) and a multipart/alternative: text/plain with format=flowed (long lines broken after a
space, lines starting with a space stuffed with one more), quoted-printable; text/html quoted-printable with eM
Client's `css_styles` block, the note as <div>s, the forward header ("------ Původní zpráva ------", Od / Komu /
Datum / Předmět without colons, Czech date) and the original plain-text mailing in a cite2 blockquote. Tereza (a PhD
student) forwards the arXiv cs.CL daily mailing she trimmed to one new submission and one replacement, each closed by
`\\\\ ( https://arxiv.org/abs/<id> ,  <size>kb)`, and names six more papers in her note (two with arXiv ids).
Not papers: the Llama 2 model card, the google/BIG-bench repository, the room. Nicknames not labelled on their own:
InstructGPT, Llama 2-Chat, GPT-2, BIG-bench, Minerva, RLHF, PPO, nucleus / top-p sampling, P(IK)."""
import html, os, re, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, write_raw
from make_expected import by_num, keys, GPT2

F = by_num(1079)
K = dict(llama="2307.09288", minerva="2206.14858", instruct="2203.02155", palm="2204.02311", nucleus="1904.09751",
         bb="2206.04615", know="2207.05221")
SEP = "-" * 78
BOUND = "------=_MB5F1A2C3D-4E5F-4A6B-8C7D-9E0F1A2B3C4D"
SUBJ = "cs daily Subj-class mailing 100 14"
ABS_LLAMA = ("In this work, we develop and release Llama 2, a collection of pretrained and fine-tuned large language "
             "models (LLMs) ranging in scale from 7 billion to 70 billion parameters. Our fine-tuned LLMs, called "
             "Llama 2-Chat, are optimized for dialogue use cases. Our models outperform open-source chat models on "
             "most benchmarks we tested, and based on our human evaluations for helpfulness and safety, may be a "
             "suitable substitute for closed-source models. We provide a detailed description of our approach to "
             "fine-tuning and safety improvements of Llama 2-Chat in order to enable the community to build on our "
             "work and contribute to the responsible development of LLMs.")


def fill(prefix, text):
    return textwrap.fill(prefix + text, width=80, subsequent_indent="  ", break_on_hyphens=False)


def entry(aid, kind, dateline, size, cats, comments, auth, abstract=None):
    lines = ["\\\\", f"arXiv:{aid}" + (f" (*{kind}*)" if kind else ""), dateline + f"   ({size}kb,D)", "",
             fill("Title: ", T(aid)), fill("Authors: ", auth), f"Categories: {cats}"]
    if comments: lines.append(fill("Comments: ", comments))
    if abstract:
        lines.append("\\\\")
        lines += textwrap.wrap(abstract, width=78, initial_indent="  ", subsequent_indent="", break_on_hyphens=False)
    lines += [f"\\\\ ( https://arxiv.org/abs/{aid} ,  {size}kb)", SEP]
    return "\n".join(lines) + "\n"


la = authors(K["llama"])
listing = (SEP + "\n" + SEP + "\nSend any comments regarding submissions directly to submitter.\n" + SEP +
           "\nArchives at http://arxiv.org/\nTo unsubscribe, e-mail To: cs@arXiv.org, Subject: cancel\n" + SEP +
           "\n Submissions to:\nComputation and Language\n received from  Mon 17 Jul 23 18:00:00 GMT  to  Tue 18 Jul 23 18:00:00 GMT\n"
           + SEP + "\n" + SEP + "\n"
           + entry(K["llama"], None, "Date: Tue, 18 Jul 2023 14:31:57 GMT", 7782, "cs.CL cs.AI", None,
                   ", ".join(la) + " [... a dalších 58 autorů, smazala jsem – T.N.]", ABS_LLAMA)
           + "[... 61 dalších nových příspěvků a všechny cross-listy vynechány ...]\n" + "%%%---" * 13 + "\n" + SEP + "\n"
           + entry(K["minerva"], "replaced", "replaced with revised version Tue, 18 Jul 2023 09:02:11 GMT", 1324,
                   "cs.CL cs.AI cs.LG", "12 pages, 5 figures + references and appendices", ", ".join(authors(K["minerva"])))
           + "[... zbytek náhrad vynechán ...]\n" + "%%--" * 20 + "\n---\n")

note = f"""Ahoj všichni,

posílám dál včerejší mailing z cs.CL, zkrácený – nechala jsem jen to, co se týká našeho čtvrtečního klubu (velké jazykové modely, jejich ladění a vyhodnocení). Hlavní zpráva dne je samozřejmě Llama 2 (první položka níž), váhy jsou ke stažení po registraci u Mety a model card je na Hugging Face. Druhá položka je nová verze článku o Minervě.

Na čtvrtek 27. 7. prosím přečtěte:
1) {T(K['instruct'])} (arXiv:{K['instruct']}) – to je ten „InstructGPT“, bez něj se Llama 2-Chat nedá pochopit (SFT, reward model, PPO).
2) Z Llamy 2 stačí kapitola o RLHF a bezpečnosti, zbytek zběžně.

Na další setkání navrhuju blok o dekódování a kalibraci:
- {T(K['nucleus'])} – odtud je nucleus / top-p sampling,
- {T(K['know'])} – Anthropic, kalibrace a P(IK),
- a jako historický kontext {T(GPT2)} (GPT-2; na arXivu není, jen PDF na webu OpenAI).

Kdo by chtěl dělat vyhodnocení : BIG-bench je popsaný v {T(K['bb'])}, a {T(K['palm'])} (arXiv:{K['palm']}) na něm ukazuje škálování. Repo s úlohami je na GitHubu (google/BIG-bench) – to není článek, jen data a kód.

Místnost A112 jako obvykle, 16:00.

Tereza

--
Mgr. Tereza Nováková
doktorandka, Ústav strojového učení
Fakulta informačních technologií
"""
fwd_hdr = ["------ Původní zpráva ------", 'Od "arXiv" <no-reply@arxiv.org>',
           'Komu "cs daily title/abstract distribution" <rabble@arxiv.org>', "Datum 19.07.2023 2:18:03",
           f"Předmět {SUBJ}"]
logical = note + "\n" + "\n".join(fwd_hdr) + "\n\n" + listing


def flowed(text, width=78):
    out = []
    for line in text.split("\n"):
        if line.startswith((" ", ">", "From ")) :
            line = " " + line
        if line == "-- ":
            out.append(line); continue
        while len(line) > width:
            cut = line.rfind(" ", 0, width)
            if cut <= 0: break
            out.append(line[:cut + 1])
            line = line[cut + 1:]
        out.append(line)
    return "\n".join(out)


def qp(text):
    """quoted-printable as a mail client writes it: =XX for non-ASCII, '=' and trailing white space, soft line
    breaks so that no line (the '=' included) is longer than 76, never inside an =XX"""
    out = []
    for line in text.split("\n"):
        toks = []
        for i, ch in enumerate(line):
            for b in ch.encode("utf-8"):
                c = chr(b)
                last = i == len(line) - 1
                if b > 126 or c == "=" or (c in " \t" and last) or (b < 32 and c != "\t"):
                    toks.append(f"={b:02X}")
                else:
                    toks.append(c)
        cur = ""
        for t in toks:
            if len(cur) + len(t) > 75:
                out.append(cur + "="); cur = ""
            cur += t
        out.append(cur)
    return "\r\n".join(out)


esc = lambda s: html.escape(s, quote=False)
note_divs = "".join(f"<div>{esc(l) if l else '<br />'}</div>" for l in note.rstrip("\n").split("\n"))
hpart = ('<html><head>\n<style id="css_styles">\nblockquote.cite { margin-left: 5px; margin-right: 0px; padding-left: 10px; '
         'padding-right:0px; border-left: 1px solid #cccccc }\nblockquote.cite2 {margin-left: 5px; margin-right: 0px; '
         'padding-left: 10px; padding-right:0px; border-left: 1px solid #cccccc; margin-top: 3px; padding-top: 0px; }\n'
         "a img { border: 0px; }\nli[style='text-align: center;'], li[style='text-align: right;'] {  list-style-position: inside;}\n"
         "body { font-family: Segoe UI; font-size: 12pt;   }\n.quote { margin-left: 1em; margin-right: 1em; border-left: 5px #ebf4ff solid; padding-left: 0.3em; }\n"
         "</style>\n</head>\n<body>" + note_divs + '<div><br /></div><div id="xdc4a8f21"><div>'
         + "</div><div>".join(esc(l) for l in fwd_hdr) + '</div><div><br /></div></div>'
         '<div id="x5e0b7d93"><blockquote type="cite" class="cite2"><div class="plain" style="white-space: pre-wrap; font-family: Consolas, monospace">'
         + esc(listing).replace("\n", "<br />") + "</div></blockquote></div></body></html>")
body = (f"This is a multi-part message in MIME format.\r\n\r\n--{BOUND}\r\nContent-Type: text/plain; format=flowed; charset=utf-8\r\n"
        f"Content-Transfer-Encoding: quoted-printable\r\n\r\n{qp(flowed(logical))}\r\n"
        f"--{BOUND}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n{qp(hpart)}\r\n"
        f"--{BOUND}--\r\n")


def ew(s):
    return "=?utf-8?q?" + "".join(c if c.isascii() and c.isalnum() else ("_" if c == " " else "".join(f"={b:02X}" for b in c.encode())) for c in s) + "?="


headers = f"""Return-Path: <tereza.novakova@fit.example.cz>
X-Original-To: ml-klub@fit.example.cz
Delivered-To: ml-klub@fit.example.cz
Received: from [10.20.1.57] (vpn-57.fit.example.cz [192.0.2.57])
	(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
	 key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
	(No client certificate requested)
	by mail.fit.example.cz (Postfix) with ESMTPSA id 4R5Xk21QZLz1Y8
	for <ml-klub@fit.example.cz>; Wed, 19 Jul 2023 09:12:47 +0200 (CEST)
From: "{ew("Tereza Nováková")}" <tereza.novakova@fit.example.cz>
To: "{ew("ML čtenářský klub")}" <ml-klub@fit.example.cz>
Subject: Fw: {SUBJ}
Date: Wed, 19 Jul 2023 07:12:44 +0000
Message-Id: <em5c1e7a42-9b3d-4f8e-a6c2-3d7b91e0f5a4@desktop-q7k2m9f>
Reply-To: "{ew("Tereza Nováková")}" <tereza.novakova@fit.example.cz>
User-Agent: eM_Client/9.2.1735.0
Mime-Version: 1.0
Content-Type: multipart/alternative;
 boundary="{BOUND}"

"""
data = headers.replace("\n", "\r\n") + body
write_raw(F, data.encode("ascii"), [logical, html.unescape(re.sub(r"<[^>]+>", " ", hpart))], keys(F))
