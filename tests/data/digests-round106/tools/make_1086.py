#!/usr/bin/env python3
"""1086 (negative): a copy (Ctrl+A, Ctrl+C in Chrome) of a teratail question page: a Japanese master's student
cannot reproduce the pretraining curve of "a paper" (a masked-language-model variant) and asks why the loss stays
flat. The page: the site bar, the question (status 受付中, title, tags, 評価 / クリップ / VIEW, the asker's name and
score, posted / edited times), the body in teratail's question template (実現したいこと, 発生している問題・分からない
こと, エラーメッセージ, 該当のソースコード with its language label, 試したこと・調べたこと with the four check items and
"上記の詳細・結果", 補足), the clip box, "回答N件" with the sort box, the answers (評価, name, score, time, text, the
asker's comments), the answer form, related questions and the footer. The answerers ask twice for the paper's title
or arXiv link; the asker cannot give it yet (a joint project), so no paper is ever named — only models (BERT), a
library (Transformers), a tokenizer (MeCab / fugashi), a Qiita article, and a learning-rate schedule. The builder
refuses any catalogue title and anything arXiv-shaped."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import by_num

F = by_num(1086)
TAGS = ["Python", "PyTorch", "深層学習", "自然言語処理", "機械学習"]
TITLE = "論文の再現実験でMLMの事前学習lossが下がらない（BERT-base、日本語Wikipedia）"
CODE = """from transformers import BertConfig, BertForMaskedLM, DataCollatorForLanguageModeling
from transformers import Trainer, TrainingArguments

config = BertConfig(vocab_size=32768, hidden_size=768, num_hidden_layers=12,
                    num_attention_heads=12, intermediate_size=3072)
model = BertForMaskedLM(config)

# 論文の手法：マスクする位置を文の難しさに応じて選ぶ（ここでは簡略化）
collator = DataCollatorForLanguageModeling(tokenizer=tokenizer, mlm_probability=0.15)

args = TrainingArguments(
    output_dir="out/mlm-ja",
    per_device_train_batch_size=32,
    gradient_accumulation_steps=8,
    learning_rate=1e-4,
    warmup_steps=0,
    max_steps=100000,
    fp16=True,
    logging_steps=500,
)
trainer = Trainer(model=model, args=args, train_dataset=train_ds, data_collator=collator)
trainer.train()"""
QUESTION = f"""実現したいこと
ある論文（マスク言語モデルのマスクの選び方を工夫する手法、arXivに上がっているものです）を、日本語Wikipediaで再現しようとしています。論文の図では、ベースラインのBERT-baseでも最初の1万ステップでlossが2台まで下がっているので、まずはベースラインを同じように再現したいです。
発生している問題・分からないこと
学習を始めてから3万ステップ経っても、MLMのlossが7前後からほとんど下がりません。最初の数百ステップで10.4から7.1くらいまで下がったあと、ずっと横ばいです。
エラーメッセージ
error
エラーは出ていません。ログの一部です：
{{'loss': 7.1342, 'learning_rate': 9.85e-05, 'epoch': 0.12}}
{{'loss': 7.0918, 'learning_rate': 9.7e-05, 'epoch': 0.24}}
{{'loss': 7.0877, 'learning_rate': 9.55e-05, 'epoch': 0.36}}
該当のソースコード
Python
{CODE}
試したこと・調べたこと
 teratailやGoogle等で検索した
 ソースコードを自分なりに変更した
 知人に聞いた
 その他
上記の詳細・結果
学習率を5e-5と2e-4でも試しましたが、どちらも同じように7付近で止まります。トークナイザーはMeCab（fugashi + unidic-lite）で単語分割したあとにWordPieceを学習させたものです。Qiitaの「日本語BERTをゼロから事前学習する」という記事も参考にしました。
補足
GPU: RTX 4090 ×1
Python 3.10 / PyTorch 2.1.2 / transformers 4.36.2
論文の実装は公開されていないので、論文本文の付録にあるハイパーパラメータを見ながら書いています。"""
ANSWERS = [
 (2, "kumagoro", "score 1842", "2024/03/11 09:30",
  """warmup_steps=0 が怪しいです。BERT系をゼロから学習するときにウォームアップなしで1e-4はかなり攻めた設定で、序盤に変な所へ落ちて「全部の位置で頻出トークンを出す」状態から抜けられなくなることがあります。lossが7前後で止まるのは、だいたい単語の出現頻度だけを覚えた状態のlossに近いです。
まずは warmup_steps=10000 くらいにして、max_grad_norm=1.0 も明示してみてください。fp16 で loss scale が小さくなり続けていないかもログで確認した方がいいです。
あと、再現したい論文の題名かarXivのリンクを書いてもらえますか？付録の設定を見れば、ほかにも違いが見つかるかもしれません。""",
  [("taro_nlp", "2024/03/11 12:05", "ありがとうございます！ウォームアップを入れて回し直しています。論文は共同研究先との関係で、先方が公開の場で名前を出すのを嫌がっていて、まだここには書けません…すみません。"),
   ("kumagoro", "2024/03/11 12:40", "了解です。それなら付録のハイパーパラメータ（バッチサイズ、学習率、ウォームアップ、Adamのβ2）だけでも書いてもらえると助かります。")]),
 (0, "ml_beginner_99", "score 23", "2024/03/11 18:02",
  """DataCollatorForLanguageModeling に渡している tokenizer と、BertConfig の vocab_size が一致しているか確認しましたか？語彙を自前で学習した場合、サイズがずれていて [UNK] だらけになっていることがあります。len(tokenizer) を print してみてください。
論文の再現なら、著者にメールで設定を聞くのが一番早いと思います。""",
  [("taro_nlp", "2024/03/12 21:40", "len(tokenizer) は 32000 でした…。vocab_size を合わせて、ウォームアップも入れたら、2万ステップで4.1まで下がりました。まだ論文の曲線よりは遅いので、もう少し調べてから追記します。")]),
]


def answer(a):
    score, who, rep, when, text, comments = a
    out = [str(score), who, rep, when, text]
    for c_who, c_when, c_text in comments:
        out += [c_who, c_when, c_text]
    out += ["コメントを投稿"]
    return "\n".join(out)


chrome = """メインコンテンツにスキップ
teratail
質問する
Q&A
タグ
ランキング
ログイン
新規登録
"""
head = f"""受付中
{TITLE}
{chr(10).join(TAGS)}
評価
0
クリップ
2
VIEW
318
taro_nlp
score 12
投稿 2024/03/10 22:14
編集 2024/03/11 08:02
"""
clip = """気になる質問をクリップする
クリップした質問は、後からいつでもMYページで確認できます。
またクリップした質問に回答があった際、通知やメールを受け取ることができます。
クリップする
"""
answers_head = f"""回答{len(ANSWERS)}件
並び替え
評価が高い順
新着順
"""
tail = """あなたの回答
tips
質問者が困っていることに対して、具体的な解決策を書きましょう。
回答する
関連した質問
日本語BERTのファインチューニングで精度が上がらない
transformersのTrainerでfp16にするとlossがnanになる
MeCabとSentencePieceのどちらで語彙を作るべきか
15分調べてもわからないことは、teratailで質問しよう！
ただいまの回答率
85.47%
質問をまとめることで思考を整理して素早く解決
テンプレート機能で簡単に質問をまとめる
質問する
teratailとは
利用規約
プライバシーポリシー
ヘルプ・お問い合わせ
© 2024 Leverages Co., Ltd.
"""
out = chrome + head + QUESTION + "\n" + clip + answers_head + "\n".join(answer(a) for a in ANSWERS) + "\n" + tail
write(F, out, negative=True)
