#!/usr/bin/env python3
"""1039: an arXiv daily mailing forwarded from Zoho Mail (web, Indian data centre) by a Tamil NLP researcher to her lab's
evaluation reading group, as the recipient saved it (.eml, CRLF). Zoho's header block: Delivered-To, one Received
line of the Zoho MX with its SMTP id, a relaxed/relaxed DKIM-Signature whose `h=` oversigns Date / From / To /
Message-Id / Subject and whose `bh=` is the body hash (computed), Date, From, To, Cc, Message-Id
`<hex(epoch ms).hex.decimal@domain>`, Subject `Fwd: ` + the forwarded subject, MIME-Version, a JavaMail boundary
`----=_Part_…_….<epoch ms>`, Importance, User-Agent and X-Mailer `Zoho Mail`. multipart/alternative: text/plain and
text/html, both UTF-8 quoted-printable (soft breaks at 76, also inside Tamil letters' byte escapes and titles). The
note in Tamil, Zoho's forward block `============ Forwarded message ============` / From / To / Date (in +0530) /
Subject / the same rule again, then arXiv's cs daily Subj-class mailing (Computation and Language, window 8–9 June
2023) cut down to one new submission with its abstract and one replacement, the cuts marked `[... -- கவிதா]`. The HTML
part is Zoho's (`<body >`, Verdana 10pt div, one div per line, `zmail_extra_hr` / `zmail_extra`), the listing in a
`<pre>`. The FastChat repository is not a paper; "MT-Bench", "Chatbot Arena", "BIG-bench", "MMLU", "GPT-1", "GPT-3"
are nicknames."""
import base64, datetime, hashlib, html, os, re, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, write_raw
from make_expected import by_num, keys, GPT1

F = by_num(1039)
K = dict(judge="2306.05685", bigbench="2206.04615", mmlu="2009.03300", scaling="2001.08361", llama="2302.13971",
         gpt3="2005.14165", opt="2205.01068")
CRLF = "\r\n"
IST = datetime.timezone(datetime.timedelta(hours=5, minutes=30))
SENT = datetime.datetime(2023, 6, 12, 11, 42, 7, 119000, tzinfo=IST)
ARX_SENT = datetime.datetime(2023, 6, 11, 20, 27, 3, tzinfo=datetime.timezone(datetime.timedelta(hours=-4)))
DOM = "nlp-lab.example.in"
ARX_SUBJ = "cs daily Subj-class mailing 400 1"
RULE = "-" * 78
PCT = "%%--" * 19 + "%%"
ZRULE = "============ Forwarded message ============"


def field(label, value, width=76):
    """an arXiv mailing field, continued on lines indented by two blanks (round94's, as round100 kept it)"""
    words, lines, cur = value.split(" "), [], label + ":"
    for w in words:
        if len(cur) + 1 + len(w) > width:
            lines.append(cur); cur = "  " + w
        else:
            cur += " " + w
    return lines + [cur]


judge_authors = ", ".join(CAT[K["judge"]]["authors"])
JUDGE_ABS = (  # the v1 abstract, as remembered (the catalogue keeps a one-line summary only)
    "Evaluating large language model (LLM) based chat assistants is challenging due to their broad capabilities and "
    "the inadequacy of existing benchmarks in measuring human preferences. To address this, we explore using strong "
    "LLMs as judges to evaluate these models on more open-ended questions. We examine the usage and limitations of "
    "LLM-as-a-judge, including position, verbosity, and self-enhancement biases, as well as limited reasoning "
    "ability, and propose solutions to mitigate some of them. We then verify the agreement between LLM judges and "
    "human preferences by introducing two benchmarks: MT-bench, a multi-turn question set; and Chatbot Arena, a "
    "crowdsourced battle platform. Our results reveal that strong LLM judges like GPT-4 can match both controlled "
    "and crowdsourced human preferences well, achieving over 80% agreement, the same level of agreement between "
    "humans. Hence, LLM-as-a-judge is a scalable and explainable way to approximate human preferences, which are "
    "otherwise very expensive to obtain. Additionally, we show our benchmark and traditional benchmarks complement "
    "each other by evaluating several variants of LLaMA and Vicuna. We will publicly release MT-bench questions, 3K "
    "expert votes, and 30K conversations with human preferences.")
