#!/usr/bin/env python3
"""1615: a Korean lab's Slack paper bot keeps its cache in a Tokyo Cabinet hash database (papers.tch); its author
inspects it with tchmgr: inform, list (keys), list -pv -fm paper: (key TAB value), get, out, the 22 "no record found"
error, and inform | grep after the deletion. Values are compact JSON written by the bot. Every answer (record
numbers, key order, values, file size) is computed from the modelled database."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(1615)
PS = "minjun@gpu-03:~/paperbot$ "
REC = [  # key, value
    ("meta:schema", {"v": 3, "note": "paper:NNNN -> {t,u,by,at,ch}"}),
    ("paper:0001", {"t": T("2402.09353"), "u": "https://arxiv.org/abs/2402.09353", "by": "서연", "at": "2024-03-04T10:12:09+09:00", "ch": "#논문"}),
    ("paper:0002", {"t": T("2210.17323"), "u": "https://arxiv.org/abs/2210.17323", "by": "민준", "at": "2024-03-04T14:40:51+09:00", "ch": "#논문"}),
    ("paper:0003", {"t": "QLoRA 정리 블로그 (중복)", "u": "https://blog.example.kr/qlora-summary", "by": "지호", "at": "2024-03-05T09:02:33+09:00", "ch": "#잡담"}),
    ("paper:0004", {"t": T("2208.07339"), "u": "https://arxiv.org/pdf/2208.07339.pdf", "by": "지호", "at": "2024-03-05T09:03:10+09:00", "ch": "#논문"}),
    ("paper:0005", {"t": T("2101.03961"), "u": "arXiv:2101.03961", "by": "서연", "at": "2024-03-06T16:20:45+09:00", "ch": "#논문"}),
    ("paper:0006", {"t": T("2104.08691"), "u": "", "by": "하은", "at": "2024-03-07T11:58:02+09:00", "ch": "#논문", "memo": "EMNLP 2021, 링크는 나중에"}),
    ("paper:0007", {"t": T("1910.02054"), "u": "https://arxiv.org/abs/1910.02054v3", "by": "민준", "at": "2024-03-08T13:31:27+09:00", "ch": "#인프라"}),
    ("paper:0008", {"t": "bitsandbytes (GitHub)", "u": "https://github.com/TimDettmers/bitsandbytes", "by": "지호", "at": "2024-03-08T13:35:40+09:00", "ch": "#인프라"}),
    ("paper:0009", {"t": T("2011.06182"), "u": "", "by": "하은", "at": "2024-03-11T10:05:19+09:00", "ch": "#논문", "memo": "발표 자료만 있음"}),
    ("paper:0010", {"t": T("1910.03771"), "u": "https://github.com/huggingface/transformers", "by": "서연", "at": "2024-03-12T17:44:00+09:00", "ch": "#논문", "memo": "EMNLP 2020 데모 논문, 인용용"}),
    ("paper:0011", {"t": "vLLM 문서 - Quantization", "u": "https://docs.vllm.ai/en/latest/quantization/supported_hardware.html", "by": "민준", "at": "2024-03-13T09:15:48+09:00", "ch": "#인프라"}),
    ("user:U04KJ2M1Q", {"name": "민준", "posts": 3}),
    ("meta:last_sync", {"at": "2024-03-13T09:15:48+09:00", "channel_cursor": "dGVhbTpDMDRLSjJNMVE="}),
]
VAL = lambda v: json.dumps(v, ensure_ascii=False, separators=(",", ":"))


def inform(recs, mtime):
    body = sum(len(k.encode()) + len(VAL(v).encode()) for k, v in recs)
    size = 528 + 131071 * 4 + body + 32 * len(REC)  # header + bucket array + records (a deleted record stays as free space)
    return ["path: papers.tch", "database type: hash database", "additional flags:", "bucket number: 131071",
            "alignment: 16", "free block pool: 1024", "inode number: 5243911", f"modified time: {mtime}",
            "options:", f"record number: {len(recs)}", f"file size: {size}"]


def build():
    recs = list(REC)
    L = [PS + "tchmgr inform papers.tch"] + inform(recs, "2024-03-13T09:15:48+09:00")
    L += [PS + "tchmgr list papers.tch"] + [k for k, _ in recs]
    L += [PS + "tchmgr list -pv -fm paper: papers.tch"] + [f"{k}\t{VAL(v)}" for k, v in recs if k.startswith("paper:")]
    L += [PS + "# 0003은 블로그 글이라 지움 (논문 아님)", PS + "tchmgr get papers.tch paper:0003", VAL(dict(recs)["paper:0003"]),
          PS + "tchmgr out papers.tch paper:0003", PS + "tchmgr get papers.tch paper:0003",
          "tchmgr: papers.tch: 22: no record found"]
    recs = [(k, v) for k, v in recs if k != "paper:0003"]
    L += [PS + "tchmgr inform papers.tch | grep -E 'record number|modified'"]
    L += [l for l in inform(recs, "2024-03-14T11:02:37+09:00") if l.startswith(("record number", "modified"))]
    L += [PS + "tchmgr list -fm user: papers.tch"] + [k for k, _ in recs if k.startswith("user:")]
    L.append(PS)
    return "\n".join(L)


if __name__ == "__main__":
    write_only(F, build(), keys(F))
