#!/usr/bin/env python3
"""1104: issue #27 of a Brazilian research group's newsletter ("IA para Ciência", Portuguese), sent with RD Station
Marketing and saved from its "Visualizar no navegador" web version: an e-mail HTML page (XHTML 1.0 Transitional
doctype, `<style>` for clients, a hidden preheader, nested 600-pixel tables with inline styles, `role="presentation"`,
bulletproof buttons), a header, an editorial, one card per reading (title in bold, authors, a summary, a button or a
plain "Sem link público" note), an events block and RD Station's footer (unsubscribe, "Enviado por RD Station", the
sender's address). Non-ASCII written raw (UTF-8) in text, `&nbsp;` / `&rarr;` / `&copy;` as entities. The DeepMind blog
post, PyTorch Geometric, the podcast episode and the meetup are not papers; "FNO", "Graphormer", "MeshGraphNets",
"AlphaFold 2", "EigenGame", "FedDyn" are nicknames."""
import os, re, sys, html
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only, CAT, au
from make_expected import by_num, keys, ALPHAFOLD

F = by_num(1104)
K = dict(fno="2010.08895", graphormer="2106.05234", mgn="2010.03409", ssvae="2010.02014", feddyn="2111.04263",
         af=ALPHAFOLD, eigengame="2010.00554", nas="2108.04392")
BTN = "background-color:#0b6e4f;border-radius:4px;color:#ffffff;display:inline-block;font-family:Arial,sans-serif;font-size:14px;font-weight:bold;line-height:40px;text-align:center;text-decoration:none;width:200px;"
CARDS = [
 ("EDPs", K["fno"], f"https://arxiv.org/abs/{K['fno']}", "Aprende o operador solução de uma família de EDPs no espaço de Fourier; resolve Navier–Stokes com resolução diferente da do treino (zero-shot super-resolution). Leitura obrigatória para quem está no projeto de simulação de reservatórios."),
 ("Simulação", K["mgn"], f"https://arxiv.org/abs/{K['mgn']}", "Redes de grafos sobre malhas adaptativas para tecidos, fluidos e estruturas. Comparem com o FNO acima: malha irregular vs. grade regular."),
 ("Grafos", K["graphormer"], f"https://arxiv.org/pdf/{K['graphormer']}.pdf", "Transformers para grafos com codificação de centralidade e de distância espacial; venceu o OGB-LSC de química quântica em 2021."),
 ("Biologia", K["af"], None, "O artigo do AlphaFold 2 (Nature, 2021). Não está no arXiv; o PDF está na pasta do grupo. Para uma visão geral, o post do blog da DeepMind é ótimo."),
 ("Aprendizado federado", K["feddyn"], None, f"Regularização dinâmica para FL com clientes heterogêneos (ICLR 2021, arXiv:{K['feddyn']}). Relevante para a parceria com os hospitais."),
 ("Modelos generativos", K["ssvae"], f"https://openreview.net/forum?id={CAT[K['ssvae']]['openreview_id']}", "VAE hierárquico em que a própria imagem reduzida vira variável latente. Veja também a discussão no OpenReview."),
 ("Otimização / teoria dos jogos", K["eigengame"], None, "PCA formulado como jogo entre jogadores que buscam os autovetores; bonito e curto. (ICLR 2021)"),
 ("AutoML", K["nas"], None, "Mostra que os pesos de arquitetura do DARTS não refletem bem a força das operações e propõe seleção por perturbação. Sugestão do Rafael."),
]


def card(topic, k, url, summary):
    title = html.escape(T(k), quote=False)
    authors = html.escape(au(k, 3, " et al."), quote=False)
    link = (f'<a href="{url}" target="_blank" style="{BTN}">Ler o artigo &rarr;</a>' if url else
            '<span style="color:#888888;font-family:Arial,sans-serif;font-size:13px;font-style:italic;">Sem link público &mdash; PDF na pasta do grupo</span>')
    return f"""<tr>
<td style="padding:18px 30px 6px 30px;border-top:1px solid #e5e5e5;">
<p style="margin:0;color:#0b6e4f;font-family:Arial,sans-serif;font-size:12px;font-weight:bold;letter-spacing:1px;text-transform:uppercase;">{topic}</p>
<h2 style="margin:6px 0 4px 0;color:#1d1d1d;font-family:Georgia,serif;font-size:19px;line-height:25px;">{title}</h2>
<p style="margin:0 0 10px 0;color:#555555;font-family:Arial,sans-serif;font-size:13px;">{authors}</p>
<p style="margin:0 0 14px 0;color:#333333;font-family:Arial,sans-serif;font-size:15px;line-height:22px;">{html.escape(summary, quote=False)}</p>
<table role="presentation" cellspacing="0" cellpadding="0" border="0"><tr><td>{link}</td></tr></table>
</td>
</tr>"""


