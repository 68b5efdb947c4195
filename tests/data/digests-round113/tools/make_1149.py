#!/usr/bin/env python3
"""1149: a GNATS problem report as stored in the database (`gnats-db/paperbot/217`; Japanese): the mail headers
send-pr wrote, then the `>Field:` lines in GNATS' order, an Audit-Trail whose state changes run open -> analyzed ->
feedback -> closed (>State: is the last one, >Closed-Date its date) with one follow-up mail, and an empty
>Unformatted:. The PR reports that the paper bot's weekly issue 15 (PEFT) lost links; the description lists the
issue's papers as expected and as rendered."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import F1149, keys

JST = dt.timezone(dt.timedelta(hours=9))
def gd(t):  # GNATS date: Tue Apr 09 10:12:41 +0900 2024
    return t.strftime("%a %b %d %H:%M:%S %z %Y")
def md(t):  # RFC 2822 date in a mail header
    return t.strftime("%a, %d %b %Y %H:%M:%S %z")
def ctime(t):  # the mbox envelope's asctime form: Tue Apr  9 01:12:41 2024
    return t.strftime('%a %b ') + f'{t.day:2d}' + t.strftime(' %H:%M:%S %Y')
t0 = dt.datetime(2024, 4, 9, 10, 12, 41, tzinfo=JST)
t1 = t0 + dt.timedelta(days=1, hours=3, minutes=7, seconds=12)
t2 = t1 + dt.timedelta(hours=2, minutes=41, seconds=5)
t3 = t2 + dt.timedelta(days=1, hours=20, minutes=2, seconds=50)
t4 = t3 + dt.timedelta(days=2, hours=1, minutes=16, seconds=3)
arr = t0 + dt.timedelta(seconds=21)

desc = f"""\
週報 15 号（4/8 配信、PEFT 特集）で、リンクが付くはずの論文のうち 2 本がリンクなしで
配信されました。また、arXiv 番号だけ登録した 2 本は番号がそのまま本文に出ています
（これは仕様どおりですが、リンクにしてほしいという要望が来ています）。

登録内容（weekly/015.yaml）と配信結果:

  1. {T("2011.06182")}
     登録: https://openreview.net/forum?id=3rRgu7OGgBI
     配信: OK（OpenReview のリンク）
  2. {T("2305.14314")}
     登録: https://arxiv.org/abs/2305.14314
     配信: リンクなし  ← バグ
  3. {T("2402.09353")}
     登録: https://arxiv.org/pdf/2402.09353
     配信: リンクなし  ← バグ（pdf 形式の URL）
  4. {T("2101.00190")}
     登録: arXiv:2101.00190（番号のみ）
     配信: 「arXiv:2101.00190」とテキストで表示
  5. {T("1902.00751")}
     登録: arXiv:1902.00751（番号のみ）
     配信: 「arXiv:1902.00751」とテキストで表示
  6. {T("2104.08691")}
     登録: タイトルと著者のみ（{au("2104.08691")}）
     配信: OK
  7. {T("2306.11644")}
     登録: タイトルのみ（phi-1、社内勉強会の資料あり）
     配信: OK
  8. {T("2303.18223")}
     登録: タイトルのみ（サーベイ、版が頻繁に更新されるためリンクなし）
     配信: OK

論文以外の項目（huggingface/peft のドキュメント https://huggingface.co/docs/peft 、
Sebastian Raschka さんのブログ記事）は正常にリンクされていました。
"""
how = """\
  $ paperbot render --issue 15 --lang ja --format html > /tmp/015.html
  $ grep -c '<a href=' /tmp/015.html
  5
  （論文以外の 2 件を含めて 7 件あるはず）
"""
fix = """\
  render.py の link_for() が `arxiv.org/abs/` 以外の arXiv URL と、
  行末に空白がある URL を捨てていました。r2.4.1 で修正（コミット 9c41e7a）。
"""
audit = f"""
State-Changed-From-To: open->analyzed
State-Changed-By: sato
State-Changed-When: {gd(t1)}
State-Changed-Why:
    再現しました。2 と 3 の URL 末尾に全角スペースが入っていて、
    さらに 3 は /pdf/ 形式なので link_for() の正規表現に合いません。


State-Changed-From-To: analyzed->feedback
State-Changed-By: sato
State-Changed-When: {gd(t2)}
State-Changed-Why:
    r2.4.1 で修正、staging で 015 号を再生成しました。確認をお願いします。


From: 山本 葵 <yamamoto@lab.example.jp>
To: gnats-bugs@lab.example.jp, sato@lab.example.jp
Cc: 
Subject: Re: paperbot/217: 週報15号でarXivリンクが消える
Date: {md(t3 - dt.timedelta(minutes=4))}

 staging の 015 号を見ました。{T("2305.14314")} と
 DoRA の両方にリンクが付いています。4 と 5（番号のみ）は今回は
 このままで構いません。ありがとうございました。

State-Changed-From-To: feedback->closed
State-Changed-By: sato
State-Changed-When: {gd(t3)}
State-Changed-Why:
    報告者の確認が取れたのでクローズ。016 号から r2.4.1 で配信。

"""
fields = [("Number", "217"), ("Category", "paperbot"), ("Synopsis", "週報15号でarXivリンクが消える"),
          ("Confidential", "no"), ("Severity", "serious"), ("Priority", "medium"), ("Responsible", "sato"),
          ("State", "closed"), ("Class", "sw-bug"), ("Submitter-Id", "lab"), ("Arrival-Date", gd(arr)),
          ("Closed-Date", gd(t3)), ("Last-Modified", gd(t4)), ("Originator", "山本 葵"), ("Release", "paperbot-2.4.0")]
multi = [("Organization", "京都・自然言語処理研究室（読書会係）\n"), ("Environment", "Debian 12, Python 3.11.2, paperbot 2.4.0 (cron on gpu-03)\n"),
         ("Description", desc), ("How-To-Repeat", how), ("Fix", fix), ("Release-Note", ""), ("Audit-Trail", audit),
         ("Unformatted", "")]
head = f"""From yamamoto@lab.example.jp  {ctime(t0.astimezone(dt.timezone.utc))}
Received: (qmail 43912 invoked by uid 1007); {md(t0.astimezone(dt.timezone.utc))}
Message-Id: <20240409011241.43912.qmail@gpu-03.lab.example.jp>
Date: {md(t0)}
From: yamamoto@lab.example.jp
Reply-To: yamamoto@lab.example.jp
To: gnats-bugs@lab.example.jp
Subject: 週報15号でarXivリンクが消える
X-Send-Pr-Version: 3.113
X-GNATS-Notify: 

"""
body = "".join(f">{k}:" + " " * (16 - len(k) - 2) + f"{v}\n" for k, v in fields)
body += "".join(f">{k}:\n{v}" for k, v in multi)
write_only(F1149, head + body, keys(F1149))
