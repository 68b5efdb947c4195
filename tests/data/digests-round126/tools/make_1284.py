#!/usr/bin/env python3
"""1284: the web version of an e-mail newsletter sent with SqualoMail (a Ljubljana-like AI community's "Agentni
četrtek", Slovenian), saved as HTML: the XHTML 1.0 Transitional e-mail template (nested tables, inline styles, a
hidden preheader), "Odprite jo v brskalniku", the issue number in <title> and h1, the Slovenian date line
(`četrtek, 7. marca 2024`), every link a tracking redirect `…/c/<campaign>/<n>/<token>?url=<percent-encoded target>`
numbered in document order, paper addresses also written as link text (`arxiv.org/abs/…`), `&amp;` in URLs and text,
the footer with the unsubscribe and preferences links and the "Powered by SqualoMail" badge. Papers: arXiv and
OpenReview addresses as link text (their targets only percent-encoded), an `arXiv:` id, titles alone; a framework's
docs, a repository, a leaderboard, a meetup, a course, a podcast and a job are not papers."""
import html, os, sys
from urllib.parse import quote
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1284, keys

CAMP, TOK = "48213", "b7e3c1a94f0d"
TRK = "https://klik.sqm.example.si/c"
ISSUE = 14
n = [0]


def a(url, text, style="color:#1a5fb4;text-decoration:underline;"):
    n[0] += 1
    return f'<a href="{TRK}/{CAMP}/{n[0]}/{TOK}?url={quote(url, safe="")}" target="_blank" style="{style}">{text}</a>'


E = lambda s: html.escape(s, quote=False)
TD = 'style="padding:0 32px 18px 32px;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:23px;color:#2b2b2b;"'
H2 = 'style="margin:0 0 10px 0;font-family:Arial,Helvetica,sans-serif;font-size:19px;line-height:25px;color:#0d3b66;"'


def item(title_html, body, meta):
    return [f'<tr><td {TD}>', f'<h2 {H2}>{title_html}</h2>', f'<p style="margin:0 0 8px 0;">{body}</p>',
            f'<p style="margin:0;font-size:13px;color:#6b6b6b;">{meta}</p>', '</td></tr>']


def paper(key, url, shown, body):
    t = a(url, E(T(key)), "color:#0d3b66;text-decoration:none;")
    b = body() if callable(body) else body
    return item(t, b, a(url, shown, "color:#6b6b6b;"))


P = []
P += ['<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
      '<html xmlns="http://www.w3.org/1999/xhtml" lang="sl">', '<head>',
      '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />',
      '<meta name="viewport" content="width=device-width, initial-scale=1.0" />',
      f'<title>Agentni četrtek #{ISSUE} – LLM agenti, orodja in evalvacija</title>',
      '<style type="text/css">body{margin:0;padding:0;} table{border-collapse:collapse;} img{border:0;display:block;} @media only screen and (max-width:620px){.wrap{width:100% !important;}}</style>',
      '</head>', '<body style="margin:0;padding:0;background-color:#eef1f4;">',
      '<table width="100%" border="0" cellpadding="0" cellspacing="0" bgcolor="#eef1f4">',
      '<tr><td style="display:none;font-size:1px;color:#eef1f4;line-height:1px;max-height:0;overflow:hidden;">Agenti, ki se učijo iz napak, agenti, ki kličejo orodja, in kako jih sploh ocenjevati. Plus srečanje v Ljubljani 21. marca.</td></tr>',
      '<tr><td align="center" style="padding:12px;font-family:Arial,Helvetica,sans-serif;font-size:12px;color:#6b6b6b;">E-pošta se ne prikazuje pravilno? '
      + a(f"https://novice.agentni.example.si/arhiv/{ISSUE}", "Odprite jo v brskalniku", "color:#6b6b6b;") + '</td></tr>',
      '<tr><td align="center">',
      '<table class="wrap" width="600" border="0" cellpadding="0" cellspacing="0" bgcolor="#ffffff">',
      '<tr><td style="padding:28px 32px 8px 32px;font-family:Arial,Helvetica,sans-serif;">',
      f'<h1 style="margin:0;font-size:26px;line-height:32px;color:#0d3b66;">Agentni četrtek #{ISSUE}</h1>',
      '<p style="margin:6px 0 0 0;font-size:13px;color:#6b6b6b;">četrtek, 7. marca 2024 · skupnost Agentni.si</p>',
      '</td></tr>',
      f'<tr><td {TD}><p style="margin:12px 0 0 0;">Pozdravljeni! Tokratna številka je posvečena agentom, ki uporabljajo orodja in se popravljajo sami – in vprašanju, kako vemo, da so res boljši. Prebrali smo osem člankov, štiri predstavljamo podrobneje.</p></td></tr>',
      '<tr><td style="padding:8px 32px 14px 32px;font-family:Arial,Helvetica,sans-serif;font-size:12px;letter-spacing:1px;color:#c2185b;">ČLANKI TEDNA</td></tr>']
