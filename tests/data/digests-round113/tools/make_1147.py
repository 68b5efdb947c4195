#!/usr/bin/env python3
"""1147: a FoundationDB `fdbcli` session (Chinese): a Hangzhou lab's weekly digest is pushed by a script into
FoundationDB under tuple-layer keys ("digest", "2024-W19", n) with UTF-8 JSON values; the session reads the range,
fails a set before `writemode on`, writes two meta keys by hand (raw Chinese typed, printed back as \\xNN bytes),
clears a duplicate entry and lists the keys again. fdbcli prints keys and values with every byte outside printable
ASCII (and the backslash) escaped as \\xNN / \\\\; the values computed here are what it would print."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import F1147, keys


def tup(*items):
    out = b""
    for x in items:
        if isinstance(x, int):
            out += b"\x14" if x == 0 else bytes([0x15, x])
        else:
            out += b"\x02" + x.encode().replace(b"\x00", b"\x00\xff") + b"\x00"
    return out


def printable(b):
    return "".join(chr(c) if 32 <= c < 127 and c != 92 else ("\\\\" if c == 92 else f"\\x{c:02x}") for c in b)


def val(d):
    return json.dumps(d, ensure_ascii=False).encode()


W = "2024-W19"
entries = [
 {"title": T("1701.06538"), "url": "https://openreview.net/forum?id=B1ckMDqlg", "ref": None, "by": "周宇欣",
  "note": "MoE 的起点：门控网络 + 负载均衡损失，137B 参数。读 Switch 之前先看这篇。"},
 {"title": T("2101.03961"), "url": "https://arxiv.org/pdf/2101.03961", "ref": None, "by": "周宇欣",
  "note": "top-1 路由，bf16 训练不稳定的处理值得细读（第 2.4 节）。"},
 {"title": T("1909.08053"), "url": "https://arxiv.org/abs/1909.08053", "ref": None, "by": "林嘉怡",
  "note": "张量并行的经典写法，代码见 NVIDIA/Megatron-LM 仓库。"},
 {"title": T("1910.02054"), "url": None, "ref": "arXiv:1910.02054", "by": "林嘉怡",
  "note": "DeepSpeed 的 ZeRO-1/2/3，和 Megatron 对比着讲。"},
 {"title": T("2001.08361"), "url": None, "ref": None, "by": "王浩然",
  "note": "Kaplan 等人的幂律；组会上只讲图 1 和附录的拟合。"},
 {"title": T("2203.15556"), "url": "https://arxiv.org/abs/2203.15556", "ref": None, "by": "王浩然",
  "note": "Chinchilla：参数量和 token 数应同比例增长，和上一篇结论冲突，重点讨论。"},
 {"title": T("2205.01068"), "url": None, "ref": None, "by": "陈思远",
  "note": "Meta 的开放模型，logbook 很有意思（训练中途多次重启）。PDF 在组里 NAS。"},
 {"title": T("2009.03300"), "url": None, "ref": None, "by": "陈思远",
  "note": "评测用，57 个学科；我们自己的中文版评测参考它的格式。"},
]
dup = dict(entries[5]); dup["by"] = "陈思远"; dup["note"] = "（重复提交）"
stored = {tup("digest", W, i + 1): val(e) for i, e in enumerate(entries)}
stored[tup("digest", W, 9)] = val(dup)
begin, end = tup("digest", W), tup("digest", W) + b"\xff"
P = "fdb> "
lines = ["zhou@gpu-07:~/digest$ python3 push_digest.py --week 2024-W19 --cluster /etc/foundationdb/fdb.cluster",
         f"[push_digest] 读取 weekly/{W}.yaml：9 条", f"[push_digest] 已写入 9 条，事务版本 318457120113",
         "zhou@gpu-07:~/digest$ fdbcli -C /etc/foundationdb/fdb.cluster",
         "Using cluster file `/etc/foundationdb/fdb.cluster'.", "", "The database is available.", "",
         "Welcome to the fdbcli. For help, type `help'."]
lines.append(P + f"getrange {printable(begin)} {printable(end)}")
lines += ["", "Range limited to 25 keys"]
for k in sorted(stored):
    lines.append(f"`{printable(k)}' is `{printable(stored[k])}'")
mk1 = tup("meta", W, "editor")
lines.append(P + f"set {printable(mk1)} 周宇欣")
lines.append("ERROR: writemode must be enabled to set or clear keys in the database.")
lines.append(P + "writemode on")
ver = 318457120113
meta = {}
for k, v in ((mk1, "周宇欣"), (tup("meta", W, "status"), "已审核，周五 14:00 组会")):
    lines.append(P + f"set {printable(k)} " + (f'"{v}"' if " " in v else v))
    ver += 1893226 + len(v) * 1011
    meta[k] = v.encode(); lines.append(f"Committed ({ver})")
lines.append(P + f"get {printable(tup('meta', W, 'status'))}")
lines.append(f"`{printable(tup('meta', W, 'status'))}' is `{printable(meta[tup('meta', W, 'status')])}'")
k9 = tup("digest", W, 9)
lines.append(P + f"clear {printable(k9)}")
ver += 2411907; del stored[k9]; lines.append(f"Committed ({ver})")
lines.append(P + f"get {printable(k9)}")
lines.append(f"`{printable(k9)}': not found")
lines.append(P + f"getrangekeys {printable(begin)} {printable(end)}")
lines += ["", "Range limited to 25 keys"] + [f"`{printable(k)}'" for k in sorted(stored)]
mb, me = tup("meta", W), tup("meta", W) + b"\xff"
lines.append(P + f"getrange {printable(mb)} {printable(me)}")
lines += ["", "Range limited to 25 keys"] + [f"`{printable(k)}' is `{printable(meta[k])}'" for k in sorted(meta)]
lines.append(P + "exit")
lines.append("zhou@gpu-07:~/digest$ ")
text = "\n".join(lines) + "\n"
forms = [json.dumps(entries, ensure_ascii=False)]
write_only(F1147, text, keys(F1147), forms=forms)
