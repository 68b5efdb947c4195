#!/usr/bin/env python3
"""Builds digests/117_es_beehiiv_newsletter_agentes.eml: a Spanish Beehiiv newsletter saved from the mail client as
.eml (multipart/alternative, text/plain + text/html, both UTF-8 quoted-printable). The QP encoder is written here so
that soft line breaks fall at 76 columns wherever they land, including between the two bytes of an accented letter
("=C3=\n=B3") and inside titles; "=XX" triplets are never split (as real encoders do)."""
import os

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "117_es_beehiiv_newsletter_agentes.eml")


def qp(text):
    """Quoted-printable, UTF-8, soft breaks at 76 columns (75 chars + '=')."""
    out_lines = []
    for line in text.split("\n"):
        toks = []
        b = line.encode("utf-8")
        for i, c in enumerate(b):
            ch = chr(c)
            if c == 61 or c > 126 or (c < 32 and c != 9):
                toks.append("=%02X" % c)
            elif ch in " \t" and i == len(b) - 1:
                toks.append("=%02X" % c)
            else:
                toks.append(ch)
        cur = ""
        for t in toks:
            if len(cur) + len(t) > 75:
                out_lines.append(cur + "=")
                cur = ""
            cur += t
        out_lines.append(cur)
    return "\r\n".join(out_lines)


T = "https://elbucle.beehiiv.com"
def trk(n):
    return f"https://link.mail.beehiiv.com/ss/c/u001.{n}/4bq/Xk3pQ9rVS2mE/h{len(n)}/h001.tZ8wQm"
def trk_url(dest, n):
    from urllib.parse import quote
    return f"https://elbucle.beehiiv.com/c/{n}?url={quote(dest, safe='')}&utm_source=elbucle&utm_medium=newsletter&utm_campaign=el-bucle-47"

ITEMS = [
 # (title, href_html, plain_url, blurb)
 ("ReAct: Synergizing Reasoning and Acting in Language Models",
  "https://openreview.net/forum?id=WE_vluYUL-X", "https://openreview.net/forum?id=WE_vluYUL-X",
  "El artículo que puso de moda el bucle pensar → actuar → observar. Si sólo vas a leer uno esta semana, que sea este; la versión de ICLR tiene un apéndice de errores muy honesto."),
 ("Toolformer: Language Models Can Teach Themselves to Use Tools",
  "https://arxiv.org/abs/2302.04761?utm_source=elbucle&utm_medium=newsletter", "https://arxiv.org/abs/2302.04761?utm_source=elbucle&utm_medium=newsletter",
  "El modelo decide solo cuándo llamar a una calculadora o a un buscador. Bonito, aunque la evaluación envejeció regular."),
 ("Voyager: An Open-Ended Embodied Agent with Large Language Models",
  trk_url("https://arxiv.org/abs/2305.16291", "a91f"), trk_url("https://arxiv.org/abs/2305.16291", "a91f"),
  "Minecraft, una biblioteca de habilidades que crece sola y un currículo automático. Sigue siendo la demo más divertida del género."),
 ("Generative Agents: Interactive Simulacra of Human Behavior",
  trk("8Kq2Zr0dWmXyPb71cFQe"), trk("8Kq2Zr0dWmXyPb71cFQe"),
  "Veinticinco agentes en un pueblo tipo Los Sims que organizan una fiesta de San Valentín sin que nadie se lo pida. La parte de memoria y reflexión es la que conviene copiar."),
 ("MemGPT: Towards LLMs as Operating Systems",
  "https://arxiv.org/abs/2310.08560", "https://arxiv.org/abs/2310.08560",
  "Paginación de contexto como si fuera memoria virtual. La analogía con el sistema operativo da más de sí de lo que parece."),
]

PLAIN_INTRO = """Ver en el navegador ( https://elbucle.beehiiv.com/p/el-bucle-47-agentes-que-se-equivocan?utm_source=elbucle&utm_medium=newsletter&utm_campaign=el-bucle-47 )

EL BUCLE · nº 47 · martes 12 de marzo de 2024

Hola de nuevo:

Esta semana volvemos a los agentes, porque en la reunión del jueves salió otra vez la pregunta de siempre: ¿cuánta de la «autonomía» que vemos en las demos es razonamiento y cuánta es andamiaje? Spoiler: mucha más de andamiaje de lo que nos gustaría admitir.

Antes de empezar, una errata del número 46: el enlace a la charla de Lucía Echeverría apuntaba a la grabación equivocada. Ya está corregido en la web.

-------------------------------------------------
LECTURAS DE LA SEMANA
-------------------------------------------------
"""

