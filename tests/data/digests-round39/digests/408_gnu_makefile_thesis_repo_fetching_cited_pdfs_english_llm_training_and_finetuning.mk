# Makefile for the master's thesis "Fine-tuning mid-sized language models on a single 8-GPU node"
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
#   2303.10512  AdaLoRA: Adaptive Budget Allocation for Parameter-Efficient Fine-Tuning
#   2402.09353  DoRA: Weight-Decomposed Low-Rank Adaptation
ARXIV_IDS := 2303.10512 2402.09353

# Cited in chapter 2 but no PDF yet: the first one should be the SC'20 proceedings version (library proxy),
# not the preprint; the other two are on the list for the related-work pass in June.
TODO_TITLES := "ZeRO: Memory Optimizations Toward Training \
                 Trillion Parameter Models" \
               "Parameter-Efficient Transfer Learning for NLP" \
               "Extending Context Window of Large Language Models via Positional Interpolation"

PAPERS := $(PDF_DIR)/megatron-lm.pdf $(PDF_DIR)/mixed-precision.pdf $(PDF_DIR)/sparsely-gated-moe.pdf \
          $(PDF_DIR)/gptq.pdf $(PDF_DIR)/qlora.pdf $(PDF_DIR)/paged-attention.pdf \
          $(addprefix $(PDF_DIR)/,$(addsuffix .pdf,$(ARXIV_IDS)))

.PHONY: thesis papers todo figures clean distclean help

thesis: thesis.pdf ## build thesis.pdf

thesis.pdf: $(TEX_SRC) $(FIGS)
	$(LATEXMK) $(LATEXMKFLAGS) thesis.tex

papers: $(PAPERS) ## download the PDFs cited in chapter 2

$(PDF_DIR):
	mkdir -p $@

# --- chapter 2.1: training large models -------------------------------------------------------------------------

$(PDF_DIR)/megatron-lm.pdf: | $(PDF_DIR) ## Megatron-LM: Training Multi-Billion Parameter Language Models Using Model Parallelism
	$(CURL) -o $@ https://arxiv.org/pdf/1909.08053v4

$(PDF_DIR)/mixed-precision.pdf: | $(PDF_DIR) ## Mixed Precision Training (ICLR 2018)
	$(CURL) -o $@ "https://openreview.net/pdf?id=r1gs9JgRZ"

$(PDF_DIR)/sparsely-gated-moe.pdf: | $(PDF_DIR) ## Outrageously Large Neural Networks: The Sparsely-Gated Mixture-of-Experts Layer
	$(CURL) -o $@ "https://openreview.net/pdf?id=B1ckMDqlg"

# --- chapter 2.2: quantisation and serving ----------------------------------------------------------------------
# background reading only, not cited: https://github.com/vllm-project/vllm and the vLLM docs
# (https://docs.vllm.ai/en/latest/), and the 8-bit inference blog post at https://huggingface.co/blog/hf-bitsandbytes-integration

$(PDF_DIR)/gptq.pdf: | $(PDF_DIR) ## GPTQ: Accurate Post-Training Quantization for Generative Pre-trained Transformers
	$(CURL) -o $@ https://arxiv.org/pdf/2210.17323.pdf

$(PDF_DIR)/qlora.pdf: | $(PDF_DIR) ## QLoRA: Efficient Finetuning of Quantized LLMs
	$(CURL) -o $@ https://arxiv.org/pdf/2305.14314

$(PDF_DIR)/paged-attention.pdf: | $(PDF_DIR) ## Efficient Memory Management for Large Language Model Serving with PagedAttention (SOSP '23)
	$(CURL) -o $@ https://arxiv.org/pdf/2309.06180

# --- chapter 2.3: parameter-efficient fine-tuning (ids above) ---------------------------------------------------

$(PDF_DIR)/%.pdf: | $(PDF_DIR)
	$(CURL) -o $@ https://arxiv.org/pdf/$*

todo: ## print the cited papers without a PDF in pdf/
	@printf '  - %s\n' $(TODO_TITLES)

# --- figures ------------------------------------------------------------------------------------------------------
# results/*.jsonl come from the runs in scripts/; the fine-tuning data is the Alpaca file from
# https://github.com/tatsu-lab/stanford_alpaca (alpaca_data.json), adapters from https://github.com/huggingface/peft

figures: $(FIGS) ## regenerate fig/*.pdf

$(FIG_DIR)/%.pdf: scripts/plot_%.py results/%.jsonl | $(FIG_DIR)
	$(PY) $< --in results/$*.jsonl --out $@

$(FIG_DIR):
	mkdir -p $@

clean: ## remove LaTeX build files
	$(LATEXMK) -c thesis.tex
	rm -f thesis.bbl thesis.run.xml

distclean: clean ## also remove thesis.pdf, the figures and pdf/
	$(LATEXMK) -C thesis.tex
	rm -rf $(PDF_DIR) $(FIGS)

help: ## list the targets
	@grep -E '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | expand -t 16
