#!/usr/bin/env python3
"""1423: a Teamnote (Hong Kong enterprise messenger) group chat exported as text: a header (對話記錄, 群組, 匯出時間,
匯出者, 成員人數), a rule, then a date line per day (`2024年5月13日 星期一`) and messages `上午 09:41 Name: text`
(12-hour clock with 上午 / 下午), continuation lines of a multi-line message unprefixed, attachments as `[檔案] name
(size)`, `[圖片]`, `[貼圖]`, a recalled message, a reply quoted as `回覆 Name：「…」`. Written in Cantonese with English.
LF, a final newline; the weekdays are computed. Not papers: AutoGen, LangGraph, SWE-agent, Chatbot Arena, the Open LLM
Leaderboard, a YouTube talk, a room booking; MT-Bench, ReAct, RAG are also names."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1423, keys

K, J, W, M, S = "陳嘉欣 Karen", "黃子軒 Jason", "李凱文 Kevin", "張詠琪 Winnie", "吳志明 Sam"
WD = "一二三四五六日"
DAYS = [
 (dt.date(2024, 5, 13), [
  ("09:41", K, "早晨！提提大家今個禮拜四 reading group，輪到 Jason present 🙏"),
  ("09:43", J, f"收到，我講 {T('2303.11366')}\nhttps://arxiv.org/abs/2303.11366\n主要睇 verbal feedback 點樣存落 memory"),
  ("09:44", W, "[貼圖]"),
  ("09:52", M, f"順便可唔可以加埋 {T('2302.04761')}？兩篇都係講 LLM 自己學用工具／反思，一齊講好啲\nhttps://arxiv.org/pdf/2302.04761.pdf"),
  ("10:05", J, "回覆 張詠琪 Winnie：「順便可唔可以加埋…」\nOK 我盡量，不過 Toolformer 嗰part可能講得快啲"),
  ("14:20", S, "[檔案] reading_group_schedule_may.xlsx (18 KB)"),
  ("14:21", S, "更新咗五月時間表，6號房已經book咗（科研大樓7樓會議室B）"),
 ]),
 (dt.date(2024, 5, 14), [
  ("11:02", W, "有冇人用過 AutoGen？老細想我哋下個月 demo 個 multi-agent 嘢"),
  ("11:05", K, "用過少少，不過 LangGraph 好似易 debug 啲，docs: https://langchain-ai.github.io/langgraph/"),
  ("11:07", W, "訊息已收回"),
  ("11:08", W, "OK thx，我試吓兩個都玩吓先"),
  ("16:33", M, f"另外想搵人一齊睇 evaluation 嗰邊：{T('2306.05685')} (arXiv:2306.05685)\n即係 MT-Bench 同 Chatbot Arena 嗰篇，用 GPT-4 做評判有幾靠得住"),
  ("16:35", S, "Chatbot Arena 個 leaderboard 成日都變，我哋 report 用邊日嘅數要寫低"),
  ("16:40", M, f"仲有 {T('2009.03300')}，MMLU 嗰個 benchmark，我哋 model 嘅分數要同 Open LLM Leaderboard 對得上"),
 ]),
 (dt.date(2024, 5, 16), [
  ("09:15", J, "[檔案] reflexion_slides_v2.pdf (2.4 MB)"),
  ("09:15", J, "slides 喺度，今日 4 點見"),
  ("15:58", K, "[圖片]"),
  ("15:58", K, "房有人用緊，我哋去隔籬 7樓 pantry 先 😂"),
  ("18:12", S, f"今日講開 code agent，呢篇 benchmark 必睇：{T('2310.06770')}\nhttps://openreview.net/forum?id=VTF8yNQM66\nSWE-agent repo 都有 reproduce 個 baseline: https://github.com/princeton-nlp/SWE-agent"),
  ("18:20", W, f"Minecraft 嗰篇都好正 {T('2305.16291')}\nproject page 有片睇: https://voyager.minedojo.org/"),
 ]),
 (dt.date(2024, 5, 20), [
  ("10:30", K, "下一輪題目諗咗兩個方向，大家揀吓：\n1) retrieval + agent\n2) agent 嘅 evaluation"),
  ("10:34", M, f"我投 1)，可以睇 {T('2310.11511')}，再加返篇舊啲嘅 {T('2010.00904')}（GENRE，用 seq2seq 直接生成 entity 名）"),
  ("10:36", J, "+1 retrieval"),
  ("10:41", W, "我都 OK。YouTube 有個 talk 講 Self-RAG 講得幾清楚，遲啲搵返條 link"),
  ("17:55", K, "咁就定咗 1)，下星期四開始。記得喺 Teamnote 個 poll 度 vote 時間 🗳️"),
 ]),
]
n_msgs = sum(len(m) for _, m in DAYS)
out = ["Teamnote 對話記錄", "群組：LLM Agent 讀書會 🤖", "匯出時間：2024年5月20日 下午6:02", f"匯出者：{K}",
       "成員人數：5", "─" * 30, ""]
for d, msgs in DAYS:
    out.append(f"{d.year}年{d.month}月{d.day}日 星期{WD[d.weekday()]}")
    for hm, who, text in msgs:
        h, m = map(int, hm.split(":"))
        ap = "上午" if h < 12 else "下午"
        h12 = h if h <= 12 else h - 12
        out.append(f"{ap} {h12:02d}:{m:02d} {who}: {text}")
    out.append("")
write_only(F1423, "\n".join(out), keys(F1423))
