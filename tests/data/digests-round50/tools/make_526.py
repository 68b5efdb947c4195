#!/usr/bin/env python3
"""526: a connpass event page of a Japanese CV paper-reading meetup (論文読み会) copied from the browser after the
event: site header, title and catch line, date, hashtag, 募集内容 (枠 / 先着順 / 無料 / counts), イベント内容 with 概要,
タイムテーブル pasted as tab-separated lines (time, 発表, 発表者), 参加資格 / 注意事項 / 懇親会, 資料 (slides and the
recording), フィード, 主催 / 参加者一覧, 開催日時 / 開催会場 with the address, the footer. Papers: an arXiv abs URL (link),
OpenReview forum URLs (link), "arXiv:ID" (arxiv-text), titles with a venue only (title-only). Not papers: Speaker
Deck slides, the YouTube archive, the 3DGS project page's code, Discord, the 懇親会."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F526, DBN, keys

text = f"""connpass
イベントを探す
イベントを作る
ログイン
新規登録
CV最先端論文読み会
CV最先端論文読み会 #14 自己教師あり学習と3D回
表現学習の定番から 3D Gaussian Splatting まで、7本＋古典1本を読みます
2024/06/15(土) 13:00〜17:30
ハッシュタグ ：#cv_yomikai
このイベントは終了しました
募集内容
一般参加枠（現地）
先着順
無料
42/50
発表枠
先着順
無料
7/7
オンライン視聴枠
先着順
無料
186/300
イベント内容
概要
CV最先端論文読み会は、コンピュータビジョン周辺の論文を参加者が持ち寄って紹介する会です。今回は自己教師あり学習の回の予定でしたが、3D の発表希望が多かったので 2 部構成にしました。
発表は 1 本 20 分（質疑込み）です。発表者はスライドを connpass の資料欄にアップロードしてください。
タイムテーブル
時間	内容	発表者
13:00	開場・受付	
13:15	オープニング・会場説明	運営（@ymatsu_cv）
13:25	「{T('2006.07733')}」 arXiv:2006.07733	@kn_ssl
13:45	「{T('2006.05576')}」 https://openreview.net/forum?id={OR('2006.05576')}	@hiro_repr
14:05	「{T('2010.04592')}」（ICLR 2021）	@t_okabe
14:25	休憩（15分）	
14:40	「{T('2106.08254')}」 https://arxiv.org/abs/2106.08254	@mizuki_vit
15:00	「{T('2011.06182')}」 https://openreview.net/forum?id={OR('2011.06182')}	@sato_ft
15:20	「{T('2006.05929')}」（ICLR 2021）	@dc_nakamura
15:40	休憩（15分）	
15:55	第2部：3D「{T('2308.04079')}」（SIGGRAPH 2023 / ACM TOG）	@gs_render
16:20	古典を読むコーナー「{DBN}」（Neural Computation, 2006）	運営（@ymatsu_cv）
16:45	LT・フリーディスカッション	
17:30	終了・撤収	
※ 3DGS の発表は質疑込み 25 分です。実装は公式のプロジェクトページ https://repo-sam.inria.fr/fungraph/3d-gaussian-splatting/ から。
参加資格
論文を 1 本以上読んだことがある方ならどなたでも。発表しない方も歓迎です。
注意事項
・会場の Wi-Fi は当日受付でお伝えします。
・写真撮影を行い、後日 X（旧 Twitter）に掲載することがあります。写りたくない方は受付でお申し出ください。
・オンライン視聴枠の方には、前日に YouTube Live の URL をメールでお送りします。
懇親会
終了後、会場近くのお店で懇親会（実費 4,000 円程度）を予定しています。参加希望の方は当日受付で。
資料
BYOL を今さら丁寧に読む
https://speakerdeck.com/kn_ssl/byol-yomikai14
Speaker Deck
ハードネガティブの作り方
https://speakerdeck.com/t_okabe/hard-negatives
Speaker Deck
3D Gaussian Splatting 入門（実装つき）
https://speakerdeck.com/gs_render/3dgs-nyuumon
Speaker Deck
アーカイブ動画（第1部・第2部）
https://www.youtube.com/watch?v=cvYomikai14a
YouTube
フィード
ymatsu_cv さんが資料をアップしました。
2024/06/16 10:02
ymatsu_cv さんが CV最先端論文読み会 #14 自己教師あり学習と3D回 を公開しました。
2024/05/20 21:15
主催 : CV最先端論文読み会
メンバー 1,204 人
参加者一覧（235人）
発表枠
kn_ssl
hiro_repr
t_okabe
mizuki_vit
sato_ft
dc_nakamura
gs_render
一般参加枠（現地）
42人
オンライン視聴枠
186人
開催日時
2024/06/15(土) 13:00 〜 17:30
開催会場
東京都渋谷区例示町 2-3-4 サンプルビル 8F
株式会社サンプル 大会議室
Discord（質問用）の招待リンクは参加者への情報欄に記載しています。
connpass
ヘルプ
利用規約
プライバシーポリシー
運営会社
© 2011-2024 BeProud Inc.
"""
write_only(F526, text, keys(F526))
