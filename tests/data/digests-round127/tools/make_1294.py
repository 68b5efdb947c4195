#!/usr/bin/env python3
"""1294: avro-tools output (Tamil): a Chennai-like RL group's reading-list bot writes every event (a member adds a
paper, marks it read, leaves a note) to Avro files on the lab's data lake; a member (கார்த்திக்) looked at one file with
`java -jar avro-tools-1.10.2.jar getschema` and `tojson --pretty` and pasted the terminal into the group's chat.
Each command prints log4j 1.x's three "No appenders" warnings (Hadoop's logger) before its output. The schema is
printed by Avro's Schema.toString(true) and the records by its JsonEncoder with Jackson's default pretty printer:
`"key" : value`, two-space indent per enclosing object, arrays inline as `[ … ]` (objects inside them as `[ {` … `}, {`
… `} ]`), empty arrays `[ ]`; unions in Avro's JSON encoding (`null` or `{"string" : …}`), the enum by its symbol,
`timestamp-millis` as a long, bytes as a string of characters U+0000–U+00FF (control characters as `\\u00XX`), Tamil
text raw. Papers carry an arXiv URL, only an arXiv id, or only a title (one not on arXiv). Spinning Up and the
Stable-Baselines3 docs are not papers; AlphaGo Zero, DARTS and PPO are nicknames."""
import hashlib, json, os, sys, uuid
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1294, keys, ALPHAGO0


def jq(s):
    """Jackson string escaping: ", \\, control characters; everything else raw"""
    out = []
    for c in s:
        o = ord(c)
        if c == '"': out.append('\\"')
        elif c == "\\": out.append("\\\\")
        elif c == "\n": out.append("\\n")
        elif c == "\t": out.append("\\t")
        elif c == "\r": out.append("\\r")
        elif c == "\b": out.append("\\b")
        elif c == "\f": out.append("\\f")
        elif o < 0x20: out.append("\\u%04X" % o)
        else: out.append(c)
    return '"' + "".join(out) + '"'


def jackson(v, nest=0):
    """Jackson DefaultPrettyPrinter: objects indent by nesting (objects only), arrays inline"""
    if isinstance(v, dict):
        if not v: return "{ }"
        pad = "  " * (nest + 1)
        return "{\n" + ",\n".join(pad + jq(k) + " : " + jackson(x, nest + 1) for k, x in v.items()) + "\n" + "  " * nest + "}"
    if isinstance(v, list):
        if not v: return "[ ]"
        return "[ " + ", ".join(jackson(x, nest) for x in v) + " ]"
    if v is None: return "null"
    if isinstance(v, bool): return "true" if v else "false"
    if isinstance(v, int): return str(v)
    return jq(v)


OPT = lambda n, doc=None: {"name": n, "type": ["null", "string"]} | ({"doc": doc} if doc else {}) | {"default": None}
schema = {
 "type": "record", "name": "ReadingEvent", "namespace": "in.ac.example.rlgroup.reading",
 "doc": "வாசிப்புப் பட்டியல் நிகழ்வுகள் (bot v2)",
 "fields": [
  {"name": "event_id", "type": "string"},
  {"name": "ts", "type": {"type": "long", "logicalType": "timestamp-millis"}},
  {"name": "member", "type": "string"},
  {"name": "action", "type": {"type": "enum", "name": "Action", "symbols": ["ADDED", "READ", "NOTE"]}},
  {"name": "paper", "type": {"type": "record", "name": "Paper", "fields": [
     {"name": "title", "type": "string"}, OPT("url"), OPT("arxiv_id", "arXiv எண், இணைப்பு இல்லாமல்"), OPT("venue")]}},
  OPT("note"),
  {"name": "tags", "type": {"type": "array", "items": "string"}, "default": []},
  {"name": "client_hash", "type": "bytes"},
 ]}
U = lambda s: {"string": s} if s is not None else None
K, P, A = "கார்த்திக்", "ப்ரியா", "அருண்"
T0 = 1715576400000  # 2024-05-13 05:00 UTC
ev = [
 (0, K, "ADDED", T("2106.02039"), "https://arxiv.org/abs/2106.02039", "2106.02039", "NeurIPS 2021", None, ["offline-rl", "வரிசை மாதிரி"]),
 (341, K, "ADDED", T("2106.01345"), None, "2106.01345", "NeurIPS 2021", "மேலே உள்ளதுடன் சேர்த்து படிக்கவும்", ["offline-rl", "வரிசை மாதிரி"]),
 (1290, P, "ADDED", T("2101.08809"), None, "2101.08809", "NeurIPS 2020", None, ["automl"]),
 (2875, A, "ADDED", ALPHAGO0, None, None, "Nature 550, 2017", "arXiv-இல் இல்லை; நூலகத்தில் PDF உள்ளது", ["கிளாசிக்", "self-play"]),
 (4012, P, "ADDED", T("2108.04392"), "https://arxiv.org/abs/2108.04392", None, "ICLR 2021", None, ["automl", "nas"]),
 (5520, A, "READ", T("2006.05990"), None, None, "ICLR 2021", "தலைப்பு மட்டும் தெரியும் — PPO அமைப்புகள் பற்றிய பெரிய ஆய்வு", ["on-policy"]),
 (6233, K, "ADDED", T("2103.13462"), None, None, None, "தலைப்பு மட்டும்; கோட்பாட்டுப் பகுதி, ஆசிரியர் பரிந்துரை", ["optimisation", "கோட்பாடு"]),
 (7100, P, "ADDED", T("2006.03656"), "https://arxiv.org/pdf/2006.03656v3", None, None, None, ["automl", "hpo"]),
 (8456, K, "NOTE", T("2106.01345"), None, "2106.01345", "NeurIPS 2021", "வியாழன் கூட்டத்தில் அருண் வழங்குவார்", []),
 (9031, A, "ADDED", "Spinning Up in Deep RL (OpenAI docs)", "https://spinningup.openai.com/en/latest/", None, None, "ஆவணம், கட்டுரை அல்ல", ["docs"]),
 (9877, P, "ADDED", "Stable-Baselines3 documentation", "https://stable-baselines3.readthedocs.io/en/master/", None, None, "மென்பொருள்", ["docs", "software"]),
]
recs = []
for i, (dmin, who, act, title, url, aid, venue, note, tags) in enumerate(ev):
    h = hashlib.sha1(f"event:{i}".encode()).digest()
    recs.append({"event_id": str(uuid.UUID(bytes=hashlib.md5(f"ev{i}".encode()).digest(), version=4)), "ts": T0 + dmin * 60000 + h[0] * 37,
                 "member": who, "action": act,
                 "paper": {"title": title, "url": U(url), "arxiv_id": U(aid), "venue": U(venue)},
                 "note": U(note), "tags": tags, "client_hash": hashlib.sha1(f"client:{who}".encode()).digest()[:8].decode("latin-1")})
W = ["log4j:WARN No appenders could be found for logger (org.apache.hadoop.metrics2.lib.MutableMetricsFactory).",
     "log4j:WARN Please initialize the log4j system properly.",
     "log4j:WARN See http://logging.apache.org/log4j/1.2/faq.html#noconfig for more info."]
PR = "karthik@rl-lab:~/datalake/reading$ "
out = [PR + "java -jar avro-tools-1.10.2.jar getschema reading_events-2024-05-13.avro"] + W + [jackson(schema)]
out += [PR + "java -jar avro-tools-1.10.2.jar tojson --pretty reading_events-2024-05-13.avro"] + W
out += [jackson(r) for r in recs]
out.append(PR)
text = "\n".join(out) + "\n"
write_only(F1294, text, keys(F1294))
