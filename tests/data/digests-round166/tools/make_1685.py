#!/usr/bin/env python3
"""1685: the web version of a Selzy campaign saved from the browser as HTML, Portuguese (Brazil): a table layout with
inline styles, the preheader, «Ver no navegador», masthead with the issue, editorial, three article blocks with
buttons, «Leituras da semana», events, the footer with the LGPD note, «Cancelar inscrição» and the «Enviado com Selzy»
badge. The lab «NAM», its bulletin, people and hosts (`nam.example.br`) are invented; the Selzy web-version and
unsubscribe URLs (one campaign id and one hash) are as remembered, not checked; PyTorch Geometric, COCO and LibriSpeech
appear as what they are, never labelled."""
import datetime as dt, html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys
F = by_num(1685)
WD = ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"]
MO = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro",
      "dezembro"]


def pt(d):
    return f"{WD[d.weekday()]}, {d.day} de {MO[d.month - 1]} de {d.year}"


CID, HASH = "64218837", "6s7kq1x9bd3aw5gqp0a4mzrf8e"
ISSUE, DAY = 23, dt.date(2025, 5, 6)
e = html.escape
WEB = f"https://selzy.com/pt-br/v5/web/?campaign_id={CID}&amp;hash={HASH}"
UNS = f"https://selzy.com/pt-br/v5/unsubscribe/?campaign_id={CID}&amp;hash={HASH}"


def block(kicker, title, text, href, label):
    return f"""<tr><td style="padding:24px 32px 8px 32px;font-family:Arial,sans-serif;">
<p style="margin:0;font-size:12px;color:#0b7a55;text-transform:uppercase;">{e(kicker)}</p>
<h2 style="margin:6px 0 10px 0;font-size:20px;color:#1b1b1b;">{e(title)}</h2>
<p style="margin:0 0 14px 0;font-size:15px;line-height:22px;color:#333333;">{text}</p>
<a href="{href}" style="display:inline-block;background:#0b7a55;color:#ffffff;padding:10px 18px;border-radius:4px;text-decoration:none;font-size:14px;">{e(label)}</a>
</td></tr>"""


