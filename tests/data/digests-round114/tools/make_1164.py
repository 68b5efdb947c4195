#!/usr/bin/env python3
"""1164: an Italian ML newsletter sent with MailUp, saved from its web version (the "visualizza nel browser" page):
XHTML 1.0 Transitional e-mail template, nested tables with inline styles, a hidden preheader, the date line with the
Italian weekday and month (computed), five sections, an events box, the footer with MailUp's unsubscribe / profile
links and "Inviato con MailUp". Titles in «…», in bold, after authors and inside sentences; nicknames (FNO, RT-2,
ReAct, SBERT, MeshGraphNets, GloVe, AlphaFold 2) in the blurbs. Non-papers: docs, a database site, a meetup, a podcast."""
import datetime as dt, html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1164, keys, GLOVE, AF2

D = dt.date(2024, 4, 12)
GG = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
MM = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
      "novembre", "dicembre"]
DATE_IT = f"{GG[D.weekday()]} {D.day} {MM[D.month - 1]} {D.year}"
N = 37
BASE = "https://a7k2m.emailsp.com"
TD = 'style="padding:0 24px 16px 24px;font-family:Georgia,serif;font-size:16px;line-height:24px;color:#222222;"'
H2 = 'style="margin:24px 0 8px 0;font-family:Arial,Helvetica,sans-serif;font-size:13px;letter-spacing:1px;text-transform:uppercase;color:#b03a2e;"'
A = 'style="color:#b03a2e;text-decoration:underline;"'


def sec(title, paras):
    ps = "\n".join(f'<p style="margin:0 0 14px 0;">{p}</p>' for p in paras)
    return f"""<tr>
<td {TD}>
<h2 {H2}>{title}</h2>
{ps}
</td>
</tr>"""


body = "\n".join([
    sec("Il paper della settimana", [
        f'Questa settimana si parla di agenti: <b>«{T("2210.03629")}»</b> (Yao et al., ICLR 2023). '
        f'L\'idea di ReAct è semplice: alternare <i>pensiero</i> e <i>azione</i> nello stesso prompt. '
        f'<a href="https://openreview.net/forum?id=WE_vluYUL-X" {A}>Leggi su OpenReview</a> — le review sono quasi più interessanti del paper.']),
    sec("Agenti e robotica", [
        f'Da Google DeepMind, <a href="https://arxiv.org/abs/2307.15818" {A}>{T("2307.15818")}</a>: RT-2 tratta le azioni del robot come token di testo. Niente di magico, ma il salto di generalizzazione è notevole.',
        f'E per chi fa RL "vero": Andrychowicz et al., «{T("2006.05990")}», uno studio con oltre 250.000 agenti addestrati. Lo consigliamo a chiunque abbia mai sintonizzato PPO a mano (cioè tutti).']),
    sec("ML per la scienza", [
        f'Il classico FNO: <a href="https://arxiv.org/pdf/2010.08895.pdf" {A}>{T("2010.08895")}</a> (Li et al.). '
        f'Accanto, il lavoro di Pfaff et al. su MeshGraphNets, «{T("2010.03409")}» (arXiv:2010.03409), che simula tessuti e fluidi su mesh.',
        f'Cinque anni dopo il CASP14 vale la pena rileggere «{AF2}» (Jumper et al., <i>Nature</i> 2021). '
        f'Le strutture predette sono consultabili su <a href="https://alphafold.ebi.ac.uk/" {A}>AlphaFold DB</a> (un database, non un paper).']),
    sec("Embedding, ieri e oggi", [
        f'Dal 2014: Pennington, Socher e Manning, «{GLOVE}», EMNLP. Ancora oggi una baseline onesta.',
        f'E il suo erede pratico: <a href="https://arxiv.org/abs/1908.10084" {A}>{T("1908.10084")}</a>. '
        f'Se usate SBERT in produzione, la <a href="https://www.sbert.net/" {A}>documentazione di sentence-transformers</a> è il posto giusto.']),
    sec("Eventi", [
        f'<b>Milano, 18 aprile</b> — meetup «ML Reading Club» da Talent Garden Calabiana, ore 18:30: si discute ReAct. '
        f'<a href="https://www.meetup.com/ml-reading-club-milano/" {A}>Iscriviti su Meetup</a>.',
        f'🎧 Podcast: nuova puntata di «Gradiente» con Chiara Rinaldi, <a href="https://open.spotify.com/show/4f7Kx2gradiente" {A}>su Spotify</a>.']),
])
doc = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="it">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>Tensore Settimanale #{N} — agenti, scienza, embedding</title>
<style type="text/css">
body {{ margin:0; padding:0; }} table {{ border-collapse:collapse; }} img {{ border:0; display:block; }}
@media only screen and (max-width:620px) {{ .container {{ width:100% !important; }} }}
</style>
</head>
<body style="margin:0;padding:0;background-color:#f2efe9;">
<div style="display:none;max-height:0;overflow:hidden;mso-hide:all;">ReAct, RT-2, FNO e un ritorno a GloVe: il numero {N} è qui.&#8204;&nbsp;&#8204;&nbsp;&#8204;&nbsp;</div>
<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f2efe9">
<tr>
<td align="center" style="padding:12px 0;font-family:Arial,Helvetica,sans-serif;font-size:11px;color:#777777;">Non visualizzi correttamente questa email? <a href="{BASE}/frontend/nl_preview_window.aspx?idNL={N}" style="color:#777777;">Apri la versione web</a></td>
</tr>
<tr>
<td align="center">
<table class="container" width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff">
<tr>
<td style="padding:24px 24px 8px 24px;font-family:Arial,Helvetica,sans-serif;">
<img src="{BASE}/images/tensore_logo.png" width="180" height="40" alt="Tensore Settimanale" />
<p style="margin:8px 0 0 0;font-size:12px;color:#777777;">Numero {N} · {DATE_IT} · a cura di Luca Bernardi e Giulia Ferri</p>
</td>
</tr>
<tr>
<td {TD}>
<p style="margin:16px 0 0 0;">Ciao! Settimana lunga, newsletter corta. Cinque sezioni, un evento a Milano e la solita regola: niente hype, solo cose lette davvero.</p>
</td>
</tr>
{body}
<tr>
<td style="padding:16px 24px 24px 24px;font-family:Arial,Helvetica,sans-serif;font-size:11px;line-height:16px;color:#777777;border-top:1px solid #e5e0d8;">
Ricevi questa email perché ti sei iscritto a Tensore Settimanale con l'indirizzo iscritto@example.it.<br />
<a href="{BASE}/frontend/nl_catalog.aspx?idNL={N}&amp;act=unsub" style="color:#777777;">Cancellati</a> · <a href="{BASE}/frontend/Profile.aspx?idNL={N}" style="color:#777777;">Aggiorna il tuo profilo</a><br />
Tensore APS · Via dell'Esempio 12, 20121 Milano (MI)<br />
<a href="https://www.mailup.it/" style="color:#777777;">Inviato con MailUp</a>
</td>
</tr>
</table>
</td>
</tr>
</table>
</body>
</html>
"""
write_only(F1164, doc, keys(F1164))