def plain():
    s = PLAIN_INTRO
    for i, (t, h, p, b) in enumerate(ITEMS, 1):
        s += f"\n{i}. {t} ( {p} )\n{b}\n"
    s += """
6. Reflexion: Language Agents with Verbal Reinforcement Learning (arXiv:2303.11366)
El agente escribe una nota sobre por qué falló y la relee en el siguiente intento. Es casi vergonzoso lo bien que funciona en HumanEval.

7. AgentBench: Evaluating LLMs as Agents
Ocho entornos, desde SQL hasta juegos de cartas. Lo enlazamos la semana pasada; hoy sólo recordamos que la distancia entre modelos cerrados y abiertos sigue ahí.

-------------------------------------------------
EN CORTO
-------------------------------------------------

* Para quien trabaje con contextos largos: Lost in the Middle: How Language Models Use Long Contexts ( https://arxiv.org/abs/2307.03172 ), el famoso gráfico en forma de U.
* El benchmark del momento para agentes de código es SWE-bench: Can Language Models Resolve Real-World GitHub Issues? (arXiv 2310.06770): issues reales de GitHub, tests reales, tasas de acierto todavía de un dígito para casi todos.
* Un clásico para la sección de «antes de los LLM»: Mastering the game of Go without human knowledge, de Silver y compañía, que sigue siendo la mejor lectura sobre autojuego.
* Nuestro episodio del pódcast con Tomás Ibarra sobre AutoGPT y compañía ya está en Spotify ( https://link.mail.beehiiv.com/ss/c/u001.Pq0sLk3/4bq/h12/h001.Yy7 ).
* El repositorio de la semana: langgraph, por si queréis montar vuestro propio bucle ( https://github.com/langchain-ai/langgraph ).

-------------------------------------------------

¿Te han reenviado este correo? Suscríbete aquí ( https://elbucle.beehiiv.com/subscribe?ref=fwd47 )

Hasta el martes que viene,
Marta Olaizola y Javier Cordero
El Bucle — una newsletter sobre aprendizaje automático en español

Actualizar tus preferencias ( https://elbucle.beehiiv.com/subscribe/preferences?token=c2d1e0f9 ) | Darse de baja ( https://elbucle.beehiiv.com/unsubscribe?token=c2d1e0f9&e=lectora%40example.org )
© 2024 El Bucle. Calle de la Princesa 31, 28008 Madrid
"""
    return s


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html():
    lis = ""
    for i, (t, h, p, b) in enumerate(ITEMS, 1):
        lis += f"""<tr><td class="dd" style="padding:0 28px 18px 28px;">
<p style="margin:0 0 6px 0;font-size:17px;line-height:24px;"><b>{i}.</b> <a href="{esc(h)}" target="_blank" rel="noopener noreferrer nofollow" style="color:#D9480F;text-decoration:underline;">{esc(t)}</a></p>
<p style="margin:0;font-size:15px;line-height:24px;color:#2D2D2D;">{esc(b)}</p>
</td></tr>
"""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="es">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta name="x-apple-disable-message-reformatting" />
<title>El Bucle #47: agentes que se equivocan (y aprenden de ello)</title>
<style type="text/css">
body{{margin:0;padding:0;-webkit-text-size-adjust:100%;}} table{{border-collapse:collapse;}} img{{border:0;display:block;}}
@media only screen and (max-width:600px){{ .dd{{padding-left:16px !important;padding-right:16px !important;}} }}
</style>
</head>
<body style="background-color:#F4F1EC;margin:0;padding:0;">
<div style="display:none;max-height:0;overflow:hidden;">ReAct, Reflexion, Voyager y por qué el andamiaje importa más que el modelo&#847;&zwnj;&nbsp;&#847;&zwnj;&nbsp;&#847;&zwnj;&nbsp;</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#F4F1EC;">
<tr><td align="center" style="padding:12px 0;font-size:12px;"><a href="https://elbucle.beehiiv.com/p/el-bucle-47-agentes-que-se-equivocan?utm_source=elbucle&amp;utm_medium=newsletter&amp;utm_campaign=el-bucle-47" style="color:#6B6B6B;">Ver en el navegador</a></td></tr>
<tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="background-color:#FFFFFF;max-width:600px;font-family:Georgia,'Times New Roman',serif;">
<tr><td style="padding:28px 28px 4px 28px;"><img src="https://media.beehiiv.com/cdn-cgi/image/fit=scale-down,format=auto,onerror=redirect,quality=80/uploads/publication/logo/5e1c0d2a/el-bucle-logo.png" width="140" alt="El Bucle" /></td></tr>
<tr><td style="padding:4px 28px 0 28px;font-size:12px;color:#8A8A8A;font-family:Helvetica,Arial,sans-serif;">Nº 47 · 12 de marzo de 2024 · 6 min de lectura</td></tr>
<tr><td class="dd" style="padding:18px 28px;"><h1 style="margin:0;font-size:28px;line-height:34px;">Agentes que se equivocan (y aprenden de ello)</h1></td></tr>
<tr><td class="dd" style="padding:0 28px 14px 28px;font-size:16px;line-height:26px;">
<p>Hola de nuevo:</p>
<p>Esta semana volvemos a los agentes, porque en la reunión del jueves salió otra vez la pregunta de siempre: ¿cuánta de la «autonomía» que vemos en las demos es razonamiento y cuánta es andamiaje? Spoiler: mucha más de andamiaje de lo que nos gustaría admitir.</p>
<p>Antes de empezar, una errata del número 46: el enlace a la charla de Lucía Echeverría apuntaba a la grabación equivocada. Ya está corregido en la web.</p>
</td></tr>
<tr><td class="dd" style="padding:10px 28px;"><h2 style="margin:0;font-size:20px;border-bottom:2px solid #D9480F;padding-bottom:6px;">📚 Lecturas de la semana</h2></td></tr>
{lis}<tr><td class="dd" style="padding:0 28px 18px 28px;">
<p style="margin:0 0 6px 0;font-size:17px;line-height:24px;"><b>6.</b> <i>Reflexion: Language Agents with Verbal Reinforcement Learning</i> (arXiv:2303.11366)</p>
<p style="margin:0;font-size:15px;line-height:24px;color:#2D2D2D;">El agente escribe una nota sobre por qué falló y la relee en el siguiente intento. Es casi vergonzoso lo bien que funciona en HumanEval.</p>
</td></tr>
<tr><td class="dd" style="padding:0 28px 18px 28px;">
<p style="margin:0 0 6px 0;font-size:17px;line-height:24px;"><b>7.</b> AgentBench: Evaluating LLMs as Agents</p>
<p style="margin:0;font-size:15px;line-height:24px;color:#2D2D2D;">Ocho entornos, desde SQL hasta juegos de cartas. Lo enlazamos la semana pasada; hoy sólo recordamos que la distancia entre modelos cerrados y abiertos sigue ahí.</p>
</td></tr>
<tr><td class="dd" style="padding:10px 28px;"><h2 style="margin:0;font-size:20px;border-bottom:2px solid #D9480F;padding-bottom:6px;">⚡ En corto</h2></td></tr>
<tr><td class="dd" style="padding:0 28px 14px 28px;font-size:15px;line-height:24px;">
<ul style="padding-left:18px;margin:0;">
<li>Para quien trabaje con contextos largos: <a href="https://arxiv.org/abs/2307.03172" style="color:#D9480F;">Lost in the Middle: How Language Models Use Long Contexts</a>, el famoso gráfico en forma de U.</li>
<li>El benchmark del momento para agentes de código es SWE-bench: Can Language Models Resolve Real-World GitHub Issues? (arXiv 2310.06770): issues reales de GitHub, tests reales, tasas de acierto todavía de un dígito para casi todos.</li>
<li>Un clásico para la sección de «antes de los LLM»: <em>Mastering the game of Go without human knowledge</em>, de Silver y compañía, que sigue siendo la mejor lectura sobre autojuego.</li>
<li>Nuestro <a href="https://link.mail.beehiiv.com/ss/c/u001.Pq0sLk3/4bq/h12/h001.Yy7" style="color:#D9480F;">episodio del pódcast con Tomás Ibarra</a> sobre AutoGPT y compañía ya está en Spotify.</li>
<li>El repositorio de la semana: <a href="https://github.com/langchain-ai/langgraph" style="color:#D9480F;">langgraph</a>, por si queréis montar vuestro propio bucle.</li>
</ul>
</td></tr>
<tr><td class="dd" style="padding:18px 28px;font-size:15px;line-height:24px;">
<p>¿Te han reenviado este correo? <a href="https://elbucle.beehiiv.com/subscribe?ref=fwd47" style="color:#D9480F;">Suscríbete aquí</a></p>
<p>Hasta el martes que viene,<br />Marta Olaizola y Javier Cordero</p>
</td></tr>
<tr><td align="center" style="padding:20px 28px;font-size:11px;line-height:16px;color:#8A8A8A;font-family:Helvetica,Arial,sans-serif;background-color:#FAF8F5;">
El Bucle — una newsletter sobre aprendizaje automático en español<br />
<a href="https://elbucle.beehiiv.com/subscribe/preferences?token=c2d1e0f9" style="color:#8A8A8A;">Actualizar tus preferencias</a> | <a href="https://elbucle.beehiiv.com/unsubscribe?token=c2d1e0f9&amp;e=lectora%40example.org" style="color:#8A8A8A;">Darse de baja</a><br />
© 2024 El Bucle. Calle de la Princesa 31, 28008 Madrid<br /><br />
<a href="https://www.beehiiv.com/?utm_campaign=el-bucle&amp;utm_medium=newsletter&amp;utm_source=footer"><img src="https://media.beehiiv.com/static_assets/powered_by_beehiiv.png" width="120" alt="Powered by beehiiv" /></a>
</td></tr>
</table>
</td></tr>
</table>
<img src="https://link.mail.beehiiv.com/o/eJxVjMsKwyAQRX8lz1ZQY1z0PcSf2aKnRtoUZLwZ4Ucl3mM7_cw" width="1" height="1" alt="" style="height:1px !important;width:1px !important;" />
</body>
</html>
"""

B = "--==_mimepart_65f0a3c1d2e4b_7f3a2c1e8d9b4"
msg = f"""Return-Path: <bounce-mc.us21_9021.47-lectora=example.org@mail.beehiiv.com>
Delivered-To: lectora@example.org
Received: from mail-177.mail.beehiiv.com (mail-177.mail.beehiiv.com [198.2.177.12])
	by mx.example.org (Postfix) with ESMTPS id 4Tvb2K1Zp1z9sRk
	for <lectora@example.org>; Tue, 12 Mar 2024 07:30:14 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=mail.beehiiv.com; s=k1;
	t=1710225012; bh=Wm2nq3P0kY0c1pJtS4z1iV2l9r8XgUq1t3KxN0bQe5E=;
	h=From:To:Subject:Date:List-Unsubscribe;
	b=Hc2V8nqYw1S3l0m9Xz8eQp4J7dK2aR5tF1uG6hB3vC0yN9wE2iL4oP7sT1qM5xA8kD
