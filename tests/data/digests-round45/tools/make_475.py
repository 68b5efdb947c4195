#!/usr/bin/env python3
"""475: a VS Code multi-root workspace file (.code-workspace, JSON with comments, tab-indented, trailing commas
allowed as VS Code writes and accepts them) of an Italian group's repository on efficient sequence models: folders,
settings (Python, Pylance, files.exclude, search.exclude, the Bookmarks and Todo Tree extensions, cSpell words),
launch configurations per model with Italian // comments naming the paper each config reproduces, tasks and
extension recommendations. Papers: arXiv abs / pdf URLs (link), OpenReview forum / pdf URLs (link), "arXiv:ID" in
a comment (arxiv-text), titles in comments with ACL / NeurIPS / proceedings pages or repositories (title-only). Not
papers: the xformers / mamba / state-spaces / fairseq repositories, the Triton tutorials, the group wiki, a
benchmark (Long Range Arena), the VS Code docs."""
import json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F475, keys

text = f"""{{
	// Workspace del gruppo "Sequenze efficienti" — Laboratorio di Apprendimento Automatico, Università di Valmarina.
	// Aprire con: code efficient-seq.code-workspace
	// Le configurazioni di lancio in fondo riproducono gli esperimenti della tesi di Giulia (cap. 2 e 4).
	// Riferimento generale per la tassonomia dei metodi: "{T("2103.14636")}"
	// (Fournier, Marceau Caron, Aloise; ACM Computing Surveys) — la tabella 1 del cap. 2 segue la loro classificazione.
	"folders": [
		{{
			"path": ".",
			"name": "efficient-seq"
		}},
		{{
			"path": "../third_party/xformers",
			"name": "xformers (solo lettura)"
		}},
		{{
			"path": "../note-lettura",
			"name": "note"
		}},
	],
	"settings": {{
		"python.defaultInterpreterPath": "${{workspaceFolder:efficient-seq}}/.venv/bin/python",
		"python.analysis.typeCheckingMode": "basic",
		"python.analysis.extraPaths": ["src"],
		"python.testing.pytestEnabled": true,
		"python.testing.pytestArgs": ["tests", "-q"],
		"editor.rulers": [100],
		"editor.formatOnSave": true,
		"[python]": {{
			"editor.defaultFormatter": "charliermarsh.ruff",
		}},
		"files.exclude": {{
			"**/__pycache__": true,
			"**/.pytest_cache": true,
			"checkpoints/": true,
			"wandb/": true,
		}},
		"search.exclude": {{
			"data/lra/**": true,
			"**/*.ipynb": true,
		}},
		// Segnalibri (estensione Bookmarks di Alessandro Fragnani): salvati nel progetto così li vedono tutti
		"bookmarks.saveBookmarksInProject": true,
		"bookmarks.label.suggestion": "suggestWhenSelectedOrLineWhenNoSelected",
		// Todo Tree: usiamo anche PAPER: per segnare dove il codice segue un articolo
		"todo-tree.general.tags": ["TODO", "FIXME", "HACK", "PAPER"],
		"todo-tree.highlights.customHighlight": {{
			"PAPER": {{
				"icon": "book",
				"foreground": "#1565c0",
			}},
		}},
		"cSpell.language": "en,it",
		"cSpell.words": ["Mamba", "selettivo", "funnel", "einsum", "xformers", "Synthesizer", "Valmarina", "LRA", "HiPPO"],
	}},
	"launch": {{
		"version": "0.2.0",
		"configurations": [
			// --- Funnel: pooling lungo la sequenza nell'encoder, upsampling solo per i task token-level
			// {T("2006.03236")}
			// https://arxiv.org/abs/2006.03236
			{{
				"name": "Funnel B6-6-6 (GLUE)",
				"type": "debugpy",
				"request": "launch",
				"module": "effseq.train",
				"args": ["--config", "configs/funnel_b666.yaml", "--task", "glue/mnli"],
				"env": {{"CUDA_VISIBLE_DEVICES": "0"}},
				"justMyCode": false,
			}},
			// --- Lite Transformer (LSRA: ramo di attenzione + ramo convoluzionale)
			// "{T("2004.11886")}", ICLR 2020 — codice originale in fairseq (mit-han-lab/lite-transformer), noi lo abbiamo riscritto
			{{
				"name": "Lite Transformer (WMT14 en-fr, mobile)",
				"type": "debugpy",
				"request": "launch",
				"module": "effseq.train",
				"args": ["--config", "configs/lite_mobile.yaml"],
				"justMyCode": false,
			}},
			// --- Synthesizer: pesi di attenzione sintetizzati (Dense / Random) invece del prodotto query-chiave
			// {T("2005.00743")} — ICML 2021, https://proceedings.mlr.press/v139/tay21a.html
			{{
				"name": "Synthesizer Random (LM1B)",
				"type": "debugpy",
				"request": "launch",
				"module": "effseq.train",
				"args": ["--config", "configs/synth_random.yaml"],
			}},
			// --- Transformer-XL: ricorrenza a livello di segmento + codifiche posizionali relative
			// {T("1901.02860")} (ACL 2019, https://aclanthology.org/P19-1285/)
			// baseline per il confronto con la memoria di feedback qui sotto
			{{
				"name": "Transformer-XL (enwik8, 12L)",
				"type": "debugpy",
				"request": "launch",
				"module": "effseq.train",
				"args": ["--config", "configs/txl_enwik8.yaml", "--mem-len", "512"],
			}},
			// --- Feedback Transformer: ogni strato vede le rappresentazioni di tutti gli strati del passato
			// {T("2002.09402")}
			// https://openreview.net/forum?id={OR("2002.09402")}
			{{
				"name": "Feedback Transformer (enwik8)",
				"type": "debugpy",
				"request": "launch",
				"module": "effseq.train",
				"args": ["--config", "configs/feedback_enwik8.yaml"],
			}},
			// --- S4 (stato strutturato, parametrizzazione HiPPO) su Long Range Arena
			// {T("2111.00396")}, ICLR 2022
			// PDF: https://openreview.net/pdf?id={OR("2111.00396")} — codice di riferimento nel repository state-spaces/s4
			{{
				"name": "S4 (LRA Path-X)",
				"type": "debugpy",
				"request": "launch",
				"module": "effseq.train",
				"args": ["--config", "configs/s4_lra_pathx.yaml"],
				"env": {{"CUDA_VISIBLE_DEVICES": "0,1"}},
			}},
			// --- Mamba: SSM selettivo, scan parallelo con kernel fuso (usiamo il pacchetto mamba-ssm 1.2)
			// {T("2312.00752")} — arXiv:2312.00752
			{{
				"name": "Mamba-130M (Pile, 1B token)",
				"type": "debugpy",
				"request": "launch",
				"module": "effseq.train",
				"args": ["--config", "configs/mamba_130m.yaml"],
				"env": {{"CUDA_VISIBLE_DEVICES": "0,1,2,3"}},
			}},
			{{
				"name": "pytest (file corrente)",
				"type": "debugpy",
				"request": "launch",
				"module": "pytest",
				"args": ["${{file}}", "-x", "-q"],
			}},
		],
	}},
	"tasks": {{
		"version": "2.0.0",
		"tasks": [
			{{
				"label": "lint",
				"type": "shell",
				"command": "ruff check src tests",
				"problemMatcher": [],
			}},
			{{
				"label": "benchmark kernel attenzione",
				"type": "shell",
				// i tutorial di Triton sono il modello per bench/attn_bench.py
				"command": "python bench/attn_bench.py --seq 1024 2048 4096 8192 --out results/attn.csv",
				"group": "test",
			}},
			{{
				"label": "sincronizza wiki",
				"type": "shell",
				"command": "rsync -av note-lettura/ wiki.lab.example.it:/srv/wiki/seq-efficienti/",
			}},
		],
	}},
	"extensions": {{
		"recommendations": [
			"ms-python.python",
			"ms-python.debugpy",
			"charliermarsh.ruff",
			"alefragnani.bookmarks",
			"gruntfuggly.todo-tree",
			"streetsidesoftware.code-spell-checker",
			"streetsidesoftware.code-spell-checker-italian",
		],
	}},
}}
"""
write_only(F475, text, keys(F475))
