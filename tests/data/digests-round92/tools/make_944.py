#!/usr/bin/env python3
"""944: one issue of a free Japanese mail magazine delivered through まぐまぐ! (mag2), as the reader's mail program
saved it (.eml, CRLF): Return-Path / Received / Date / From / To / Subject / Message-ID / MIME headers, the names and the
subject as `=?ISO-2022-JP?B?…?=` words, `Content-Type: text/plain; charset="ISO-2022-JP"`, `7bit`; the body in
ISO-2022-JP (JIS X 0208 between `ESC $ B` and `ESC ( B`, every line back in ASCII before its end), laid out as mail
magazines are: `━` rules 35 full-width characters wide, the masthead with date and issue number, a `[PR]` block, a
table of contents, numbered `■` sections, `◆` paper headings (long English titles wrapped at blanks so that no line is
wider than 70 columns), `　` indents, the editor's postscript, and mag2's footer (publisher, sign-up / cancel page of
the magazine id, back numbers). The papers: three arXiv URLs, one OpenReview URL, one arXiv id as text, three titles
only; the DeepSpeed documentation, the Megatron-LM repository, the phi-1 model card and a study-meeting recording
are not papers."""
import base64, os, sys, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_raw
from make_expected import by_num, keys

F = by_num(944)
K = dict(moe="1701.06538", megatron="1909.08053", zero="1910.02054", chinchilla="2203.15556", switch="2101.03961",
         kaplan="2001.08361", opt="2205.01068", phi="2306.11644")
MAG = "0001698432"
NAME = "機械学習ペーパー通信"
ISSUE = 87
SUBJECT = f"[{NAME}] 第{ISSUE}号 スケーリング則と分散学習、いま読み返したい8本"
RULE = "━" * 35
CRLF = "\r\n"


