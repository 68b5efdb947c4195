#!/usr/bin/env python3
"""1457: a graduate course's syllabus page in an (invented) Japanese university's Campusmate-J Web syllabus, copied
from the browser as text: the two-column label / value table (cells joined by a tab), the course sections, the
15-session plan (回 / 日付 / テーマ / 内容・参照文献; Thursdays from 2024-04-11), the grading shares, the textbook and
the numbered reference list. Not papers: the textbook, the Hugging Face docs, the JGLUE and livedoor datasets, the
cl-tohoku model card, the course's GitHub Classroom; BERT, ELMo, word2vec, GPT, RoBERTa, mBERT, Transformer-XL, XLNet,
ELECTRA, DeBERTa are names."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1457, keys, GLOVE

WD = "月火水木金土日"
first = dt.date(2024, 4, 11)
REFS = [
 "坪井祐太・海野裕也・鈴木潤『深層学習による自然言語処理』（機械学習プロフェッショナルシリーズ）講談社, 2017.",
 f"J. Pennington, R. Socher, C. D. Manning. {T(GLOVE)}. Proc. EMNLP 2014, pp. 1532-1543.",
 f"J. Howard, S. Ruder. {T('1801.06146')}. Proc. ACL 2018, pp. 328-339.",
 f"J. Devlin, M.-W. Chang, K. Lee, K. Toutanova. {T('1810.04805')}. Proc. NAACL-HLT 2019. https://arxiv.org/abs/1810.04805",
 f"Z. Dai, Z. Yang, Y. Yang, J. Carbonell, Q. V. Le, R. Salakhutdinov. {T('1901.02860')}. Proc. ACL 2019. arXiv:1901.02860",
 f"Z. Yang, Z. Dai, Y. Yang, J. Carbonell, R. Salakhutdinov, Q. V. Le. {T('1906.08237')}. NeurIPS 2019. https://arxiv.org/abs/1906.08237",
 f"K. Clark, M.-T. Luong, Q. V. Le, C. D. Manning. {T('2003.10555')}. ICLR 2020.",
 f"A. Conneau, K. Khandelwal, N. Goyal, V. Chaudhary, G. Wenzek, F. Guzmán, et al. {T('1911.02116')}. Proc. ACL 2020. https://arxiv.org/abs/1911.02116",
 f"P. He, X. Liu, J. Gao, W. Chen. {T('2006.03654')}. ICLR 2021. https://arxiv.org/pdf/2006.03654.pdf",
 "Hugging Face Transformers ドキュメント（日本語訳あり） https://huggingface.co/docs/transformers/ja/index",
]
PLAN = [
 ("ガイダンス／言語モデルとは何か", "授業の進め方、発表の割り当て、計算環境（学内GPUサーバ・Google Colab）の説明。教科書[1] 1章"),
 ("単語の分散表現", "word2vec と GloVe。共起行列と損失関数の関係を確認する。[2]"),
 ("文脈化された表現と転移学習", "ELMo から ULMFiT へ。事前学習・ファインチューニングという枠組み。[3]"),
 ("Transformer の復習", "自己注意、位置エンコーディング、マスク。教科書[1] 5章、演習1配布"),
 ("BERT (1)", "マスク言語モデルと次文予測。[4] の 3 節まで"),
 ("BERT (2)", "ファインチューニングの実際（JGLUE の MARC-ja、JSTS）。演習1締切"),
 ("長い文脈を扱う", "セグメント再帰と相対位置表現。[5]"),
 ("自己回帰と自己符号化の統合", "並べ替え言語モデル。[6]、中間レポート課題提示"),
 ("事前学習の効率化", "置換トークン検出（ELECTRA）。[7]"),
 ("多言語モデル", "mBERT と XLM-R、日本語を含む言語間転移。[8]"),
 ("注意機構の改良", "disentangled attention と強化マスクデコーダ。[9]"),
 ("日本語の事前学習モデル", "トークナイザ（MeCab＋WordPiece、SentencePiece）と cl-tohoku/bert-base-japanese の比較。[10]"),
 ("受講者発表 (1)", "各自が選んだ論文 1 本を 20 分で紹介する（[2]〜[9] から選択可）"),
 ("受講者発表 (2)", "同上。相互評価シートを提出"),
 ("まとめ", "大規模言語モデルへのつながりと今後の課題。期末レポート課題提示（締切 8/1）"),
]
SHARES = [("期末レポート", 40), ("論文紹介発表", 30), ("演習課題", 20), ("授業への参加", 10)]

L = ["北湊大学 Webシラバス", "シラバス照会　｜　Campusmate-J", "", "シラバス参照", ""]
L += ["\t".join(r) for r in [
 ("講義コード", "G4N21503"), ("講義名", "自然言語処理特論"), ("（英文名）", "Advanced Topics in Natural Language Processing"),
 ("開講年度", "2024"), ("開講学期", "前期"), ("曜日・時限", "木3"), ("単位数", "2"),
 ("対象", "情報学研究科 博士前期課程 1・2年"), ("授業形態", "講義・演習（対面）"), ("教室", "湊キャンパス 情報学研究棟 3F 第2講義室"),
 ("担当教員", "佐伯 陽介"), ("TA", "森本 彩花（博士後期課程2年）"),
 ("オフィスアワー", "水曜 16:20〜17:50 情報学研究棟 512室（事前にメールで予約）"),
 ("連絡先", "saeki.yosuke@minato-u.example.ac.jp"), ("ナンバリング", "INF-M-5213")]]
L += ["", "授業の目的・概要",
      "大規模な事前学習に基づく言語モデルの基本的な考え方を、代表的な論文の精読を通して理解する。単語の分散表現から"
      "BERT 以降の事前学習モデルまでを扱い、各回で原論文の該当箇所を読み、小規模な実装演習で確認する。",
      "", "到達目標",
      "1. 単語の分散表現と文脈化された表現の違いを説明できる。",
      "2. 主要な事前学習目的関数（マスク言語モデル、並べ替え言語モデル、置換トークン検出）を比較・説明できる。",
      "3. 英語の原論文を読み、要点と限界を 20 分程度で発表できる。",
      "4. 公開モデルを日本語のタスクでファインチューニングし、結果を再現可能な形で報告できる。",
      "", "授業計画", "回\t日付\tテーマ\t内容・参照文献"]
for i, (th, body) in enumerate(PLAN):
    d = first + dt.timedelta(weeks=i)
    L.append(f"第{i + 1}回\t{d.month}/{d.day}（{WD[d.weekday()]}）\t{th}\t{body}")
L += ["", "授業時間外の学習",
      "毎回、指定された論文の該当節を事前に読み、疑問点を LMS のフォーラムに 1 件以上投稿すること（目安 2 時間）。",
      "演習は GitHub Classroom で配布する。Python と PyTorch の基本的な使い方を前提とする。",
      "", "成績評価の方法・基準", "評価項目\t割合(%)"]
L += [f"{k}\t{v}" for k, v in SHARES]
L += [f"合計\t{sum(v for _, v in SHARES)}",
      "", "教科書", REFS[0],
      "", "参考文献（論文は各回で指定する）"]
L += [f"[{i}]\t{r}" for i, r in enumerate(REFS[1:], 2)]
L[L.index("教科書") + 1] = "[1]\t" + REFS[0]
L += ["", "データセット・資料",
      "JGLUE（日本語言語理解ベンチマーク） https://github.com/yahoojapan/JGLUE",
      "livedoor ニュースコーパス（演習用）",
      "講義スライドは LMS に掲載する。",
      "", "備考",
      "第13回・第14回の発表の割り当ては第1回で決める。受講者が 12 名を超える場合は発表を 15 分に短縮する。",
      "英語論文の読解に不安がある場合は TA のサポート時間（月曜 5限）を利用すること。",
      "", "閉じる　　印刷用画面"]
write_only(F1457, "\n".join(L) + "\n", keys(F1457))
