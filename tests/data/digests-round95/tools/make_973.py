#!/usr/bin/env python3
"""973: an IMAP session typed by hand through `openssl s_client -connect …:993 -crlf -quiet` and copied from the
terminal of a Russian lab member (LF line ends in the copy; the server sent CRLF): the certificate-chain lines,
Dovecot's greeting and CAPABILITY, LOGIN (password blanked by hand), LIST with a Cyrillic folder in modified UTF-7,
SELECT (FLAGS, PERMANENTFLAGS, EXISTS, RECENT, UNSEEN, UIDVALIDITY, UIDNEXT, HIGHESTMODSEQ, READ-WRITE), FETCH of
DATE / FROM / SUBJECT header fields (RFC 2047 B-encoded names and subjects, folded) as literals `{n}` whose n counts
the octets as sent (CRLF), BODYSTRUCTURE of a Gmail multipart/alternative message, BODY[1] of its quoted-printable
text part (the closing parenthesis right after the part's last octet), BODY[TEXT] of a Thunderbird format=flowed reply
and of a plain 8bit message (setting \\Seen), STORE -FLAGS, LOGOUT with BYE, Dovecot's `(0.001 + 0.000 secs)` timings.
The lm-evaluation-harness and metaseq repositories are not papers."""
import base64, email.utils, os, quopri, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys

F = by_num(973)
K = dict(llama="2302.13971", opt="2205.01068", judge="2306.05685", lost="2307.03172", react="2210.03629", mmlu="2009.03300",
         textbooks="2306.11644", adv="2307.15043")


def mutf7(s):
    out, buf = [], ""
    def flush():
        nonlocal buf
        if buf:
            out.append("&" + base64.b64encode(buf.encode("utf-16-be")).decode().rstrip("=").replace("/", ",") + "-")
            buf = ""
    for ch in s:
        if 0x20 <= ord(ch) <= 0x7e:
            flush(); out.append("&-" if ch == "&" else ch)
        else:
            buf += ch
    flush()
    return "".join(out)


def ew(text, prefix_len):
    """RFC 2047 B-encoded words of at most 75 characters, folded with CRLF + one blank (here LF + blank)"""
    b, words, cur = text.encode(), [], b""
    for ch in text:
        e = ch.encode()
        if len(base64.b64encode(cur + e)) > 75 - 12:
            words.append(cur); cur = b""
        cur += e
    words.append(cur)
    return "\n ".join("=?UTF-8?B?" + base64.b64encode(w).decode() + "?=" for w in words)


def addr(name, a):
    return (ew(name, 6) if any(ord(c) > 127 for c in name) else name) + f" <{a}>"


def octets(s):
    return len(s.replace("\n", "\r\n").encode())


FOLDER = mutf7("Читалка")
MSGS = [  # seq, uid, flags, date, from, subject
    (1, 22, r"\Seen", "Mon, 26 Feb 2024 10:04:51 +0700", ("Анна Белова", "a.belova@ipm-lab.example"), "Семинар 5 марта: LLaMA и OPT — кто докладывает?"),
    (2, 25, r"\Answered \Seen", "Mon, 26 Feb 2024 11:37:02 +0700", ("Сергей Ким", "s.kim@ipm-lab.example"), "Re: Семинар 5 марта: LLaMA и OPT — кто докладывает?"),
    (3, 27, r"\Seen", "Wed, 6 Mar 2024 09:12:40 +0100", ("Marco Bellini", "marco.bellini@gmail.example"), "papers for the eval session"),
    (4, 29, "", "Mon, 11 Mar 2024 18:45:13 +0700", ("Ольга Лебедева", "o.lebedeva@ipm-lab.example"), "Список на апрель: оценка LLM (черновик)"),
    (5, 30, "", "Tue, 12 Mar 2024 08:00:01 +0700", ("Семинар ИПМ", "seminar-noreply@ipm-lab.example"), "[ipm-seminar] Напоминание: семинар 12.03, ауд. 312"),
]