def width(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WFA" else 1 for c in s)


def wrap(text, indent="　", limit=70):
    """wrap at blanks (English) so that no line is wider than `limit` columns; Japanese runs are kept whole"""
    out, cur = [], indent
    for w in text.split(" "):
        cand = (cur + " " + w) if cur.strip() else cur + w
        if width(cand) > limit and cur.strip():
            out.append(cur); cur = indent + w
        else:
            cur = cand
    out.append(cur)
    return out


def paper(head, lines):
    return ["◆ " + head[0]] + [("　" + l if not l.startswith("　") else l) for l in head[1:]] + lines + [""]


def title_lines(key):
    t = wrap(T(key), indent="", limit=66)
    return t


body = [
    RULE,
    "　" + NAME + "　　　　　　　　　　2024年3月12日　第" + str(ISSUE) + "号",
    RULE,
    "",
    "[PR]" + "━" * 33,
    "　エンジニア向け技術書の読み放題、30日間無料キャンペーン実施中",
    "　https://books.example.jp/lp/campaign?utm_source=mag2",
    "━" * 33 + "[PR]",
    "",
    "こんにちは、発行人の佐々木です。",
    "花粉の季節ですね。今週は読者アンケートで一番リクエストが多かった",
    "「スケーリング則と大規模分散学習」の特集です。新しい論文ではなく、",
    "いま読み返すと発見がある定番ばかりを8本選びました。",
    "",
    "■目次",
    "　1. スケーリング則をもう一度",
    "　2. 分散学習の定番",
    "　3. Mixture-of-Experts の系譜",
    "　4. 「小さく賢く」派",
    "　5. 編集後記",
    "",
    RULE,
    "■1. スケーリング則をもう一度",
    RULE,
    "",
]
body += paper(title_lines(K["kaplan"]) + ["Kaplan ほか（OpenAI, 2020）"], [
    "　損失がパラメータ数・データ量・計算量のべき乗則に従う、という",
    "　あの論文です。図1だけでも一度は見ておきましょう。",
    "　当時の結論は「モデルを大きくせよ」でしたが、次の論文で修正されます。",
])
body += paper(title_lines(K["chinchilla"]) + ["Hoffmann ほか（DeepMind, 2022）、いわゆる Chinchilla 論文"], [
    "　https://arxiv.org/abs/2203.15556",
    "　同じ計算予算ならパラメータとトークンを同じ比率で増やすべし。",
    "　「1パラメータあたり約20トークン」という目安はここから来ています。",
])
body += [RULE, "■2. 分散学習の定番", RULE, ""]
body += paper(title_lines(K["megatron"]) + ["Shoeybi ほか（NVIDIA, 2019）"], [
    "　https://arxiv.org/abs/1909.08053",
    "　テンソル並列の原典。Transformer の MLP と Attention をどこで",
    "　切るかの説明は今読んでも明快です。実装は GitHub の",
    "　NVIDIA/Megatron-LM（論文ではなくリポジトリ）を参照。",
])
body += paper(title_lines(K["zero"]) + ["Rajbhandari ほか（Microsoft, SC20）"], [
    "　https://arxiv.org/pdf/1910.02054.pdf",
    "　オプティマイザ状態・勾配・パラメータを分割して冗長性をなくす。",
    "　DeepSpeed のドキュメント（deepspeed.ai）と一緒に読むのがおすすめ。",
])
body += paper(title_lines(K["opt"]) + ["Zhang ほか（Meta AI, 2022）"], [
    "　175B を公開した論文ですが、本当の見どころは付録の学習ログ。",
    "　ロス発散と再起動の記録は、大規模学習の「現場」そのものです。",
])
body += [RULE, "■3. Mixture-of-Experts の系譜", RULE, ""]
body += paper(title_lines(K["moe"]) + ["Shazeer ほか（ICLR 2017）"], [
    "　https://openreview.net/forum?id=" + OR(K["moe"]),
    "　ゲーティングで専門家を疎に選ぶ MoE 層の元祖。OpenReview の",
    "　議論も残っています。",
])
body += paper(title_lines(K["switch"]) + ["Fedus, Zoph, Shazeer（JMLR 2022）　arXiv:2101.03961"], [
    "　専門家を1つだけ選ぶ top-1 ルーティングで単純化。負荷分散の",
    "　補助損失の式は実装時にそのまま使えます。",
])
body += [RULE, "■4. 「小さく賢く」派", RULE, ""]
body += paper(title_lines(K["phi"]) + ["Gunasekar ほか（Microsoft Research, 2023）"], [
    "　「教科書品質」のデータだけで 1.3B のコードモデル phi-1 を学習。",
    "　スケーリング則とは逆方向の話として対比すると面白いです。",
    "　モデルカードは Hugging Face の microsoft/phi-1 にあります",
    "　（論文ではありません）。",
])
body += [
    RULE,
    "■5. 編集後記",
    RULE,
    "",
    "先月の勉強会（オンライン、参加者42名）の録画は、講演者の許可が",
    "取れ次第、読者限定ページで公開します。次号（第88号）は",
    "「長い文脈をどう扱うか」特集の予定です。ご意見・ご感想は",
    "このメールに返信せず、下記の問い合わせ先までお願いします。",
    "",
    RULE,
    "このメールマガジンは『まぐまぐ!』を利用して発行しています。",
    "■発行者：" + NAME + "（佐々木 悠）",
    "■お問い合わせ：henshu@paper-tsushin.example.jp",
    "■バックナンバー：https://paper-tsushin.example.jp/backnumber/",
    f"■配信の登録・解除はこちら：https://www.mag2.com/m/{MAG}.html",
    RULE,
]
for l in body:
    assert width(l) <= 70, (width(l), l)

text_lines = body


def jis_line(s):
    return s.encode("iso2022_jp").decode("ascii")


def enc_words(s, limit=8):
    """=?ISO-2022-JP?B?…?= words of at most `limit` characters each, every word ending in ASCII"""
    words = [s[i:i + limit] for i in range(0, len(s), limit)]
    return "\r\n ".join("=?ISO-2022-JP?B?" + base64.b64encode(w.encode("iso2022_jp")).decode("ascii") + "?=" for w in words)


headers = [
    f"Return-Path: <bounce-{MAG}-k.tanaka=example.jp@bounce.mag2.com>",
    "Received: from mta12.mag2.com (mta12.mag2.com [203.0.113.25])\r\n\tby mx.example.jp (Postfix) with ESMTP id 4Tv0Kp6Wm1z3Hd\r\n"
    "\tfor <k.tanaka@example.jp>; Tue, 12 Mar 2024 07:00:09 +0900 (JST)",
    "Date: Tue, 12 Mar 2024 07:00:03 +0900",
    f"From: {enc_words(NAME)} <mailmag@mag2.com>",
    "To: k.tanaka@example.jp",
    f"Subject: {enc_words(SUBJECT)}",
    f"Message-ID: <20240312070003.{MAG}.5f3a91c2@mag2.com>",
    f"List-Unsubscribe: <https://www.mag2.com/m/{MAG}.html>",
    "MIME-Version: 1.0",
    'Content-Type: text/plain; charset="ISO-2022-JP"',
    "Content-Transfer-Encoding: 7bit",
]
raw = CRLF.join(headers) + CRLF + CRLF + CRLF.join(jis_line(l) for l in text_lines) + CRLF
plain = "\n".join(text_lines)
write_raw(F, raw.encode("ascii"), [plain, NAME, SUBJECT], keys(F))
