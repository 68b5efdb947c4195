#!/usr/bin/env python3
"""Builds digests/146_negative_jira_csv_ml_infra_tickets.csv: a negative control. A Jira Cloud "Export → Export
Excel CSV (all fields)" of an ML-infrastructure project filtered to one quarter's tickets.

Written as Jira writes it: one header row in which multi-valued fields repeat their column name (Labels ×3,
Watchers ×2, Sprint ×2, Comment ×3, Attachment), every field quoted only when it needs to be (commas, quotes doubled,
newlines inside Description and Comment), CRLF row ends with bare LF inside multi-line cells, dates as
"07/Mar/24 2:14 PM", users as display names with account ids in Comment cells ("date;accountId;text"),
descriptions in Jira wiki markup (h3., *bold*, {{monospace}}, {code:bash}…{code}, {noformat}, [label|url], bullet
and numbered lists, ||table|| rows), "Custom field (…)" columns (Story Points, Epic Link, Team, Cost centre,
Start date), an Epic, a Sub-task with a Parent id.

Nothing here is a paper reference: model names and versions (Llama-2-13B-chat, Mamba-2.8B, Mistral-7B), library
names ("flash-attn 2.5.6", "bitsandbytes 0.41.1", vLLM, DeepSpeed ZeRO-3), nicknames ("the DPO paper", "the
Chinchilla rule", "PagedAttention", "the QLoRA recipe", MMLU), quoted titles of internal design docs and a
talk, and two id-shaped numbers that are not arXiv ids (a purchase-order number 4500.18823 and a cost-centre
code 1713.00421: months 00 and 13 do not exist)."""
import csv
import io
import os

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "146_negative_jira_csv_ml_infra_tickets.csv")

HEADER = ["Summary", "Issue key", "Issue id", "Issue Type", "Status", "Project key", "Project name", "Project type",
          "Project lead", "Priority", "Resolution", "Assignee", "Reporter", "Creator", "Created", "Updated",
          "Last Viewed", "Resolved", "Affects Version/s", "Fix Version/s", "Component/s", "Due Date", "Votes",
          "Labels", "Labels", "Labels", "Description", "Environment", "Watchers", "Watchers", "Original Estimate",
          "Remaining Estimate", "Time Spent", "Sprint", "Sprint", "Parent", "Parent summary",
          "Custom field (Story Points)", "Custom field (Epic Link)", "Custom field (Team)",
          "Custom field (Cost centre)", "Custom field (Start date)", "Comment", "Comment", "Comment", "Attachment"]

ACC = {"Kenji Sato": "557058:2f0c6a1e-9b7d-4e2a-8c51-3d9e0f4b7a12",
       "Ilse Marquardt": "5f8e1a2b3c4d5e6f7a8b9c0d",
       "Dev Raman": "62a1b0c9d8e7f6a5b4c3d2e1",
       "Olu Adeyemi": "712020:0d4c7b1e-5a6f-4e3d-9c2b-1a0f8e7d6c5b",
       "Marta Oliveira": "60f1e2d3c4b5a69788796a5b"}


def cm(date, who, text):
    return f"{date};{ACC[who]};{text}"


T = []


def ticket(summary, key, iid, itype, status, priority, resolution, assignee, reporter, created, updated,
           resolved="", affects="", fix="", component="", due="", votes="0", labels=("", "", ""), desc="", env="",
           watchers=("", ""), est="", rem="", spent="", sprints=("", ""), parent="", parent_summary="", points="",
           epic="", team="ML Platform", cost="1713.00421", start="", comments=("", "", ""), attachment=""):
    T.append([summary, key, iid, itype, status, "MLINF", "ML Infrastructure", "software", "Ilse Marquardt", priority,
              resolution, assignee, reporter, reporter, created, updated, updated, resolved, affects, fix, component,
              due, votes, *labels, desc, env, *watchers, est, rem, spent, *sprints, parent, parent_summary, points,
              epic, team, cost, start, *comments, attachment])


