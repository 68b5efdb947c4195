#!/usr/bin/env python3
"""1068: a Chinese master's student's Super Productivity data as the desktop app's "Export data" button saves it
(`super-productivity-backup.json`): one line of compact JSON (JSON.stringify), UTF-8 raw, no final newline. NgRx entity
states (`ids` + `entities`) for project, task, tag, note, taskArchive and the empty ones; tasks with Super
Productivity's keys (subTaskIds / parentId, timeSpentOnDay in ms per local date, timeSpent = their sum and a parent's
time = its subtasks', isDone with doneOn, Markdown notes, LINK attachments with a title, tagIds mirrored in the tags'
taskIds), the project's workStart / workEnd per worked day, project notes, lastLocalSyncModelChange last. The PEFT
library docs, a Zhihu column post, the AdaLoRA and microsoft/deberta-v3-base pages and repositories are not papers;
"AdaLoRA", "BitFit", "T-Few", "(IA)³", "P-Tuning", "AutoDropout", "AdamW", "DeBERTaV3", "LoRA" are nicknames."""
import hashlib, json, os, sys
from datetime import datetime, timedelta, timezone
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys

F = by_num(1068)
K = dict(adalora="2303.10512", bitfit="2106.10199", unified="2110.04366", tfew="2205.05638", ptuning="2103.10385",
         autodrop="2101.01761", adamw="1711.05101", deberta="2006.03654")
CN = timezone(timedelta(hours=8))
A = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"


def nid(seed):
    h = hashlib.sha256(("sp-" + seed).encode()).digest()
    return "".join(A[b % 64] for b in h[:21])


def ms(y, mo, d, h, mi, s=0):
    return int(datetime(y, mo, d, h, mi, s, tzinfo=CN).timestamp() * 1000) + (d * 37 + mi * 11) % 1000


H = 3600000
PROJ = nid("project-thesis")
PROJ_GRP = nid("project-group")
TAG_READ, TAG_EXP = nid("tag-read"), nid("tag-exp")


def att(seed, path, title):
    return {"id": nid("att-" + seed), "type": "LINK", "path": path, "title": title, "icon": "bookmark"}


def task(seed, title, notes="", project=PROJ, days=None, est=0, done=None, created=None, tags=(), parent=None,
         atts=(), subs=()):
    days = days or {}
    return {"id": nid(seed), "projectId": project, "subTaskIds": [nid(s) for s in subs], "timeSpentOnDay": days,
            "timeSpent": sum(days.values()), "timeEstimate": est, "isDone": done is not None, "doneOn": done,
            "title": title, "notes": notes, "tagIds": list(tags), "parentId": nid(parent) if parent else None,
            "reminderId": None, "created": created, "repeatCfgId": None, "plannedAt": None, "_showSubTasksMode": 2,
            "attachments": list(atts), "issueId": None, "issuePoints": None, "issueType": None,
            "issueAttachmentNr": None, "issueLastUpdated": None, "issueWasUpdated": None}


