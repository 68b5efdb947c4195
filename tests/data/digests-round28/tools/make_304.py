#!/usr/bin/env python3
"""304: a PhD student's experiment journal kept with `jrnl` (the command-line journal) as its plain-text journal
file, Odia with English paper titles and code words. What such a file has: entries in date order, each starting
with `[YYYY-MM-DD HH:MM] ` (the user's `timeformat`) and the title on that line, the body on the following lines,
one empty line between entries, a starred entry's title ending with " *", `@tags` anywhere in the text; the
student's running results ("ଫଳାଫଳ: <system> EM <n>%") and a weekly summary repeating them. Papers are noted as
they are read: a title on its own, a title with an OpenReview or arXiv link, "arXiv:ID" or a bare id, a title
quoted in a sentence; a talk, a blog post, docs and models are noted too."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only

KEYS = ["2201.11903", "2210.03629", "2302.04761", "2303.11366", "2304.03442", "2305.16291", "2308.03688",
        "2310.06770", "2310.08560", "2310.11511", "2306.05685", "2307.03172", "2306.15595"]

E = []  # (date-time, title, body lines)
E.append(("2024-03-04 09:20", "ନୂଆ କାମ ଆରମ୍ଭ: ଓଡ଼ିଆ ସରକାରୀ ଯୋଜନା ପ୍ରଶ୍ନ ପାଇଁ LLM ଏଜେଣ୍ଟ।", [
    "ସାର୍ କହିଲେ ପ୍ରଥମେ ଗୋଟିଏ ସରଳ baseline କର। ପ୍ରଶ୍ନ: 200ଟି (KALIA, ମମତା, ବିଜୁ ସ୍ୱାସ୍ଥ୍ୟ କଲ୍ୟାଣ ଯୋଜନା)।",
    f"ଆଜି ପଢ଼ିଲି: {T('2201.11903')}। ଓଡ଼ିଆରେ few-shot ଉଦାହରଣ ଲେଖିବା କଷ୍ଟ, ଇଂରାଜୀ ଉଦାହରଣ ଦେଇ ଦେଖିବି। @reading"]))
E.append(("2024-03-04 17:45", "ReAct ପଢ଼ିଲି।", [
    f"{T('2210.03629')} — https://openreview.net/forum?id={OR('2210.03629')}",
    "Thought / Action / Observation ଲୁପ୍। ଆମର tool: ଯୋଜନା PDF ଖୋଜା (BM25) ଓ odishaone ୱେବସାଇଟ। @reading @agent"]))
E.append(("2024-03-05 11:02", "Toolformer ଦେଖିଲି, କିନ୍ତୁ ଆମ ପାଇଁ ନୁହେଁ।", [
    f"\"{T('2302.04761')}\" — ମଡେଲକୁ ନିଜେ tool call ଶିଖାଏ, ସେଥିପାଇଁ fine-tuning ଦରକାର। ଆମ ପାଖରେ GPU କମ୍, "
    "ତେଣୁ prompting ହିଁ ରଖିବା। @reading"]))
E.append(("2024-03-05 19:30", "ପ୍ରଥମ baseline ଚଳାଇଲି।", [
    "Llama-3-8B-Instruct (Ollama) + ReAct prompt, 200 ପ୍ରଶ୍ନ।",
    "ଫଳାଫଳ: ReAct EM 41%",
    "ଭୁଲ: 60% ଭୁଲ retrieval ରୁ, ବାକି ଓଡ଼ିଆ ସଂଖ୍ୟା (୧୨୩) ଓ ଇଂରାଜୀ ସଂଖ୍ୟା ମିଶ୍ରଣରୁ। @experiment"]))
E.append(("2024-03-06 10:15", "Reflexion ଯୋଡ଼ିଲି।", [
    "Reflexion (arXiv:2303.11366) — ଭୁଲ ଉତ୍ତର ପରେ ମଡେଲ ନିଜେ ଏକ ଛୋଟ reflection ଲେଖେ, ପରବର୍ତ୍ତୀ ଚେଷ୍ଟାରେ ବ୍ୟବହାର କରେ।",
    f"ପୂରା ନାମ: {T('2303.11366')}।",
    "ଫଳାଫଳ: ReAct+Reflexion EM 47%",
    "କିନ୍ତୁ ସମୟ 2.3 ଗୁଣ। @experiment"]))
E.append(("2024-03-07 15:40", "Retrieval ଭଲ କରିବାକୁ ହେବ।", [
    f"{T('2310.11511')} https://arxiv.org/abs/2310.11511 — retrieve କେବେ କରିବ ମଡେଲ ନିଜେ ଠିକ୍ କରେ। "
    "ଆମ ମଡେଲ ଏହା train ହୋଇନାହିଁ, ତେଣୁ କେବଳ ଧାରଣା ନେଲି।",
    f"ଆଉ ଗୋଟିଏ ଜରୁରୀ ପେପର: {T('2307.03172').lower()} — ଲମ୍ବା context ମଝିରେ ଥିବା ତଥ୍ୟ ମଡେଲ ହରାଏ। "
    "ଆମେ top-10 passage ଦେଉଥିଲୁ; ସବୁଠୁ ଭଲ passage ଆରମ୍ଭରେ ରଖିବା।",
    "ଫଳାଫଳ: ReAct+Reflexion+reorder EM 52%",
    "@reading @experiment"]))
E.append(("2024-03-08 09:05", "ସାର୍ ଙ୍କ ସହ ସାପ୍ତାହିକ ବୈଠକ।", [
    "- ଲମ୍ବା କଥାବାର୍ତ୍ତା ପାଇଁ memory ଦରକାର: MemGPT ଦେଖ।",
    f"  {T('2310.08560')} — https://arxiv.org/pdf/2310.08560.pdf",
    f"- memory stream ଧାରଣା {T('2304.03442')} ରୁ ଆସିଛି (Smallville)।",
    "- ଏପ୍ରିଲ 5 ସୁଦ୍ଧା progress report। @meeting"]))
E.append(("2024-03-11 14:20", "Context window 4k ରୁ 16k।", [
    f"{T('2306.15595')} ପଢ଼ି RoPE scaling ଚେଷ୍ଟା କଲି (factor 4)। ଛୋଟ fine-tune ବିନା perplexity ବଢ଼ିଗଲା, "
    "ତେଣୁ 8k ରେ ରଖିଲି।",
    "ଫଳାଫଳ: ReAct+Reflexion+reorder+8k EM 54%",
    "@experiment"]))
E.append(("2024-03-12 16:00", "ଉତ୍ତର ଯାଞ୍ଚ ପାଇଁ LLM judge।", [
    f"EM ଓଡ଼ିଆ ପାଇଁ କଠୋର। {T('2306.05685')} ପରି GPT-4 judge ଲଗାଇଲି, 50 ଉତ୍ତର ନିଜେ ମଧ୍ୟ ଯାଞ୍ଚ କଲି: "
    "ମୋ ସହ ମତ ମେଳ 86%। @evaluation"]))
E.append(("2024-03-13 10:30", "ବେଞ୍ଚମାର୍କ ଖୋଜୁଛି।", [
    f"{T('2308.03688')} — 8ଟି environment, ଆମ ପାଇଁ web ଓ database ଅଂଶ କାମର।",
    "Voyager (2305.16291) ର skill library ଧାରଣା: ସଫଳ tool-call କ୍ରମକୁ ସେଭ୍ କରି ପୁଣି ବ୍ୟବହାର। "
    f"ପୂରା ନାମ {T('2305.16291')}। @reading"]))
E.append(("2024-03-14 21:10", "ମଜା ପାଇଁ SWE-bench ପଢ଼ିଲି *", [
    f"{T('2310.06770')} https://openreview.net/forum?id={OR('2310.06770')} — ଆମ ସହ ସିଧା ସମ୍ପର୍କ ନାହିଁ, କିନ୍ତୁ "
    "agent evaluation ର ଭଲ ଉଦାହରଣ।",
    "Karpathy ଙ୍କ \"Intro to Large Language Models\" talk (YouTube) ଓ Lilian Weng ଙ୍କ agents blog ବି ଦେଖିଲି। @reading"]))
E.append(("2024-03-15 18:00", "ସପ୍ତାହ ସାରାଂଶ।", [
    "ReAct EM 41%",
    "ReAct+Reflexion EM 47%",
    "ReAct+Reflexion+reorder EM 52%",
    "ReAct+Reflexion+reorder+8k EM 54%",
    "ଆସନ୍ତା ସପ୍ତାହ: MemGPT ଧରଣର memory, OdiaGenAI ର ମଡେଲ ସହ ତୁଳନା, LangChain ଛାଡ଼ି ନିଜ loop। @summary"]))

out = []
for dt, title, body in E:
    out.append(f"[{dt}] {title}")
    out += body
    out.append("")
write_only("304_jrnl_plain_text_experiment_journal_odia_llm_agents_for_government_schemes.txt", "\n".join(out), KEYS)