P += paper("2303.11366", "https://arxiv.org/abs/2303.11366", "arxiv.org/abs/2303.11366",
           "Agent po neuspelem poskusu napiše kratek »samorazmislek« in ga hrani v spominu za naslednji poskus – brez posodabljanja uteži. Na HumanEval avtorji poročajo o 91 % pass@1.")
P += paper("2302.04761", "https://arxiv.org/abs/2302.04761", "arxiv.org/abs/2302.04761",
           "Model se sam nauči, kdaj poklicati kalkulator, iskalnik ali prevajalnik: kandidatne klice API vstavi v besedilo in obdrži le tiste, ki zmanjšajo izgubo.")
P += paper("2305.16291", "https://arxiv.org/pdf/2305.16291.pdf", "arxiv.org/pdf/2305.16291.pdf",
           "Minecraft, samodejni učni načrt in knjižnica veščin v obliki kode. Dober primer, kako agent kopiči znanje brez fine-tuninga.")
P += paper("2310.06770", f"https://openreview.net/forum?id={OR('2310.06770')}", f"openreview.net/forum?id={OR('2310.06770')}",
           lambda: "2.294 resničnih »issuejev« iz 12 repozitorijev v Pythonu; model mora napisati popravek, ki preide teste. Sprejet na ICLR 2024 – recenzije so na OpenReview vredne branja. Trenutne rezultate spremljajte na " + a("https://www.swebench.com/", "lestvici SWE-bench") + ".")
