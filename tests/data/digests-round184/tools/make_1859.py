#!/usr/bin/env python3
"""1859: a mail sent from IOL Mail (the webmail of the Portuguese portal IOL) forwarding an F5Bot alert as an attachment
(.eml, CR LF): multipart/mixed with a Portuguese (pt-PT) note in text/plain UTF-8 **base64**, and the alert itself as
message/rfc822 — F5Bot's mail (keyword alerts for Reddit, Hacker News and Lobsters) in multipart/alternative, text/plain
and text/html, both UTF-8 **quoted-printable**. The alert's layout («F5Bot found N new mentions of your keywords:»,
sections «<site> (k)», numbered items with «(keyword: …)», the link and a quoted snippet, the footer) is invented after
other alert mails; the people, addresses, the Reddit / Hacker News / Lobsters threads, users and ids, the Message-IDs
and the unsubscribe token are invented; vLLM, llama.cpp and F5Bot appear as what they are. Computed: the item counts
(per section and in total), the Lisbon dates (WET, +0000, before the end of March) with weekdays, the alert dated
before the mail (asserted), the keywords of every item among those the note names (asserted), base64 by Python's
base64.encodebytes (76 columns), quoted-printable by Python's quopri over the LF text, then CR LF throughout, the RFC
2047 B-word of the sender's name, the HTML part carrying the same links as the text part (asserted)."""
import base64, datetime as dt, html, os, quopri, sys
from email.header import Header
from email.utils import format_datetime
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_raw
from make_expected import by_num, keys
F = by_num(1859)
UTC = dt.timezone.utc
ALERT = dt.datetime(2026, 3, 3, 18, 5, 12, tzinfo=UTC)
SENT = dt.datetime(2026, 3, 4, 9, 12, 44, tzinfo=UTC)   # Lisbon, WET (+0000) until 29 March 2026
assert ALERT < SENT
KEYWORDS = ["vllm", "flashattention", "long context", "rope scaling"]
ME, TO = "jsimoes.lab@iol.pt", "rita.amaral@lab-lisboa.example.pt"
SECTIONS = [
    ("Reddit Posts", [
        ("/r/LocalLLaMA: vLLM vs llama.cpp server on one 24 GB card, numbers inside", "vllm",
         "https://www.reddit.com/r/LocalLLaMA/comments/1j2k8fq/vllm_vs_llamacpp_server_on_one_24_gb_card/",
         f"...at 32 parallel requests vLLM does 4x the tokens/s, which is what you'd expect from {T('2309.06180')} "
         "(arxiv.org/pdf/2309.06180): no KV cache fragmentation. llama.cpp wins at batch size 1..."),
    ]),
    ("Reddit Comments", [
        ("/r/MachineLearning: comment by u/kernel_fusion_enjoyer in \"[D] Which attention kernels paper should I "
         "actually read?\"", "flashattention",
         "https://www.reddit.com/r/MachineLearning/comments/1j1xq0d/d_which_attention_kernels_paper_should_i/mfk2r7c/",
         f"...{T('2307.08691')} is still the one to read, https://arxiv.org/abs/2307.08691 - the v3 paper is mostly "
         "about Hopper tricks. Write the naive kernel yourself first..."),
        ("/r/LocalLLaMA: comment by u/ctx_stretcher in \"Qwen at 128k with yarn, is it worth it?\"", "rope scaling",
         "https://www.reddit.com/r/LocalLLaMA/comments/1j2c0rt/qwen_at_128k_with_yarn_is_it_worth_it/mfm8d1q/",
         f"...the original rope scaling trick is {T('2306.15595')} (https://arxiv.org/abs/2306.15595v2), yarn and "
         "friends came after. Fine-tune for a few hundred steps or it falls apart past 16k..."),
    ]),
    ("Hacker News Comments", [
        ("comment by tmlsg in \"Ask HN: How do long context models actually work?\"", "long context",
         "https://news.ycombinator.com/item?id=43247519",
         f"...before all the RoPE hacks there was {T('2007.14062')}: sparse attention with a few global tokens, "
         "linear in sequence length. Most long context tricks are variations on which tokens get to see everything..."),
        ("comment by awmuller in \"Ask HN: How do long context models actually work?\"", "long context",
         "https://news.ycombinator.com/item?id=43248802",
         f"...memory-based approaches never really went away, see {T('2010.06891')} "
         f"https://openreview.net/forum?id={OR('2010.06891')} - a fixed-size memory instead of an ever growing "
         "window..."),
    ]),
    ("Lobsters Comments", [
        ("comment by pgm in \"Attention sinks and why your long context model forgets\"", "long context",
         "https://lobste.rs/s/k3vd9q/attention_sinks_why_your_long_context#c_w1pzfa",
         f"...FAIR's {T('2002.09402')} made a similar point in 2020: the lower layers can't see what the upper "
         "layers already computed..."),
    ]),
]
assert all(k in KEYWORDS for _, its in SECTIONS for _, k, _, _ in its)
N = sum(len(i) for _, i in SECTIONS)
txt = [f"F5Bot found {N} new mentions of your keywords:", ""]
h = ['<html><body style="font-family:Arial,sans-serif;font-size:14px">',
     f"<p>F5Bot found {N} new mentions of your keywords:</p>"]
