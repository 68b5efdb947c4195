#!/usr/bin/env python3
"""1216 (negative): Xapian `quest` output (Traditional Chinese): a Taipei-like student indexed her course folder for
「深度學習導論」 with omindex (`omindex --db ~/xapian/kecheng --url /kecheng ~/kecheng`) and searched it with quest; she
saved the terminal to a file. quest prints `Parsed Query: Query(...)` (the English stemmer: `Z`-prefixed stems, OR),
`Exactly N matches`, `MSet:`, then for each match `docid: [weight]` (six significant digits) and the document's
omindex data lines (url, sample, title when the file has one, caption, type, modtime, size) and an empty line. The
matches are course slides, a homework sheet, a saved documentation page, a dataset README, a repository README and
talk notes: no paper title, no arXiv id. N is the number of matches printed; weights descending."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write

M = [  # docid, weight, url, sample, title, caption, type, modtime, size
 (214, 2.510431, "/kecheng/slides/week07-transformer.pdf",
  "第 7 週　Transformer 與注意力機制　深度學習導論（CSIE5043）　授課教師：林怡君　本週內容：自注意力、多頭注意力、位置編碼、encoder／decoder 架構；實作示範使用 PyTorch 2.3 的 nn.Transformer，作業三會用到…",
  "深度學習導論 第7週 Transformer", "week07-transformer.pdf", "application/pdf", 1710921600, 4821337),
 (231, 2.187744, "/kecheng/hw/hw3-diffusion.md",
  "作業三：用 diffusers 訓練小型擴散模型（CIFAR-10 32×32）　繳交期限：5 月 24 日（五）23:59　評分：程式 60%、報告 40%　注意：請勿上傳模型權重到 NTU COOL，檔案上限 200 MB；可參考助教提供的 colab 範本…",
  None, "hw3-diffusion.md", "text/markdown", 1714435200, 6214),
 (198, 1.904512, "/kecheng/ref/pytorch-docs/torch.nn.Transformer.html",
  "Transformer — PyTorch 2.3 documentation　class torch.nn.Transformer(d_model=512, nhead=8, num_encoder_layers=6, num_decoder_layers=6, dim_feedforward=2048, dropout=0.1…",
  "Transformer — PyTorch 2.3 documentation", "torch.nn.Transformer.html", "text/html", 1712188800, 118530),
 (260, 1.532290, "/kecheng/repos/diffusers/README.md",
  "Diffusers is the go-to library for state-of-the-art pretrained diffusion models for generating images, audio, and even 3D structures of molecules. 🤗 Diffusers 0.27.2　Installation: pip install --upgrade diffusers[torch]…",
  None, "README.md", "text/markdown", 1713830400, 16842),
 (277, 1.208876, "/kecheng/notes/2024-03-28-talk.md",
  "演講筆記 2024-03-28　講者：陳柏翰（某醫院影像部研究員）　題目：擴散模型在醫學影像的應用經驗　重點：資料少時先做 transformer backbone 的遷移；去噪步數 50 就夠；他們的程式碼還沒公開，投影片會放在系辦網站…",
  None, "2024-03-28-talk.md", "text/markdown", 1711584000, 3977),
 (245, 0.874105, "/kecheng/data/cifar10/README.txt",
  "CIFAR-10 使用說明（助教版）　60000 張 32×32 彩色影像、10 類；已轉成 ImageFolder 格式放在工作站 /data/cifar10，diffusion 作業請用 train/ 底下 50000 張，勿用 test/…",
  None, "README.txt", "text/plain", 1714003200, 2410),
]
assert [m[1] for m in M] == sorted((m[1] for m in M), reverse=True)
L = ["$ quest -d ~/xapian/kecheng 'transformer diffusion'", "Parsed Query: Query((Ztransform@1 OR Zdiffus@2))",
     f"Exactly {len(M)} matches", "MSet:"]
for did, w, url, sample, title, cap, typ, mt, size in M:
    L.append(f"{did}: [{w:.6g}]")
    L += [f"url={url}", f"sample={sample}"] + ([f"title={title}"] if title else []) + \
         [f"caption={cap}", f"type={typ}", f"modtime={mt}", f"size={size}", ""]
text = "\n".join(L) + "\n"
write("1216_negative_xapian_quest_search_output_traditional_chinese_course_index_no_papers.txt", text, negative=True)
