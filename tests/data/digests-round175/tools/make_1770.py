#!/usr/bin/env python3
"""1770: a Hungarian research engineer's terminal (pasted) while debugging the lab's reading-list bot: the bot
produces one Redpanda record per suggested paper; `rpk topic list`, `rpk topic describe -p` and `rpk topic consume`
(default JSON format: one pretty record per message, keys topic, key, value, timestamp, partition, offset; the value
is the bot's compact JSON as a string). Computed from the modelled topic: the tabwriter-aligned tables (columns padded
to the widest cell plus two spaces), the partition's log start offset and high watermark, the offsets and the
millisecond timestamps of the consumed records (rising), each value's JSON."""
import datetime as dt, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(1770)
PS = "bence@munkagep:~/olvaso-bot$ "
TOPIC = "olvasolista"
T0 = dt.datetime(2024, 3, 4, 8, 12, 5, 183000, tzinfo=dt.timezone.utc)
# (key = who suggested it in the chat, cím, link, megjegyzés, forrás, minutes after T0)
R = [
 ("bence", T("2001.08361"), "https://arxiv.org/abs/2001.08361", "alapmű a skálázási törvényekhez, 1. ábra kell a prezentációba", "telegram", 0),
 ("reka", T("2203.15556"), "https://arxiv.org/pdf/2203.15556.pdf", "token/paraméter arány, összevetni Kaplanékkal", "telegram", 17),
 ("gergo", T("2101.03961"), None, "MoE réteg, a routing résznél kezdeni", "web", 95),
 ("gergo", T("1910.02054"), "https://arxiv.org/abs/1910.02054v3", "a klaszteren a 2. fokozatot használjuk", "web", 96),
 ("reka", T("1710.03740"), "https://openreview.net/pdf?id=r1gs9JgRZ", "ICLR 2018, loss scaling; fp16 hibakereséshez", "telegram", 1440 + 30),
 ("bence", T("2208.07339"), None, "arXiv: 2208.07339, 8 bites inferencia a 3090-eseken", "telegram", 1440 + 41),
 ("anna", "Transformer Math 101 (EleutherAI blogbejegyzés)", "https://blog.eleuther.ai/transformer-math/", "nem cikk, de jó a memóriabecsléshez", "web", 2880 + 3),
 ("anna", T("2204.02311"), None, "JMLR 2023; csak a tanítási infrastruktúra fejezet", "web", 2880 + 9),
 ("reka", T("2307.09288"), None, "a finomhangolási rész miatt; link majd a wikin", "telegram", 4320 + 250),
 ("gergo", "Stas Bekman: Machine Learning Engineering (online könyv)", "https://github.com/stas00/ml-engineering", "nem cikk; hibakeresési receptek", "web", 4320 + 266),
]
HIGH = len(R)


def ms(t):
    return int(t.timestamp() * 1000)


def tab(rows):
    w = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return ["  ".join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip() for r in rows]


def value(r):
    _, cim, link, megj, forras, _ = r
    return json.dumps({"cim": cim, "link": link, "megjegyzes": megj, "forras": forras}, ensure_ascii=False, separators=(",", ":"))


def build():
    L = [PS + "rpk topic list"] + tab([["NAME", "PARTITIONS", "REPLICAS"], ["_schemas", "1", "1"], [TOPIC, "1", "1"]])
    L += [PS + f"rpk topic describe {TOPIC} -p"]
    L += tab([["PARTITION", "LEADER", "EPOCH", "REPLICAS", "LOG-START-OFFSET", "HIGH-WATERMARK"], ["0", "0", "1", "[0]", "0", str(HIGH)]])
    L += [PS + f"rpk topic consume {TOPIC} -o start -n {HIGH}"]
    for off, r in enumerate(R):
        rec = {"topic": TOPIC, "key": r[0], "value": value(r), "timestamp": ms(T0 + dt.timedelta(minutes=r[5], milliseconds=off * 211)), "partition": 0, "offset": off}
        L += json.dumps(rec, indent=2, ensure_ascii=False).split("\n")
    L += [PS + "# a Switch, a PaLM és a Llama 2 link nélkül jött be, a botnak ki kellene keresnie", PS]
    return "\n".join(L)


if __name__ == "__main__":
    forms = [value(r) for r in R]
    write_only(F, build(), keys(F), forms)