out = ["d.orlov@nb-orlov:~$ openssl s_client -connect mail.ipm-lab.example:993 -crlf -quiet",
       "depth=2 C = US, O = Internet Security Research Group, CN = ISRG Root X1", "verify return:1",
       "depth=1 C = US, O = Let's Encrypt, CN = R3", "verify return:1",
       "depth=0 CN = mail.ipm-lab.example", "verify return:1",
       "* OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ AUTH=PLAIN] Dovecot (Debian) ready.",
       "a1 LOGIN d.orlov ********",
       "a1 OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE SORT SORT=DISPLAY THREAD=REFERENCES THREAD=REFS "
       "THREAD=ORDEREDSUBJECT MULTIAPPEND URL-PARTIAL CATENATE UNSELECT CHILDREN NAMESPACE UIDPLUS LIST-EXTENDED I18NLEVEL=1 "
       "CONDSTORE QRESYNC ESEARCH ESORT SEARCHRES WITHIN CONTEXT=SEARCH LIST-STATUS BINARY MOVE SNIPPET=FUZZY PREVIEW=FUZZY "
       "PREVIEW STATUS=SIZE SAVEDATE LITERAL+ NOTIFY SPECIAL-USE] Logged in",
       'a2 LIST "" "*"',
       r'* LIST (\HasNoChildren) "." INBOX',
       r'* LIST (\HasNoChildren \Drafts) "." Drafts',
       r'* LIST (\HasNoChildren \Sent) "." Sent',
       r'* LIST (\HasNoChildren \Trash) "." Trash',
       rf'* LIST (\HasNoChildren \Junk) "." Junk',
       rf'* LIST (\HasChildren) "." {FOLDER}',
       rf'* LIST (\HasNoChildren) "." {FOLDER}.{mutf7("Архив")}',
       "a2 OK List completed (0.001 + 0.000 secs).",
       f"a3 SELECT {FOLDER}",
       r"* FLAGS (\Answered \Flagged \Deleted \Seen \Draft $Forwarded)",
       r"* OK [PERMANENTFLAGS (\Answered \Flagged \Deleted \Seen \Draft $Forwarded \*)] Flags permitted.",
       "* 5 EXISTS", "* 0 RECENT", "* OK [UNSEEN 4] First unseen.", "* OK [UIDVALIDITY 1704812633] UIDs valid",
       "* OK [UIDNEXT 31] Predicted next UID", "* OK [HIGHESTMODSEQ 97] Highest",
       "a3 OK [READ-WRITE] Select completed (0.002 + 0.000 + 0.001 secs).",
       "a4 FETCH 1:5 (UID FLAGS BODY.PEEK[HEADER.FIELDS (DATE FROM SUBJECT)])"]
for seq, uid_, flags, date, (name, a), subj in MSGS:
    hdr = f"Date: {date}\nFrom: {addr(name, a)}\nSubject: {ew(subj, 9) if any(ord(c) > 127 for c in subj) else subj}\n\n"
    out.append(f"* {seq} FETCH (UID {uid_} FLAGS ({flags}) BODY[HEADER.FIELDS (DATE FROM SUBJECT)] {{{octets(hdr)}}}")
    out.append(hdr + ")")
out.append("a4 OK Fetch completed (0.003 + 0.000 + 0.002 secs).")

# message 2: Thunderbird, format=flowed (soft breaks end in a blank), 8bit
reply = f"""Аня, привет!

Я возьму первую часть. Ссылки, чтобы не искать:

1. {T(K['llama'])}
    https://arxiv.org/abs/2302.13971
2. {T(K['opt'])} (arXiv:2205.01068) — 
его пусть расскажет Ольга, если успеет.

Логбук обучения OPT-175B (chronicles) тоже интересно полистать, но это не 
статья, а дневник в их репозитории metaseq: 
https://github.com/facebookresearch/metaseq/tree/main/projects/OPT/chronicles

Слайды скину в понедельник.

-- 
Сергей Ким
лаборатория обработки текстов

26.02.2024 10:04, Анна Белова пишет:
> Коллеги, 5 марта разбираем открытые LLM: LLaMA и OPT. Кто какую статью 
> берёт? Нужны двое докладчиков, по 25 минут.
> 
> Аня
"""
out.append("a5 FETCH 2 BODY[TEXT]")
out.append(f"* 2 FETCH (BODY[TEXT] {{{octets(reply)}}}")
out.append(reply + ")")
out.append("a5 OK Fetch completed (0.001 + 0.000 secs).")

