#!/usr/bin/env python3
"""2030: a Zephyr Kconfig (`subsys/slovnik/Kconfig` of an invented on-device tokenizer module), Czech: arXiv links
(`/abs/`, `http://`, `/pdf/…v1`, `/pdf/….pdf`) in help texts, one id in text, three titles alone, and non-papers
(a repository, a book, docs, a dataset). Tab-indented attributes, help text indented by a tab and two spaces, LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(2030)
TXT = f'''# Copyright (c) 2024 Tereza Dvořáková
# SPDX-License-Identifier: Apache-2.0
#
# Slovník: tokenizace a vektorové reprezentace přímo na zařízení.
# Literatura k jednotlivým volbám je v nápovědě (čte se na semináři NLP skupiny "Jazyk na čipu").

menuconfig SLOVNIK
	bool "Slovnik on-device tokenizer and embeddings"
	depends on HEAP_MEM_POOL_SIZE > 0
	select CRC
	help
	  Zapne modul Slovník. Zdrojové kódy a modely jsou na
	  https://github.com/jazyk-na-cipu/slovnik (nejde o článek).
	  Dokumentace Kconfig: https://docs.zephyrproject.org/latest/build/kconfig/index.html

if SLOVNIK

config SLOVNIK_BPE
	bool "BPE tokenizer"
	default y
	help
	  Tokenizace podslovy podle článku {T("1508.07909")},
	  https://arxiv.org/abs/1508.07909

config SLOVNIK_VOCAB_SIZE
	int "Vocabulary size"
	default 8000
	range 256 32000
	depends on SLOVNIK_BPE
	help
	  Velikost slovníku. 8000 stačí pro češtinu na Cortex-M7; srovnání
	  velikostí slovníku viz {T("1910.10683")}
	  (https://arxiv.org/pdf/1910.10683.pdf).

choice SLOVNIK_EMBEDDING
	prompt "Embedding model"
	default SLOVNIK_EMBEDDING_W2V

config SLOVNIK_EMBEDDING_W2V
	bool "word2vec skip-gram"
	help
	  {T("1301.3781")}
	  http://arxiv.org/abs/1301.3781
	  Tabulky vektorů se generují skriptem scripts/w2v_export.py.

config SLOVNIK_EMBEDDING_SBERT
	bool "Sentence-BERT (distilled, int8)"
	help
	  Destilovaná verze modelu z článku {T("1908.10084")},
	  https://arxiv.org/pdf/1908.10084v1
	  Předtrénování kodéru jako v {T("2012.08561")} (arXiv: 2012.08561).

endchoice

config SLOVNIK_ATTN_NORMS
	bool "Export attention norms for debugging"
	depends on SLOVNIK_EMBEDDING_SBERT
	help
	  Vypisuje normy vážených vektorů podle "{T("2004.10102")}".
	  Jen pro ladění, na zařízení zbytečně zabírá RAM.

config SLOVNIK_CORPUS_PATH
	string "Evaluation corpus path"
	default "/lfs/slovnik/czech_national_corpus_sample"
	help
	  Cesta ke vzorku korpusu (datová sada, ne článek). Dál na seminář:
	  "{T("1910.13461")}" a "{T("1802.05365")}".
	  Učebnice: Jurafsky & Martin, Speech and Language Processing.

module = SLOVNIK
module-str = slovnik
source "subsys/logging/Kconfig.template.log_config"

endif # SLOVNIK
'''

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