for name, items in SECTIONS:
    txt += [f"{name} ({len(items)})", ""]
    h.append(f"<h3>{name} ({len(items)})</h3><ol>")
    for i, (head, kw, url, snip) in enumerate(items, 1):
        txt += [f"{i}. {head} (keyword: {kw})", f"   {url}", f"   \"{snip}\"", ""]
        h.append(f'<li><a href="{url}">{html.escape(head, quote=False)}</a> (keyword: <b>{kw}</b>)<br>'
                 f"<i>{html.escape(snip, quote=False)}</i></li>")
    h.append("</ol>")
txt += ["--", "You are receiving this because you signed up for keyword alerts at https://f5bot.com.",
        "Manage your keywords: https://f5bot.com/keywords",
        "Unsubscribe: https://f5bot.com/unsubscribe?u=58112&t=9c2e7a41d0", ""]
h += ['<p style="color:#888">You are receiving this because you signed up for keyword alerts at '
      '<a href="https://f5bot.com">f5bot.com</a>.<br><a href="https://f5bot.com/keywords">Manage your keywords</a> | '
      '<a href="https://f5bot.com/unsubscribe?u=58112&amp;t=9c2e7a41d0">Unsubscribe</a></p>', "</body></html>", ""]
text_alert, html_alert = "\n".join(txt), "\n".join(h)
urls = [u for _, its in SECTIONS for _, _, u, _ in its]
assert all(f'href="{u}"' in html_alert for u in urls)


def qp(s): return quopri.encodestring(s.encode("utf-8")).decode("ascii")


inner = "\n".join([
    "Return-Path: <bounce@f5bot.com>",
    f"Date: {format_datetime(ALERT).replace('-0000', '+0000')}",
    "From: F5Bot <admin@f5bot.com>",
    f"To: {ME}",
    "Subject: F5Bot found something!",
    "Message-ID: <f5bot.alert.58112.1772561112@f5bot.com>",
    "MIME-Version: 1.0",
    'Content-Type: multipart/alternative; boundary="f5b_4c1d9e70"',
    "",
    "--f5b_4c1d9e70",
    "Content-Type: text/plain; charset=UTF-8",
    "Content-Transfer-Encoding: quoted-printable",
    "",
    qp(text_alert),
    "--f5b_4c1d9e70",
    "Content-Type: text/html; charset=UTF-8",
    "Content-Transfer-Encoding: quoted-printable",
    "",
    qp(html_alert),
    "--f5b_4c1d9e70--",
])
note = "\n".join([
    "Olá Rita,",
    "",
    "reencaminho-te o alerta do F5Bot de ontem (vai em anexo, tal como chegou). Pus as palavras-chave «vllm»,",
    "«flashattention», «long context» e «rope scaling» para acompanhar o que se diz sobre contexto longo antes da",
    "reunião de quinta.",
    "",
    "Quero ver contigo o comentário sobre memória no Hacker News e o do vLLM no Reddit (os números batem com os",
    f"nossos). Para a parte das convoluções longas lê também {T('2302.10866')}",
    "(arXiv:2302.10866), e para a versão do assistente que corre no telemóvel o Tiago sugeriu",
    f"{T('2004.11886')}.",
    "",
    "Abraço,",
    "João",
    "",
])
b64 = base64.encodebytes(note.encode("utf-8")).decode("ascii")
B = "=_iol_7d30c5a1e9b2"
heads = [
    f"Return-Path: <{ME}>",
    f"Date: {format_datetime(SENT).replace('-0000', '+0000')}",
    f"From: {Header('João Simões', 'utf-8').encode().replace('?utf-8?b?', '?UTF-8?B?')} <{ME}>",
    f"To: {TO}",
    "Subject: Fwd: F5Bot found something!",
    "Message-ID: <20260304091244.3kQx8eV1@webmail.iol.pt>",
    "MIME-Version: 1.0",
    f'Content-Type: multipart/mixed; boundary="{B}"',
    "X-Mailer: IOL Mail",
]
raw = "\n".join(heads) + "\n\nThis is a multi-part message in MIME format.\n\n" + "\n".join([
    f"--{B}",
    "Content-Type: text/plain; charset=UTF-8",
    "Content-Transfer-Encoding: base64",
    "",
    b64,
    f"--{B}",
    'Content-Type: message/rfc822; name="F5Bot found something!.eml"',
    'Content-Disposition: attachment; filename="F5Bot found something!.eml"',
    "",
    inner,
    "",
    f"--{B}--",
    "",
])
raw = raw.replace("\n", "\r\n")
write_raw(F, raw.encode("ascii"), [raw, note, text_alert, html_alert, html.unescape(html_alert)], keys(F))
