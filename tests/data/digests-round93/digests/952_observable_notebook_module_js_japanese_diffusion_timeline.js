// https://observablehq.com/@kenji-sato/diffusion-timeline@218
import define1 from "./2c7b1f9e4d8a3b65@81.js";

function _1(md){return(
md`# 拡散モデルの系譜 — 読書会タイムライン

研究室の読書会（毎週木曜 16:30〜、B 棟 412）で読んだ論文・読む予定の論文を年表にしたもの。データは下の \`papers\` セルを直接編集しています。*最終更新: 2024-03-12*`
)}

function _papers(){return(
[
  {year: 2015, short: "拡散モデルの原点", title: "Deep Unsupervised Learning using Nonequilibrium Thermodynamics", url: "https://arxiv.org/abs/1503.03585", arxiv: "1503.03585", status: "読了", presenter: "佐藤", memo: "非平衡熱力学から。今読むと DDPM の骨格がほぼ全部ある"},
  {year: 2020, short: "DDIM", title: "Denoising Diffusion Implicit Models", url: "https://openreview.net/forum?id=St1giarCHLP", arxiv: null, status: "読了", presenter: "田村", memo: "非マルコフ過程で決定論的サンプリング。ステップ数を 1/10 に"},
  {year: 2021, short: "ADM", title: "Diffusion Models Beat GANs on Image Synthesis", url: "https://arxiv.org/abs/2105.05233", arxiv: "2105.05233", status: "読了", presenter: "中川", memo: "分類器ガイダンス。アーキテクチャ改良の表が実用的"},
  {year: 2021, short: "LSGM", title: "Score-based Generative Modeling in Latent Space", url: null, arxiv: null, status: "予定", presenter: "山口", memo: "VAE の潜在空間でスコアベースモデル。NeurIPS 2021。Stable Diffusion 以前の潜在拡散"},
  {year: 2022, short: "CFG", title: "Classifier-Free Diffusion Guidance", url: null, arxiv: "2207.12598", status: "読了", presenter: "佐藤", memo: "分類器なしガイダンス。条件付き／無条件を同じネットで学習、w で混ぜる"},
  {year: 2023, short: "Zero-1-to-3", title: "Zero-1-to-3: Zero-shot One Image to 3D Object", url: null, arxiv: null, status: "予定", presenter: "小林", memo: "1 枚の画像から新規視点。3D 班と合同回の候補"},
  {year: 2024, short: "SD3 (MMDiT)", title: "Scaling Rectified Flow Transformers for High-Resolution Image Synthesis", url: "https://arxiv.org/pdf/2403.03206", arxiv: "2403.03206", status: "予定", presenter: "田村", memo: "Rectified Flow + MMDiT。公開直後なので 3 月末の回で"}
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
    Plot.dot(papers.filter(d => kind.includes(d.status)), {x: "year", y: "status", fill: "status", r: 7, title: d => `${d.short}\n${d.title}`}),
    Plot.text(papers.filter(d => kind.includes(d.status)), {x: "year", y: "status", text: "short", dy: -14, fontSize: 11})
  ]
})
)}

function _5(Swatches,d3){return(
Swatches(d3.scaleOrdinal(["読了", "予定"], ["#4e79a7", "#f28e2b"]))
)}

function _6(md,papers){return(
md`## 一覧

${papers.map(d => `- **${d.year}** ${d.url ? `[${d.title}](${d.url})` : d.title}${d.arxiv && !d.url ? ` — arXiv:${d.arxiv}` : ""}（${d.status}${d.presenter ? `・${d.presenter}` : ""}）: ${d.memo}`).join("\n")}`
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
- 自分の修論テーマ（変化検出＋キャプション）との接点として、拡散とは別枠で「Describing and Localizing Multiple Changes with Transformers」（ICCV 2021）も 4 月に紹介予定。年表には入れていない。
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
    ["reading-log.csv", {url: new URL("./files/8f88c8ab5bd7b67a26fbdd182d003f565641629136b4dc745a272b70df92f6a5a9c0d1332482cd93a897d9a70658d2be0245e07808418371cfd53b8e1d26f59d.csv", import.meta.url), mimeType: "text/csv", toString}]
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