blocks = [
    block("Clássico", T("1409.3215"),
          "Para quem chega agora ao grupo de sequências: o artigo que popularizou o esquema codificador&ndash;decodificador "
          "com LSTMs. Será o primeiro texto do nosso clube de leitura em junho.",
          "https://arxiv.org/abs/1409.3215", "Ler no arXiv"),
    block("Visão computacional", T("2010.04159"),
          "A Luana apresentou na última quinta os resultados do DETR deformável nas imagens de satélite do projeto "
          "Cerrado Vivo. Os slides estão no drive do laboratório.",
          "https://arxiv.org/abs/2010.04159v4", "Ler o artigo"),
    block("Aumento de dados", T("2012.07177"),
          "Uma técnica simples que continua imbatível para segmentação de instâncias com poucos dados &mdash; testamos "
          "no COCO e no nosso conjunto de frutos.",
          "https://arxiv.org/abs/2012.07177", "Ler no arXiv"),
]
reads = [
    f"&ldquo;{e(T('2106.05234'))}&rdquo; (Ying et al., NeurIPS 2021, arXiv:2106.05234) &mdash; o Graphormer, para o "
    "grupo de grafos; código em PyTorch Geometric.",
    f"&ldquo;{e(T('Connectionist Temporal Classification: Labelling Unsegmented Sequence Data with Recurrent Neural Networks'))}&rdquo; "
    "(Graves et al., ICML 2006) &mdash; base do nosso reconhecedor de fala treinado no LibriSpeech.",
    f"&ldquo;{e(T('2103.14167'))}&rdquo; (Jiang et al., ICCV 2021) &mdash; correspondência densa entre imagens.",
    f"&ldquo;{e(T('2103.14146'))}&rdquo; (Qiu et al., ICCV 2021) &mdash; descrição de mudanças entre pares de imagens.",
    f"&ldquo;{e(T('1711.05101'))}&rdquo; (Loshchilov &amp; Hutter, ICLR 2019) &mdash; o AdamW, para quem ainda usa "
    "Adam com L2.",
]
events = [
    (dt.date(2025, 5, 15), "Seminário NAM: &ldquo;Transformers para séries temporais agrícolas&rdquo;, sala 204, 14h."),
    (dt.date(2025, 6, 5), "Clube de leitura, 1.º encontro: sequências e CTC, sala 110, 16h."),
]
h = f"""<!DOCTYPE html>
<html lang="pt-BR">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Boletim NAM n.º {ISSUE} &middot; maio de {DAY.year}</title>
</head>
<body style="margin:0;padding:0;background:#eef2f0;">
<div style="display:none;max-height:0;overflow:hidden;">Novidades do laboratório, leituras da semana e a agenda de maio.</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#eef2f0;">
<tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="padding:8px 32px;font-family:Arial,sans-serif;font-size:11px;color:#777777;text-align:right;"><a href="{WEB}" style="color:#777777;">Ver no navegador</a></td></tr>
<tr><td style="padding:24px 32px;background:#0b7a55;font-family:Arial,sans-serif;color:#ffffff;">
<h1 style="margin:0;font-size:26px;">Boletim NAM</h1>
<p style="margin:4px 0 0 0;font-size:13px;">N.º {ISSUE} &middot; maio de {DAY.year} &middot; {pt(DAY)}</p>
</td></tr>
<tr><td style="padding:24px 32px 0 32px;font-family:Arial,sans-serif;font-size:15px;line-height:22px;color:#333333;">
<p style="margin:0 0 12px 0;">Olá, pessoal!</p>
<p style="margin:0;">Neste número: três artigos que discutimos em abril, as leituras sugeridas pelos grupos e a agenda
de maio e junho. Dúvidas e sugestões: responda a este e-mail ou escreva para <a href="mailto:boletim@nam.example.br">boletim@nam.example.br</a>.</p>
</td></tr>
{chr(10).join(blocks)}
<tr><td style="padding:24px 32px 8px 32px;font-family:Arial,sans-serif;">
<h2 style="margin:0 0 10px 0;font-size:18px;color:#1b1b1b;">Leituras da semana</h2>
<ul style="margin:0;padding-left:20px;font-size:14px;line-height:21px;color:#333333;">
{chr(10).join(f"<li>{r}</li>" for r in reads)}
</ul>
</td></tr>
<tr><td style="padding:24px 32px 8px 32px;font-family:Arial,sans-serif;">
<h2 style="margin:0 0 10px 0;font-size:18px;color:#1b1b1b;">Agenda</h2>
{chr(10).join(f'<p style="margin:0 0 8px 0;font-size:14px;color:#333333;"><strong>{pt(d)}</strong> &mdash; {t}</p>' for d, t in events)}
</td></tr>
<tr><td style="padding:24px 32px;background:#f5f5f5;font-family:Arial,sans-serif;font-size:11px;line-height:16px;color:#777777;">
<p style="margin:0 0 8px 0;">Você recebe este boletim porque se inscreveu na lista do Núcleo de Aprendizado de Máquina (NAM).
Tratamos seus dados conforme a Lei Geral de Proteção de Dados (LGPD); veja a <a href="https://nam.example.br/privacidade" style="color:#777777;">política de privacidade</a>.</p>
<p style="margin:0 0 8px 0;">NAM &middot; Av. das Palmeiras, 1200, bloco C &middot; Campinas, SP</p>
<p style="margin:0 0 12px 0;"><a href="{UNS}" style="color:#777777;">Cancelar inscrição</a></p>
<p style="margin:0;"><a href="https://selzy.com/pt-br/" style="color:#999999;text-decoration:none;">Enviado com Selzy</a></p>
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
"""
write_only(F, h, keys(F), forms=[html.unescape(h)])
