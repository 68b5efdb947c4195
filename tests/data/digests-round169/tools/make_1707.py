#!/usr/bin/env python3
"""1707: a Danish PhD student's terminal with Simon Willison's `llm` command-line tool (llm 0.12-era output), pasted:
`llm logs status` (log database path, conversation and response counts, file size), `llm logs -n 3` (the three
latest logged responses, oldest first, as Markdown: a `# <UTC time>    conversation: <ULID>` heading, `Model:`,
optional `## System:`, `## Prompt:`, `## Response:`), then a follow-up `llm -c` whose answer streams to the terminal.
The log is modelled: the counts come from the modelled conversation list, each conversation id is a lowercase ULID
whose time part is the first response's time in ms, headings are the responses' times. The file ends on a bare
prompt without a final newline."""
import datetime as dt, hashlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(1707)
PS = "mette@mette-tp:~/phd/kapitel3$ "
B32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def ulid(ms, seed):
    r = int.from_bytes(hashlib.sha256(seed.encode()).digest()[:10], "big")
    n = (ms << 80) | r
    return "".join(B32[(n >> (5 * i)) & 31] for i in range(25, -1, -1)).lower()


# earlier conversations (not printed), as (start ms, responses)
EARLIER = [(1707900000000 + i * 86_400_000 + i * 3_611_137, 1 + (i * 7) % 4) for i in range(14)]
SYS_B = "Du er en hjælpsom vejleder for en ph.d.-studerende i datalogi. Svar kort og på dansk."
# (conversation, UTC time, ms, model, system, prompt, response)
E = [
 ("A", "2024-03-04T09:12:44", 317, "gpt-4o", None,
  f"Jeg skriver afsnittet om skaleringslove. Forklar kort forskellen mellem {T('2001.08361')} "
  f"(https://arxiv.org/abs/2001.08361) og {T('2203.15556')} (arXiv:2203.15556). Hvorfor kommer de frem til "
  "forskellige anbefalinger for forholdet mellem parametre og tokens?",
  f"Kort fortalt:\n\n"
  f"- **{T('2001.08361')}** (Kaplan m.fl., 2020) fitter potenslove for tab som funktion af parametre N, data D og "
  "compute C. Med et fast compute-budget anbefaler de at lade N vokse hurtigere end D (ca. N ∝ C^0.73).\n"
  f"- **{T('2203.15556')}** (Hoffmann m.fl., 2022, \"Chinchilla\") træner over 400 modeller og finder, at N og D "
  "bør skaleres lige meget (ca. 20 tokens pr. parameter).\n\n"
  "Hovedårsagerne til forskellen:\n\n"
  "1. Kaplan m.fl. brugte en fast learning-rate-plan uanset antal træningstrin, så små modeller trænet længe så "
  "dårligere ud, end de er.\n"
  "2. Fittene er lavet i forskellige intervaller af compute.\n"
  "3. Hoffmann m.fl. regner embedding-parametre med.\n\n"
  "Til dit kapitel: brug Chinchilla-estimatet som udgangspunkt, men nævn at konstanterne afhænger af data og "
  "tokenizer."),
 ("A", "2024-03-04T09:15:02", 881, "gpt-4o", None,
  "Og hvor passer PaLM ind? Den er jo trænet før Chinchilla-resultatet var kendt: https://arxiv.org/pdf/2204.02311v5",
  f"**{T('2204.02311')}** (Chowdhery m.fl., 2022) træner en 540B-model på 780B tokens, dvs. ca. 1,4 tokens pr. "
  "parameter — langt under Chinchilla-forholdet. Efter Chinchilla-analysen er PaLM altså \"undertrænet\" for sit "
  "compute-budget.\n\n"
  "Men PaLM-artiklen er stadig nyttig for dig af to grunde: den dokumenterer diskontinuerlige forbedringer på "
  "enkelte BIG-bench-opgaver, og den beskriver Pathways-systemet til træning på to TPU v4-pods.\n\n"
  "En sætning du kan bruge: \"PaLM følger Kaplan-regimet; Chinchilla viste senere, at samme compute giver bedre "
  "resultater med en mindre model og flere tokens.\""),
 ("B", "2024-03-05T13:40:19", 54, "claude-3-haiku-20240307", SYS_B,
  "Her er de to artikler jeg har nået at læse til kapitel 3 (om kalibrering og små modeller):\n\n"
  f"{T('2307.09288')}\nhttps://arxiv.org/abs/2307.09288\n\n"
  f"{T('2306.11644')}\nhttps://arxiv.org/pdf/2306.11644.pdf\n\n"
  "Hvilke tre artikler mangler jeg mest? Giv titlerne præcist, jeg slår dem selv op.",
  "Ud fra dit emne vil jeg foreslå:\n\n"
  f"1. **{T('2207.05221')}** — centralt for kalibrering: modeller kan vurdere, om deres egne svar er korrekte "
  "(P(True)), og kalibreringen bliver bedre med skala.\n"
  f"2. **{T('2104.08691')}** — viser, at forskellen mellem prompt tuning og fuld fine-tuning forsvinder med "
  "modelstørrelsen; relevant, hvis du sammenligner små og store modeller.\n"
  f"3. **{T('2303.18223')}** — en lang oversigtsartikel; god til at finde referencer til dit baggrundsafsnit, "
  "men læs kun de relevante kapitler.\n\n"
  "Llama 2-artiklen har i øvrigt et afsnit om sikkerhedsevaluering, som du kan citere sammen med punkt 1."),
]
LIVE_PROMPT = "Skriv de tre titler som en punktliste til min Zotero-søgning, uden kommentarer"
LIVE = [f"- {T('2207.05221')}", f"- {T('2104.08691')}", f"- {T('2303.18223')}"]


def build():
    convs = {}
    for c, t, ms, *_ in E:
        if c not in convs:
            when = dt.datetime.strptime(t, "%Y-%m-%dT%H:%M:%S").replace(tzinfo=dt.timezone.utc)
            convs[c] = ulid(int(when.timestamp()) * 1000 + ms, "mette" + c)
    n_conv = len(EARLIER) + len(convs)
    n_resp = sum(r for _, r in EARLIER) + len(E)
    size_kb = 36 + n_resp * 4.25
    L = [PS + "llm logs status", "Logging is ON for all prompts",
         "Found log database at /home/mette/.config/io.datasette.llm/logs.db",
         f"Number of conversations logged:\t{n_conv}", f"Number of responses logged:\t{n_resp}",
         f"Database file size: \t\t{size_kb:.2f}KB", PS + "llm logs -n 3"]
    for c, t, ms, model, system, prompt, resp in E:
        L += [f"# {t}    conversation: {convs[c]}", "", f"Model: **{model}**", ""]
        if system: L += ["## System:", "", system, ""]
        L += ["## Prompt:", "", *prompt.split("\n"), "", "## Response:", "", *resp.split("\n"), ""]
    L += [PS + f"llm -c '{LIVE_PROMPT}'", *LIVE, PS]
    return "\n".join(L)


if __name__ == "__main__":
    write_only(F, build(), keys(F))