ticket("Q1 2024: LLM serving platform", "MLINF-400", "10400", "Epic", "In Progress", "High", "", "Ilse Marquardt",
       "Ilse Marquardt", "08/Jan/24 9:12 AM", "06/Mar/24 4:40 PM", labels=("serving", "q1-okr", ""),
       desc="h3. Goal\nServe the two internal chat models (Llama-2-13B-chat fine-tune, Mistral-7B-instruct fine-tune) "
            "behind one gateway with p95 < 900 ms at 50 concurrent users.\n\nh3. Milestones\n# vLLM behind the "
            "gateway (MLINF-412)\n# LoRA adapter hot-swap (MLINF-430)\n# eval gate in CI (MLINF-420)\n\nDesign doc: "
            "[\"Serving Llama-2 at 10k QPS: lessons from Q4\"|https://confluence.kestrel.example/x/Ab3kQ]",
       watchers=("Ilse Marquardt", "Kenji Sato"), start="08/Jan/24")

ticket("vLLM serving OOM on A100-40G with Llama-2-13B-chat at max_model_len=4096", "MLINF-412", "10412", "Bug",
       "Done", "Highest", "Done", "Kenji Sato", "Dev Raman", "15/Jan/24 10:03 AM", "23/Jan/24 6:18 PM",
       resolved="23/Jan/24 6:18 PM", affects="gateway 0.7.2", fix="gateway 0.8.0", component="inference",
       labels=("serving", "oom", "vllm"),
       desc="*Steps*\n# deploy {{chat-13b:2024-01-12}} with {{--gpu-memory-utilization 0.95}}\n# run the load test "
            "({{locust -u 50}})\n\n*Actual:* {{torch.cuda.OutOfMemoryError}} after ~6 min. PagedAttention block "
            "table looks fine, the spike comes from the sampler at {{n=4}}.\n\n{code:bash}\npython -m vllm.entrypoints."
            "openai.api_server --model /models/chat-13b --max-model-len 4096 \\\n  --gpu-memory-utilization 0.95 "
            "--tensor-parallel-size 1\n{code}",
       env="vllm 0.2.7, CUDA 12.1, driver 535.129.03, A100-SXM4-40GB", watchers=("Dev Raman", "Ilse Marquardt"),
       est="1d", rem="0m", spent="1d 4h", sprints=("MLINF Sprint 13", "MLINF Sprint 14"), points="3",
       epic="MLINF-400",
       comments=(cm("16/Jan/24 11:20 AM", "Kenji Sato", "Reproduced. Dropping to 0.90 and max_num_seqs=128 fixes it; "
                                                       "throughput -7% (1,840 → 1,712 tok/s)."),
                 cm("23/Jan/24 6:15 PM", "Kenji Sato", "Fixed in gateway 0.8.0, load test green for 2 h."), ""))

ticket("Upgrade flash-attn 2.3.3 → 2.5.6 in training image", "MLINF-415", "10415", "Task", "Done", "Medium", "Done",
       "Olu Adeyemi", "Olu Adeyemi", "18/Jan/24 2:41 PM", "30/Jan/24 9:02 AM", resolved="30/Jan/24 9:02 AM",
       fix="train-image 24.02", component="training", labels=("image", "dependencies", ""),
       desc="Base image moves to {{nvcr.io/nvidia/pytorch:24.02-py3}} (torch 2.3.0a0, CUDA 12.3). flash-attn has "
            "to be rebuilt against it; the FlashAttention-2 kernels for head_dim=256 need >= 2.5.\n\n||package||"
            "old||new||\n|flash-attn|2.3.3|2.5.6|\n|deepspeed|0.12.6|0.13.1|\n|transformers|4.36.2|4.38.1|",
       watchers=("Olu Adeyemi", ""), est="4h", rem="0m", spent="6h", sprints=("MLINF Sprint 14", ""), points="2")

