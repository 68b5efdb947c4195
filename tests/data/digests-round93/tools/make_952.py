#!/usr/bin/env python3
"""952: the notebook module from an Observable notebook's "Export → Download code" tarball
(`a3f8c2e91b7d4605@218.js`) — a Japanese lab member's timeline of the diffusion papers read in the lab's reading group:
the `// https://observablehq.com/@user/slug@version` line, the import of another notebook's module, one function per
cell (`function _1(md){return(` … `)}` for expression cells, `function _name(deps)` + `{` … `}` for block cells; anonymous
cells numbered by position, named cells `_name`), then `export default function define(runtime, observer)` with the
file attachments map (`toString`, `new URL("./files/<sha>.csv", import.meta.url)`), `main.builtin("FileAttachment", …)`,
one `main.variable(observer(…)).define(…)` per cell (viewof cells as the pair with `Generators.input`), the import as
`runtime.module(define1)` + `main.import(…)`, `return main;`. LF, a final newline. The diffusers docs, the Annotated
Diffusion blog post and the Swatches notebook are not papers."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys

F = by_num(952)
K = dict(noneq="1503.03585", adm="2105.05233", sd3="2403.03206", ddim="2010.02502", cfg="2207.12598",
         lsgm="2106.05931", zero123="2303.11328", change="2103.14146")


def js(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def paper(year, short, key, url, arxiv, status, who, memo):
    return (f"  {{year: {year}, short: {js(short)}, title: {js(T(K[key]))}, url: {js(url) if url else 'null'}, "
            f"arxiv: {js(arxiv) if arxiv else 'null'}, status: {js(status)}, presenter: {js(who) if who else 'null'}, "
            f"memo: {js(memo)}}}")


PAPERS = ",\n".join([
    paper(2015, "拡散モデルの原点", "noneq", "https://arxiv.org/abs/1503.03585", "1503.03585", "読了", "佐藤",
          "非平衡熱力学から。今読むと DDPM の骨格がほぼ全部ある"),
    paper(2020, "DDIM", "ddim", "https://openreview.net/forum?id=St1giarCHLP", None, "読了", "田村",
          "非マルコフ過程で決定論的サンプリング。ステップ数を 1/10 に"),
    paper(2021, "ADM", "adm", "https://arxiv.org/abs/2105.05233", "2105.05233", "読了", "中川",
          "分類器ガイダンス。アーキテクチャ改良の表が実用的"),
    paper(2021, "LSGM", "lsgm", None, None, "予定", "山口",
          "VAE の潜在空間でスコアベースモデル。NeurIPS 2021。Stable Diffusion 以前の潜在拡散"),
    paper(2022, "CFG", "cfg", None, "2207.12598", "読了", "佐藤",
          "分類器なしガイダンス。条件付き／無条件を同じネットで学習、w で混ぜる"),
    paper(2023, "Zero-1-to-3", "zero123", None, None, "予定", "小林",
          "1 枚の画像から新規視点。3D 班と合同回の候補"),
    paper(2024, "SD3 (MMDiT)", "sd3", "https://arxiv.org/pdf/2403.03206", "2403.03206", "予定", "田村",
          "Rectified Flow + MMDiT。公開直後なので 3 月末の回で"),
])

text = '''// https://observablehq.com/@kenji-sato/diffusion-timeline@218
import define1 from "./2c7b1f9e4d8a3b65@81.js";

function _1(md){return(
md`# 拡散モデルの系譜 — 読書会タイムライン

研究室の読書会（毎週木曜 16:30〜、B 棟 412）で読んだ論文・読む予定の論文を年表にしたもの。データは下の \\`papers\\` セルを直接編集しています。*最終更新: 2024-03-12*`
)}

function _papers(){return(
[
%PAPERS%
]
)}

function _kind(Inputs){return(
Inputs.checkbox(["読了", "予定"], {label: "表示する状態", value: ["読了", "予定"]})
)}

function _4(Plot,papers,kind,width){return(
Plot.plot({
  width,
  height: 260,
  marginLeft: 60,
  x: {label: "年", tickFormat: "d", domain: [2014, 2025]},
  y: {label: null},
  color: {domain: ["読了", "予定"], range: ["#4e79a7", "#f28e2b"]},
  marks: [
    Plot.ruleY(["読了", "予定"], {stroke: "#ddd"}),
    Plot.dot(papers.filter(d => kind.includes(d.status)), {x: "year", y: "status", fill: "status", r: 7, title: d => `${d.short}\\n${d.title}`}),
    Plot.text(papers.filter(d => kind.includes(d.status)), {x: "year", y: "status", text: "short", dy: -14, fontSize: 11})
  ]
})
)}

function _5(Swatches,d3){return(
Swatches(d3.scaleOrdinal(["読了", "予定"], ["#4e79a7", "#f28e2b"]))
)}

function _6(md,papers){return(
md`## 一覧

${papers.map(d => `- **${d.year}** ${d.url ? `[${d.title}](${d.url})` : d.title}${d.arxiv && !d.url ? ` — arXiv:${d.arxiv}` : ""}（${d.status}${d.presenter ? `・${d.presenter}` : ""}）: ${d.memo}`).join("\\n")}`
)}

function _log(FileAttachment){return(
FileAttachment("reading-log.csv").csv({typed: true})
)}

function _8(Inputs,log){return(
Inputs.table(log, {columns: ["date", "presenter", "short", "minutes"], rows: 8})
)}

function _9(md){return(
md`## メモ

- 入門にはコードを読むのが早い: Hugging Face の [diffusers ドキュメント](https://huggingface.co/docs/diffusers/index) と、ブログ記事 [The Annotated Diffusion Model](https://huggingface.co/blog/annotated-diffusion)（論文ではない）。
- 自分の修論テーマ（変化検出＋キャプション）との接点として、拡散とは別枠で「%CHANGE%」（ICCV 2021）も 4 月に紹介予定。年表には入れていない。
- スコアベースの見方は、LSGM の回の前に田村さんがまとめてくれるそうです。`
)}

function _stats(log){return(
{
  total: log.length,
  minutes: log.reduce((s, d) => s + d.minutes, 0)
}
)}

export default function define(runtime, observer) {
  const main = runtime.module();
  function toString() { return this.url.href; }
  const fileAttachments = new Map([
    ["reading-log.csv", {url: new URL("./files/%SHA%.csv", import.meta.url), mimeType: "text/csv", toString}]
  ]);
  main.builtin("FileAttachment", runtime.fileAttachments(name => fileAttachments.get(name)));
  main.variable(observer()).define(["md"], _1);
  main.variable(observer("papers")).define("papers", _papers);
  main.variable(observer("viewof kind")).define("viewof kind", ["Inputs"], _kind);
  main.variable(observer("kind")).define("kind", ["Generators", "viewof kind"], (G, _) => G.input(_));
  main.variable(observer()).define(["Plot","papers","kind","width"], _4);
  main.variable(observer()).define(["Swatches","d3"], _5);
  main.variable(observer()).define(["md","papers"], _6);
  main.variable(observer("log")).define("log", ["FileAttachment"], _log);
  main.variable(observer()).define(["Inputs","log"], _8);
  main.variable(observer()).define(["md"], _9);
  main.variable(observer("stats")).define("stats", ["log"], _stats);
  const child1 = runtime.module(define1);
  main.import("Swatches", child1);
  return main;
}
'''
import hashlib
text = text.replace("%SHA%", hashlib.sha512(b"952 reading-log.csv").hexdigest()).replace("%PAPERS%", PAPERS).replace("%CHANGE%", T(K["change"]))
write_only(F, text, keys(F))