# message 3: Gmail multipart/alternative, part 1 quoted-printable
plain = f"""Hi Dmitry,

as promised after Tuesday's seminar, here are the papers I mentioned for the evaluation session:

- {T(K['judge'])}
  https://arxiv.org/abs/2306.05685
- {T(K['lost'])}
  https://arxiv.org/pdf/2307.03172
- {T(K['adv'])}
  (Zou et al. — the red-teaming one we argued about; I can't find my annotated copy, but the title should be enough)

The MT-Bench questions are in the FastChat repo if you want to try them on your Russian models.

Cheers,
Marco
"""
qp = quopri.encodestring(plain.replace("\n", "\r\n").encode()).decode().replace("\r\n", "\n").rstrip("\n")
n1, lines1 = octets(qp), qp.count("\n") + 1
html_size, html_lines = 1384, 27
out.append("a6 FETCH 3 (BODYSTRUCTURE)")
out.append(f'* 3 FETCH (BODYSTRUCTURE (("text" "plain" ("charset" "UTF-8") NIL NIL "quoted-printable" {n1} {lines1} NIL NIL NIL NIL)'
           f'("text" "html" ("charset" "UTF-8") NIL NIL "quoted-printable" {html_size} {html_lines} NIL NIL NIL NIL) "alternative" '
           f'("boundary" "0000000000004b7e2c0612f0a93d") NIL NIL NIL))')
out.append("a6 OK Fetch completed (0.001 + 0.000 secs).")
out.append("a7 FETCH 3 BODY[1]")
out.append(f"* 3 FETCH (BODY[1] {{{n1}}}")
out.append(qp + ")")
out.append("a7 OK Fetch completed (0.001 + 0.000 secs).")

# message 4: plain 8bit; fetching BODY[TEXT] sets \Seen
olga = f"""Всем привет!

Предлагаю на апрель блок про оценку LLM. Черновой список (порядок обсуждаем):

* {T(K['mmlu'])} — классика, тот самый MMLU;
  посмотреть, как именно считают 5-shot и откуда разброс в чужих таблицах.
* {T(K['react'])}
  https://openreview.net/forum?id=WE_vluYUL-X (там же отзывы рецензентов ICLR, полезно почитать)
* {T(K['textbooks'])} — про качество данных; спорная, но для дискуссии самое то.
* Марко прислал ещё три (LLM-as-a-judge, «lost in the middle» и атаки на выровненные модели), их Дима перешлёт.

Не статьи, но пригодятся для практической части:
- https://github.com/EleutherAI/lm-evaluation-harness
- наш внутренний бенчмарк на русском: /srv/shared/eval/ru-mmlu-v2 (спросить доступ у Сергея)

Ольга
"""
out.append("a8 FETCH 4 BODY[TEXT]")
out.append(f"* 4 FETCH (FLAGS (\\Seen) BODY[TEXT] {{{octets(olga)}}}")
out.append(olga + ")")
out.append("a8 OK Fetch completed (0.002 + 0.000 + 0.001 secs).")
out += ["a9 STORE 4 -FLAGS (\\Seen)", "* 4 FETCH (FLAGS ())", "a9 OK Store completed (0.001 + 0.000 secs).",
        "a10 LOGOUT", "* BYE Logging out", "a10 OK Logout completed (0.001 + 0.000 secs).",
        "d.orlov@nb-orlov:~$ "]
write_only(F, "\n".join(out) + "\n", keys(F), forms=[quopri.decodestring(qp.replace("\n", "\r\n").encode()).decode()])
