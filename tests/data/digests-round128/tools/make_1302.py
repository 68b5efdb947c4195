#!/usr/bin/env python3
"""1302: a Timeular CSV export of a week's time entries (a Tbilisi-like LLM-systems lab, notes in Georgian): the
export's header row, minimal quoting, CRLF records, dates yyyy-mm-dd, times HH:MM:SS with the zone offset (+04:00) in
its own column, Duration HH:MM:SS = end − start, the activity's id next to its name, one space, and the Mentions and
Tags columns repeating, in order and without duplicates, the `@mentions` and `#tags` written inside the note. Papers:
arXiv abs / pdf links and an OpenReview forum link in notes, an `arXiv:` id, titles alone; software releases, GPUs, a
cluster upgrade and meetings are not papers."""
import csv, datetime as dt, io, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1302, keys

HEAD = ["Version", "TimeEntryID", "StartDate", "StartTime", "StartTimeOffset", "EndDate", "EndTime", "EndTimeOffset",
        "Duration", "ActivityID", "Activity", "SpaceId", "Space", "Username", "Note", "Mentions", "Tags"]
ACT = {"სტატიების კითხვა": 1284673, "ექსპერიმენტები": 1284674, "შეხვედრა": 1284675, "კლასტერის ადმინისტრირება": 1284677}
READ, EXP, MEET, OPS = ACT
NINO, LEVAN = "ნინო ბერიძე", "ლევან კაპანაძე"
R = [  # date, start, end, user, activity, note
 ("2024-03-11", "09:30", "11:15", NINO, READ, f"vLLM-ის სტატია: {T('2309.06180')} https://arxiv.org/abs/2309.06180 — ბლოკის ზომა და copy-on-write, შევადაროთ ჩვენს A100-ებს #კითხვა #inference @ლევანი"),
 ("2024-03-11", "11:30", "13:00", LEVAN, EXP, "vLLM 0.3.3 დავაყენე კლასტერზე, Llama-2-13B throughput ტესტი (continuous batching ჩართული) #inference"),
 ("2024-03-11", "14:00", "15:00", NINO, MEET, "კვირის გეგმა @ლევანი @თამარი #შეხვედრა"),
 ("2024-03-12", "10:00", "11:45", LEVAN, READ, f"{T('2307.08691')} https://arxiv.org/pdf/2307.08691.pdf — warp-ებს შორის სამუშაოს დაყოფა, forward/backward ცალ-ცალკე #კითხვა #kernels"),
 ("2024-03-12", "12:00", "16:30", LEVAN, EXP, "flash-attn 2.5.6 ბენჩმარკი H100-ზე, seq 8k, head_dim 128; შედეგები wandb-ში #kernels"),
 ("2024-03-13", "09:00", "10:30", NINO, READ, f"{T('1909.08053')} — tensor parallel-ის ნაწილი, PDF საერთო დისკზეა (papers/parallelism) #კითხვა #parallelism"),
 ("2024-03-13", "10:45", "12:15", NINO, READ, f"{T('1701.06538')} https://openreview.net/forum?id={OR('1701.06538')} (ICLR 2017) — gating და load balancing loss #კითხვა #moe @თამარი"),
 ("2024-03-13", "13:30", "15:00", NINO, READ, f"{T('2006.16668')} — expert capacity, all-to-all, 600B მოდელი #კითხვა #moe"),
 ("2024-03-14", "09:30", "11:00", LEVAN, READ, f"{T('2302.13971')} https://arxiv.org/abs/2302.13971 — RoPE, SwiGLU, pre-norm; ტრენინგის მონაცემების ცხრილი #კითხვა"),
 ("2024-03-14", "11:15", "12:30", LEVAN, READ, f"{T('2306.15595')} (arXiv:2306.15595) — RoPE-ის ინტერპოლაცია 2k→8k, 1000 ნაბიჯი fine-tune საკმარისია #კითხვა #long-context @ნინო"),
 ("2024-03-14", "14:00", "17:00", LEVAN, EXP, "LLaMA-7B fine-tune 8k კონტექსტზე position interpolation-ით, DeepSpeed ZeRO-3, 8×A100 #long-context"),
 ("2024-03-15", "09:00", "10:30", NINO, READ, f"{T('2205.01068')} — logbook-ის ნაწილი, loss spike-ები და restart-ები #კითხვა"),
 ("2024-03-15", "10:30", "11:30", LEVAN, OPS, "Slurm 23.11 განახლება, NCCL 2.19.3, გადატვირთვა gpu-node-03 #კლასტერი"),
 ("2024-03-15", "12:00", "13:00", NINO, MEET, "ჟურნალ-კლუბი: MoE vs dense, მომდევნო კვირის მომხსენებელი @ლევანი @თამარი #შეხვედრა"),
]


def uniq(xs):
    out = []
    for x in xs:
        if x not in out: out.append(x)
    return out


buf = io.StringIO(newline="")
w = csv.writer(buf)  # minimal quoting, CRLF
w.writerow(HEAD)
for i, (d, a, b, u, act, note) in enumerate(R):
    t0 = dt.datetime.fromisoformat(f"{d}T{a}:00"); t1 = dt.datetime.fromisoformat(f"{d}T{b}:00")
    s = int((t1 - t0).total_seconds())
    ments = ", ".join(uniq(re.findall(r"@(\w+)", note)))
    tags = ", ".join(uniq(re.findall(r"#([\w-]+)", note)))
    w.writerow(["2", str(48217553 + 7 * i + (i * i) % 5), d, f"{a}:00", "+04:00", d, f"{b}:00", "+04:00",
                f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}", str(ACT[act]), act, "80412",
                "LLM სისტემების ლაბორატორია", u, note, ments, tags])
write_only(F1302, buf.getvalue(), keys(F1302))