P += ['<tr><td style="padding:8px 32px 14px 32px;font-family:Arial,Helvetica,sans-serif;font-size:12px;letter-spacing:1px;color:#c2185b;">ZA OZADJE</td></tr>',
      f'<tr><td {TD}><ul style="margin:0;padding-left:20px;">',
      f'<li style="margin-bottom:8px;"><strong>{E(T("2205.06175"))}</strong> (DeepMind, arXiv:2205.06175) – en model za besedilo, slike in dejanja robota; dobro branje pred pogovorom o »generalističnih« agentih.</li>',
      f'<li style="margin-bottom:8px;"><strong>{E(T("2310.11511"))}</strong> – model sam presodi, kdaj iskati, in kritizira svoje odgovore s posebnimi refleksijskimi žetoni.</li>',
      f'<li style="margin-bottom:8px;"><strong>{E(T("2307.03172"))}</strong> – zakaj agent z dolgim kontekstom »spregleda« dokumente na sredini. Obvezno, če gradite RAG.</li>',
      f'<li style="margin-bottom:8px;"><strong>{E(T("2203.02155"))}</strong> – izhodišče za RLHF, brez katerega današnjih asistentov ne bi bilo.</li>',
      '</ul></td></tr>',
      '<tr><td style="padding:8px 32px 14px 32px;font-family:Arial,Helvetica,sans-serif;font-size:12px;letter-spacing:1px;color:#c2185b;">ORODJA &amp; VIRI</td></tr>',
      f'<tr><td {TD}><p style="margin:0 0 8px 0;">' + a("https://langchain-ai.github.io/langgraph/", "Dokumentacija LangGraph")
      + ' – grafi stanj za agente z zankami; novi vodič za »human-in-the-loop«.</p>',
      '<p style="margin:0 0 8px 0;">' + a("https://github.com/microsoft/autogen", "microsoft/autogen")
      + ' – ogrodje za pogovore med več agenti, različica 0.2.16.</p>',
      '<p style="margin:0;">Podkast ' + a("https://podkast.agentni.example.si/epizoda-9", "Agentni.si, epizoda 9")
      + ': Maja Zupančič o evalvaciji agentov v slovenščini &amp; o tem, zakaj so javne lestvice premalo.</p></td></tr>',
      '<tr><td style="padding:8px 32px 14px 32px;font-family:Arial,Helvetica,sans-serif;font-size:12px;letter-spacing:1px;color:#c2185b;">DOGODKI</td></tr>',
      f'<tr><td {TD}><p style="margin:0 0 8px 0;"><strong>Srečanje Agentni.si #6</strong>, četrtek, 21. marca 2024, ob 18.00, Tehnološki park, dvorana B. Predavata Luka Kralj (»Agent za pomoč uporabnikom v praksi«) in Ana Golob (»Kako smo ocenjevali orodja za klice API«). '
      + a("https://dogodki.agentni.example.si/srecanje-6", "Prijava") + '</p>',
      '<p style="margin:0;">Spomladanski tečaj »Praktični LLM agenti« (8 srečanj, ob torkih) – ' + a("https://tecaji.agentni.example.si/llm-agenti-2024", "program in prijava") + '.</p></td></tr>',
      '<tr><td style="padding:8px 32px 14px 32px;font-family:Arial,Helvetica,sans-serif;font-size:12px;letter-spacing:1px;color:#c2185b;">ZAPOSLITEV</td></tr>',
      f'<tr><td {TD}><p style="margin:0;">Podjetje Kodni val d.o.o. iz Maribora išče inženirja/-ko za LLM sisteme (Python, evalvacija, RAG). ' + a("https://kodnival.example.si/kariera/llm-inzenir", "Več o delovnem mestu") + '</p></td></tr>',
      f'<tr><td {TD}><p style="margin:12px 0 0 0;font-size:13px;color:#6b6b6b;">Zamudili prejšnjo številko? ' + a(f"https://novice.agentni.example.si/arhiv/{ISSUE - 1}", f"Agentni četrtek #{ISSUE - 1}", "color:#6b6b6b;") + '</p></td></tr>',
      '</table>', '</td></tr>',
      '<tr><td align="center" style="padding:20px 32px;font-family:Arial,Helvetica,sans-serif;font-size:11px;line-height:17px;color:#8a8a8a;">',
      'To e-pošto prejemate, ker ste se prijavili na novice skupnosti Agentni.si.<br />',
      'Agentni.si, p. p. 412, 1001 Ljubljana<br />',
      a(f"https://novice.agentni.example.si/odjava?t={TOK}", "Odjava", "color:#8a8a8a;") + ' | ' + a(f"https://novice.agentni.example.si/nastavitve?t={TOK}", "Uredi nastavitve", "color:#8a8a8a;") + '<br /><br />',
      f'<a href="https://www.squalomail.com/?utm_source=newsletter&amp;utm_medium=footer&amp;utm_campaign={CAMP}" target="_blank" style="color:#8a8a8a;">Powered by SqualoMail</a>',
      '</td></tr>', '</table>', '</body>', '</html>']
text = "\n".join(P) + "\n"
from urllib.parse import unquote
write_only(F1284, text, keys(F1284), forms=[html.unescape(text), unquote(text)])
