#!/usr/bin/env python3
"""976 (negative): an n8n 1.x workflow as the editor's "Download" writes it (JSON.stringify with two-space indent, no
final newline): name, nodes (parameters, id, name, type, typeVersion, position, credentials), pinData (empty: the
author cleared the sample items before sharing), connections by node name, active, settings, versionId, meta
(instanceId), id, tags. A Thai lab's morning bot: a schedule trigger, two arXiv RSS feeds (by category URL), a merge,
a keyword filter, a Code node that drops links already sent (workflow static data), an OpenAI node with a Thai
summary prompt, LINE Notify through an HTTP Request node, and a sticky note. It handles papers but names none: no
catalogue title and nothing arXiv-shaped is written (the builder refuses both)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write

F = "976_negative_n8n_workflow_json_thai_arxiv_rss_to_line_digest.json"


def node(nid, name, typ, ver, pos, params, creds=None):
    n = {"parameters": params, "id": nid, "name": name, "type": typ, "typeVersion": ver, "position": pos}
    if creds: n["credentials"] = creds
    return n


CODE = """// กันส่งซ้ำ: จำลิงก์ที่เคยส่งแล้วไว้ใน static data ของ workflow
const seen = $getWorkflowStaticData('global');
seen.links = seen.links || [];
const out = [];
for (const item of $input.all()) {
  const link = (item.json.link || '').replace(/v\\d+$/, '');
  if (!link || seen.links.includes(link)) continue;
  seen.links.push(link);
  out.push({ json: { title: item.json.title.replace(/\\s+/g, ' ').trim(), link, abstract: item.json.contentSnippet } });
}
// เก็บแค่ 500 ลิงก์ล่าสุด
seen.links = seen.links.slice(-500);
// ส่งวันละไม่เกิน 5 เรื่อง ไม่งั้นกลุ่มไลน์จะรก
return out.slice(0, 5);"""

PROMPT = ("สรุปบทคัดย่อต่อไปนี้เป็นภาษาไทยไม่เกิน 3 บรรทัด ให้นักศึกษาปริญญาโทอ่านเข้าใจ "
          "บอกว่างานนี้แก้ปัญหาอะไร ใช้วิธีอะไร และเกี่ยวกับงานด้านภาษาไทยหรือเสียงพูดของแล็บเราหรือไม่ "
          "ห้ามแต่งตัวเลขผลการทดลองขึ้นเอง\n\nชื่อเรื่อง: {{ $json.title }}\nบทคัดย่อ: {{ $json.abstract }}")
STICKY = ("## 🤖 บอทสรุปเปเปอร์ตอนเช้า\nดึง RSS ของ arXiv (cs.CL + cs.SD) ทุกวัน 7 โมง → กรองด้วยคำสำคัญ → "
          "ตัดเรื่องที่เคยส่ง → ให้ GPT สรุปเป็นภาษาไทย → ส่งเข้ากลุ่มไลน์ของแล็บ\n\n"
          "**หมายเหตุ** ล้าง pinned data ออกแล้วก่อนแชร์ไฟล์นี้ ถ้าจะทดสอบให้กด *Execute workflow* เอง\n"
          "โทเคน LINE Notify อยู่ใน credentials ชื่อ `LINE แล็บ` (ขอจากพี่ธนพล)")
wf = {
    "name": "สรุปเปเปอร์ arXiv ประจำวัน → LINE",
    "nodes": [
        node("0b7c4e2a-91d3-4f6b-8a25-3e1f9c6d7a40", "ทุกเช้า 7 โมง", "n8n-nodes-base.scheduleTrigger", 1.2, [-80, 300],
             {"rule": {"interval": [{"triggerAtHour": 7}]}}),
        node("5d2f8b61-0c7e-4a93-b4f1-6e8a2d9c3b17", "arXiv cs.CL", "n8n-nodes-base.rssFeedRead", 1.1, [160, 200],
             {"url": "https://rss.arxiv.org/rss/cs.CL", "options": {}}),
        node("a94e1c37-5b28-4d60-9f7a-2c3b8e6d1f05", "arXiv cs.SD", "n8n-nodes-base.rssFeedRead", 1.1, [160, 400],
             {"url": "https://rss.arxiv.org/rss/cs.SD", "options": {}}),
        node("e3b6d0f8-7a14-42c9-8d5e-91f2a4c7b368", "รวมสองฟีด", "n8n-nodes-base.merge", 3, [400, 300], {}),
        node("7f1a9c42-d8e3-4b57-a016-5c2e8b3f9d71", "กรองคำสำคัญ", "n8n-nodes-base.filter", 2, [620, 300],
             {"conditions": {"options": {"caseSensitive": False, "leftValue": "", "typeValidation": "loose"},
                             "conditions": [{"id": "c1e7d2a9-4b3f-4f60-8e15-0a9d6c2b7e34", "leftValue": "={{ $json.title + ' ' + $json.contentSnippet }}",
                                             "rightValue": "thai", "operator": {"type": "string", "operation": "contains"}},
                                            {"id": "f84b2c61-9e07-4d3a-b5c8-7a1e3f0d9b26", "leftValue": "={{ $json.title + ' ' + $json.contentSnippet }}",
                                             "rightValue": "low-resource", "operator": {"type": "string", "operation": "contains"}},
                                            {"id": "2a6e9d14-c3b7-4e85-9f02-d8b5a1c6e473", "leftValue": "={{ $json.title + ' ' + $json.contentSnippet }}",
                                             "rightValue": "speech", "operator": {"type": "string", "operation": "contains"}},
                                            {"id": "9c3f7b20-1d6e-4a48-b7e9-5f0a2c8d4e61", "leftValue": "={{ $json.title + ' ' + $json.contentSnippet }}",
                                             "rightValue": "tokeniz", "operator": {"type": "string", "operation": "contains"}}],
                             "combinator": "or"}, "options": {}}),
        node("c6d8a3e1-2f94-4b7c-9e05-8a1d3b6f2c90", "ตัดเรื่องที่ส่งแล้ว", "n8n-nodes-base.code", 2, [840, 300], {"jsCode": CODE}),
        node("4e9b2d75-a3c1-4f08-86d7-1b5e9c0a3f28", "สรุปภาษาไทย", "@n8n/n8n-nodes-langchain.openAi", 1.3, [1060, 300],
             {"modelId": {"__rl": True, "value": "gpt-4o-mini", "mode": "list", "cachedResultName": "GPT-4O-MINI"},
              "messages": {"values": [{"content": PROMPT}]}, "options": {"temperature": 0.2, "maxTokens": 300}},
             {"openAiApi": {"id": "Qm7tLx2Vb9RkWp4N", "name": "OpenAI แล็บ"}}),
        node("b1f4c8e9-6d27-4a35-9c1e-0f3a7d5b8e62", "ส่งเข้า LINE", "n8n-nodes-base.httpRequest", 4.2, [1280, 300],
             {"method": "POST", "url": "https://notify-api.line.me/api/notify", "authentication": "genericCredentialType",
              "genericAuthType": "httpHeaderAuth", "sendBody": True, "contentType": "form-urlencoded",
              "bodyParameters": {"parameters": [{"name": "message",
                                                 "value": "=📄 {{ $('ตัดเรื่องที่ส่งแล้ว').item.json.title }}\n"
                                                          "{{ $json.message.content }}\n🔗 {{ $('ตัดเรื่องที่ส่งแล้ว').item.json.link }}"}]},
              "options": {"batching": {"batch": {"batchSize": 1, "batchInterval": 1500}}}},
             {"httpHeaderAuth": {"id": "Zr3cN8wYf1DkHs6T", "name": "LINE แล็บ"}}),
        node("8d0e5a3b-f7c2-4196-a4e8-3b9f1c6d2a57", "Sticky Note", "n8n-nodes-base.stickyNote", 1, [-120, -40],
             {"content": STICKY, "height": 260, "width": 520, "color": 5}),
    ],
    "pinData": {},
    "connections": {
        "ทุกเช้า 7 โมง": {"main": [[{"node": "arXiv cs.CL", "type": "main", "index": 0}, {"node": "arXiv cs.SD", "type": "main", "index": 0}]]},
        "arXiv cs.CL": {"main": [[{"node": "รวมสองฟีด", "type": "main", "index": 0}]]},
        "arXiv cs.SD": {"main": [[{"node": "รวมสองฟีด", "type": "main", "index": 1}]]},
        "รวมสองฟีด": {"main": [[{"node": "กรองคำสำคัญ", "type": "main", "index": 0}]]},
        "กรองคำสำคัญ": {"main": [[{"node": "ตัดเรื่องที่ส่งแล้ว", "type": "main", "index": 0}]]},
        "ตัดเรื่องที่ส่งแล้ว": {"main": [[{"node": "สรุปภาษาไทย", "type": "main", "index": 0}]]},
        "สรุปภาษาไทย": {"main": [[{"node": "ส่งเข้า LINE", "type": "main", "index": 0}]]},
    },
    "active": True,
    "settings": {"executionOrder": "v1", "timezone": "Asia/Bangkok", "saveManualExecutions": True, "callerPolicy": "workflowsFromSameOwner"},
    "versionId": "d5a8c1f3-2e74-4b9a-8c06-7f1e3d9b5a24",
    "meta": {"templateCredsSetupCompleted": True, "instanceId": "3f9a1c7e5b2d8f4a6c0e9b1d3f5a7c9e2b4d6f8a0c1e3b5d7f9a2c4e6b8d0f1a"},
    "id": "hT4qW8nLc2ZpR6vX",
    "tags": [{"createdAt": "2023-11-20T03:41:08.512Z", "updatedAt": "2023-11-20T03:41:08.512Z", "id": "Kd9sF2mQ", "name": "lab-bot"}],
}
write(F, json.dumps(wf, ensure_ascii=False, indent=2), negative=True)
