#!/usr/bin/env python3
"""1229: a Sumo Logic Search Job API answer (German): a Munich-like group's reading bot (`lesebot`, a Python script
on host `lesebot-01`, Europe/Berlin time) logs what it takes from the Mattermost channel ~lesegruppe; a member ran a
search job (`_sourceCategory=lab/lesebot | parse "[*] *" as modul, nachricht`) and saved the messages page
(`GET /api/v1/search/jobs/<id>/messages?offset=0&limit=100`). Sumo's API writes Jackson's default pretty form:
`"key" : value`, objects broken over lines with two-space steps (counted per enclosing object), arrays inline as
`[ {` … `}, {` … `} ]`, raw UTF-8, no final newline. `fields` lists the columns (name, fieldType, keyField); each
message is `{"map": {...}}` with every value a string; _messagetime is the log line's Berlin time as UTC epoch
milliseconds, _receipttime a little later, _size the UTF-8 length of _raw; newest first. OpenReview and arXiv links in
`Neu:` lines are links, a line with `arXiv:2006.04768` and no link is arxiv-text, WARN lines keep a title only; the
state-spaces/mamba repository, a talk video and a Hugging Face blog post are skipped as not papers."""
import datetime as dt, hashlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1229, keys


def jackson(v, objs=0):
    """Jackson DefaultPrettyPrinter: objects on new lines (2 spaces per enclosing object), arrays inline"""
    if isinstance(v, dict):
        if not v: return "{ }"
        pad = "  " * (objs + 1)
        return "{\n" + ",\n".join(f'{pad}{jstr(k)} : {jackson(x, objs + 1)}' for k, x in v.items()) + "\n" + "  " * objs + "}"
    if isinstance(v, list):
        return "[ ]" if not v else "[ " + ", ".join(jackson(x, objs) for x in v) + " ]"
    if isinstance(v, bool): return "true" if v else "false"
    if v is None: return "null"
    if isinstance(v, int): return str(v)
    return jstr(v)


def jstr(s):
    out = []
    for ch in s:
        if ch == '"': out.append('\\"')
        elif ch == "\\": out.append("\\\\")
        elif ch == "\n": out.append("\\n")
        elif ch == "\t": out.append("\\t")
        elif ord(ch) < 0x20: out.append(f"\\u{ord(ch):04X}")
        else: out.append(ch)
    return '"' + "".join(out) + '"'


BERLIN = dt.timezone(dt.timedelta(hours=2))
LINES = [  # local time (CEST), level, module, message
 ("2024-05-13 07:40:02,114", "INFO", "lauf", "Wochenlauf gestartet: 11 Einträge aus ~lesegruppe (seit 2024-05-06)"),
 ("2024-05-13 07:40:03,587", "INFO", "leseliste", f"Neu: {T('2001.04451')} — https://openreview.net/forum?id=rkgNKkHtvB (eingetragen von j.koch)"),
 ("2024-05-13 07:40:04,902", "INFO", "leseliste", f"Neu: {T('2011.04006')} — https://openreview.net/pdf?id=qVyeW-grC2k (eingetragen von m.becker)"),
 ("2024-05-13 07:40:06,331", "INFO", "leseliste", f"Neu: {T('2004.05150')} — https://arxiv.org/abs/2004.05150 (eingetragen von j.koch)"),
 ("2024-05-13 07:40:07,018", "INFO", "leseliste", f"Neu: {T('2312.00752')} — https://arxiv.org/pdf/2312.00752v2 (eingetragen von l.schmitt)"),
 ("2024-05-13 07:40:08,476", "INFO", "leseliste", f"Neu: {T('2006.04768')} — arXiv:2006.04768 (nur Kennung, kein Link im Beitrag)"),
 ("2024-05-13 07:40:09,260", "WARN", "leseliste", f"Kein Link gefunden, nur Titel übernommen: {T('2008.07669')}"),
 ("2024-05-13 07:40:09,944", "WARN", "leseliste", f"Kein Link gefunden, nur Titel übernommen: „{T('2006.16236')}“"),
 ("2024-05-13 07:40:10,613", "WARN", "leseliste", f"Kein Link gefunden, nur Titel übernommen: {T('2202.10447')} (laut m.becker „das FLASH-Paper“)"),
 ("2024-05-13 07:40:11,205", "INFO", "leseliste", "Übersprungen (kein Paper): https://github.com/state-spaces/mamba"),
 ("2024-05-13 07:40:11,871", "INFO", "leseliste", "Übersprungen (kein Paper): https://www.youtube.com/watch?v=dKJEpOtVgXc — Vortrag „Zustandsraummodelle verständlich erklärt“"),
 ("2024-05-13 07:40:12,430", "INFO", "leseliste", "Übersprungen (kein Paper): https://huggingface.co/blog/lin-attention-einfuehrung"),
 ("2024-05-13 07:40:13,097", "INFO", "lauf", "Fertig: 8 Paper (5 mit Link oder Kennung, 3 nur Titel), 3 übersprungen; Zusammenfassung an ~lesegruppe gesendet"),
]
FIELDS = [("_blockid", "long"), ("_collector", "string"), ("_collectorid", "long"), ("_format", "string"),
          ("_messagecount", "int"), ("_messageid", "long"), ("_messagetime", "long"), ("_raw", "string"),
          ("_receipttime", "long"), ("_size", "long"), ("_source", "string"), ("_sourcecategory", "string"),
          ("_sourcehost", "string"), ("_sourceid", "long"), ("_sourcename", "string"), ("_view", "string"),
          ("modul", "string"), ("nachricht", "string")]
msgs = []
for i, (ts, lvl, mod, msg) in enumerate(LINES):
    raw = f"{ts} {lvl:<5} [{mod}] {msg}"
    t = dt.datetime.strptime(ts, "%Y-%m-%d %H:%M:%S,%f").replace(tzinfo=BERLIN)
    mt = int(t.timestamp() * 1000 + 0.5)
    hx = int(hashlib.sha256(raw.encode()).hexdigest()[:6], 16)
    m = {"_blockid": str(-9223372036854773760 + 2048 + i // 8), "_collector": "lab-gpu-collector",
         "_collectorid": "108871623", "_format": "t:cache:o:0:l:23:p:yyyy-MM-dd HH:mm:ss,SSS",
         "_messagecount": str(41 + i), "_messageid": str(-9223372036854510000 + 7919 * (i + 1)),
         "_messagetime": str(mt), "_raw": raw, "_receipttime": str(mt + 1200 + hx % 900),
         "_size": str(len(raw.encode("utf-8"))), "_source": "lesebot-logdatei", "_sourcecategory": "lab/lesebot",
         "_sourcehost": "lesebot-01", "_sourceid": "1642003318", "_sourcename": "/var/log/lesebot/bot.log",
         "_view": "", "modul": mod, "nachricht": msg}
    msgs.append({"map": m})
msgs.reverse()
d = {"fields": [{"name": n, "fieldType": ft, "keyField": False} for n, ft in FIELDS], "messages": msgs}
text = jackson(d)
write_only(F1229, text, keys(F1229))