ticket("QLoRA fine-tuning job fails with bitsandbytes 0.41.1 on H100 nodes", "MLINF-418", "10418", "Bug", "Done",
       "High", "Done", "Dev Raman", "Marta Oliveira", "22/Jan/24 8:55 AM", "02/Feb/24 3:30 PM",
       resolved="02/Feb/24 3:30 PM", affects="train-image 24.01", fix="train-image 24.02", component="training",
       labels=("qlora", "h100", ""),
       desc="The QLoRA recipe from the fine-tuning cookbook (NF4, double quant, paged AdamW 8-bit) crashes on the "
            "new H100 partition:\n{noformat}\nRuntimeError: CUDA error: no kernel image is available for execution "
            "on the device\n{noformat}\nSame job is fine on A100. bitsandbytes 0.41.1 wheels are not built for "
            "sm_90.",
       env="h100-part, job 88107", watchers=("Marta Oliveira", "Dev Raman"), spent="5h",
       sprints=("MLINF Sprint 14", ""), points="2", epic="MLINF-400",
       comments=(cm("24/Jan/24 10:02 AM", "Dev Raman", "0.42.0 has sm_90 kernels. Rebuilding."),
                 cm("02/Feb/24 3:29 PM", "Marta Oliveira", "Confirmed, 13B QLoRA run finished (loss 1.214 at step "
                                                          "3000, same as A100 within noise)."), ""))

ticket("Eval harness: MMLU 5-shot differs from public leaderboard by 2.3 points", "MLINF-420", "10420", "Bug",
       "In Review", "Medium", "", "Marta Oliveira", "Ilse Marquardt", "29/Jan/24 1:17 PM", "05/Mar/24 11:48 AM",
       component="evaluation", labels=("eval", "mmlu", ""),
       desc="Our harness gives 53.1 for the base 13B, leaderboard says 55.4. Suspects:\n* prompt template (we "
            "strip the trailing space after \"Answer:\")\n* few-shot examples sampled vs. first-5\n* bf16 vs fp16 "
            "logits\n\nAcceptance: within ±0.5 of the reference implementation on 3 public checkpoints.",
       watchers=("Ilse Marquardt", ""), sprints=("MLINF Sprint 15", "MLINF Sprint 16"), points="5",
       epic="MLINF-400",
       comments=(cm("12/Feb/24 4:03 PM", "Marta Oliveira", "Template fix alone: 53.1 → 54.9. The rest is the "
                                                           "few-shot selection."),
                 cm("05/Mar/24 11:47 AM", "Marta Oliveira", "PR #771 up. Now 55.2 / 55.4, 62.4 / 62.5 and "
                                                            "45.0 / 45.3."), ""))

ticket("Write design doc \"Scaling Laws for Our Eval Budget\"", "MLINF-423", "10423", "Task", "To Do", "Low", "",
       "Ilse Marquardt", "Ilse Marquardt", "01/Feb/24 10:30 AM", "28/Feb/24 5:05 PM", due="29/Mar/24",
       labels=("design-doc", "eval", "budget"),
       desc="How many eval runs per checkpoint can we afford in Q2? Fit cost vs. model size from the last 40 runs "
            "and propose a schedule. Not a research question, just budgeting — the \"Chinchilla rule\" of 20 "
            "tokens per parameter only matters for the pretraining ask.\n\nGPU-hour price from procurement: PO "
            "4500.18823 (reserved A100s until 30/Jun/24).",
       watchers=("Kenji Sato", ""), est="2d", rem="2d", sprints=("MLINF Sprint 16", ""), points="3")

ticket("Convert Mamba-2.8B checkpoint to HF format for the long-context eval", "MLINF-427", "10427", "Task", "Done",
       "Medium", "Done", "Olu Adeyemi", "Dev Raman", "07/Feb/24 9:40 AM", "14/Feb/24 2:12 PM",
       resolved="14/Feb/24 2:12 PM", component="evaluation", labels=("long-context", "conversion", ""),
       desc="Needed for the needle-in-a-haystack sweep (4k–32k). Use the converter script from the upstream repo, "
            "check logits against the original implementation on 8 prompts (max abs diff < 1e-3).",
       watchers=("Dev Raman", ""), spent="3h", sprints=("MLINF Sprint 15", ""), points="1",
       comments=(cm("14/Feb/24 2:10 PM", "Olu Adeyemi", "Done, max abs diff 3.1e-4. Uploaded to the internal hub as "
                                                        "{{eval/mamba-2.8b-hf}}."), "", ""))

