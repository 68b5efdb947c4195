#!/usr/bin/env python3
"""1262: Paymo's task export (a Bucharest-like NLP group's reading project, Romanian) as CSV: UTF-8 with a BOM, CRLF
records, fields quoted only where needed (csv.QUOTE_MINIMAL), the tool's English column names, task descriptions
kept as the rich-text editor's HTML (`<p>`, `<a href>`, `<br>`, `&amp;`), dates `yyyy-mm-dd`, times `h:mm`,
`Yes`/`No` for completion. Papers: arXiv abs / pdf links inside description HTML, `arXiv:` ids in descriptions,
titles alone; a server task, a lecture video, a leaderboard, a repository and a seminar room booking are not
papers."""
import csv, html, io, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1262, keys

E = lambda s: html.escape(s, quote=False)
HEAD = ["Task ID", "Task", "Project", "Task list", "Description", "Users", "Start date", "Due date", "Priority",
        "Status", "Completed", "Completed on", "Tags", "Estimated time", "Logged time", "Created on"]
P = "Grup de lectură NLP – primăvara 2024"
ANA, MIHAI, IOANA, RADU = "Ana Popescu", "Mihai Ionescu", "Ioana Dumitrescu", "Radu Stan"
rows = [  # task, list, description html, users, start, due, priority, status, completed on, tags, est, logged, created
 (f"Prezentare: {T('2302.04761')}", "Săptămâna 1 – unelte", f'<p>Articol: <a href="https://arxiv.org/abs/2302.04761">arxiv.org/abs/2302.04761</a></p><p>Accent pe cum se generează datele de antrenare cu apeluri API &amp; filtrare.</p>',
  ANA, "2024-02-26", "2024-03-04", "High", "Complete", "2024-03-04", "prezentare,agenți", "3:00", "4:15", "2024-02-20"),
 (f"Prezentare: {T('2203.02155')}", "Săptămâna 2 – aliniere", f'<p><a href="https://arxiv.org/abs/2203.02155">{E(T("2203.02155"))}</a></p><p>InstructGPT – SFT, model de recompensă, PPO.<br>Slide-uri în Drive.</p>',
  MIHAI, "2024-03-04", "2024-03-11", "High", "Complete", "2024-03-11", "prezentare,aliniere", "3:00", "3:40", "2024-02-20"),
 ("Discuție: evaluarea cu LLM ca judecător", "Săptămâna 3 – evaluare", f"<p>De citit înainte: {E(T('2306.05685'))} (NeurIPS 2023, Datasets and Benchmarks).</p><p>Comparăm cu evaluarea umană din proiectul nostru de sumarizare.</p>",
  IOANA, "2024-03-11", "2024-03-18", "Normal", "In progress", "", "discuție,evaluare", "2:00", "1:05", "2024-02-21"),
 (f"Rezumat: {T('2206.04615')}", "Săptămâna 3 – evaluare", "<p>BIG-bench: doar secțiunile 1–3 și figura cu scalarea. Fără link deocamdată, PDF-ul e în folderul grupului.</p>",
  RADU, "2024-03-11", "2024-03-18", "Normal", "To do", "", "rezumat,evaluare", "1:30", "0:00", "2024-02-21"),
 (f"Prezentare: {T('2305.16291')}", "Săptămâna 4 – agenți", '<p>PDF: <a href="https://arxiv.org/pdf/2305.16291.pdf">https://arxiv.org/pdf/2305.16291.pdf</a></p><p>Voyager în Minecraft: curriculum automat + bibliotecă de abilități.</p>',
  ANA, "2024-03-18", "2024-03-25", "Normal", "To do", "", "prezentare,agenți", "3:00", "0:00", "2024-02-22"),
 (f"Rezumat: {T('2205.06175')}", "Săptămâna 4 – agenți", "<p>Gato – arXiv:2205.06175. Doar ideea de tokenizare comună pentru text, imagini și acțiuni.</p>",
  MIHAI, "2024-03-18", "2024-03-25", "Low", "To do", "", "rezumat,agenți", "1:00", "0:00", "2024-02-22"),
 (f"Prezentare: {T('2206.14858')}", "Săptămâna 5 – raționament", "<p>Minerva: raționament cantitativ. De văzut și setul de date MATH.</p>",
  IOANA, "2024-03-25", "2024-04-01", "Normal", "Backlog", "", "prezentare,raționament", "3:00", "0:00", "2024-02-22"),
 (f"Prezentare: {T('2302.13971')}", "Săptămâna 5 – raționament", "<p>arXiv:2302.13971 – modelul de bază pentru experimentele noastre în română.</p>",
  RADU, "2024-03-25", "2024-04-01", "Normal", "Backlog", "", "prezentare,modele deschise", "3:00", "0:00", "2024-02-23"),
 ("Instalare vLLM pe gpu-2", "Infrastructură", '<p>Versiunea 0.3.3, vezi <a href="https://github.com/vllm-project/vllm">vllm-project/vllm</a>.<br>Mediul conda: <code>nlp-2024</code></p>',
  RADU, "2024-02-26", "2024-02-29", "High", "Complete", "2024-02-28", "infrastructură", "2:00", "2:30", "2024-02-20"),
 ("lm-evaluation-harness pe modelele românești", "Infrastructură", '<p><a href="https://github.com/EleutherAI/lm-evaluation-harness">EleutherAI/lm-evaluation-harness</a> – task-uri noi pentru RoMath și traducerea MMLU.</p>',
  IOANA, "2024-03-04", "2024-03-22", "Normal", "In progress", "", "infrastructură,evaluare", "8:00", "5:20", "2024-02-26"),
 ("Video: Stanford CS25 – agenți", "Materiale", '<p><a href="https://www.youtube.com/watch?v=Qd8wzK3nLtE">înregistrarea</a>, opțional</p>',
  MIHAI, "2024-03-01", "2024-03-15", "Low", "To do", "", "video", "1:00", "0:00", "2024-02-27"),
 ("Urmărit clasamentul Open LLM Leaderboard", "Materiale", '<p><a href="https://huggingface.co/spaces/open-llm-leaderboard/open_llm_leaderboard">Open LLM Leaderboard</a> – notăm scorurile modelelor românești o dată pe lună.</p>',
  ANA, "2024-03-01", "2024-03-29", "Low", "To do", "", "evaluare", "0:30", "0:00", "2024-02-27"),
 ("Rezervare sala EC105 pentru întâlniri", "Organizare", "<p>Luni, 16:00–18:00, până la 1 aprilie.</p>",
  ANA, "2024-02-20", "2024-02-23", "Normal", "Complete", "2024-02-21", "organizare", "0:15", "0:20", "2024-02-20"),
]
buf = io.StringIO(newline="")
w = csv.writer(buf, lineterminator="\r\n")
w.writerow(HEAD)
for i, r in enumerate(rows):
    t, tl, d, u, s, due, pr, st, con, tags, est, lg, cr = r
    w.writerow([18734021 + i * 7 + (i % 3), t, P, tl, d, u, s, due, pr, st, "Yes" if con else "No", con, tags, est, lg, cr])
txt = "\ufeff" + buf.getvalue()
write_only(F1262, txt, keys(F1262), forms=[html.unescape(txt)])
