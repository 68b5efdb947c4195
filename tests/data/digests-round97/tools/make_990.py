#!/usr/bin/env python3
"""990: what `GET https://gazolab.backlog.jp/api/v2/issues?projectId[]=121458&categoryId[]=…&sort=created&order=asc
&count=20` returned to a Japanese image-generation lab (saved with curl -o): one line of compact JSON (UTF-8 written
raw, no final newline), an array of Backlog issues with the API's keys in its order (id, projectId, issueKey, keyId,
issueType, summary, description, resolution, priority, status, assignee, category, versions, milestone, startDate,
dueDate, estimatedHours, actualHours, parentIssueId, createdUser, created, updatedUser, updated, customFields,
attachments, sharedFiles, stars). Descriptions in Backlog's own wiki notation (`*` headings, `-` lists, `[[label>URL]]`
links, `''bold''`, `{code}`). The lab's reading-group category: one issue per paper introduction, a GPU-server chore,
and a list of candidates for later sessions. The ControlNet repository, the diffusers documentation and slides are not
papers."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys

F = by_num(990)
K = dict(ddpm="2006.11239", ldm="2112.10752", control="2302.05543", ip2p="2211.09800", dream="2208.12242",
         ti="2208.01618", cm="2303.01469", diffwave="2009.09761")
SPACE = "https://gazolab.backlog.jp"
PID, PKEY = 121458, "GENLAB"


def user(i, uid, name, role, nid, last):
    return {"id": i, "userId": uid, "name": name, "roleType": role, "lang": "ja",
            "nulabAccount": {"nulabId": nid, "name": name, "uniqueId": uid.replace("_", "")},
            "mailAddress": uid.replace("_", ".") + "@gazolab.example", "lastLoginTime": last}


U = {"tanaka": user(1073912, "tanaka_k", "田中 圭", 1, "Qm3vT8xLk2RfWp9ZbN4cHs7YdJ", "2024-03-12T01:48:20Z"),
     "suzuki": user(1073955, "suzuki_m", "鈴木 美咲", 2, "Hx7pL2wQz9KcVb4NtR8mYf3GsA", "2024-03-11T23:05:41Z"),
     "yamamoto": user(1074010, "yamamoto_r", "山本 涼", 2, "Zt5kW9cPq3XmLr8VbH2nJd6FyE", "2024-03-12T00:12:09Z"),
     "kobayashi": user(1074102, "kobayashi_h", "小林 陽菜", 2, "Rb8nF4vYx2MqTk7WcL9pZs3HdG", "2024-03-08T09:33:57Z")}
TYPES = {"paper": {"id": 589021, "projectId": PID, "name": "論文紹介", "color": "#7ea800", "displayOrder": 0},
         "task": {"id": 589022, "projectId": PID, "name": "タスク", "color": "#2779ca", "displayOrder": 1},
         "other": {"id": 589023, "projectId": PID, "name": "その他", "color": "#666665", "displayOrder": 2}}
STATUS = {1: ("未対応", "#ed8077"), 2: ("処理中", "#4488c5"), 3: ("処理済み", "#5eb5a6"), 4: ("完了", "#b0be3c")}
PRIO = {2: "高", 3: "中", 4: "低"}
CAT = [{"id": 402117, "name": "輪読会", "displayOrder": 2147483646}]
MILE = [{"id": 288340, "projectId": PID, "name": "2024年 春学期 輪読会", "description": "毎週木曜 16:30〜 第2ゼミ室",
         "startDate": "2024-02-01T00:00:00Z", "releaseDueDate": "2024-04-04T00:00:00Z", "archived": False, "displayOrder": 0}]
issues, key_id = [], 30


def issue(typ, summary, desc, status, prio, assignee, creator, created, updated, updater=None, due=None, start=None,
          date=None, attachments=(), stars=(), milestone=True):
    global key_id
    key_id += 1
    iid = 48120377 + key_id * 713
    key = "%s-%d" % (PKEY, key_id)
    it = {"id": iid, "projectId": PID, "issueKey": key, "keyId": key_id, "issueType": TYPES[typ], "summary": summary,
          "description": desc, "resolution": {"id": 0, "name": "対応済み"} if status == 4 else None,
          "priority": {"id": prio, "name": PRIO[prio]},
          "status": {"id": status, "projectId": PID, "name": STATUS[status][0], "color": STATUS[status][1], "displayOrder": status * 1000},
          "assignee": U[assignee] if assignee else None, "category": CAT, "versions": [], "milestone": MILE if milestone else [],
          "startDate": start, "dueDate": due, "estimatedHours": None, "actualHours": None, "parentIssueId": None,
          "createdUser": U[creator], "created": created, "updatedUser": U[updater or creator], "updated": updated,
          "customFields": [{"id": 97104, "fieldTypeId": 4, "name": "発表日", "value": date}],
          "attachments": [{"id": 30881264 + i * 37, "name": n, "size": s, "createdUser": U[assignee], "created": c}
                          for i, (n, s, c) in enumerate(attachments)],
          "sharedFiles": [],
          "stars": [{"id": 7720419 + i * 11, "comment": None, "url": SPACE + "/view/" + key,
                     "title": "[%s] %s | 課題の表示 - Backlog" % (key, summary), "presenter": U[p], "created": c}
                    for i, (p, c) in enumerate(stars)]}
    issues.append(it)


issue("paper", "【論文紹介】" + T(K["ddpm"]),
      "* 概要\n[[arXiv>https://arxiv.org/abs/2006.11239]]\nHo, Jain, Abbeel (NeurIPS 2020)。拡散モデルの基本。ε予測の損失が変分下界の重み付き版になっている点を中心に紹介する。\n"
      "* 担当\n田中\n* メモ\n-ノイズスケジュールは線形（β=1e-4〜0.02）\n-サンプリングに1000ステップかかるのが実用上の問題 → 次回以降の論文につながる\n"
      "-スライドは添付のPDF（v2が最新）",
      4, 3, "tanaka", "tanaka", "2024-02-05T02:14:33Z", "2024-02-15T09:41:02Z", due="2024-02-15T00:00:00Z", date="2024-02-15",
      attachments=[("ddpm_rindoku_v2.pdf", 2384112, "2024-02-15T06:58:40Z")], stars=[("suzuki", "2024-02-15T09:41:02Z")])
issue("paper", "【論文紹介】" + T(K["ldm"]),
      "* 概要\nhttps://arxiv.org/abs/2112.10752\nVAEの潜在空間で拡散を回すことで計算量を落とす。cross-attentionによる条件付けの節が今期のテーマの土台。\n"
      "* 担当\n鈴木\n* 事前に読んでおく箇所\n+3章（手法）\n+4.3節（条件付き生成）\n+付録のオートエンコーダの設定表",
      4, 3, "suzuki", "tanaka", "2024-02-05T02:20:07Z", "2024-02-22T08:30:15Z", updater="suzuki", due="2024-02-22T00:00:00Z",
      date="2024-02-22", attachments=[("ldm_slides.pdf", 3120455, "2024-02-22T05:12:19Z")])
issue("task", "GPUサーバ gazo-a100-02 の CUDA 12.2 / ドライバ更新",
      "輪読会のデモ用に diffusers の最新版を入れたいので更新する。\n"
      "-参考（論文ではなくドキュメント）: https://huggingface.co/docs/diffusers/installation\n"
      "-作業時間: 3/9(土) 10:00〜 / サーバ停止あり\n{code}\nsudo apt install cuda-drivers-535\nnvidia-smi\n{/code}",
      3, 2, "yamamoto", "yamamoto", "2024-02-20T04:02:51Z", "2024-03-09T03:47:26Z", due="2024-03-09T00:00:00Z", milestone=False)
issue("paper", "【論文紹介】" + T(K["control"]),
      "* 概要\nPDF: https://arxiv.org/pdf/2302.05543.pdf\nゼロ初期化した畳み込み（zero convolution）で元のモデルを壊さずに条件を足す。''エッジ・姿勢・深度''の3種類を実演予定。\n"
      "* 担当\n山本\n* リンク\n-公式実装（リポジトリ）: https://github.com/lllyasviel/ControlNet\n-デモ用ノートブックは共有フォルダの controlnet_demo.ipynb",
      2, 3, "yamamoto", "tanaka", "2024-02-26T01:33:18Z", "2024-03-11T07:19:44Z", updater="yamamoto", due="2024-03-14T00:00:00Z",
      date="2024-03-14", stars=[("kobayashi", "2024-03-11T07:25:02Z")])
issue("paper", "【論文紹介】" + T(K["ip2p"]),
      "* 概要\n[[論文 (arXiv)>https://arxiv.org/abs/2211.09800]]\nGPT-3で編集指示を、Prompt-to-Promptで画像ペアを作って学習データにする。データ生成パイプラインの話が中心になりそう。\n"
      "* 担当\n小林\n* 気になる点\n-生成データの品質フィルタ（CLIP方向類似度）の閾値",
      1, 3, "kobayashi", "tanaka", "2024-02-26T01:35:44Z", "2024-03-06T10:02:31Z", updater="kobayashi", due="2024-03-21T00:00:00Z",
      date="2024-03-21")
issue("paper", "【論文紹介】" + T(K["dream"]),
      "* 概要\narXiv:2208.12242\n3〜5枚の写真で特定の被写体をモデルに覚えさせる。class-specific prior preservation loss の必要性を実験で確かめたい。\n"
      "* 担当\n未定（4月の第1回）\n* メモ\n-研究室の猫（ミケ）の写真で再現実験をやる案あり",
      1, 4, None, "suzuki", "2024-03-04T06:41:09Z", "2024-03-04T06:41:09Z", due="2024-04-04T00:00:00Z", date="2024-04-04")
issue("other", "次回以降の候補リスト（春学期後半〜）",
      "投票で上から順に決める。追加はコメントで。\n"
      "+" + T(K["ti"]) + "\n  → DreamBooth と同じ回にまとめて比較するのがよさそう（鈴木）\n"
      "+" + T(K["cm"]) + "\n  → 1ステップ生成。蒸留と単独学習の2通りがある（田中）\n"
      "+" + T(K["diffwave"]) + "\n  → 音声グループとの合同回。画像以外の拡散の例として\n"
      "\n論文ではないが参考: 拡散モデルの解説動画（研究室Slackの #rindoku に貼ったもの）",
      1, 4, "tanaka", "tanaka", "2024-03-07T08:15:26Z", "2024-03-11T02:58:49Z", updater="suzuki")
text = json.dumps(issues, ensure_ascii=False, separators=(",", ":"))
write_only(F, text, keys(F))
