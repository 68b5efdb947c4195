#!/usr/bin/env python3
"""408: the GNU Makefile of a master's thesis repository (LaTeX thesis on fine-tuning mid-sized LLMs on one node):
a header comment with usage, variables (:=, ?=), a self-documenting `help` target that greps "## " comments, the
thesis build with latexmk, a `papers` target that downloads the PDFs cited in chapter 2 into pdf/ (explicit rules with
curl and a pattern rule that builds an arXiv URL from a bare id), a `todo` target printing titles still to find, the
figures, `clean`, `.PHONY`. Recipes are indented with tabs; long values are continued with a backslash, which make
folds (backslash, newline and the next line's indentation become one space). Papers: arxiv.org pdf URLs in recipes
(link), openreview.net pdf URLs (link), bare ids in ARXIV_IDS with their titles in a comment (arxiv-text), titles in
the TODO_TITLES variable, one folded over two lines (title-only). Not papers: the thesis, the PEFT and vLLM
repositories, the Alpaca data file, the vLLM docs, a blog post on 8-bit inference, latexmk, ZeRO / QLoRA / vLLM
(names only)."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F408, keys

TAB = "\t"
zero = T("1910.02054")
assert zero == "ZeRO: Memory Optimizations Toward Training Trillion Parameter Models"
zero_folded = "ZeRO: Memory Optimizations Toward Training \\\n                 Trillion Parameter Models"
text = f"""# Makefile for the master's thesis "Fine-tuning mid-sized language models on a single 8-GPU node"
# Katarzyna Nowak, Lakemont University, 2024 -- supervisor: dr Tomasz Wrona
#
#   make            build thesis.pdf (latexmk, lualatex)
#   make papers     download the PDFs cited in chapter 2 into pdf/ (not committed, see .gitignore)
#   make todo       print the cited papers that still have no PDF here
#   make figures    regenerate the plots in fig/ from results/*.jsonl
#   make help       list the targets
#
# Needs: TeX Live 2023+, latexmk, curl, python3 with matplotlib (figures only).

SHELL        := /bin/bash
.DEFAULT_GOAL := thesis
LATEXMK      ?= latexmk
LATEXMKFLAGS ?= -lualatex -interaction=nonstopmode -halt-on-error -file-line-error
PDF_DIR      := pdf
FIG_DIR      := fig
PY           ?= python3
CURL         := curl -fsSL --retry 3 --retry-delay 5 -A "thesis-fetch/0.4 (mailto:k.nowak@example.org)"

TEX_SRC := thesis.tex $(wildcard chapters/*.tex) refs.bib
FIGS    := $(addprefix $(FIG_DIR)/,throughput.pdf memory.pdf rank_ablation.pdf)

# Chapter 2.3 (adapter rank ablation), fetched by arXiv id through the pattern rule below:
#   2303.10512  {T('2303.10512')}
#   2402.09353  {T('2402.09353')}
ARXIV_IDS := 2303.10512 2402.09353

# Cited in chapter 2 but no PDF yet: the first one should be the SC'20 proceedings version (library proxy),
# not the preprint; the other two are on the list for the related-work pass in June.
TODO_TITLES := "{zero_folded}" \\
               "{T('1902.00751')}" \\
               "{T('2306.15595')}"

PAPERS := $(PDF_DIR)/megatron-lm.pdf $(PDF_DIR)/mixed-precision.pdf $(PDF_DIR)/sparsely-gated-moe.pdf \\
          $(PDF_DIR)/gptq.pdf $(PDF_DIR)/qlora.pdf $(PDF_DIR)/paged-attention.pdf \\
          $(addprefix $(PDF_DIR)/,$(addsuffix .pdf,$(ARXIV_IDS)))

.PHONY: thesis papers todo figures clean distclean help

thesis: thesis.pdf ## build thesis.pdf

thesis.pdf: $(TEX_SRC) $(FIGS)
{TAB}$(LATEXMK) $(LATEXMKFLAGS) thesis.tex

papers: $(PAPERS) ## download the PDFs cited in chapter 2

$(PDF_DIR):
{TAB}mkdir -p $@

# --- chapter 2.1: training large models -------------------------------------------------------------------------

$(PDF_DIR)/megatron-lm.pdf: | $(PDF_DIR) ## {T('1909.08053')}
{TAB}$(CURL) -o $@ https://arxiv.org/pdf/1909.08053v4

$(PDF_DIR)/mixed-precision.pdf: | $(PDF_DIR) ## {T('1710.03740')} (ICLR 2018)
{TAB}$(CURL) -o $@ "https://openreview.net/pdf?id={OR('1710.03740')}"

$(PDF_DIR)/sparsely-gated-moe.pdf: | $(PDF_DIR) ## {T('1701.06538')}
{TAB}$(CURL) -o $@ "https://openreview.net/pdf?id={OR('1701.06538')}"

# --- chapter 2.2: quantisation and serving ----------------------------------------------------------------------
# background reading only, not cited: https://github.com/vllm-project/vllm and the vLLM docs
# (https://docs.vllm.ai/en/latest/), and the 8-bit inference blog post at https://huggingface.co/blog/hf-bitsandbytes-integration

$(PDF_DIR)/gptq.pdf: | $(PDF_DIR) ## {T('2210.17323')}
{TAB}$(CURL) -o $@ https://arxiv.org/pdf/2210.17323.pdf

$(PDF_DIR)/qlora.pdf: | $(PDF_DIR) ## {T('2305.14314')}
{TAB}$(CURL) -o $@ https://arxiv.org/pdf/2305.14314

$(PDF_DIR)/paged-attention.pdf: | $(PDF_DIR) ## {T('2309.06180')} (SOSP '23)
{TAB}$(CURL) -o $@ https://arxiv.org/pdf/2309.06180

# --- chapter 2.3: parameter-efficient fine-tuning (ids above) ---------------------------------------------------

$(PDF_DIR)/%.pdf: | $(PDF_DIR)
{TAB}$(CURL) -o $@ https://arxiv.org/pdf/$*

todo: ## print the cited papers without a PDF in pdf/
{TAB}@printf '  - %s\\n' $(TODO_TITLES)

# --- figures ------------------------------------------------------------------------------------------------------
# results/*.jsonl come from the runs in scripts/; the fine-tuning data is the Alpaca file from
# https://github.com/tatsu-lab/stanford_alpaca (alpaca_data.json), adapters from https://github.com/huggingface/peft

figures: $(FIGS) ## regenerate fig/*.pdf

$(FIG_DIR)/%.pdf: scripts/plot_%.py results/%.jsonl | $(FIG_DIR)
{TAB}$(PY) $< --in results/$*.jsonl --out $@

$(FIG_DIR):
{TAB}mkdir -p $@

clean: ## remove LaTeX build files
{TAB}$(LATEXMK) -c thesis.tex
{TAB}rm -f thesis.bbl thesis.run.xml

distclean: clean ## also remove thesis.pdf, the figures and pdf/
{TAB}$(LATEXMK) -C thesis.tex
{TAB}rm -rf $(PDF_DIR) $(FIGS)

help: ## list the targets
{TAB}@grep -E '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\\t/' | expand -t 16
"""
folded = re.sub(r"\\\n[ \t]*", " ", text)
write_only(F408, text, keys(F408), forms=[folded])