tasks = [
 task("adalora", "精读 AdaLoRA 并在 GLUE 上复现", tags=["TODAY", TAG_READ],
      notes=f"""**{T(K["adalora"])}**（ICLR 2023）

- 核心：把增量矩阵写成 SVD 形式 P·Λ·Q，按重要性分数动态裁剪奇异值，总秩预算逐步下降
- 和 LoRA 的区别：不同层、不同矩阵拿到的秩不一样；作者发现 FFN 和高层更需要秩
- 复现注意：正交正则项的系数、预算调度（warmup 之后三次方下降）

官方代码见附件（仓库，不是论文）。""",
      created=ms(2024, 2, 26, 20, 14), est=10 * H, subs=["adalora-s3", "adalora-mnli"],
      atts=[att("adalora-abs", "https://arxiv.org/abs/2303.10512", "arXiv 论文页"),
            att("adalora-code", "https://github.com/QingruZhang/AdaLoRA", "QingruZhang/AdaLoRA（代码）")]),
 task("adalora-s3", "读第 3 节：SVD 形式的参数化与重要性评分", parent="adalora", tags=[],
      days={"2024-02-27": int(1.5 * H), "2024-02-28": 2 * H}, done=ms(2024, 2, 28, 22, 41),
      created=ms(2024, 2, 26, 20, 15), est=3 * H),
 task("adalora-mnli", "在 deberta-v3-base 上跑 MNLI（rank 预算 = 144）", parent="adalora", tags=[],
      notes="显存 24G 够用，batch 32，lr 5e-4。第一次跑 loss 发散，怀疑正交正则系数太大。",
      days={"2024-03-04": int(2.5 * H), "2024-03-05": 1 * H}, created=ms(2024, 2, 26, 20, 16), est=6 * H),
 task("unified", "整理「PEFT 统一视角」笔记，写进第二章", tags=["TODAY", TAG_READ],
      notes=f"""《{T(K["unified"])}》把 adapter、prefix tuning、LoRA 统一写成对隐藏状态的修改 Δh：

| 方法 | 插入位置 | 修改形式 | 组合函数 |
| --- | --- | --- | --- |
| Adapter | FFN 之后 | 非线性 | 加法 |
| Prefix tuning | 注意力 | 线性 | 门控加法 |
| LoRA | 注意力权重 | 线性 | 加法 |

结论：FFN 上用并行 adapter（大参数），注意力上用 prefix（小参数）= MAM adapter。
评审意见在 OpenReview 上，附件里有链接。""",
      days={"2024-03-01": 2 * H, "2024-03-05": int(0.75 * H)}, created=ms(2024, 2, 29, 9, 2), est=4 * H,
      atts=[att("unified-or", "https://openreview.net/forum?id=0RDcd5Axok", "OpenReview（ICLR 2022 spotlight）")]),
 task("bitfit", "BitFit 基线：只训 bias", tags=[TAG_EXP],
      notes=f"""论文：{T(K["bitfit"])}

只更新 bias 项（约 0.08% 参数）。小数据集上和全量微调差不多，作为最便宜的基线放进表 4.2。""",
      days={"2024-02-23": 3 * H}, done=ms(2024, 2, 23, 23, 5), created=ms(2024, 2, 20, 15, 30), est=3 * H,
      atts=[att("bitfit-pdf", "https://arxiv.org/pdf/2106.10199.pdf", "BitFit PDF")]),
 task("tfew", "对比 (IA)³ 和 in-context learning 的推理成本", tags=[TAG_READ],
      notes=f"""{T(K["tfew"])}（Liu 等, arXiv:2205.05638）

- T-Few 配方：(IA)³ + 无似然损失 + 长度归一化
- 成本按 FLOPs 算：ICL 每次推理都要带示例，PEFT 只训练一次
- 问题：他们的 RAFT 结果能不能迁移到中文任务？""",
      created=ms(2024, 3, 2, 10, 47), est=2 * H),
 task("ptuning", "写相关工作：P-Tuning 系列", tags=[],
      notes=f"""P-Tuning 原文：{T(K["ptuning"])}，arXiv:2103.10385。
注意区分 P-Tuning v2（那篇不在这里引）。相关中文解读：https://zhuanlan.zhihu.com/p/364141928（知乎专栏，不是论文）""",
      created=ms(2024, 3, 2, 10, 52), est=int(1.5 * H)),
 task("reg", "正则化对 PEFT 的影响：要不要调 dropout 和 weight decay？", tags=[TAG_EXP],
      notes=f"""导师建议的两篇：

1. {T(K["autodrop"])}（Pham & Le, AAAI 2021）——学出来的 dropout 模式，结构化地丢弃
2. {T(K["adamw"])}——也就是 AdamW，我们所有实验的优化器

先做小实验：LoRA 的 dropout ∈ {{0, 0.05, 0.1}} × weight decay ∈ {{0, 0.01}}。""",
      created=ms(2024, 3, 3, 21, 8), est=5 * H),
 task("backbone", "确定基座模型", tags=[],
      notes=f"""候选：DeBERTaV3-base。原始论文是 {T(K["deberta"])}，v3 的改进（ELECTRA 式预训练）另有技术报告。
模型页见附件（模型卡，不是论文）。""",
      days={"2024-02-21": int(0.5 * H)}, done=ms(2024, 2, 21, 16, 20), created=ms(2024, 2, 20, 15, 41), est=H,
      atts=[att("deberta-hf", "https://huggingface.co/microsoft/deberta-v3-base", "microsoft/deberta-v3-base")]),
 task("slides", "组会 PPT：PEFT 方法对比（3 月 8 日）", project=PROJ_GRP, tags=["TODAY"],
      notes="- 10 页以内\n- 一页讲 AdaLoRA 的预算调度\n- 一页讲统一视角的表格",
      days={"2024-03-05": 1 * H}, created=ms(2024, 3, 4, 18, 3), est=3 * H),
]
# a parent's time is its subtasks'
by = {t["id"]: t for t in tasks}
for t in tasks:
    if t["subTaskIds"]:
        d = {}
        for s in t["subTaskIds"]:
            for k, v in by[s]["timeSpentOnDay"].items(): d[k] = d.get(k, 0) + v
        t["timeSpentOnDay"] = dict(sorted(d.items()))
        t["timeSpent"] = sum(d.values())

archived = [task("lora-orig", "读 LoRA 原文（第 4、7 节）", tags=[TAG_READ],
                 notes="低秩分解 W = W0 + BA，B 初始化为 0。已读，笔记在 Obsidian 里。",
                 days={"2024-02-14": 2 * H}, done=ms(2024, 2, 14, 22, 30), created=ms(2024, 2, 12, 9, 0), est=2 * H)]

THEME = {"isAutoContrast": True, "isDisableBackgroundGradient": False, "primary": "#29a1aa", "huePrimary": "500",
         "accent": "#ff4081", "hueAccent": "500", "warn": "#e11826", "hueWarn": "500", "backgroundImageDark": None,
         "backgroundImageLight": None}
WL = {"worklogExportSettings": {"cols": ["DATE", "START", "END", "TIME_CLOCK", "TITLES_INCLUDING_SUB"],
                                "roundWorkTimeTo": None, "roundStartTimeTo": None, "roundEndTimeTo": None,
                                "separateTasksBy": " | ", "groupBy": "DATE"}}


