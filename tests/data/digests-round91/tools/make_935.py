#!/usr/bin/env python3
"""935: a bsd-mailx session on a lab GPU server, copied from the terminal (tmux `capture-pane -p -S -`) by 田中 太郎,
a Japanese master's student whose NLP lab runs its 輪読会 (reading circle) reminders from cron: the shell prompt and
`mail`, the banner `Mail version 8.1.2 01/15/2001.  Type ? for help.`, `"/var/mail/taro": 4 messages 4 new`, the
header summary (`>N  1 <sender, 20 columns>  <Www Mmm dd hh:mm>  <lines>/<bytes>  <subject as stored>`), `& n`
commands answered by `Message n:` and the whole message as it sits in the mbox — the `From ` envelope line, every
header undecoded (Postfix's `Return-Path`, `X-Original-To`, `Delivered-To`, `Received`; cron's `X-Cron-Env`; a
Thunderbird subject as a MIME encoded-word; an 8-bit UTF-8 subject from `mail -s`), the body undecoded (8-bit UTF-8
shown as text; the professor's Outlook message a multipart/alternative in base64, unreadable here), the mbox's
trailing blank line — and `& q` with `Saved 4 messages in /home/taro/mbox`. Line and byte counts in the summary are
those of the messages shown. LF, a final newline. The transformers documentation, the JMLR page, the room and the
lab wiki are not papers."""
import base64, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys, GPT2

F = by_num(935)
K = dict(bart="1910.13461", femlm="2010.06040", hf="1910.03771", t5="1910.10683", w2v="1301.3781", elmo="1802.05365",
         funnel="2006.03236")
HOST = "nlp-gpu03.lab.example"


class Msg:
    def __init__(self, env_from, env_date, headers, body):
        self.env_from, self.env_date = env_from, env_date
        self.lines = [f"From {env_from}  {env_date}"] + headers + [""] + body.split("\n") + [""]
        self.nlines = len(self.lines)
        self.size = sum(len(l.encode("utf-8")) + 1 for l in self.lines)

    def subject(self):
        return next(l[9:] for l in self.lines if l.startswith("Subject: "))


def local_hdr(qid, uid, date, extra):
    return [f"Return-Path: <{extra['from_addr']}>", "X-Original-To: taro", f"Delivered-To: taro@{HOST}",
            f"Received: by {HOST} (Postfix, from userid {uid})", f"\tid {qid}; {date}"]


CRON_BODY = f"""== 輪読会リマインダー (2024-03-04 月) ==
今週 3/6 (水) 16:30- 知能情報棟 4F 演習室
  担当: 山田 翔太
  論文: {T(K['t5'])}
        Raffel et al., JMLR 2020 / arXiv:1910.10683
来週 3/13 (水) 16:30-
  担当: 佐藤 美咲
  論文: {T(K['bart'])}
        https://arxiv.org/abs/1910.13461
再来週 3/20 (水・祝) → 休み

未割り当て (rindoku.tsv の status=候補):
  - {T(K['elmo'])}
  - {T(K['funnel'])}
  - {T(K['w2v'])} (arXiv:1301.3781)
担当したい人は rindoku.tsv を編集して push してください。"""
m1 = Msg(f"root@{HOST}", "Mon Mar  4 07:00:02 2024",
         local_hdr("3F2A1C0042", 0, "Mon,  4 Mar 2024 07:00:02 +0900 (JST)", {"from_addr": f"root@{HOST}"}) +
         [f"From: root@{HOST} (Cron Daemon)", f"To: taro@{HOST}",
          "Subject: Cron <taro@nlp-gpu03> /home/taro/bin/rindoku-remind.sh", "MIME-Version: 1.0",
          "Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: 8bit", "X-Cron-Env: <SHELL=/bin/sh>",
          "X-Cron-Env: <HOME=/home/taro>", "X-Cron-Env: <PATH=/usr/bin:/bin>", "X-Cron-Env: <LOGNAME=taro>",
          f"Message-Id: <20240303220002.3F2A1C0042@{HOST}>", "Date: Mon,  4 Mar 2024 07:00:02 +0900 (JST)"],
         CRON_BODY)

YAMADA_BODY = f"""田中くん

水曜の T5 の発表資料、共有フォルダ /share/rindoku/2024/0306/ に置きました。
実験は transformers の t5-base を使ってます。ライブラリについては論文
「{T(K['hf'])}」
https://arxiv.org/abs/1910.03771
を最後のスライドで一応引用しました（ドキュメントはこっち：
https://huggingface.co/docs/transformers/model_doc/t5 ）。

span corruption のところ、15% / 平均長 3 の設定で合ってるか見てもらえると助かります。

山田"""
m2 = Msg(f"yamada@{HOST}", "Mon Mar  4 13:22:47 2024",
         local_hdr("8C41D20A17", 1003, "Mon,  4 Mar 2024 13:22:47 +0900 (JST)", {"from_addr": f"yamada@{HOST}"}) +
         [f"To: taro@{HOST}", "Subject: T5 の発表資料", "User-Agent: mail (GNU Mailutils 3.14)",
          f"Message-Id: <20240304042247.8C41D20A17@{HOST}>", "Date: Mon,  4 Mar 2024 13:22:47 +0900 (JST)",
          f"From: yamada@{HOST}"],
         YAMADA_BODY)

KATO_TEXT = ("各位\n\n3/6 の輪読会は演習室の空調工事のため、知能情報棟 2F セミナー室 B に変更します。\n"
             "時間は変わらず 16:30 からです。\n\n加藤\n")
