#!/usr/bin/env python3
"""874: one conversation file written by imessage-exporter's TXT exporter (`imessage-exporter -f txt`, macOS
Messages `chat.db`): per message a date line (`%b %d, %Y %l:%M:%S %p`, so a one-digit hour leaves two spaces, plus
` (Read by them after …)` / ` (Read by you after …)` with the humanised delay), the sender (`Me` or the contact's
name), the body lines; a shared link rendered as its URL, the page title and the summary on their own lines; an
attachment as its path; `Reactions:` + `Loved by …`; a threaded reply both indented four spaces under the message it
answers and on its own with `This message responded to an earlier message.`; a blank line after every top-level
message. Two Japanese PhD students planning a reading group on LLM agents, reasoning and RL; a code repository, a
lecture video and a podcast are not papers."""
import datetime, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, abstract, write_only
from make_expected import by_num, keys

F = by_num(874)
K = dict(cot="2201.11903", ab="2308.03688", dt="2106.01345", saycan="2204.01691", ga="2304.03442",
         evo="2101.03958", onp="2006.05990", adv="2307.15043")
ME, HER = "Me", "森 遥香"


def stamp(t):
    h = t.hour % 12 or 12
    return t.strftime("%b %d, %Y ") + f"{h:>2}" + t.strftime(":%M:%S ") + ("AM" if t.hour < 12 else "PM")


def diff(sec):
    parts = []
    for unit, n in (("day", 86400), ("hour", 3600), ("minute", 60), ("second", 1)):
        v, sec = divmod(sec, n)
        if v: parts.append(f"{v} {unit}{'s' if v != 1 else ''}")
    return ", ".join(parts)


def summary(k, n=2):
    s = abstract(k).replace("\n", " ")
    sents = s.split(". ")
    return ". ".join(sents[:n]).rstrip(".") + "."


out = []
t0 = datetime.datetime(2024, 3, 5, 21, 2, 11)


def render(t, who, body, read=None, indent="", reactions=(), replies=(), is_reply=False):
    head = stamp(t)
    if read:
        head += f" (Read by {'them' if who == ME else 'you'} after {diff(read)})"
    s = "".join(indent + l + "\n" for l in [head, who] + body.split("\n") if l)
    for r in reactions:
        s += "Reactions:\n" + f"Loved by {r}\n" + "\n"
    for r in replies:
        s += r + "\n"
    if is_reply and not indent:
        s += "This message responded to an earlier message.\n"
    return s + ("\n" if not indent else "")


def msg(dsec, who, body, **kw):
    global t0
    t0 = t0 + datetime.timedelta(seconds=dsec)
    return render(t0, who, body, **kw)


def url_bal(url, title, summ):
    return f"{url}\n{title}\n{summ}"


out.append(msg(0, ME, "来週から輪読会の担当、エージェント系まとめて引き受けちゃった😇 リスト作るの手伝ってくれる？", read=94))
out.append(msg(140, HER, "いいよ！テーマは「LLMエージェント＋推論＋RL」で合ってる？", read=31))
out.append(msg(60, ME, "そうそう。まず評価系から。これ見た？"))
out.append(msg(12, ME, url_bal("https://arxiv.org/abs/2308.03688", f"[2308.03688] {T(K['ab'])}", summary(K["ab"])),
               read=402))
out.append(msg(460, HER, "見た。8つの環境で測ってるやつでしょ。コードのリポジトリ（論文じゃないけど）も動かしやすかった：https://github.com/THUDM/AgentBench",
               reactions=[ME]))
out.append(msg(75, HER, "推論は定番だけど、これは OpenReview 版のほうが議論が読めて面白いよ"))
out.append(msg(8, HER, url_bal("https://openreview.net/forum?id=_VjQlMeSB_J", f"{T(K['cot'])} | OpenReview",
                               summary(K["cot"], 1)), read=66))
out.append(msg(190, ME, "了解。ロボット側からはこれを入れたい"))
out.append(msg(1, ME, url_bal("https://arxiv.org/abs/2204.01691", f"[2204.01691] {T(K['saycan'])}",
                              summary(K["saycan"], 1)), read=229))
out.append(msg(240, HER, "SayCanね。あと生成エージェントの町のやつ、arXiv:2304.03442\n"
               f"「{T(K['ga'])}」。これは絶対みんな好き", read=58))
DT_BODY = f"じゃあ系列モデルとしてのRL：{T(K['dt'])}\nhttps://arxiv.org/pdf/2106.01345.pdf\nTransformer で行動を条件付き生成するやつ"
DT_T = t0 + datetime.timedelta(seconds=95 + 210)
out.append(msg(95, ME, "それは第2回にしよう。RL寄りの回も1回ほしい", read=130,
               replies=[render(DT_T, HER, DT_BODY, read=47, indent="    ")]))
out.append(msg(210, HER, DT_BODY, read=47, is_reply=True))
out.append(msg(160, ME, "いいね。古典寄りなら、リンクはまだ探してないけど\n"
               f"・{T(K['onp'])}\n・{T(K['evo'])}\nこの二本は実験が多くて発表向き"))
out.append(msg(300, HER, "安全性の回も作ろうよ。題名だけ貼っとく：\n"
               f"{T(K['adv'])}\n（接尾辞を最適化して拒否を外すやつ。デモは控えめに…）", read=75))
out.append(msg(120, ME, "~/Library/Messages/Attachments/4e/14/5D1C8A2E-7B40-4C1F-9E27-0B6F1D3A9C55/輪読会_日程案.pdf"))
out.append(msg(15, ME, "日程案つくった。3/14 から毎週木曜、各回2本。講義動画（論文じゃない）も参考に貼っとく\n"
               "https://video.example.com/watch?v=deep-rl-lecture-21", read=512))
out.append(msg(600, HER, "完璧👍 あとポッドキャストでエージェント回があったから移動中に聞いとく（これも論文じゃないよ）",
               read=20))
out.append(msg(45, ME, "ありがとう！おやすみ"))
text = "".join(out)
write_only(F, text, keys(F))