ticket("LoRA adapter hot-swap in the inference gateway", "MLINF-430", "10430", "Story", "In Progress", "High", "",
       "Kenji Sato", "Ilse Marquardt", "12/Feb/24 11:11 AM", "06/Mar/24 4:40 PM", fix="gateway 0.9.0",
       component="inference", labels=("serving", "lora", ""),
       desc="As a product team I want to deploy a new LoRA adapter without restarting the model server.\n\n*Notes*\n"
            "* vLLM multi-LoRA (max_loras=8, max_lora_rank=64)\n* adapters pulled from the registry "
            "(RFC-7: adapter registry)\n* rollback in < 1 min\n\nSee the talk \"How we cut inference cost by 40%\" "
            "from the January all-hands for the cost model.",
       watchers=("Ilse Marquardt", "Dev Raman"), est="5d", rem="2d", spent="3d",
       sprints=("MLINF Sprint 16", ""), points="8", epic="MLINF-400",
       comments=(cm("28/Feb/24 10:14 AM", "Kenji Sato", "Hot-swap works; first request after swap is 1.9 s slower "
                                                       "(adapter load). Prefetch on registry webhook?"),
                 cm("06/Mar/24 4:38 PM", "Ilse Marquardt", "Yes, prefetch. Also keep an eye on the attention-sink "
                                                          "trick people keep asking about, but not in this story."),
                 ""))

ticket("Gateway: prefetch adapters on registry webhook", "MLINF-431", "10431", "Sub-task", "To Do", "Medium", "",
       "Kenji Sato", "Kenji Sato", "06/Mar/24 4:45 PM", "06/Mar/24 4:45 PM", component="inference",
       labels=("serving", "lora", ""), desc="Sub-task of MLINF-430.", sprints=("MLINF Sprint 16", ""),
       parent="10430", parent_summary="LoRA adapter hot-swap in the inference gateway", points="2")

ticket("Postmortem: NCCL timeout during ZeRO-3 run on 29 Feb", "MLINF-436", "10436", "Incident", "Done", "Highest",
       "Done", "Dev Raman", "Dev Raman", "01/Mar/24 8:02 AM", "04/Mar/24 10:20 AM", resolved="04/Mar/24 10:20 AM",
       component="training", labels=("postmortem", "nccl", "deepspeed"),
       desc="h3. Summary\nJob 88213 (13B continued pretraining, DeepSpeed ZeRO-3, 64×A100) hung for 3 h 12 min at "
            "step 41,200 and was killed by the watchdog. Lost ~205 GPU-hours.\n\nh3. Root cause\nOne node's IB port "
            "flapped; NCCL_TIMEOUT was 7200 s.\n\nh3. Actions\n# NCCL_TIMEOUT=1800 and checkpoint every 500 steps "
            "(was 2000)\n# alert on IB port errors\n# document the restart procedure",
       env="nccl 2.19.3, deepspeed 0.13.1", watchers=("Ilse Marquardt", "Olu Adeyemi"), spent="1d",
       sprints=("MLINF Sprint 16", ""), points="3",
       comments=(cm("01/Mar/24 9:15 AM", "Olu Adeyemi", "Node gpu-a17 had 4,112 symbol errors on mlx5_2 "
                                                       "overnight."), "", ""),
       attachment="01/Mar/24 9:30 AM;" + ACC["Dev Raman"] + ";grafana_nccl_88213.png;"
                  "https://kestrel.atlassian.net/rest/api/3/attachment/content/20931")

ticket("Chinchilla-style token budget calculator in the planning sheet", "MLINF-440", "10440", "Task", "To Do", "Low",
       "", "", "Ilse Marquardt", "05/Mar/24 3:33 PM", "05/Mar/24 3:33 PM", labels=("planning", "", ""),
       desc="Column for \"optimal tokens\" = 20 × params, and GPU-days at 42% MFU. Purely a spreadsheet change.",
       sprints=("", ""), points="1")

ticket("Book room 3.12 for the Thursday reading group", "MLINF-441", "10441", "Task", "Done", "Lowest", "Done",
       "Marta Oliveira", "Marta Oliveira", "05/Mar/24 4:02 PM", "06/Mar/24 9:00 AM", resolved="06/Mar/24 9:00 AM",
       labels=("admin", "", ""),
       desc="Thursdays 16:00–17:00 until end of June. Next up is the DPO paper, then whatever the serving people "
            "want (probably speculative decoding).",
       cost="")

buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n")
w.writerow(HEADER)
for row in T:
    w.writerow(row)
with open(OUT, "w", encoding="utf-8", newline="") as f:
    f.write(buf.getvalue())
print("wrote", OUT)
