#!/usr/bin/env python3
"""552: a Pidgin (libpurple 2.14) HTML conversation log of an XMPP multi-user chat room — the file Pidgin writes under
~/.purple/logs/jabber/<account>/<room>.chat/ — for a German reading circle on parameter-efficient fine-tuning and
vision-language models: <title> and <h3> "Conversation with … at … on … (jabber)", then one line per message:
<font color="#16569E"> for the account's own messages, #A82F2F for the others, <font size="2">(HH:MM:SS)</font>,
<b>nick:</b>, links as <a href>, entities escaped, join/leave lines in bold, <br/> line ends. Papers: arXiv abs / pdf
links (link), "arXiv:ID" typed (arxiv-text), titles with a PMLR / ACL Anthology link or none (title-only). Not
papers: the PEFT and LLaVA repositories, a blog post, a Jitsi room, a Hugging Face model card, nicknames (DoRA, IA3)."""
import html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F552, keys

ME = "mara"
ROOM = "lesekreis-peft@conference.xmpp.example.de"
ACCT = "mara@xmpp.example.de/Laptop"
START = "Di 12 Mär 2024 18:58:03 CET"
lines = []


def esc_link(t):
    out, i = [], 0
    import re
    for m in re.finditer(r"https?://\S+", t):
        out.append(html.escape(t[i:m.start()], quote=False))
        u = m.group(0)
        while u[-1] in ".,;:!?" or (u[-1] == ")" and u.count("(") < u.count(")")):
            u = u[:-1]
        out.append(f'<a href="{html.escape(u)}">{html.escape(u, quote=False)}</a>')
        i = m.start() + len(u)
    out.append(html.escape(t[i:], quote=False))
    return "".join(out)


def msg(ts, nick, text):
    col = "#16569E" if nick == ME else "#A82F2F"
    body = "<br/>".join(esc_link(l) for l in text.split("\n"))
    lines.append(f'<font color="{col}"><font size="2">({ts})</font> <b>{nick}:</b></font> {body}<br/>')


def me(ts, nick, text):
    col = "#16569E" if nick == ME else "#A82F2F"
    lines.append(f'<font color="{col}"><font size="2">({ts})</font> <b>***{nick}</b></font> <font color="#6C2585">{html.escape(text, quote=False)}</font><br/>')


def sys_(ts, text):
    lines.append(f'<font size="2">({ts})</font><b> {html.escape(text, quote=False)}</b><br/>')


sys_("18:58:03", f"mara entered the room.")
sys_("18:58:03", "The topic is: Lesekreis PEFT & VLM | nächster Termin Di 19.03., 18:30, Jitsi | Liste: https://pad.example.de/p/lesekreis-peft")
msg("18:58:41", "jonas", "n'abend :)")
msg("18:59:10", ME, "Hallo! Kurz zur Planung: wir brauchen noch die Liste für die nächsten vier Termine. Ich schlag mal was vor, ihr korrigiert.")
msg("19:00:02", ME, "Termin 1, Grundlagen: " + T("2106.09685") + " https://arxiv.org/abs/2106.09685")
msg("19:00:25", ME, "dazu als Vorgeschichte die Adapter: " + T("1902.00751") + " (ICML 2019, https://proceedings.mlr.press/v97/houlsby19a.html)")
msg("19:01:13", "jonas", "LoRA + Adapter an einem Abend ist sportlich, aber ok")
msg("19:01:40", "ayse", "Prompt-Methoden fehlen noch. Ich fände beide gut:")
msg("19:02:05", "ayse", T("2101.00190") + "\nhttps://aclanthology.org/2021.acl-long.353/\nund " + T("2104.08691") + " → https://aclanthology.org/2021.emnlp-main.243/")
msg("19:02:48", ME, "👍 dann Termin 2 = Prefix/Prompt Tuning")
sys_("19:03:30", "felix entered the room.")
msg("19:03:44", "felix", "sorry, Zug hatte Verspätung. Worum geht's?")
msg("19:04:02", "jonas", "Leseliste. Scroll hoch")
msg("19:05:37", "felix", "Für Termin 3 unbedingt QLoRA, das nutzen wir ja eh im Projekt: https://arxiv.org/pdf/2305.14314.pdf\n" + T("2305.14314"))
msg("19:06:09", "felix", "und DoRA vielleicht als Bonus, aber das hat keiner von uns gelesen")
msg("19:06:55", "ayse", "DoRA lieber später. Code ist eh alles im PEFT-Repo: https://github.com/huggingface/peft")
msg("19:08:21", ME, "Termin 4 dann VLMs? " + T("2304.08485") + " https://arxiv.org/abs/2304.08485")
msg("19:08:50", "jonas", "Ja! Und SigLIP dazu, weil die neuen LLaVA-Varianten den Encoder nehmen:")
msg("19:09:14", "jonas", T("2303.15343") + " — arXiv:2303.15343")
msg("19:10:02", "felix", "Textbooks Are All You Need fände ich auch spannend (Datenqualität statt Größe), passt aber nicht ganz zum Thema")
msg("19:10:40", ME, "nehm ich als optional rein: " + T("2306.11644") + " (phi-1)")
msg("19:11:27", "ayse", "gab's nicht nen guten Blogpost mit Praxistipps zu LoRA? find ihn grad nicht")
msg("19:11:58", "jonas", "meinst du den? https://magazine.sebastianraschka.com/p/practical-tips-for-finetuning-llms")
msg("19:12:30", "jonas", "ist aber kein Paper, nur als Einstieg")
msg("19:13:45", ME, "Gut, ich trag alles ins Pad ein. Moderation: T1 ich, T2 ayse, T3 felix, T4 jonas. Einwände?")
msg("19:14:02", "felix", "passt")
msg("19:14:05", "ayse", "passt")
sys_("19:15:20", "jonas left the room.")
me("19:16:11", "felix", "holt sich jetzt Essen")
sys_("19:21:48", "felix left the room.")
msg("19:40:02", "ayse", "Model Card von llava-v1.5 als Ergänzung: https://huggingface.co/liuhaotian/llava-v1.5-7b")
sys_("19:44:30", "ayse left the room.")

title = f"Conversation with {ROOM} at {START} on {ACCT} (jabber)"
doc = (f'<html><head><meta http-equiv="content-type" content="text/html; charset=UTF-8"><title>{title}</title></head>'
       f"<body><h3>{title}</h3>\n" + "\n".join(lines) + "\n</body></html>\n")
write_only(F552, doc, keys(F552))