bb_authors = ", ".join(CAT[K["bigbench"]]["authors"])
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
    "[... முதல் 61 புதிய பதிவுகள் நீக்கப்பட்டன -- கவிதா]",
    RULE,
    "\\\\", f"arXiv:{K['judge']}", "Date: Fri, 9 Jun 2023 17:36:48 GMT   (4178kb,D)", "",
] + field("Title", T(K["judge"])) + field("Authors", judge_authors) + [
    "Categories: cs.CL cs.AI", "Comments: 29 pages", "\\\\",
] + ["  " + l for l in textwrap.wrap(JUDGE_ABS, 74, break_on_hyphens=False)] + [
    f"\\\\ ( https://arxiv.org/abs/{K['judge']} ,  4178kb)",
    RULE,
    "[... மீதமுள்ள 47 புதிய பதிவுகளும் 83 cross-list-களும் நீக்கப்பட்டன -- கவிதா]",
    PCT,
    "\\\\", f"arXiv:{K['bigbench']}", "replaced with revised version Fri, 9 Jun 2023 09:12:40 GMT   (9716kb,D)", "",
] + field("Title", T(K["bigbench"])) + field("Authors", bb_authors + ", [... மேலும் 440 பெயர்கள் நீக்கப்பட்டன -- கவிதா]") + [
    "Categories: cs.CL cs.AI cs.CY cs.LG stat.ML",
] + field("Comments", "27 pages, 17 figures + references and appendices, repo: https://github.com/google/BIG-bench") + [
    f"\\\\ ( https://arxiv.org/abs/{K['bigbench']} ,  9716kb)",
    RULE,
    "[... மற்ற 36 மாற்றங்கள் நீக்கப்பட்டன -- கவிதா]",
    PCT,
]

NOTE = [
    "வணக்கம் எல்லோருக்கும்,",
    "",
    "இன்றைய cs.CL பட்டியலில் நம் மதிப்பீட்டு (evaluation) வாசிப்புக் குழுவுக்கு நேரடியாகப் பொருந்தும் ஒரு புதிய "
    "கட்டுரை வந்துள்ளது. முழு மின்னஞ்சலையும் கீழே forward செய்கிறேன்; நமக்குத் தேவையில்லாத மற்ற பதிவுகளை "
    "நீக்கிவிட்டேன் (நீக்கிய இடங்கள் [...] என்று குறிக்கப்பட்டுள்ளன).",
    "",
    "வியாழக்கிழமை (15 ஜூன், மாலை 4 மணி, அறை 2.14 + Zoho Meeting) கூட்டத்துக்கு முன் படிக்க வேண்டியவை:",
    "",
    f"1. {T(K['judge'])}  — இன்றைய புதிய கட்டுரை. GPT-4-ஐ நீதிபதியாக வைக்கும்போது வரும் position bias, "
    "verbosity bias, self-enhancement bias பற்றிய பகுதி நமக்கு மிக முக்கியம்.",
    "2. BIG-bench — கீழே replacement-ஆக வந்திருக்கிறது (v3). 200-க்கும் மேற்பட்ட பணிகள் உள்ளன; எல்லாவற்றையும் "
    "படிக்க வேண்டாம், பிரிவு 3, 4 போதும்.",
    f"3. {T(K['mmlu'])} (MMLU) - https://arxiv.org/abs/2009.03300 நாம் ஏற்கனவே பயன்படுத்தும் benchmark; "
    "தமிழ் மொழிபெயர்ப்பில் எந்தப் பாடங்களை விடலாம் என்று பார்க்க.",
    "",
    "பின்னணிக்கு (விருப்பமானால்):",
    f"- {GPT1} — GPT-1; இது arXiv-இல் இல்லை, OpenAI தளத்தில் PDF உள்ளது.",
    f"- \"{T(K['gpt3'])}\" (GPT-3) — few-shot மதிப்பீடு எப்படித் தொடங்கியது என்பதற்காக.",
    f"- {T(K['scaling'])} (arXiv:{K['scaling']})",
    f"- {T(K['llama'])}, arXiv:{K['llama']} — அவர்களின் MMLU 5-shot எண்களை நம் எண்களுடன் ஒப்பிடலாம்.",
    f"- {T(K['opt'])} — பயிற்சி logbook பகுதி மட்டும் போதும்.",
    "",
    "அருண், MT-Bench கேள்விகளைத் தமிழில் மொழிபெயர்க்கும் வேலை எந்த நிலையில் இருக்கிறது? வியாழனுக்குள் 20 "
    "கேள்விகளாவது தயாரானால் நல்லது. Judge prompt-கள் FastChat repo-வில் உள்ளன: "
    "https://github.com/lm-sys/FastChat/tree/main/fastchat/llm_judge",
    "",
    "நன்றி,",
    "கவிதா",
]
arx_in_ist = ARX_SENT.astimezone(IST).strftime("%a, %d %b %Y %H:%M:%S %z")
FWD = [ZRULE, "From: send mail ONLY to cs <no-reply@arxiv.org>",
       "To: cs daily title/abstract distribution <rabble@arxiv.org>", f"Date: {arx_in_ist}",
       f"Subject: {ARX_SUBJ}", ZRULE]
plain = "\n".join(NOTE + ["", "", ""] + FWD + [""] + listing + [""])


