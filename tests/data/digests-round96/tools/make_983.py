#!/usr/bin/env python3
"""983: a Yahoo!知恵袋 question page (resolved, best answer chosen by the asker) selected in the browser and pasted
into a text file by the asker: the header links, the breadcrumb (知恵袋トップ › カテゴリ一覧 › category › sub-category),
解決済み, the question text and its 補足, the asker (ID非公開さん) and the date `YYYY/M/D H:MM`, the counters as the
page lays them out (共感した / 閲覧数： / 回答数： / お礼：… 枚 each followed by its value on the next line), 違反報告;
ベストアンサー with 「このベストアンサーは質問者が選びました」, the answerer's masked ID `abc*****さん`, date, text,
ナイス！ and its count; 質問者からのお礼コメント with お礼日時；その他の回答（N件）with the other answers; related
questions; the footer. The answers write papers the way such answers do: circled numbers, full-width indents, bare
URLs (one without its scheme), `（arXiv:…）` after a title, a nickname (DDPM, LDM) where the writer did not bother.
Papers: two arXiv URLs, one OpenReview forum URL, two ids as text, three titles only. Not papers: the diffusers
documentation, YouTube explanations, the nicknamed DDPM / LDM / Stable Diffusion."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, fill, write_only
from make_expected import by_num, keys

F = by_num(983)
K = dict(gan="1406.2661", thermo="1503.03585", ncsn="1907.05600", ddim="2010.02502", adm="2105.05233",
         cfg="2207.12598", dalle2="2204.06125", zero123="2303.11328")

page = """Yahoo!知恵袋
質問する
ログイン
知恵袋トップ
カテゴリ一覧
コンピュータテクノロジー
プログラミング
解決済み
画像生成AI（Stable Diffusionなど）の仕組みを基礎から理解したいです。どの論文から読めばいいですか？

大学3年の情報系です。卒業研究のテーマを画像生成にしようか迷っていて、まずは仕組みをちゃんと理解したいと思っています。
ネットの解説記事はいくつか読んだのですが、「拡散モデル」「スコア」「ガイダンス」などの言葉が記事ごとにバラバラに出てきて、どれがどの論文の話なのかがよく分かりません。
読む順番も含めて、おすすめの論文を教えてください。

補足
英語の論文は時間をかければ読めます。数学は確率・統計と線形代数の授業を取ったくらいです。
ID非公開さん
2023/4/8 21:15
共感した
3
閲覧数：
1,847
回答数：
3
お礼：
100枚
違反報告
ベストアンサー
このベストアンサーは質問者が選びました
pon*****さん
2023/4/9 1:02
順番に読むならこんな感じだと思います。全部英語ですが、最初はアブストと図だけでもOKです。

① [[T:gan]]（2014）
　拡散モデルの前に画像生成の主役だったGANの元論文。比較の基準として最初に。
② [[T:thermo]]（2015）
　拡散モデルの本当の元祖。物理っぽくて難しいので雰囲気だけで大丈夫です。
③ [[T:ncsn]]
　https://arxiv.org/abs/[[ID:ncsn]]
　スコアベースの考え方。ここが分かると次のDDPMの見通しがかなり良くなります。
④ DDPM（Hoさんたちの2020年の論文）
　今の拡散モデルの直接の元。これは必読。タイトルは「DDPM 論文」で検索すればすぐ出ます。
⑤ [[T:ddim]]
　https://openreview.net/forum?id=St1giarCHLP
　サンプリングを速くする話。Stable Diffusionの「DDIM」サンプラーはこれです。
⑥ [[T:adm]]
　arxiv.org/abs/[[ID:adm]]
　①と読み比べるとおもしろいです。
⑦ [[T:cfg]]（arXiv:[[ID:cfg]]）
　プロンプトの効き具合（CFGスケール）の元ネタ。短いのですぐ読めます。
⑧ [[T:dalle2]]（arXiv:[[ID:dalle2]]）
　いわゆるDALL-E 2の論文。テキストから画像、の流れはここで一度整理されます。

Stable Diffusion自体の論文（LDM）は④⑤を読んでからの方が分かりやすいです。
YouTubeの解説動画もいいですが、論文の図を見ながらの方が結局早いと思います。
ナイス！
12
違反報告
質問者からのお礼コメント
番号つきで順番まで書いていただいて本当に助かりました！まずは③と④から読んでみます。ありがとうございました。
お礼日時：2023/4/11 22:40
その他の回答（2件）
mid*****さん
2023/4/9 8:17
3D方向に興味があるなら [[T:zero123]] も面白いですよ。1枚の画像から別の視点の画像を作るやつです。
卒研なら、いきなり新手法を考えるより既存モデルの再現実験から入るのが現実的だと思います。
ナイス！
4
違反報告
ID非公開さん
2023/4/10 12:30
論文の前に、Hugging Faceのdiffusersのドキュメントにチュートリアルがあるので、まず手元で動かしてみるのがおすすめです。動かしてから論文を読むと頭に入りやすいです。
ナイス！
0
違反報告
関連する質問
Stable Diffusionをローカルで動かすにはどのくらいのGPUが必要ですか？
機械学習の論文を効率よく読むコツはありますか？
卒業研究のテーマが決まりません。情報系で画像処理に興味があります。
このカテゴリの回答受付中の質問
Pythonで画像を一括でリサイズする方法を教えてください。
Yahoo!知恵袋
利用規約
プライバシーポリシー
ヘルプ・お問い合わせ
© LY Corporation
"""
text = fill(page, K)
write_only(F, text, keys(F))
