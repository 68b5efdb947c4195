#!/usr/bin/env python3
"""803: a Dcard thread as a student's scraper saved it: `{"post": …, "comments": […]}` built from the public API
responses (`/service/api/v2/posts/{id}` and `/posts/{id}/comments`) and dumped by Python's json (ensure_ascii=False,
indent=2): Dcard's field names (forumAlias, anonymousSchool, withNickname, commentCount, likeCount, floor, host,
hiddenByAuthor, reactions, topics, mediaMeta …), ISO timestamps with milliseconds and Z, contents with `\\n` line
breaks, a comment deleted by its author (hiddenByAuthor, no content). Traditional Chinese; papers on
vision-language models, segmentation and robustness (a grab-bag, as a forum thread is)."""
import json, os, sys, uuid
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import by_num, keys

F = by_num(803)
PID = 255103887

POST = {
 "id": PID, "title": "[問題] 碩一想入門多模態／視覺語言，該從哪些論文開始讀？",
 "excerpt": "各位好，我是資工所碩一，指導教授最近要我從影像分割轉到多模態（視覺＋語言），但實驗室沒有學長姐做過這塊，想請板上做過的大大推薦入門論文…",
 "anonymousSchool": False, "anonymousDepartment": True, "pinned": False, "forumId": "7f3c2a10-4b1e-4d7a-9c55-0e8a1d2b6f31",
 "replyId": None, "createdAt": "2024-03-03T14:21:08.512Z", "updatedAt": "2024-03-04T02:10:44.090Z",
 "commentCount": 9, "likeCount": 57, "withNickname": False, "tags": [], "topics": ["研究所", "論文", "人工智慧", "多模態"],
 "meta": {"layout": "classic"}, "forumName": "研究所", "forumAlias": "graduate_school", "nsfw": False, "gender": "F",
 "school": "國立海岸大學", "replyTitle": None, "mediaMeta": [], "reactions": [{"id": "286f599c-f86a-4932-82f0-f5a06f1eca03", "count": 49}, {"id": "e8e6bc5d-41b0-4129-b134-97507523d7ff", "count": 8}],
 "hidden": False, "customStyle": None, "isSuspiciousAccount": False, "isModerator": False, "layout": "classic",
 "withImages": False, "withVideos": False, "media": [], "reportReasonText": "", "postAvatar": "", "verifiedBadge": False,
 "memberType": "",
 "content": ("各位好，我是資工所碩一，指導教授最近要我從影像分割轉到多模態（視覺＋語言），但實驗室沒有學長姐做過這塊，"
             "想請板上做過的大大推薦入門論文。\n\n目前讀過的：\n1. " + T("2304.02643") + "\nhttps://arxiv.org/abs/2304.02643\n"
             "（因為原本做分割，這篇算是我的舒適圈 xD）\n\n想問：\n- 圖文對比學習要先讀哪篇？\n- 多模態對話模型（像是看圖回答問題那種）有沒有經典的？\n"
             "- 實驗室只有兩張 3090，哪些方向比較做得動？\n\n先謝謝大家！會整理成筆記放在留言區 🙏"),
}

C = [
 ("M", "國立山城大學", False, 31, "B1 先推！圖文對比可以先讀這篇：\n" + T("2102.05918") + "\n" + au("2102.05918") +
  "\nhttps://arxiv.org/abs/2102.05918\n重點是「資料很髒但量夠大就會贏」，跟你之後選資料集的思路很有關。", "2024-03-03T14:40:12.008Z"),
 ("F", "私立港灣科技大學", False, 24, "接 B1，同系列比較新的是把 softmax 換成 sigmoid 的：\n" + T("2303.15343") +
  "\nhttps://arxiv.org/abs/2303.15343\n batch 不用開超大也能訓練，對只有兩張 3090 的實驗室比較友善。", "2024-03-03T15:02:47.731Z"),
 ("M", "國立海岸大學", True, 18, "原PO 本人回覆～謝謝 B1 B2！\n看圖對話那題我自己找到這篇，大家都說是入門必讀：\n" + T("2304.08485") +
  "\nhttps://arxiv.org/abs/2304.08485v2\n不過 GitHub 上的 code 跑起來要 8 張 A100，我們大概只能做微調 😭", "2024-03-03T16:18:30.402Z"),
 ("M", "國立高原大學", False, 12, "補充一個安全性的方向，最近很紅：\n" + T("2307.15043") + "（arXiv:2307.15043）\n"
  "雖然是講純文字 LLM，但多模態模型也有類似的對抗攻擊問題，可以當碩論題目的延伸。", "2024-03-03T18:55:09.117Z"),
 (None, None, False, 0, None, "2024-03-03T19:30:41.660Z"),
 ("F", "私立港灣科技大學", False, 9, "B4 說到對抗攻擊，影像這邊我會推：\n" + T("2006.14536") + "\n" + au("2006.14536") +
  "\n結論很簡單：把 ReLU 換成平滑的激活函數，對抗訓練就變好。PDF 我們老師上課有發，不記得網址了。", "2024-03-03T21:07:55.342Z"),
 ("M", "國立山城大學", False, 7, "原PO 如果算力真的很少，也可以看資料濃縮：\n" + T("2006.05929") +
  "\n用梯度匹配把大資料集壓成很小的合成集，我們實驗室拿來做持續學習的 replay。論文在 ICLR 2021，自己搜標題就有。", "2024-03-04T00:12:19.884Z"),
 ("M", "國立北岸大學", False, 3, "有點離題，但我是做知識圖譜的，如果之後想把圖文模型跟 KG 結合，可以看：\n" + T("2011.03459") +
  "\n" + au("2011.03459") + "\n複雜查詢拆成 link prediction 的組合，概念不難。", "2024-03-04T01:36:02.215Z"),
 ("M", "國立海岸大學", True, 15, "原PO 整理一下（之後放到 HackMD 筆記）：\n- 圖文對比：B1、B2\n- 對話模型：B3\n- 安全／對抗：B4、B6\n"
  "- 小算力：B7\n- 其他：B8\n另外推薦的課程影片、Hugging Face 上的模型頁面、LAION 的資料集說明就不列了，那些不是論文。謝謝大家！！", "2024-03-04T02:10:44.090Z"),
]


def cid(n):
    return str(uuid.UUID(int=(PID << 40) + n * 7919))


comments = []
for n, (g, school, host, likes, content, at) in enumerate(C, 1):
    c = {"id": cid(n), "anonymous": school is None or not host and n in (4, 8), "postId": PID, "createdAt": at, "updatedAt": at,
         "floor": n, "likeCount": likes, "withNickname": False, "hiddenByAuthor": content is None, "gender": g or "",
         "school": school or "", "host": host, "reportReason": "", "hidden": content is None, "inReview": False,
         "reportReasonText": "", "isSuspiciousAccount": False, "verifiedBadge": False, "memberType": "", "subCommentCount": 0,
         "mediaMeta": []}
    if content is not None:
        c["content"] = content
    comments.append(c)

out = {"post": POST, "comments": comments, "_fetched": "2024-03-04T10:02:31+08:00",
       "_source": f"https://www.dcard.tw/f/graduate_school/p/{PID}"}
text = json.dumps(out, ensure_ascii=False, indent=2) + "\n"
write_only(F, text, keys(F))
