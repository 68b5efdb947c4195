#!/usr/bin/env python3
"""Builds digests/207_tiddlywiki_json_export_llm_inference_notebook.json: the tiddlers of a personal TiddlyWiki 5.3
("Inference notebook") exported with the sidebar's "export all" button as JSON. TiddlyWiki writes the array with
JSON.stringify(data, null, 0) (the jsontiddlers macro's `spaces` is parsed as 0): one line, no final newline, UTF-8
kept, every field value a string; the export filter is [!is[system]sort[title]] (case-blind title order, no $:/
tiddlers). Dates are TiddlyWiki's 17-digit UTC stamps (YYYYMMDDhhmmssSSS); tags are a title list ([[two words]]
bracketed); the text is TiddlyWiki wikitext (!-headings, * and # lists, ''bold'', //italic//, `code`, [[links]],
[[label|https://…]], [ext[…]], |tables|, <<< quote blocks, <<macros>>, transclusion {{…}}); journal tiddlers are named
like "4th March 2024" (the default journal title format "DDth MMM YYYY").

Evidence: the "arxiv" field of the FlashAttention tiddler (arxiv-text), "arXiv 2208.07339" after LLM.int8() in a table
cell (arxiv-text), "Generating Long Sequences with Sparse Transformers 1904.10509" (a bare id after its title,
arxiv-text); FlashAttention-2's [[pdf|https://arxiv.org/pdf/…]] link, PagedAttention's "url" field (arXiv abs), QLoRA's
Hugging Face paper link, mixed precision's OpenReview forum link (link); speculative decoding (a tiddler whose "url"
field is its PMLR page), GPTQ in a table, ZeRO in a list with a note, Megatron-LM in a <<< quote block, Reformer in
prose, "Transformer quality in linear time" in sentence case (title-only). Non-papers: the vLLM, flash-attention,
llama.cpp and TensorRT-LLM repositories, the bitsandbytes docs, a blog post, a meetup talk, a YouTube lecture, a
Zoom room. FA2, vLLM, GPTQ, AWQ, SmoothQuant, ZeRO-3, FSDP, "the Leviathan paper" are nicknames. Room B-1.14, ticket
#5120, booking 1913.40227 and all people are invented."""
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from catalogue import check_no_distractor

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "207_tiddlywiki_json_export_llm_inference_notebook.json")

ME = "ines.haddad"


def tid(title, created, modified, text, tags="", **fields):
    d = {"created": created, "creator": ME, "text": text, "tags": tags, "title": title, "modified": modified, "modifier": ME}
    for k, v in fields.items():
        d[k.replace("__", "-")] = v
    return d


T = []

T.append(tid(
    "Efficient Memory Management for Large Language Model Serving with PagedAttention",
    "20240212193114512", "20240304201759031",
    "! Why I keep coming back to this\n\n"
    "The KV cache is allocated in fixed-size //blocks// and addressed through a block table, exactly like virtual memory "
    "pages. Fragmentation drops from \"most of the reserved memory\" to almost nothing, so the batch can grow.\n\n"
    "* Copy-on-write for parallel sampling and beam search (shared prefix blocks)\n"
    "* Preemption: swap to CPU or recompute — recompute wins for short prompts\n"
    "* The serving system around it is [[vLLM|https://github.com/vllm-project/vllm]]; the paper numbers are vs. an "
    "Orca re-implementation, not vs. TGI\n\n"
    "!! Open questions\n\n"
    "# Block size 16 is the default — what happens with GQA models where the cache is already 8× smaller?\n"
    "# Prefix caching landed later (automatic prefix caching), not in the paper.\n\n"
    "See also [[FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness]] for the kernel side and "
    "[[Inference reading list]].",
    "paper serving [[Reading Group]]",
    url="https://arxiv.org/abs/2309.06180", status="presented", presenter="Ines", session="11th March 2024"))

T.append(tid(
    "Fast Inference from Transformers via Speculative Decoding",
    "20240219081540007", "20240219090212744",
    "A small draft model proposes //k// tokens, the large model scores them in one forward pass, and a modified "
    "rejection-sampling step keeps the output distribution //exactly// that of the large model.\n\n"
    "* Expected speed-up depends on the acceptance rate α and the cost ratio c; the paper's formula is worth "
    "re-deriving on the whiteboard\n"
    "* T5-XXL experiments, 2×–3× wall-clock\n"
    "* Same idea appeared concurrently (\"speculative sampling\" from the Chinchilla people) — we only read the "
    "Leviathan paper\n\n"
    "''TODO'': try it with llama.cpp's `--draft` option on the lab box (ticket #5120 for the second GPU).",
    "paper decoding [[Reading Group]]",
    url="https://proceedings.mlr.press/v202/leviathan23a.html", venue="ICML 2023", status="to-read"))