KATO_HTML = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
             "<div>各位</div><div><br></div><div>3/6 の輪読会は演習室の空調工事のため、知能情報棟 2F セミナー室 B "
             "に変更します。</div><div>時間は変わらず 16:30 からです。</div><div><br></div><div>加藤</div></body></html>\n")


def b64lines(s):
    b = base64.b64encode(s.encode("utf-8")).decode()
    return "\n".join(b[i:i + 76] for i in range(0, len(b), 76))


BOUND = "_000_TYCPR01MB8432C5E2A1F0B7D94A6E3B11C92ATYCPR01MB8432jpnp_"
KATO_BODY = "\n".join([f"--{BOUND}", "Content-Type: text/plain; charset=\"utf-8\"", "Content-Transfer-Encoding: base64",
                       "", b64lines(KATO_TEXT), "", f"--{BOUND}", "Content-Type: text/html; charset=\"utf-8\"",
                       "Content-Transfer-Encoding: base64", "", b64lines(KATO_HTML), "", f"--{BOUND}--"])
m3 = Msg("kato@u.example", "Tue Mar  5 08:12:31 2024",
         ["Return-Path: <kato@u.example>", "X-Original-To: nlp-all@lab.example", f"Delivered-To: taro@{HOST}",
          "Received: from mx1.lab.example (mx1.lab.example [192.0.2.25])",
          f"\tby {HOST} (Postfix) with ESMTPS id 1B7E920C3A", f"\tfor <taro@{HOST}>; Tue,  5 Mar 2024 08:12:31 +0900 (JST)",
          "From: =?utf-8?B?5Yqg6JekIOWNmg==?= <kato@u.example>", "To: nlp-all <nlp-all@lab.example>",
          "Subject: =?utf-8?B?44CQ6Lyq6Kqt5Lya44CR6YOo5bGL5aSJ5pu0ICgzLzYp?=", "Thread-Topic: =?utf-8?B?44CQ6Lyq6Kqt5Lya44CR6YOo5bGL5aSJ5pu0ICgzLzYp?=",
          "Date: Mon, 4 Mar 2024 23:12:20 +0000", "Message-ID: <TYCPR01MB8432C5E2A1F0B7D94A6E3B11C92A@TYCPR01MB8432.jpnprd01.prod.outlook.example>",
          "Accept-Language: ja-JP, en-US", "Content-Language: ja-JP", "X-MS-Has-Attach:", "MIME-Version: 1.0",
          f"Content-Type: multipart/alternative;", f'\tboundary="{BOUND}"'],
         KATO_BODY)

SUZUKI_BODY = f"""田中さん

佐藤さんの BART 回の前に読んでおくとよさそうなもの、二つ共有します。

1. {GPT2}
   (Radford et al., 2019, OpenAI の技術レポートで arXiv 版はありません)
   デコーダのみの事前学習との比較のため。
2. {T(K['femlm'])}
   https://openreview.net/forum?id=cYr2OPNyTz7
   マスクの掛け方を全部試すという話で、BART のノイズ関数の節と相性がいいです。

あと研究室 wiki の「輪読会の進め方」ページも更新しました。

鈴木"""
m4 = Msg("suzuki.hanako@lab.example", "Tue Mar  5 09:47:05 2024",
         ["Return-Path: <suzuki.hanako@lab.example>", "X-Original-To: taro", f"Delivered-To: taro@{HOST}",
          "Received: from mx1.lab.example (mx1.lab.example [192.0.2.25])",
          f"\tby {HOST} (Postfix) with ESMTPS id 6D09A20C41", f"\tfor <taro@{HOST}>; Tue,  5 Mar 2024 09:47:05 +0900 (JST)",
          "Message-ID: <5b2f8e0c-7a1d-4c3e-9f64-2d8b1a7c0e55@lab.example>", "Date: Tue, 5 Mar 2024 09:47:01 +0900",
          "MIME-Version: 1.0", "User-Agent: Mozilla Thunderbird", "Content-Language: ja",
          f"To: =?UTF-8?B?55Sw5Lit?= <taro@{HOST}>",
          "From: =?UTF-8?B?6Yi05pyoIOiKseWtkA==?= <suzuki.hanako@lab.example>",
          "Subject: =?UTF-8?B?QkFSVCDlm57jga7liY3jgavoqq3jgoDjgoLjga4=?=",
          "Content-Type: text/plain; charset=UTF-8; format=flowed", "Content-Transfer-Encoding: 8bit"],
         SUZUKI_BODY)
MSGS = [m1, m2, m3, m4]

out = ["taro@nlp-gpu03:~$ mail", "Mail version 8.1.2 01/15/2001.  Type ? for help.",
       f'"/var/mail/taro": {len(MSGS)} messages {len(MSGS)} new']
for n, m in enumerate(MSGS, 1):
    name = m.env_from[:20].ljust(20)
    wc = f"{m.nlines:3d}/{m.size:<5d}"
    out.append(f"{'>' if n == 1 else ' '}N{n:3d} {name}  {m.env_date[:16]}  {wc} {m.subject()}".rstrip())
for n in (1, 2, 3, 4):
    out.append(f"& {n}")
    out.append(f"Message {n}:")
    out.extend(MSGS[n - 1].lines)
out += ["& q", "Saved 4 messages in /home/taro/mbox", "taro@nlp-gpu03:~$ "]
write_only(F, "\n".join(out) + "\n", keys(F), forms=[KATO_TEXT, KATO_HTML])