From: =?UTF-8?Q?El_Bucle_=E2=80=94_Marta_y_Javier?= <elbucle@mail.beehiiv.com>
Reply-To: hola@elbucle.es
To: lectora@example.org
Subject: =?UTF-8?Q?El_Bucle_#47:_agentes_que_se_equivocan_(y_aprenden_de_ell?=
 =?UTF-8?Q?o)?=
Date: Tue, 12 Mar 2024 06:30:12 +0000
Message-ID: <65f0a3c1d2e4b.el-bucle-47@mail.beehiiv.com>
List-Unsubscribe: <https://elbucle.beehiiv.com/unsubscribe?token=c2d1e0f9>, <mailto:unsubscribe+c2d1e0f9@mail.beehiiv.com>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
List-Id: El Bucle <elbucle.beehiiv.com>
X-Beehiiv-Post-Id: 3f9c6a2e-1b7d-4e08-9a55-0c2d7e1b4a90
Feedback-ID: 47:elbucle:beehiiv
MIME-Version: 1.0
Content-Type: multipart/alternative;
 boundary="{B[2:]}";
 charset=UTF-8
Content-Transfer-Encoding: 7bit

{B}
Content-Type: text/plain;
 charset=UTF-8
Content-Transfer-Encoding: quoted-printable

{qp(plain())}
{B}
Content-Type: text/html;
 charset=UTF-8
Content-Transfer-Encoding: quoted-printable

{qp(html())}
{B}--
"""
with open(OUT, "w", encoding="utf-8", newline="") as f:
    f.write(msg.replace("\r\n", "\n").replace("\n", "\r\n"))
