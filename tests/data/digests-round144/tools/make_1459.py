#!/usr/bin/env python3
"""1459: a forward from the Polish webmail Onet Poczta (CR LF, multipart/alternative, both parts UTF-8 base64, an
RFC 2047 subject) of a digest of the reading-group list `czytelnia-llm` hosted on FreeLists (Ecartis): the digest
banner, `In This Issue:`, six messages between rules, the FreeLists footer and `End of … Digest`. The forwarder's
Polish note is above Onet's forward block (Polish month names). Not papers: Chatbot Arena's leaderboard, the
MT-Bench questions, the Minecraft / MineDojo environment, the llama repository, the Teams meeting, the list archive;
GPT-3, InstructGPT, LLaMA, BIG-bench, Toolformer, Voyager, MT-Bench, RLHF, GPT-1 are names."""
import base64, datetime as dt, hashlib, html, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_raw
from make_expected import F1459, keys, GPT1

LIST = "czytelnia-llm"
PL_M = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
        "października", "listopada", "grudnia"]
CET = dt.timezone(dt.timedelta(hours=1))
sent = dt.datetime(2024, 3, 13, 8, 41, 35, tzinfo=CET)
dig_t = dt.datetime(2024, 3, 12, 23, 58, 4, tzinfo=CET)
MSGS = [
 ("Tomasz Zieliński <t.zielinski@ii.example.edu.pl>", "Lista lektur na marzec", dt.datetime(2024, 3, 12, 9, 14, 2, tzinfo=CET), [
  "Cześć wszystkim,",
  "",
  "propozycja na dwa marcowe spotkania (czwartki, 14:15, sala 3120 + Teams):",
  "",
  f"14.03 - \"{T('2203.02155')}\"",
  "        https://arxiv.org/abs/2203.02155",
  f"        oraz \"{T('2302.13971')}\" (arXiv:2302.13971)",
  f"28.03 - \"{T('2302.04761')}\"",
  "        https://arxiv.org/abs/2302.04761",
  "",
  f"Tło dla nowych osób: \"{T('2005.14165')}\" - rozdziały 2 i 3 wystarczą,",
  "reszta to tabele z wynikami.",
  "",
  "Tomek"]),
 ("Agnieszka Lewandowska <a.lewandowska@ii.example.edu.pl>", "Re: Lista lektur na marzec", dt.datetime(2024, 3, 12, 10, 2, 47, tzinfo=CET), [
  "> 28.03 - \"Toolformer ...\"",
  "",
  "Do Toolformera pasowałby Voyager jako drugi tekst o agentach:",
  f"\"{T('2305.16291')}\"",
  "https://arxiv.org/abs/2305.16291v2",
  "Mają ładne demo w Minecrafcie (MineDojo), można pokazać na początku.",
  "",
  "Agnieszka"]),
 ("Piotr Kaczmarek <piotr.kaczmarek@ii.example.edu.pl>", "Ewaluacja - osobne spotkanie?", dt.datetime(2024, 3, 12, 13, 40, 15, tzinfo=CET), [
  "Może w kwietniu jedno spotkanie tylko o ewaluacji?",
  "",
  f"1) \"{T('2306.05685')}\"",
  "   https://arxiv.org/abs/2306.05685",
  "   (MT-Bench i Chatbot Arena - leaderboard: https://chat.lmsys.org/?leaderboard)",
  f"2) \"{T('2206.04615')}\"",
  "   czyli BIG-bench, 200+ zadań, wystarczy przejrzeć sekcję 3.",
  "",
  "Piotr"]),
 ("Marta Wójcik <marta.wojcik@ii.example.edu.pl>", "Re: Lista lektur na marzec", dt.datetime(2024, 3, 12, 16, 5, 31, tzinfo=CET), [
  "Dla porządku historycznego można dorzucić pierwszy GPT:",
  f"\"{T(GPT1)}\" (Radford i in., 2018).",
  "Na arXivie go nie ma, PDF leży na stronie OpenAI, ale link co chwilę się zmienia,",
  "więc wrzuciłam kopię do naszego folderu na dysku zespołu (Lektury/2024-03).",
  "",
  "Marta"]),
 ("Tomasz Zieliński <t.zielinski@ii.example.edu.pl>", "Re: Ewaluacja - osobne spotkanie?", dt.datetime(2024, 3, 12, 18, 22, 9, tzinfo=CET), [
  "> Może w kwietniu jedno spotkanie tylko o ewaluacji?",
  "",
  "Tak, 11.04. Piotr prowadzi. Wagi modelu LLaMA do części praktycznej są na",
  "serwerze pracowni (/data/modele/llama), repozytorium: https://github.com/facebookresearch/llama",
  "",
  "T."]),
 ("Jan Nowicki <j.nowicki@ii.example.edu.pl>", "Sala 3120 w czwartek zajęta do 14:30", dt.datetime(2024, 3, 12, 21, 37, 55, tzinfo=CET), [
  "Uwaga: 14.03 sala 3120 jest zajęta do 14:30 (obrona), zaczynamy kwadrans później",
  "albo przenosimy się do 2045. Link do Teams bez zmian.",
  "",
  "Jan"]),
]
RULE = "-" * 70
D = [f"{LIST} Digest\t{dig_t:%a, %d %b %Y}\tVolume: 02  Issue: 014", "", "In This Issue:"]
D += ["\t\t" + s for _, s, _, _ in MSGS]
D += ["", RULE, ""]
for who, subj, t, body in MSGS:
    D += [f"From: {who}", f"Subject: {subj}", f"Date: {t:%a, %d %b %Y %H:%M:%S %z}", ""] + body + ["", RULE, ""]