page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="pt-BR">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>IA para Ciência #27 — física, grafos e um pouco de biologia</title>
<style type="text/css">
body{{margin:0;padding:0;-webkit-text-size-adjust:100%;}}
table{{border-collapse:collapse;}}
img{{border:0;outline:none;text-decoration:none;}}
@media only screen and (max-width:620px){{.container{{width:100% !important;}}}}
</style>
</head>
<body style="margin:0;padding:0;background-color:#f2f4f3;">
<div style="display:none;max-height:0;overflow:hidden;">Oito leituras para março: operadores neurais, malhas, grafos, AlphaFold e mais.&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;</div>
<table role="presentation" width="100%" cellspacing="0" cellpadding="0" border="0" style="background-color:#f2f4f3;">
<tr>
<td align="center" style="padding:20px 10px;">
<table role="presentation" class="container" width="600" cellspacing="0" cellpadding="0" border="0" style="background-color:#ffffff;">
<tr>
<td style="padding:24px 30px;background-color:#0b6e4f;">
<img src="https://cdn.lab-exemplo.com.br/newsletter/logo-ia-ciencia.png" width="180" alt="IA para Ciência" style="display:block;" />
</td>
</tr>
<tr>
<td style="padding:24px 30px 10px 30px;color:#333333;font-family:Arial,sans-serif;font-size:15px;line-height:22px;">
<p style="margin:0 0 12px 0;">Olá, Mariana!</p>
<p style="margin:0 0 12px 0;">Nesta edição, a lista de leitura do grupo para março. O tema é <strong>aprendizado de máquina para ciência</strong>: simulação física, grafos moleculares e biologia estrutural, com duas leituras de outras áreas que apareceram nas discussões.</p>
<p style="margin:0;">Os encontros continuam às quintas, 14h, na sala 2.31 e no Meet. &mdash; Beatriz</p>
</td>
</tr>
{chr(10).join(card(*c) for c in CARDS)}
<tr>
<td style="padding:18px 30px;border-top:1px solid #e5e5e5;background-color:#f7faf9;color:#333333;font-family:Arial,sans-serif;font-size:14px;line-height:21px;">
<p style="margin:0 0 8px 0;"><strong>Também recomendamos</strong></p>
<p style="margin:0 0 6px 0;">&bull; Blog: <a href="https://deepmind.google/discover/blog/alphafold-a-solution-to-a-50-year-old-grand-challenge-in-biology/" target="_blank" style="color:#0b6e4f;">AlphaFold: a solution to a 50-year-old grand challenge in biology</a></p>
<p style="margin:0 0 6px 0;">&bull; Biblioteca: <a href="https://pytorch-geometric.readthedocs.io/" target="_blank" style="color:#0b6e4f;">PyTorch Geometric</a> (tutorial de GNNs na próxima quinta)</p>
<p style="margin:0 0 6px 0;">&bull; Podcast: episódio 41 do &ldquo;Ciência Aberta&rdquo; sobre IA em física de partículas</p>
<p style="margin:0;">&bull; Evento: Meetup ML Campinas, 21/03, 19h &mdash; inscrições no Sympla</p>
</td>
</tr>
<tr>
<td style="padding:20px 30px;color:#888888;font-family:Arial,sans-serif;font-size:11px;line-height:16px;text-align:center;">
<p style="margin:0 0 6px 0;">Você recebeu este e-mail porque se inscreveu na lista do Laboratório de Aprendizado de Máquina Aplicado.</p>
<p style="margin:0 0 6px 0;"><a href="https://lab-exemplo.rds.example/unsubscribe?lead=9f3c2a71e0b44d58&amp;email=27" target="_blank" style="color:#888888;">Descadastrar</a> &middot; <a href="https://lab-exemplo.rds.example/preferences?lead=9f3c2a71e0b44d58" target="_blank" style="color:#888888;">Gerenciar preferências</a></p>
<p style="margin:0 0 6px 0;">LAMA &ndash; Av. Exemplo, 1000, Campinas &ndash; SP, 13083-000</p>
<p style="margin:0;">Enviado por <a href="https://www.rdstation.com/" target="_blank" style="color:#888888;">RD Station</a> &copy; 2024</p>
</td>
</tr>
</table>
</td>
</tr>
</table>
</body>
</html>
"""
text = html.unescape(re.sub(r"<[^>]+>", " ", page))
write_only(F, page, keys(F), forms=[text])
