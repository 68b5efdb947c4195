#!/usr/bin/env python3
"""904: the "view in browser" page of issue #23 of «Difusão Semanal», a Brazilian Portuguese newsletter on diffusion
and image generation sent with EmailOctopus, saved by a reader (Firefox, "Web Page, HTML only"). An e-mail builder's
HTML: XHTML 1.0 Transitional doctype, `Content-Type` meta first, a `<style>` block for clients that keep it, a hidden
preheader, nested `role="presentation"` tables with inline styles, a logo image, section headings, paper blurbs with
their links as buttons or in the text, a sponsor box, and the footer EmailOctopus adds (why you get this, postal
address, preferences / unsubscribe links on EmailOctopus's host, the "Sent with EmailOctopus" badge); links are the
original URLs (the web version does not rewrite them for click tracking); no script. One paper is given by its arXiv
id only, three classics by title only. Documentation, a repository, a blog post, a talk, a meetup and a job are not
papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, write_only
from make_expected import by_num, keys

F = by_num(904)
K = dict(sd3="2403.03206", cm="2303.01469", dreambooth="2208.12242", ip2p="2211.09800", lsgm="2106.05931",
         ddpm="2006.11239", diffwave="2009.09761", ldm="2112.10752")


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;").replace("'", "&#39;")


P = 'style="margin:0 0 16px 0;font-family:Helvetica,Arial,sans-serif;font-size:16px;line-height:24px;color:#2d2d2d;"'
H2 = 'style="margin:0 0 12px 0;font-family:Helvetica,Arial,sans-serif;font-size:20px;line-height:28px;color:#5b2a86;"'
A = 'style="color:#5b2a86;text-decoration:underline;"'


def p(html):
    return f"<p {P}>{html}</p>\n"


def a(href, label):
    return f'<a href="{esc(href)}" target="_blank" {A}>{label}</a>'


def button(href, label):
    return ('<table role="presentation" border="0" cellpadding="0" cellspacing="0" style="margin:0 0 24px 0;"><tr>'
            '<td style="border-radius:4px;background-color:#5b2a86;">'
            f'<a href="{esc(href)}" target="_blank" style="display:inline-block;padding:10px 18px;font-family:Helvetica,'
            f'Arial,sans-serif;font-size:14px;color:#ffffff;text-decoration:none;">{label}</a></td></tr></table>\n')


def block(inner, bg="#ffffff"):
    return (f'<tr>\n<td style="padding:24px 32px;background-color:{bg};">\n{inner}</td>\n</tr>\n')


q = lambda k: "&ldquo;" + esc(T(K[k])) + "&rdquo;"
body = []
body.append(block(
    p("Olá, pessoal!") +
    p("Semana movimentada: saiu o artigo técnico do Stable Diffusion 3 e, no nosso grupo de leitura de quinta, "
      "ainda estamos digerindo os modelos de consistência. Abaixo, o destaque da semana, três leituras para o fim de "
      "semana e uma seção nova com clássicos para quem está chegando agora.") +
    p("Boa leitura! &mdash; Camila")))
body.append(block(
    f"<h2 {H2}>&#11088; Destaque da semana</h2>\n" +
    p(f"<strong>{esc(T(K['sd3']))}</strong><br />Esser, Kulal, Blattmann et al. (Stability AI), março de 2024") +
    p("O SD3 troca a U-Net por um transformer multimodal (MM-DiT), com pesos separados para texto e imagem, e treina "
      "com <em>rectified flow</em> usando uma amostragem de tempos que favorece os passos intermediários. A seção de "
      "escala (até 8B parâmetros) é a parte mais interessante para quem treina modelos próprios.") +
    button("https://arxiv.org/abs/2403.03206", "Ler no arXiv &rarr;")))
body.append(block(
    f"<h2 {H2}>&#128218; Para ler com calma</h2>\n" +
    p(f"<strong>1. {q('cm')}</strong> (Song, Dhariwal, Chen e Sutskever, ICML 2023). Geração em um passo mapeando "
      "qualquer ponto da trajetória de volta à origem; dá para destilar um modelo de difusão ou treinar do zero. "
      + a("https://arxiv.org/pdf/2303.01469.pdf", "PDF") + ".") +
    p(f"<strong>2. {q('dreambooth')}</strong> &mdash; o método por trás de metade dos avatares da internet: "
      "3 a 5 fotos, um identificador raro e uma perda de preservação da classe. " +
      a("https://arxiv.org/abs/2208.12242", "arxiv.org/abs/2208.12242")) +
    p(f"<strong>3. {q('ip2p')}</strong> (Brooks, Holynski e Efros). Os pares de treino são gerados com GPT-3 + "
      "Prompt-to-Prompt; o resultado edita imagens com uma instrução em linguagem natural. " +
      a("https://arxiv.org/abs/2211.09800", "Artigo") + " &middot; " +
      a("https://huggingface.co/docs/diffusers/training/instructpix2pix", "tutorial no diffusers (documentação)")) +
    p("<strong>Bônus:</strong> quem gostou da ideia de difusão em espaço latente deveria olhar o LSGM, "
      f"{q('lsgm')} (Vahdat, Kreis e Kautz, NeurIPS 2021) &mdash; arXiv:2106.05931. Ainda não temos o PDF na pasta "
      "do grupo; se alguém baixar, avisa.")))
body.append(block(
    f"<h2 {H2}>&#127963;&#65039; Clássicos para revisitar</h2>\n" +
    p("Para quem entrou agora na lista (bem-vindos, turma de IA da UFMG!), três artigos que citamos toda semana:") +
    f'<ul style="margin:0 0 16px 0;padding-left:20px;font-family:Helvetica,Arial,sans-serif;font-size:16px;line-height:24px;color:#2d2d2d;">\n'
    f"<li>{q('ddpm')} &mdash; Ho, Jain e Abbeel (2020). O ponto de partida do DDPM.</li>\n"
    f"<li>{q('diffwave')} &mdash; difusão para áudio, ótimo para entender o condicionamento.</li>\n"
    f"<li>{q('ldm')} &mdash; o artigo do Stable Diffusion original (Rombach et al., CVPR 2022).</li>\n"
    "</ul>\n" +
    p("Se preferir começar por algo mais leve, o post " +
      a("https://lilianweng.github.io/posts/2021-07-11-diffusion-models/", "What are Diffusion Models?") +
      " da Lilian Weng continua sendo a melhor introdução (é um blog, não um artigo).")))
body.append(block(
    f"<h2 {H2}>&#128295; Ferramentas e links</h2>\n" +
    f'<ul style="margin:0 0 16px 0;padding-left:20px;font-family:Helvetica,Arial,sans-serif;font-size:16px;line-height:24px;color:#2d2d2d;">\n'
    f"<li>{a('https://github.com/comfyanonymous/ComfyUI', 'ComfyUI')} ganhou suporte a fluxos com vários modelos "
    "de texto &mdash; útil para testar o SD3 quando os pesos saírem.</li>\n"
    f"<li>{a('https://huggingface.co/docs/diffusers/index', 'Documentação do diffusers')}: a seção de schedulers foi "
    "reescrita.</li>\n"
    f"<li>Palestra gravada: &ldquo;Difusão sem mistério&rdquo; no {a('https://www.youtube.com/watch?v=q3Zx8VbLr2M', 'YouTube')} "
    "(45 min, em português).</li>\n"
    "<li>Encontro presencial do grupo em São Paulo: 28/03, 19h, no Coworking Pinheiros. Inscrição pelo "
    f"{a('https://forms.example.com.br/difusao-sp', 'formulário')}.</li>\n"
    "</ul>\n"))
body.append(block(
    p("<strong>Patrocínio</strong> &middot; A GPUnuvem (exemplo fictício de parceiro) oferece 20 horas de A100 para "
      "projetos de estudantes. " + a("https://gpunuvem.example.com.br/estudantes", "Saiba mais") + ".") +
    p("<strong>Vaga:</strong> estágio em geração de imagens no Laboratório Visão&amp;Arte (Campinas), 20h semanais. "
      "Interessados: " + a("mailto:vagas@visaoearte.example.com.br", "vagas@visaoearte.example.com.br") + "."),
    bg="#f3ecfa"))

footer = ('<tr>\n<td style="padding:24px 32px;font-family:Helvetica,Arial,sans-serif;font-size:12px;line-height:18px;'
          'color:#8a8a8a;text-align:center;">\n'
          "<p style=\"margin:0 0 8px 0;\">Você está recebendo este e-mail porque se inscreveu na Difusão Semanal.</p>\n"
          "<p style=\"margin:0 0 8px 0;\">Difusão Semanal &middot; Rua Exemplo, 123 &middot; São Paulo &ndash; SP &middot; Brasil</p>\n"
          "<p style=\"margin:0 0 16px 0;\">"
          '<a href="https://eomail4.com/preferences/8c1f5e2a-6d3b-11ee-9a4f-0b7e3c5d2a19" style="color:#8a8a8a;">Preferências</a>'
          " &middot; "
          '<a href="https://eomail4.com/unsubscribe/8c1f5e2a-6d3b-11ee-9a4f-0b7e3c5d2a19" style="color:#8a8a8a;">Cancelar inscrição</a>'
          "</p>\n"
          '<a href="https://emailoctopus.com/?utm_source=newsletter&amp;utm_medium=badge&amp;utm_campaign=free-plan" target="_blank">'
          '<img src="https://emailoctopus.com/images/emailoctopus-badge.png" alt="Sent with EmailOctopus" width="150" '
          'height="40" style="display:block;margin:0 auto;border:0;" /></a>\n'
          "</td>\n</tr>\n")

text = f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="pt-BR">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta name="x-apple-disable-message-reformatting" />
<title>Difusão Semanal #23 &ndash; SD3, modelos de consistência e edição por instrução</title>
<style type="text/css">
body {{ margin: 0; padding: 0; -webkit-text-size-adjust: 100%; }}
table, td {{ border-collapse: collapse; }}
img {{ border: 0; outline: none; text-decoration: none; }}
@media only screen and (max-width: 620px) {{
  .eo-container {{ width: 100% !important; }}
}}
</style>
</head>
<body style="margin:0;padding:0;background-color:#efeaf4;">
<div style="display:none;max-height:0;overflow:hidden;mso-hide:all;">SD3 saiu, modelos de consistência e três clássicos para quem está chegando.</div>
<table role="presentation" border="0" cellpadding="0" cellspacing="0" width="100%" style="background-color:#efeaf4;">
<tr>
<td align="center" style="padding:24px 8px;">
<table role="presentation" class="eo-container" border="0" cellpadding="0" cellspacing="0" width="600" style="width:600px;max-width:600px;">
<tr>
<td style="padding:24px 32px;background-color:#5b2a86;text-align:left;">
<img src="https://eo-uploads.example-cdn.com/f3a9c1/difusao-semanal-logo.png" alt="Difusão Semanal" width="220" height="48" style="display:block;" />
<p style="margin:12px 0 0 0;font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#e9dcf5;">Edição #23 &middot; 14 de março de 2024</p>
</td>
</tr>
{"".join(body)}{footer}</table>
</td>
</tr>
</table>
</body>
</html>
'''
write_only(F, text, keys(F), forms=(text.replace("&ldquo;", "\u201c").replace("&rdquo;", "\u201d").replace("&#39;", "'"),))
