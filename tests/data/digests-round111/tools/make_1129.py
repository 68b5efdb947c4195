#!/usr/bin/env python3
"""1129: a memcached text-protocol session, a PuTTY log of a Raw connection to port 11211 with local echo (Russian): a
Novosibirsk group's digest bot caches its weekly long-context digest; a developer inspects and patches the cache by
hand. PuTTY's log header, then CRLF line ends throughout; every `set` / `append` / `cas` byte count is the UTF-8 length of its data block, `get`
answers the stored state, `incr` the counter, `cas` the unique from `gets` — all computed here."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import F1129, keys

K_META = "digest:2024-w10:meta"
K_ITEMS = "digest:2024-w10:items"
K_MD = "digest:2024-w10:md"
K_VIEWS = "digest:2024-w10:views"
items = [
    {"t": T("1901.02860"), "u": "https://arxiv.org/abs/1901.02860", "c": "рекуррентность по сегментам + относительные позиции"},
    {"t": T("2002.09402"), "u": "https://openreview.net/forum?id=OCm0rwa1lx1", "c": "Feedback Transformer: память верхних слоёв доступна нижним"},
    {"t": T("2306.15595"), "u": None, "id": "arXiv:2306.15595", "c": "интерполяция RoPE, 2k → 32k за 1000 шагов дообучения"},
    {"t": T("2307.08691"), "u": "https://arxiv.org/abs/2307.08691", "c": "лучшее разбиение работы между warp'ами"},
]
md = ("## Длинный контекст — неделя 10\r\n"
      "\r\n"
      "1. " + T("2309.06180") + " — https://arxiv.org/pdf/2309.06180.pdf (vLLM, страничная KV-кэш память)\r\n"
      "2. «" + T("2007.14062") + "» (" + au("2007.14062", 2) + ") — разреженное внимание, NeurIPS 2020\r\n"
      "3. «" + T("2302.10866") + "» — свёртки вместо внимания\r\n"
      "4. «" + T("2307.03172") + "» — модели хуже используют середину контекста\r\n"
      "\r\n"
      "Не статьи: документация vLLM, репозиторий HazyResearch/safari.\r\n")
meta = {"week": "2024-w10", "lang": "ru", "title": "Дайджест: длинный контекст", "editor": "a.zakharova", "n": 4}

state, casu, out = {}, [500], []
W = out.append


def cmd(line):
    W(line + "\r\n")


def store(verb, key, flags, exp, data, cas=None):
    b = data.encode("utf-8")
    cmd(f"{verb} {key} {flags} {exp} {len(b)}" + (f" {cas}" if cas is not None else ""))
    W(data + "\r\n")
    if verb == "append":
        state[key] = (state[key][0], state[key][1] + data, next_cas())
    elif verb == "cas" and state[key][2] != cas:
        W("EXISTS\r\n"); return
    else:
        state[key] = (flags, data, next_cas())
    W("STORED\r\n")


def next_cas():
    casu[0] += 1 + len(state) * 7
    return casu[0]


def get(verb, *ks):
    cmd(f"{verb} " + " ".join(ks))
    for k in ks:
        if k in state:
            f, d, c = state[k]
            W(f"VALUE {k} {f} {len(d.encode('utf-8'))}" + (f" {c}" if verb == "gets" else "") + "\r\n" + d + "\r\n")
    W("END\r\n")


W("=~=~=~=~=~=~=~=~=~=~=~= PuTTY log 2024.03.06 10:41:07 =~=~=~=~=~=~=~=~=~=~=~=\r\n")
cmd("version"); W("VERSION 1.6.21\r\n")
# what the bot had stored before the session
state[K_META] = (0, json.dumps(meta, ensure_ascii=False, separators=(",", ":")), next_cas())
state[K_ITEMS] = (1, json.dumps(items[:3], ensure_ascii=False, separators=(",", ":")), next_cas())
state[K_MD] = (0, md, next_cas())
state[K_VIEWS] = (0, "41", next_cas())
get("get", K_META, K_ITEMS)
get("gets", K_ITEMS)
c = state[K_ITEMS][2]
store("cas", K_ITEMS, 1, 604800, json.dumps(items, ensure_ascii=False, separators=(",", ":")), cas=c)
store("cas", K_ITEMS, 1, 604800, json.dumps(items, ensure_ascii=False, separators=(",", ":")), cas=c)
get("get", K_MD)
store("append", K_MD, 0, 0, "\r\nКод: https://github.com/vllm-project/vllm\r\n")
cmd(f"incr {K_VIEWS} 1"); v = int(state[K_VIEWS][1]) + 1; state[K_VIEWS] = (0, str(v), next_cas()); W(f"{v}\r\n")
cmd("delete digest:2024-w09:md"); W("NOT_FOUND\r\n")
get("get", K_MD, K_VIEWS, "digest:2024-w09:md")
cmd("quit")
write_only(F1129, "".join(out), keys(F1129))
