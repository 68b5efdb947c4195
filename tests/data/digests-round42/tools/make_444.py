#!/usr/bin/env python3
"""444: a PTT (批踢踢實業坊) post copied from the web version, Traditional Chinese: the 作者 / 看板 / 標題 / 時間
header, the body with 【】-free plain numbering "(1)…", full-width punctuation around English titles, the "--"
signature, "※ 發信站:" and "※ 文章網址:" lines, pushes "推 / → / 噓 id: text  MM/DD HH:MM", an "※ 編輯:" line. The
IP addresses are documentation addresses (203.0.113.0/24). LLM fine-tuning, prompting and long context."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F444, keys

K = keys(F444)
t = T


def push(tag, uid, msg, when):
    s = f"{tag} {uid}: {msg}"
    w = sum(2 if ord(c) > 0x2e80 else 1 for c in s)
    return s + " " * max(1, 66 - w) + when


text = f"""作者  gradmouse (研究生老鼠)                                       看板  DataScience
標題  [分享] 這學期 LLM 讀書會 10 篇論文整理（微調、提示、長上下文）
時間  Sat Mar 16 22:41:07 2024
───────────────────────────────────────

板上好像很少人整理這類清單，剛好我們實驗室讀書會這學期讀完一輪，
把清單和一點心得貼上來，給想入門的板友參考。
順序是我們讀的順序，不是重要性排序。有錯請鞭小力一點 QQ

=== 一、參數高效微調 ===

(1) {t('2106.09685')}
    連結：https://arxiv.org/abs/2106.09685
    心得：現在幾乎是標配，重點看低秩假設那段和 r 的消融實驗。

(2) 《{t('2101.00190')}》
    ACL 2021（ACL Anthology 2021.acl-long.353）
    心得：只學前綴向量，跟 LoRA 對照著讀很有感。

(3) {t('2106.10199').lower()}
    ACL 2022 短文，程式碼在作者的 GitHub。
    心得：只調 bias 就能打不少任務，當 baseline 很好用。

=== 二、提示與「湧現」 ===

(4) 「{t('2201.11903')}」
    https://openreview.net/forum?id={OR('2201.11903')}（NeurIPS 2022）
    心得：few-shot 範例裡寫出推理步驟。這篇大家應該都聽過了。

(5) {t('2206.07682')}，arXiv 2206.07682（後來登在 TMLR）
    心得：讀完記得去找後續那篇說湧現是評估指標造成的，兩邊一起看。

(6) {t('2207.05221')}
    Anthropic 的報告，PDF 很長，我們只讀了 P(True) 和校準的部分。

(7) 《{t('1904.09751')}》，ICLR 2020
    心得：nucleus sampling 的出處，解碼參數 top-p 就是從這來的。

=== 三、長上下文 ===

(8) {t('2307.03172')}
    https://arxiv.org/pdf/2307.03172.pdf
    心得：答案放中間模型就找不到，做 RAG 的人一定要看。

(9) {t('2306.15595')}
    https://arxiv.org/abs/2306.15595v2
    心得：位置插值，幾行程式就把 LLaMA 拉到 32k，推導很短。

=== 四、多模態（加碼） ===

(10) {t('2304.08485')}（arXiv:2304.08485）
     心得：LLaVA，用 GPT-4 生指令資料，讀書會最後一週大家最有興趣的一篇。

---
附帶：沒有列進來但有討論到的東西
- HF 的 PEFT 套件、vLLM（工具，不是論文）
- 李宏毅老師的課程影片（YouTube）
- 有人推薦 FlashAttention，下學期再讀

下學期打算讀 agent 和 RAG，有推薦的也歡迎留言～

--
          研究生老鼠的日常：跑實驗、等 GPU、再跑實驗
--
※ 發信站: 批踢踢實業坊(ptt.cc), 來自: 203.0.113.45 (臺灣)
※ 文章網址: https://www.ptt.cc/bbs/DataScience/M.1710600067.A.3F2.html
{push("推", "kuroneko", "推整理，LoRA 那篇現在真的是標配", "03/16 22:45")}
{push("→", "kuroneko", "BitFit 意外地好用", "03/16 22:46")}
{push("推", "sigma_tw", "Lost in the Middle 那篇做 RAG 必看 +1", "03/16 23:01")}
※ 編輯: gradmouse (203.0.113.45 臺灣), 03/16/2024 23:02:11
{push("推", "yuanyuan", "請問讀書會有開放外校嗎", "03/16 23:05")}
{push("→", "gradmouse", "yuanyuan: 目前只有實驗室內部，抱歉", "03/16 23:09")}
{push("噓", "nightowl9", "湧現那篇早就被打臉了吧", "03/16 23:20")}
{push("→", "gradmouse", "nightowl9: 所以第 5 篇心得有寫要一起看後續那篇啊", "03/16 23:24")}
{push("推", "t0mat0", "收藏，下學期想讀 agent 可以看 ReAct", "03/17 00:12")}
{push("推", "papercat", "感謝分享", "03/17 09:33")}
"""
write_only(F444, text, K)
