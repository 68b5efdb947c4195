#!/usr/bin/env python3
"""1167: a Weaviate GraphQL answer (`POST /v1/graphql`, saved with curl; Japanese): a Tokyo lab's paper index (class
`LabPaper`) asked with nearText for agent / tool-use / retrieval papers, limit 10. Go's encoder writes it: compact,
raw UTF-8, `&`, `<`, `>` escaped as \\u0026, \\u003c, \\u003e, one final newline; unset properties are null; results
sorted by distance. Ten objects: eight papers (link, OpenReview link, `ref` text or title only) and two non-papers."""
import json, os, sys, uuid, random
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1167, keys

rnd = random.Random(1167)


def uid():
    return str(uuid.UUID(int=rnd.getrandbits(128), version=4))


A = "https://arxiv.org/abs/"
rows = [  # (title, url, ref, kind, note, addedBy, tags)
 (T("2303.11366"), None, "arXiv:2303.11366", "paper",
  "失敗を言語でふり返り、次の試行のメモリに入れる。HumanEval の数字は再現できず (seed 依存?)。", "kobayashi", ["agents", "reflection"]),
 (T("2304.03442"), A + "2304.03442", None, "paper",
  "Smallville の 25 人。記憶ストリーム + 反省 + 計画の 3 段構成はうちのシミュレータにもそのまま使える。", "tanaka", ["agents", "memory"]),
 (T("2310.08560"), None, None, "paper",
  "OS の仮想メモリの比喩でコンテキストを階層管理。リンクは後で貼る (輪講 6/12 担当: 中村)。", "nakamura", ["agents", "memory", "long-context"]),
 (T("2305.16291"), A + "2305.16291", None, "paper",
  "Minecraft。スキルライブラリ (コードとして保存) と自動カリキュラム。GPT-4 必須 & API 代が重い。", "tanaka", ["agents", "embodied"]),
 ("LLM Powered Autonomous Agents (Lil'Log)", "https://lilianweng.github.io/posts/2023-06-23-agent/", None, "blog",
  "論文ではないが概観に最適。新人向け必読。", "kobayashi", ["agents", "survey"]),
 (T("2302.04761"), None, None, "paper",
  "API 呼び出しを自己教師ありで挿入して学習。電卓・検索・翻訳など。PDF は共有ドライブの /papers/tools/ に。", "yamada", ["tools"]),
 (T("2310.06770"), "https://openreview.net/forum?id=" + OR("2310.06770"), None, "paper",
  "実リポジトリの issue → パッチ。評価用 Docker の準備に半日かかった <要メモ>。", "nakamura", ["agents", "code", "benchmark"]),
 (T("2310.11511"), A + "2310.11511", None, "paper",
  "reflection token で検索するか/引用するかを自分で判断。Retrieve & Critique の設計が参考になる。", "yamada", ["rag"]),
 (T("2002.08909"), None, None, "paper",
  "検索器ごと事前学習する古典。RAG 系の前提知識として。", "kobayashi", ["rag", "pretraining"]),
 ("LangChain: Agents (docs)", "https://python.langchain.com/docs/modules/agents/", None, "docs",
  "実装の参考に。バージョンで API がよく変わるので注意。", "yamada", ["tools", "docs"]),
]
objs, d = [], 0.1032
for i, (t, url, ref, kind, note, by, tags) in enumerate(rows):
    d += [0.0071, 0.0113, 0.0046, 0.0188, 0.0029, 0.0152, 0.0094, 0.0067, 0.0131, 0.0108][i]
    objs.append({"_additional": {"distance": round(d, 4), "id": uid()}, "addedBy": by, "kind": kind, "note": note,
                 "ref": ref, "tags": tags, "title": t, "url": url})
doc = {"data": {"Get": {"LabPaper": objs}}}
text = json.dumps(doc, ensure_ascii=False, separators=(",", ":"))
text = text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e") + "\n"
write_only(F1167, text, keys(F1167), forms=[json.dumps(doc, ensure_ascii=False)])