def linkify(s):
    return re.sub(r"https?://[^\s<]+", lambda m: f'<a href="{m.group(0)}" target="_blank">{m.group(0)}</a>', s)


divs = "".join(f"<div>{linkify(html.escape(l, quote=False))}<br></div>" if l else "<div><br></div>" for l in NOTE)
fwd_divs = "".join(f"<div>{html.escape(l, quote=False)}<br></div>" for l in FWD)
html_body = ('<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><html><head><meta content="text/html;'
             'charset=UTF-8" http-equiv="Content-Type"></head><body ><div style="font-family: Verdana, Arial, '
             'Helvetica, sans-serif; font-size: 10pt;">' + divs + '<div><br></div><div class="zmail_extra_hr" '
             'style="border-top: 1px solid rgb(204, 204, 204); height: 0px; margin-top: 10px; margin-bottom: 10px; '
             'line-height: 0px;"><br></div><div class="zmail_extra" data-zmail_extra=""><div><br></div>' + fwd_divs +
             '<div><br></div><pre style="white-space: pre-wrap;">' + html.escape("\n".join(listing), quote=False) +
             '</pre></div><div><br></div></div><br></body></html>')


def qp(text):
    """quoted-printable of UTF-8 text: lines at most 76 with soft breaks that never cut an escape, CRLF"""
    out = []
    for line in text.split("\n"):
        toks = []
        b = line.encode("utf-8")
        for i, c in enumerate(b):
            ch = chr(c)
            if c == 61 or c > 126 or (c < 32 and c != 9) or (c in (9, 32) and i == len(b) - 1):
                toks.append("=%02X" % c)
            else:
                toks.append(ch)
        cur = ""
        for t in toks:
            if len(cur) + len(t) > 75:
                out.append(cur + "="); cur = ""
            cur += t
        out.append(cur)
    return CRLF.join(out)


ms = int(SENT.timestamp() * 1000)
BOUND = f"----=_Part_2411907_1185370542.{ms}"
body = CRLF.join([
    f"--{BOUND}", 'Content-Type: text/plain; charset="UTF-8"', "Content-Transfer-Encoding: quoted-printable", "",
    qp(plain),
    f"--{BOUND}", 'Content-Type: text/html; charset="UTF-8"', "Content-Transfer-Encoding: quoted-printable", "",
    qp(html_body),
    f"--{BOUND}--", ""])


def relaxed_body_hash(b):
    lines = [re.sub(r"[ \t]+", " ", l).rstrip(" ") for l in b.split(CRLF)]
    while lines and lines[-1] == "": lines.pop()
    return base64.b64encode(hashlib.sha256((CRLF.join(lines) + CRLF).encode()).digest()).decode()


date_hdr = SENT.strftime("%a, %d %b %Y %H:%M:%S %z")
mid = f"<{ms:x}.5d1c9a3e1127843.2918364470019283746@{DOM}>"
fake_b = base64.b64encode(b"".join(hashlib.sha512(("zoho-dkim%d" % i + mid).encode()).digest() for i in range(4))[:256]).decode()
dkim = ("DKIM-Signature: a=rsa-sha256; q=dns/txt; c=relaxed/relaxed; t=%d; " % int(SENT.timestamp()) +
        f"{CRLF}\ts=zmail; d={DOM}; i=kavitha.r@{DOM};{CRLF}\th=Date:Date:From:From:To:To:Message-Id:Message-Id:Subject:"
        f"Subject:MIME-Version:Content-Type:Reply-To:Cc;{CRLF}\tbh={relaxed_body_hash(body)};{CRLF}\tb=" +
        f"{CRLF}\t".join(fake_b[i:i + 64] for i in range(0, len(fake_b), 64)))
headers = [
    f"Delivered-To: arun.s@{DOM}",
    f"Received: from mx.zohomail.in by mx.zohomail.in{CRLF}\twith SMTP id 1686550327845219.55801735624041; "
    f"{date_hdr} (IST)",
    dkim,
    f"Date: {date_hdr}",
    f"From: Kavitha Ramasamy <kavitha.r@{DOM}>",
    f'To: "nlp-reading" <nlp-reading@{DOM}>',
    f'Cc: "Arun Selvam" <arun.s@{DOM}>',
    f"Message-Id: {mid}",
    f"Subject: Fwd: {ARX_SUBJ}",
    "MIME-Version: 1.0",
    f'Content-Type: multipart/alternative; {CRLF}\tboundary="{BOUND}"',
    "Importance: Medium",
    "User-Agent: Zoho Mail",
    "X-Mailer: Zoho Mail",
]
data = (CRLF.join(headers) + CRLF + CRLF + body).encode("ascii")
write_raw(F, data, [plain, html.unescape(html_body)], keys(F))