def work_days(pid):
    days = sorted({d for t in tasks + archived if t["projectId"] == pid and not t["subTaskIds"] for d in t["timeSpentOnDay"]})
    ws, we = {}, {}
    for d in days:
        y, mo, dd = map(int, d.split("-"))
        spent = sum(t["timeSpentOnDay"].get(d, 0) for t in tasks + archived if t["projectId"] == pid and not t["subTaskIds"])
        ws[d] = ms(y, mo, dd, 19, 30)
        we[d] = ws[d] + spent + 20 * 60000
    return ws, we


NOTES = [{"id": nid("note-reading"), "projectId": PROJ, "content": """## 第二章阅读清单（按优先级）

1. PEFT 统一视角 ✅
2. AdaLoRA（正在复现）
3. T-Few / (IA)³
4. P-Tuning
5. BitFit（基线，已完成）

参考：Hugging Face PEFT 文档 https://huggingface.co/docs/peft/index （文档，不是论文）""",
          "isPinnedToToday": True, "isLock": False, "created": ms(2024, 2, 20, 15, 25), "modified": ms(2024, 3, 4, 18, 10)},
         {"id": nid("note-meeting"), "projectId": PROJ_GRP, "content": """组会 3/1 记录

- 王老师：第二章要有一张统一的对比表，参数量、显存、效果
- 下次（3/8）我讲 PEFT 对比""",
          "isPinnedToToday": False, "isLock": False, "created": ms(2024, 3, 1, 16, 40), "modified": ms(2024, 3, 1, 16, 52)}]


def project(pid, title, created_notes):
    ws, we = work_days(pid)
    top = [t["id"] for t in tasks if t["projectId"] == pid and not t["parentId"]]
    return {"id": pid, "title": title, "isArchived": False, "isHiddenFromMenu": False, "isEnableBacklog": True,
            "backlogTaskIds": [t for t in top if not by[t]["tagIds"] and not by[t]["isDone"]],
            "noteIds": [n["id"] for n in created_notes if n["projectId"] == pid],
            "taskIds": [t for t in top if by[t]["tagIds"] or by[t]["isDone"]], "theme": THEME, "advancedCfg": WL,
            "workStart": ws, "workEnd": we, "breakTime": {}, "breakNr": {}, "icon": None}


projects = [project(PROJ, "硕士论文：参数高效微调", NOTES), project(PROJ_GRP, "实验室组会", NOTES)]


def tag(tid, title, color, icon, created):
    return {"id": tid, "title": title, "color": color, "created": created,
            "taskIds": [t["id"] for t in tasks if tid in t["tagIds"]], "icon": icon, "theme": THEME,
            "advancedCfg": WL, "workStart": {}, "workEnd": {}, "breakTime": {}, "breakNr": {}}


tags = [tag("TODAY", "Today", None, "wb_sunny", ms(2023, 9, 1, 10, 0)), tag(TAG_READ, "论文阅读", "#7e57c2", None, ms(2023, 9, 3, 11, 2)),
        tag(TAG_EXP, "实验", "#26a69a", None, ms(2023, 9, 3, 11, 3))]


def ent(items):
    return {"ids": [x["id"] for x in items], "entities": {x["id"]: x for x in items}}


EMPTY = {"ids": [], "entities": {}}
last = max([t["created"] for t in tasks] + [t["doneOn"] or 0 for t in tasks] + [n["modified"] for n in NOTES]) + 95000
data = {
 "project": ent(projects),
 "globalConfig": {"lang": {"lng": "zh"}, "misc": {"isConfirmBeforeExit": False, "isMinimizeToTray": True,
                  "isTurnOffMarkdown": False, "isAutMarkParentAsDone": False, "defaultProjectId": PROJ,
                  "firstDayOfWeek": 1, "startOfNextDay": 0},
                  "pomodoro": {"isEnabled": True, "duration": 1500000, "breakDuration": 300000,
                               "longerBreakDuration": 900000, "cyclesBeforeLongerBreak": 4},
                  "sync": {"isEnabled": False, "syncProvider": None, "syncInterval": 300000}},
 "reminders": [],
 "task": {**ent(tasks), "currentTaskId": None, "selectedTaskId": None, "taskDetailTargetPanel": "Default",
          "lastCurrentTaskId": nid("unified"), "isDataLoaded": True},
 "tag": ent(tags),
 "simpleCounter": EMPTY,
 "taskArchive": ent(archived),
 "taskRepeatCfg": EMPTY,
 "note": {**ent(NOTES), "todayOrder": [NOTES[0]["id"]]},
 "metric": EMPTY,
 "improvement": {**EMPTY, "hiddenImprovementBannerItems": []},
 "obstruction": EMPTY,
 "planner": {"days": {}},
 "lastLocalSyncModelChange": last,
 "lastArchiveUpdate": archived[0]["doneOn"] + 3 * 86400000,
}
# the archived task's tag: archived tasks keep their tagIds, tags list only live tasks
text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
write_only(F, text, keys(F))