T.append(tid(
    "FlashAttention-2: Faster Attention with Better Parallelism and Work Partitioning",
    "20240212193802250", "20240226194415689",
    "Follow-up to [[FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness]]. Read the "
    "[[pdf|https://arxiv.org/pdf/2307.08691]] on the train.\n\n"
    "# fewer non-matmul FLOPs (rescaling only at the end)\n"
    "# parallelise over the sequence dimension too, not only batch × heads\n"
    "# split work between warps to avoid shared-memory round trips\n\n"
    "Reported ~2× over FA1 and up to 73% of A100 peak in the forward pass. The FA2 kernels are what "
    "`torch.nn.functional.scaled_dot_product_attention` dispatches to on Ampere now.",
    "paper kernels [[Reading Group]]",
    status="read", code="https://github.com/Dao-AILab/flash-attention"))

T.append(tid(
    "FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness",
    "20240212192950118", "20240304201522904",
    "Exact attention, tiled so that the N×N matrix never goes to HBM; softmax done online per block with running "
    "max/sum statistics. Backward pass recomputes attention from the saved statistics instead of storing it.\n\n"
    "|!What|!Memory|!HBM accesses|\n"
    "|standard attention|O(N²)|Θ(Nd + N²)|\n"
    "|this paper|O(N)|Θ(N²d²/M)|\n\n"
    "Block-sparse variant at the end of the paper; nobody in the group had tried it.\n\n"
    "<<<\nIO-awareness is the whole point: count reads and writes, not FLOPs.\n<<< Tri Dao's talk at the MLSys "
    "seminar ([[recording|https://www.youtube.com/watch?v=gMOAud7hZg4]])",
    "paper kernels [[Reading Group]]",
    arxiv="2205.14135", venue="NeurIPS 2022", status="presented", presenter="Jonas", session="26th February 2024"))

T.append(tid(
    "Inference reading list",
    "20240212185501661", "20240311221047352",
    "!! Papers (tagged)\n\n<<list-links filter:\"[tag[paper]sort[title]]\">>\n\n"
    "!! Quantisation, not yet split into tiddlers\n\n"
    "|!Paper|!Bits|!Notes|\n"
    "|GPTQ: Accurate Post-Training Quantization for Generative Pre-trained Transformers|3–4 (weights)|one-shot, "
    "second-order, per-column; the reference point for AWQ|\n"
    "|LLM.int8(): 8-bit Matrix Multiplication for Transformers at Scale (arXiv 2208.07339)|8 (weights + "
    "activations)|outlier features kept in fp16 — see the [ext[bitsandbytes docs|https://huggingface.co/docs/bitsandbytes/main/en/index]]|\n"
    "|QLoRA: Efficient Finetuning of Quantized LLMs|4 (NF4)|fine-tuning, not serving; "
    "[[HF page|https://huggingface.co/papers/2305.14314]]|\n"
    "|SmoothQuant|8|no tiddler yet, only the repo|\n\n"
    "!! Not papers but useful\n\n"
    "* [[llama.cpp|https://github.com/ggerganov/llama.cpp]] — GGUF k-quants, the `--draft` flag\n"
    "* [[TensorRT-LLM|https://github.com/NVIDIA/TensorRT-LLM]]\n"
    "* Lilian Weng, [ext[Large Transformer Model Inference Optimization|https://lilianweng.github.io/posts/2023-01-10-inference-optimization/]] (blog post, Jan 2023)\n"
    "* Talk: //Serving at Scale: Notes from the Bay Area vLLM Meetup// (slides on the team drive)\n\n"
    "{{Reading Group}}",
    "[[Reading Group]] index"))

