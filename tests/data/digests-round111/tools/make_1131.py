#!/usr/bin/env python3
"""1131: an irb session (Ruby 3.3, prompt `irb(main):NNN>`), Japanese: a Kyoto reading group's organiser loads the
spring list of papers on parameter-efficient fine-tuning from YAML and prints it. Values echoed with `=> ` as Ruby
3.3's inspect writes them (`{:key=>"…"}`, `nil`, raw UTF-8 in strings); the table, the counts and the Markdown are
computed here from the same list."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import F1131, keys

L = [  # (date, presenter, key, url, ref, memo)
 ("2024-04-09", "田中", "1801.06146", None, None, "転移学習の古典。discriminative fine-tuning と slanted triangular LR"),
 ("2024-04-16", "鈴木", "1711.05101", None, None, "AdamW。weight decay と L2 正則化は Adam では別物"),
 ("2024-04-23", "高橋", "2106.09685", "https://arxiv.org/abs/2106.09685", None, "LoRA 本体。r=8 で十分という話を検証したい"),
 ("2024-05-07", "伊藤", "2106.10199", None, "arXiv:2106.10199", "バイアス項だけ学習。意外と効く"),
 ("2024-05-14", "渡辺", "2103.10385", None, None, "P-tuning。連続プロンプト + LSTM エンコーダ"),
 ("2024-05-21", "田中", "2110.04366", "https://openreview.net/forum?id=0RDcd5Axok", None, "Adapter / prefix / LoRA を統一的に見る (ICLR 2022)"),
 ("2024-05-28", "山本", "2303.10512", "https://arxiv.org/abs/2303.10512", None, "ランクを重要度で配分する LoRA"),
 ("2024-06-04", "鈴木", "2205.05638", "https://arxiv.org/pdf/2205.05638.pdf", None, "T-Few / (IA)^3。ICL より安くて強い"),
]


def rstr(s):
    return "nil" if s is None else '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("#{", "\\#{") + '"'


o = []
n = [0]


def p(line, *outs):
    n[0] += 1
    o.append(f"irb(main):{n[0]:03d}> {line}\n")
    o.extend(x + "\n" for x in outs)


o.append("kyoto-nlp@yomukai:~/yomukai$ bundle exec irb -r ./lib/yomukai\n")
p('list = Yomukai::List.load("data/2024-haru-peft.yml")',
  f'=> #<Yomukai::List name="2024春 PEFT 輪読会" items={len(L)}>')
p("list.items.size", f"=> {len(L)}")
p('list.items.each { |it| puts [it.date, it.presenter, it.url || it.ref || "-", it.title].join("  ") }; nil',
  *["  ".join([d, w, u or r or "-", T(k)]) for d, w, k, u, r, m in L], "=> nil")
p("list.items.count { |it| it.url.nil? && it.ref.nil? }", f"=> {sum(1 for x in L if not x[3] and not x[4])}")
d, w, k, u, r, m = L[3]
p('list.find("bitfit").to_h',
  f'=> {{:date=>{rstr(d)}, :presenter=>{rstr(w)}, :title=>{rstr(T(k))}, :url=>nil, :ref=>{rstr(r)}, :memo=>{rstr(m)}}}')
p('list.find("p-tuning").authors.first(3)',
  "=> [" + ", ".join(rstr(a) for a in au("2103.10385", 3, "").split(", ")) + "]")
p('list.find("lora").title = "LoRA"',
  '=> "LoRA"')
p('list.reload!', f'=> #<Yomukai::List name="2024春 PEFT 輪読会" items={len(L)}>')
md = ["## 2024春 PEFT 輪読会", ""]
for d, w, k, u, r, m in L:
    md.append(f"- {d}（{w}）{'[' + T(k) + '](' + u + ')' if u else T(k)}" + (f" {r}" if r else "") + f" — {m}")
md += ["", "参考（論文ではない）: Hugging Face PEFT ライブラリのドキュメント https://huggingface.co/docs/peft 、"
       "Sebastian Raschka のブログ記事「Practical Tips for Finetuning LLMs Using LoRA」"]
p("puts list.to_markdown", *md, "=> nil")
p('File.write("out/2024-haru-peft.md", list.to_markdown)',
  f"=> {len(chr(10).join(md).encode('utf-8')) + 1}")
p("exit")
o.append("kyoto-nlp@yomukai:~/yomukai$ \n")
write_only(F1131, "".join(o), keys(F1131))
