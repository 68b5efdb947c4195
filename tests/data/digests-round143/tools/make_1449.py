#!/usr/bin/env python3
"""1449: an Apache Accumulo 2.1 shell session (Russian notes): the LLM-systems group keeps its reading list in a table
`chtenie` (row = a short key; meta:title, meta:url, meta:arxiv, note:ru, status:state). The shell's banner, `tables`,
`table`, `scan -c`, `insert` (a Russian note typed raw), `scan -r … -st` (timestamps), `grep` and `scan` as the shell
prints them (as remembered): `row cf:cq [visibility]    value` (with -st a timestamp after the visibility), cells
in key order (row, family, qualifier: byte order), bytes outside printable ASCII written as `\\xHH` (so every Russian
value reads as escapes in the output, raw only in the typed command), a backslash doubled. Every printed cell is
computed from the modelled table. Not papers: the flash-attention repository, the switch-base-8 model card, the vLLM
docs, the DeepSpeed ZeRO tutorial. Nicknames: DoRA, LoRA, GPTQ, LLM.int8(), ZeRO, PagedAttention, loss scaling —
labelled where their titles are written in full."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1449, keys

T0 = 1715590800000  # 2024-05-13 09:00 UTC, ms
ROWS = [  # row, title, url, arxiv, note, state, visibility
 ("dora", T("2402.09353"), "https://arxiv.org/abs/2402.09353", None, "сравнить с LoRA на LLaMA-7B, r=16", "todo", ""),
 ("flashattn", T("2205.14135"), "https://github.com/Dao-AILab/flash-attention", None, "пока только репозиторий, статью распечатать", "todo", ""),
 ("gptq", T("2210.17323"), None, "arXiv:2210.17323", "4 бита, групповая квантизация; доклад Павла 20.05", "read", ""),
 ("int8", T("2208.07339"), "https://arxiv.org/abs/2208.07339", None, "выбросы в активациях, bitsandbytes", "read", "nlp"),
 ("mpt", T("1710.03740"), f"https://openreview.net/forum?id={OR('1710.03740')}", None, None, "todo", ""),
 ("scaling", T("2001.08361"), None, None, "только название — Иван обещал слайды", "todo", ""),
 ("specdec", T("2211.17192"), "https://arxiv.org/pdf/2211.17192", None, "черновая модель + проверка, γ=4", "todo", ""),
 ("switch", T("2101.03961"), "https://huggingface.co/google/switch-base-8", None, "чекпойнты на HF; саму статью позже", "todo", "nlp"),
 ("vllm", "vLLM — документация", "https://docs.vllm.ai/en/latest/", None, "не статья: PagedAttention, раздел про serving", "todo", ""),
 ("zero-tut", "DeepSpeed ZeRO tutorial", "https://www.deepspeed.ai/tutorials/zero/", None, "не статья; стадии 1–3 для 13B", "read", ""),
]
NEWNOTE = "масштабирование loss, fp16 + мастер-копия весов в fp32"
cells = {}
for i, (r, t, u, a, n, s, v) in enumerate(ROWS):
    ts = T0 + i * 61357
    cells[(r, "meta", "title")] = (v, ts, t)
    if u: cells[(r, "meta", "url")] = (v, ts, u)
    if a: cells[(r, "meta", "arxiv")] = (v, ts, a)
    if n: cells[(r, "note", "ru")] = (v, ts + 1200, n)
    cells[(r, "status", "state")] = (v, ts + 1200, s)
INS_TS = 1715679763121


def esc(s):
    o = ""
    for b in s.encode():
        if b == 0x5C: o += "\\\\"
        elif 32 <= b <= 126: o += chr(b)
        else: o += "\\x%02X" % b
    return o


def line(k, st=False):
    v, ts, val = cells[k]
    return f"{esc(k[0])} {esc(k[1])}:{esc(k[2])} [{v}]" + (f" {ts}" if st else "") + "    " + esc(val)


def scan(pred, st=False):
    ks = sorted((k for k in cells if pred(k)), key=lambda k: (k[0].encode(), k[1].encode(), k[2].encode()))
    return "".join(line(k, st) + "\n" for k in ks)


P0 = "olga@gpu-head:~$ "
U = "olga@nlp-uno"
out = P0 + "accumulo shell -u olga\nPassword: **********\n\n"
out += ("Shell - Apache Accumulo Interactive Shell\n- \n- version: 2.1.2\n- instance name: nlp-uno\n"
        "- instance id: 3f6b9d2e-8c41-4a7e-b5d0-61e2c9a47f18\n- \n- type 'help' for a list of available commands\n- \n")
out += U + "> tables\naccumulo.metadata\naccumulo.replication\naccumulo.root\nchtenie\nchtenie_old\n"
out += U + "> table chtenie\n"
Q = U + " chtenie> "
out += Q + "scan -c meta:title\n" + scan(lambda k: k[1:] == ("meta", "title"))
out += Q + f'insert mpt note ru "{NEWNOTE}"\n'
cells[("mpt", "note", "ru")] = ("", INS_TS, NEWNOTE)
out += Q + "scan -r mpt -st\n" + scan(lambda k: k[0] == "mpt", st=True)
out += Q + "grep arxiv\n" + scan(lambda k: any("arxiv" in x for x in (k[0], k[1], k[2], cells[k][2])))
out += Q + "scan -b specdec\n" + scan(lambda k: k[0] >= "specdec")
out += Q + "scan -c note:ru -r gptq\n" + scan(lambda k: k[0] == "gptq" and k[1:] == ("note", "ru"))
out += Q + "exit\n" + P0 + "\n"
write_only(F1449, out, keys(F1449))