T.append(tid(
    "Memory & parallelism (training side)",
    "20240226201933120", "20240311215830512",
    "Background for the serving papers — most of the memory tricks started on the training side.\n\n"
    "* ZeRO: Memory Optimizations Toward Training Trillion Parameter Models — stages 1/2/3 = partition optimizer "
    "state / gradients / parameters. ZeRO-3 ≈ what FSDP does.\n"
    "* Mixed Precision Training — fp16 master weights + loss scaling, "
    "[[OpenReview|https://openreview.net/forum?id=r1gs9JgRZ]] (ICLR 2018)\n"
    "* Tensor parallelism:\n\n"
    "<<<\nMegatron-LM: Training Multi-Billion Parameter Language Models\nUsing Model Parallelism\n\n"
    "split the MLP column-wise then row-wise so only one all-reduce per block is needed\n<<<\n\n"
    "Questions for Jonas: is ZeRO-Infinity worth a session? (probably not — NVMe offload is irrelevant for inference.)",
    "[[Reading Group]] background"))

T.append(tid(
    "Reading Group",
    "20240212184010480", "20240311223108716",
    "''LLM inference reading group'' — Mondays 18:30, room B-1.14 (booked until June, booking no. 1913.40227) or "
    "[ext[Zoom|https://uni-example.zoom.us/j/81234567890]].\n\n"
    "|!Date|!Paper|!Presenter|\n"
    "|[[26th February 2024]]|FlashAttention|Jonas|\n"
    "|[[4th March 2024]]|FA2 + kernels Q&A|Jonas|\n"
    "|[[11th March 2024]]|PagedAttention / vLLM|Ines|\n"
    "|18th March 2024|speculative decoding|//open//|\n\n"
    "Rules: one paper per session, 25 min max, slides optional.",
    "", list="[[26th February 2024]] [[4th March 2024]] [[11th March 2024]]"))

T.append(tid(
    "Sparse and efficient attention (older)",
    "20240304203011288", "20240304204455170",
    "Context for FlashAttention: before IO-aware kernels, people tried to make attention itself cheaper.\n\n"
    "# Generating Long Sequences with Sparse Transformers 1904.10509 — strided + fixed patterns, O(N√N)\n"
    "# Reformer: The Efficient Transformer uses LSH buckets and reversible layers; the LSH part never caught on for LMs\n"
    "# Transformer quality in linear time — the GAU/FLASH paper (unrelated to FlashAttention despite the name!)\n\n"
    "None of these are on the schedule; just so the name clash does not confuse new people.",
    "background attention"))

T.append(tid(
    "Tools",
    "20240212190245733", "20240219091001902",
    "* [[vLLM|https://github.com/vllm-project/vllm]] (Apache-2.0)\n"
    "* [[flash-attention|https://github.com/Dao-AILab/flash-attention]]\n"
    "* [[bitsandbytes|https://github.com/TimDettmers/bitsandbytes]]\n"
    "* Lecture: [ext[CMU 11-868 LLM Systems, lecture 14|https://www.youtube.com/watch?v=Ye8A2bW6aTQ]]\n\n"
    "Versions on the lab box: vLLM 0.3.3, torch 2.2.1, CUDA 12.1.",
    "index"))

T.append(tid(
    "11th March 2024",
    "20240311183002115", "20240311223059461",
    "Session on [[Efficient Memory Management for Large Language Model Serving with PagedAttention]].\n\n"
    "* 9 people, 2 on Zoom\n"
    "* Jonas: block size vs. kernel efficiency — smaller blocks = less waste but more indirection\n"
    "* Agreed next: speculative decoding (the Leviathan paper), then maybe GPTQ vs. AWQ\n\n"
    "Action: Ines books B-1.14 for April.",
    "Journal [[Reading Group]]"))

T.append(tid(
    "26th February 2024",
    "20240226183010020", "20240226214455933",
    "First session: [[FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness]]. Jonas drew the "
    "tiling on the whiteboard (photo on the drive). 11 people.\n\n"
    "* Question nobody could answer: why does the backward pass need the logsumexp and not the full row max?",
    "Journal [[Reading Group]]"))

T.append(tid(
    "4th March 2024",
    "20240304183020311", "20240304215101227",
    "FA2 + kernels Q&A. Mostly about [[FlashAttention-2: Faster Attention with Better Parallelism and Work Partitioning]].\n\n"
    "* Link dump during the session: the Triton tutorial on fused attention, the xformers memory-efficient attention "
    "docs\n"
    "* See [[Sparse and efficient attention (older)]] for the name clash question from last week.",
    "Journal [[Reading Group]]"))

T.sort(key=lambda d: d["title"].lower())
out = json.dumps(T, ensure_ascii=False, separators=(",", ":"))
check_no_distractor(out, "207")
with open(OUT, "w", encoding="utf-8", newline="") as fh:
    fh.write(out)
print(OUT, len(out))
