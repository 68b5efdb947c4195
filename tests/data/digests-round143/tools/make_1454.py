#!/usr/bin/env python3
"""1454: Taskcafe's GraphQL API through curl and jq (Thai task names and descriptions): a Thai NLP reading group's
board — the query file, then `findProject` with its labels and task groups (this week / waiting / read / tools, not
papers), each task with position, completion, due date, description (Markdown with links), labels and assignees.
jq's two-space layout, Thai raw. Ids are UUIDs (invented, from a hash); positions are Taskcafe's multiples of 65535
as remembered; a task is complete exactly when it has a completedAt; label references point at the project's labels.
Not papers: the Hugging Face NLP course, the PyThaiNLP docs, the wisesight_sentiment dataset, WangchanBERTa (a model;
its paper is not named). Nicknames: ELMo, word2vec, BPE, ELECTRA / Electric, GLAT — labelled where their titles are
written in full."""
import hashlib, json, os, sys, uuid
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1454, keys


def uid(s):
    return str(uuid.UUID(bytes=hashlib.md5(s.encode()).digest(), version=4))


LABELS = [("core", "เปเปอร์หลัก", "#e362e3"), ("bg", "พื้นฐาน", "#7a6ff0"), ("tool", "เครื่องมือ", "#5dc9b5"), ("mt", "แปลภาษา", "#e8b425")]
MEM = {"pim": "พิมพ์ชนก ศรีสุข", "ton": "ต้น วัฒนชัย", "may": "เมย์ อินทรประเสริฐ"}
GROUPS = [
 ("อ่านสัปดาห์นี้", [
   (T("2006.03236"), f"ลิงก์: https://arxiv.org/abs/2006.03236\n\nดูส่วน pooling ใน encoder แล้วเทียบกับ WangchanBERTa ที่เราใช้อยู่", ["core"], ["pim"], "2024-05-21T10:00:00Z", None),
   (f"อ่าน {T('2008.07905')}", f"ACL 2021 — [OpenReview](https://openreview.net/forum?id={OR('2008.07905')})\n\nต้นเป็นคนนำเสนอ", ["core", "mt"], ["ton"], "2024-05-21T10:00:00Z", None),
   (T("1508.07909"), "https://arxiv.org/pdf/1508.07909.pdf\n\nใช้อธิบายว่าทำไม tokenizer ภาษาไทยต้องมี subword (ไม่มีช่องว่างระหว่างคำ)", ["bg", "mt"], ["may"], "2024-05-21T10:00:00Z", None),
 ]),
 ("รออ่าน", [
   (T("2010.06040"), f"PDF: https://openreview.net/pdf?id={OR('2010.06040')}\n\nMLM แบบใหม่ — ยังไม่มีใครรับ", ["core"], [], None, None),
   (T("1802.05365"), "NAACL 2018 ยังหาลิงก์ที่ไม่ใช่ paywall อยู่", ["bg"], [], "2024-05-28T10:00:00Z", None),
   (T("2012.08561"), "EMNLP 2020 ภาคต่อของ ELECTRA (ชื่อเล่น Electric)", ["core"], ["pim"], None, None),
 ]),
 ("อ่านแล้ว", [
   (T("1301.3781"), "arXiv:1301.3781 — พื้นฐานก่อนอ่าน ELMo, สรุปอยู่ใน Notion ของกลุ่ม", ["bg"], ["ton", "may"], "2024-05-07T10:00:00Z", "2024-05-07T12:41:09Z"),
   (T("1910.03771"), "อ่านคู่กับคอร์สของ Hugging Face, ไม่ต้องลงรายละเอียด", ["tool"], ["may"], "2024-05-14T10:00:00Z", "2024-05-14T11:58:30Z"),
 ]),
 ("เครื่องมือ / ไม่ใช่เปเปอร์", [
   ("ทำแบบฝึกหัด Hugging Face NLP Course บทที่ 6 (tokenizers)", "https://huggingface.co/learn/nlp-course/chapter6/1", ["tool"], ["pim", "ton", "may"], None, None),
   ("ลอง PyThaiNLP word_tokenize: newmm เทียบ attacut", "เอกสาร: https://pythainlp.github.io/docs/5.0/api/tokenize.html", ["tool"], ["ton"], None, None),
   ("ชุดข้อมูล wisesight_sentiment สำหรับ fine-tune", "https://huggingface.co/datasets/wisesight_sentiment\n\nแบ่ง train/valid/test ตามของเดิม", ["tool"], ["may"], None, "2024-05-10T08:03:44Z"),
 ]),
]
PID = uid("project:thai-nlp-reading")
labels = [{"id": uid("label:" + k), "name": n, "labelColor": {"colorHex": c}} for k, n, c in LABELS]
lid = {k: uid("label:" + k) for k, *_ in LABELS}
groups = []
for gi, (g, tasks) in enumerate(GROUPS):
    ts = []
    for ti, (name, desc, labs, who, due, done) in enumerate(tasks):
        ts.append({"id": uid(f"task:{g}:{ti}"), "name": name, "position": 65535 * (ti + 1), "complete": done is not None,
                   "completedAt": done, "dueDate": {"at": due}, "description": desc,
                   "labels": [{"id": uid(f"tl:{g}:{ti}:{l}"), "projectLabel": {"id": lid[l], "name": dict((k, n) for k, n, _ in LABELS)[l]}} for l in labs],
                   "assigned": [{"id": uid("user:" + w), "fullName": MEM[w]} for w in who]})
    groups.append({"id": uid("group:" + g), "name": g, "position": 65535 * (gi + 1), "tasks": ts})
resp = {"data": {"findProject": {"id": PID, "name": "กลุ่มอ่านเปเปอร์ NLP ภาษาไทย — ภาคเรียน 1/2567", "labels": labels, "taskGroups": groups}}}
QUERY = ("query findProject($projectID: UUID!) { findProject(input: {projectID: $projectID}) { id name labels { id name "
         "labelColor { colorHex } } taskGroups { id name position tasks { id name position complete completedAt dueDate "
         "{ at } description labels { id projectLabel { id name } } assigned { id fullName } } } } }")
qf = {"operationName": "findProject", "variables": {"projectID": PID}, "query": QUERY}
P = "pim@nlp-th:~/taskcafe$ "
out = P + "cat find_project.json\n" + json.dumps(qf, ensure_ascii=False) + "\n"
out += P + "curl -s http://taskcafe.nlp-th.example:3333/graphql -H 'Content-Type: application/json' -b \"authToken=$TC_TOKEN\" -d @find_project.json | jq\n"
out += json.dumps(resp, indent=2, ensure_ascii=False) + "\n"
out += P + "curl -s http://taskcafe.nlp-th.example:3333/graphql -H 'Content-Type: application/json' -b \"authToken=$TC_TOKEN\" -d @find_project.json | jq -r '.data.findProject.taskGroups[] | \"\\(.name): \\(.tasks | length)\"'\n"
out += "".join(f"{g['name']}: {len(g['tasks'])}\n" for g in groups)
out += P + "\n"
write_only(F1454, out, keys(F1454))