D += [f"FreeLists: {LIST}", f"Archive: https://www.freelists.org/archives/{LIST}",
      f"Options / unsubscribe: https://www.freelists.org/list/{LIST}", "FAQ: https://www.freelists.org/help/faq", "",
      "+" * 70, f"End of {LIST} Digest V2 #14", "*" * (len(f"End of {LIST} Digest V2 #14"))]
NOTE = ["Cześć,", "",
        "przesyłam wczorajszy digest z listy czytelni, bo nie wszyscy są zapisani.",
        "W czwartek omawiamy InstructGPT i LLaMA, zaczynamy 14:30 (patrz ostatnia wiadomość).",
        "Kto nie czytał GPT-3, niech przejrzy chociaż rozdział 2.", "",
        "Pozdrawiam,", "Kasia", ""]
FWD = ["----- Wiadomość przekazana -----",
       f"Od: {LIST}@freelists.org",
       f"Do: {LIST} digest users <{LIST}@freelists.org>",
       f"Data: {dig_t.day} {PL_M[dig_t.month - 1]} {dig_t.year} {dig_t:%H:%M}",
       f"Temat: {LIST} Digest V2 #14", ""]
text = "\r\n".join(NOTE + FWD + D) + "\r\n"


def linkify(line):
    out, pos = [], 0
    for m in re.finditer(r"https?://[^\s\"()]+", line):
        out.append(html.escape(line[pos:m.start()], quote=False))
        u = m.group(0)
        out.append(f'<a href="{html.escape(u)}" target="_blank">{html.escape(u, quote=False)}</a>')
        pos = m.end()
    out.append(html.escape(line[pos:], quote=False))
    return "".join(out).replace("\t", "&nbsp;&nbsp;&nbsp;&nbsp;")


hbody = "<br>\r\n".join(linkify(l) for l in NOTE)
hfwd = "<br>\r\n".join(linkify(l) for l in FWD + D)
htmlp = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>\r\n'
         '<body><div style="font-family: Arial, sans-serif; font-size: 13px;">' + hbody + '</div>\r\n'
         '<div style="font-family: monospace; font-size: 12px;">' + hfwd + '</div>\r\n</body></html>\r\n')


def b64(s):
    e = base64.encodebytes(s.encode("utf-8")).decode("ascii")
    return e.replace("\n", "\r\n")


h = hashlib.sha1(b"round144-1459").hexdigest()
bnd = f"----=_Part_{int(h[:8], 16) % 10**7}_{int(h[8:16], 16) % 10**9}.{int(sent.timestamp() * 1000)}"
def bword(s):
    return "=?UTF-8?B?" + base64.b64encode(s.encode("utf-8")).decode("ascii") + "?="


subj = bword(f"Fwd: {LIST} Digest V2 #14") + "\r\n " + bword(" – lektury na czwartek")
frm = bword("Katarzyna Wiśniewska")
hdr = [
 "Return-Path: <k.wisniewska@onet.pl>",
 "Received: from [192.168.1.23] (unknown [203.0.113.57])",
 f"\tby smtp.poczta.onet.pl (Onet) with ESMTPA id 4Tv{h[16:26].upper()};",
 f"\t{(sent + dt.timedelta(seconds=2)):%a, %d %b %Y %H:%M:%S %z} (CET)",
 f"Date: {sent:%a, %d %b %Y %H:%M:%S %z}",
 f"From: {frm} <k.wisniewska@onet.pl>",
 "To: zespol-nlp@ii.example.edu.pl",
 f"Subject: {subj}",
 f"Message-ID: <{h[26:34]}.{int(h[34:40], 16)}.{int(sent.timestamp())}@onet.pl>",
 "MIME-Version: 1.0",
 "X-Mailer: Onet Poczta",
 "X-Originating-IP: 203.0.113.57",
 'Content-Type: multipart/alternative;',
 f'\tboundary="{bnd}"',
]
raw = "\r\n".join(hdr) + "\r\n\r\n"
raw += "This is a multi-part message in MIME format.\r\n\r\n"
raw += f"--{bnd}\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n" + b64(text) + "\r\n"
raw += f"--{bnd}\r\nContent-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n" + b64(htmlp) + "\r\n"
raw += f"--{bnd}--\r\n"
write_raw(F1459, raw.encode("ascii"), [raw, text, html.unescape(htmlp)], keys(F1459))
