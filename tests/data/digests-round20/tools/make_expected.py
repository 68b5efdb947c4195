#!/usr/bin/env python3
"""Writes round20/expected.json from the compact table below (title as written, evidence, true arXiv id, OpenReview
id). L = link (arXiv-form URL), O = link via an OpenReview forum/pdf URL (openreview_id set, arxiv_id null),
X = arxiv-text, T = title-only."""
import json, os
L, T, O, X = "link", "title-only", "link-or", "arxiv-text"
data = {
 "217_facebook_messenger_json_vietnamese_llm_eval_group.json": [
  ("Measuring Massive Multitask Language Understanding", X, "2009.03300"),
  ("Beyond the Imitation Game: Quantifying and extrapolating the capabilities of language models", T, "2206.04615"),
  ("Training language models to follow instructions with human feedback", L, "2203.02155"),
  ("Judging LLM-as-a-Judge with MT-Bench and Chatbot Arena", L, "2306.05685"),
  ("Universal and Transferable Adversarial Attacks on Aligned Language Models", X, "2307.15043"),
  ("Language Models (Mostly) Know What They Know", L, "2207.05221"),
  ("Emergent Abilities of Large Language Models", T, "2206.07682"),
  ("Chain of Thought Prompting Elicits Reasoning in Large Language Models", O, "2201.11903", "_VjQlMeSB_J"),
  ("AgentBench: Evaluating LLMs as Agents", X, "2308.03688"),
  ("Toolformer: Language Models Can Teach Themselves to Use Tools", T, "2302.04761"),
  ("Textbooks Are All You Need", T, "2306.11644"),
  ("Self-RAG: Learning to Retrieve, Generate, and Critique through Self-Reflection", T, "2310.11511"),
  ("Lost in the Middle: How Language Models Use Long Contexts", T, "2307.03172"),
 ],
 "218_aegisub_ass_thai_fansub_vision_language_lecture.ass": [
  ("Attention Is All You Need", T, "1706.03762"),
  ("An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale", O, "2010.11929", "YicbFdNTTy"),
  ("Learning Transferable Visual Models From Natural Language Supervision", X, "2103.00020"),
  ("Scaling Up Visual and Vision-Language Representation Learning With Noisy Text Supervision", T, "2102.05918"),
  ("Sigmoid Loss for Language Image Pre-Training", T, "2303.15343"),
  ("DINOv2: Learning Robust Visual Features without Supervision", L, "2304.07193"),
  ("Multimodal Few-Shot Learning with Frozen Language Models", T, "2106.13884"),
  ("Flamingo: a Visual Language Model for Few-Shot Learning", L, "2204.14198"),
  ("BLIP-2: Bootstrapping Language-Image Pre-training with Frozen Image Encoders and Large Language Models", X, "2301.12597"),
  ("Visual Instruction Tuning", L, "2304.08485"),
  ("Hierarchical Text-Conditional Image Generation with CLIP Latents", T, "2204.06125"),
  ("Segment Anything", T, "2304.02643"),
 ],
 "219_databricks_notebook_source_gpu_cost_model.py": [
  ("FlashAttention-2: Faster Attention with Better Parallelism and Work Partitioning", X, "2307.08691"),
  ("LLM.int8(): 8-bit Matrix Multiplication for Transformers at Scale", X, "2208.07339"),
  ("FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness", L, "2205.14135"),
  ("Efficient Memory Management for Large Language Model Serving with PagedAttention", L, "2309.06180"),
  ("Fast Inference from Transformers via Speculative Decoding", T, "2211.17192"),
  ("GPTQ: Accurate Post-Training Quantization for Generative Pre-trained Transformers", T, "2210.17323"),
  ("Megatron-LM: Training Multi-Billion Parameter Language Models Using Model Parallelism", T, "1909.08053"),
  ("ZeRO: Memory Optimizations Toward Training Trillion Parameter Models", T, "1910.02054"),
  ("Mixed Precision Training", O, "1710.03740", "r1gs9JgRZ"),
  ("Switch Transformers: Scaling to Trillion Parameter Models with Simple and Efficient Sparsity", L, "2101.03961"),
  ("GShard: Scaling Giant Models with Conditional Computation and Automatic Sharding", T, "2006.16668"),
  ("Outrageously Large Neural Networks: The Sparsely-Gated Mixture-of-Experts Layer", T, "1701.06538"),
 ],
 "220_sqlite3_dump_swedish_nlp_reading_tracker.sql": [
  ("Efficient Estimation of Word Representations in Vector Space", X, "1301.3781"),
  ("GloVe: Global Vectors for Word Representation", T, None),
  ("Sequence to Sequence Learning with Neural Networks", X, "1409.3215"),
  ("Neural Machine Translation by Jointly Learning to Align and Translate", L, "1409.0473"),
  ("Connectionist Temporal Classification: Labelling Unsegmented Sequence Data with Recurrent Neural Networks", T, None),
  ("Deep contextualized word representations", T, "1802.05365"),
  ("HuggingFace's Transformers: State-of-the-art Natural Language Processing", L, "1910.03771"),
  ("Sentence-BERT: Sentence Embeddings using Siamese BERT-Networks", X, "1908.10084"),
  ("The Curious Case of Neural Text Degeneration", T, "1904.09751"),
  ("HuBERT: Self-Supervised Speech Representation Learning by Masked Prediction of Hidden Units", L, "2106.07447"),
  ("Unsupervised Cross-lingual Representation Learning at Scale", T, "1911.02116"),
  ("Attention Module is Not Only a Weight: Analyzing Transformers with Vector Norms", T, "2004.10102"),
  ("Neural Turing Machines", T, "1410.5401"),
 ],
 "221_reportlab_pdf_generative_models_seminar_handout.pdf": [
  ("Generative Adversarial Networks", T, "1406.2661"),
  ("A Fast Learning Algorithm for Deep Belief Nets", T, None),
  ("Deep Unsupervised Learning using Nonequilibrium Thermodynamics", X, "1503.03585"),
  ("Generative Modeling by Estimating Gradients of the Data Distribution", T, "1907.05600"),
  ("Denoising Diffusion Probabilistic Models", L, "2006.11239"),
  ("Denoising Diffusion Implicit Models", O, "2010.02502", "St1giarCHLP"),
  ("Score-Based Generative Modeling through Stochastic Differential Equations", O, "2011.13456", "PxTIG12RRHS"),
  ("Consistency Models", T, "2303.01469"),
  ("Diffusion Models Beat GANs on Image Synthesis", X, "2105.05233"),
  ("Classifier-Free Diffusion Guidance", T, "2207.12598"),
  ("Score-based Generative Modeling in Latent Space", T, "2106.05931"),
  ("High-Resolution Image Synthesis with Latent Diffusion Models", L, "2112.10752"),
  ("Scaling Rectified Flow Transformers for High-Resolution Image Synthesis", L, "2403.03206"),
 ],
 "222_discourse_topic_json_bengali_peft_forum.json": [
  ("QLoRA: Efficient Finetuning of Quantized LLMs", L, "2305.14314"),
  ("LoRA: Low-Rank Adaptation of Large Language Models", L, "2106.09685"),
  ("DoRA: Weight-Decomposed Low-Rank Adaptation", X, "2402.09353"),
  ("AdaLoRA: Adaptive Budget Allocation for Parameter-Efficient Fine-Tuning", T, "2303.10512"),
  ("Parameter-Efficient Transfer Learning for NLP", T, "1902.00751"),
  ("Prefix-Tuning: Optimizing Continuous Prompts for Generation", T, "2101.00190"),
  ("The Power of Scale for Parameter-Efficient Prompt Tuning", T, "2104.08691"),
  ("Towards a Unified View of Parameter-Efficient Transfer Learning", O, "2110.04366", "0RDcd5Axok"),
  ("BitFit: Simple Parameter-efficient Fine-tuning for Transformer-based Masked Language-models", T, "2106.10199"),
  ("GPT Understands, Too", X, "2103.10385"),
  ("Few-Shot Parameter-Efficient Fine-Tuning is Better and Cheaper than In-Context Learning", L, "2205.05638"),
  ("Neural Machine Translation of Rare Words with Subword Units", T, "1508.07909"),
 ],
 "223_wikidata_sparql_results_json_rl_and_science_papers.json": [
  ("Mastering the game of Go without human knowledge", T, None),
  ("What Matters In On-Policy Reinforcement Learning? A Large-Scale Empirical Study", X, "2006.05990"),
  ("EigenGame: PCA as a Nash Equilibrium", X, "2010.00554"),
  ("Learning Mesh-Based Simulation with Graph Networks", X, "2010.03409"),
  ("Fourier Neural Operator for Parametric Partial Differential Equations", L, "2010.08895"),
  ("Evolving Reinforcement Learning Algorithms", X, "2101.03958"),
  ("Gradient Projection Memory for Continual Learning", T, "2103.09762"),
  ("Decision Transformer: Reinforcement Learning via Sequence Modeling", L, "2106.01345"),
  ("Offline Reinforcement Learning as One Big Sequence Modeling Problem", T, "2106.02039"),
  ("Do Transformers Really Perform Bad for Graph Representation?", T, "2106.05234"),
  ("Highly accurate protein structure prediction with AlphaFold", T, None),
  ("A Generalist Agent", T, "2205.06175"),
 ],
 "224_koreader_metadata_pdf_lua_czech_llm_survey_highlights.lua": [
  ("A Survey of Large Language Models", X, "2303.18223"),
  ("Language Models are Few-Shot Learners", T, "2005.14165"),
  ("Language Models are Unsupervised Multitask Learners", T, None),
  ("Scaling Laws for Neural Language Models", T, "2001.08361"),
  ("Training Compute-Optimal Large Language Models", T, "2203.15556"),
  ("OPT: Open Pre-trained Transformer Language Models", L, "2205.01068"),
  ("LLaMA: Open and Efficient Foundation Language Models", T, "2302.13971"),
  ("Llama 2: Open Foundation and Fine-Tuned Chat Models", L, "2307.09288"),
  ("PaLM: Scaling Language Modeling with Pathways", X, "2204.02311"),
  ("Exploring the Limits of Transfer Learning with a Unified Text-to-Text Transformer", T, "1910.10683"),
  ("Solving Quantitative Reasoning Problems with Language Models", X, "2206.14858"),
 ],
 "225_scrapbox_cosense_project_export_japanese_long_context.json": [
  ("Transformer-XL: Attentive Language Models Beyond a Fixed-Length Context", T, "1901.02860"),
  ("Reformer: The Efficient Transformer", O, "2001.04451", "rkgNKkHtvB"),
  ("Longformer: The Long-Document Transformer", L, "2004.05150"),
  ("Big Bird: Transformers for Longer Sequences", T, "2007.14062"),
  ("Linformer: Self-Attention with Linear Complexity", X, "2006.04768"),
  ("Rethinking Attention with Performers", T, "2009.14794"),
  ("Generating Long Sequences with Sparse Transformers", T, "1904.10509"),
  ("A Practical Survey on Faster and Lighter Transformers", L, "2103.14636"),
  ("Long Range Arena: A Benchmark for Efficient Transformers", O, "2011.04006", "qVyeW-grC2k"),
  ("Efficiently Modeling Long Sequences with Structured State Spaces", L, "2111.00396"),
  ("Mamba: Linear-Time Sequence Modeling with Selective State Spaces", X, "2312.00752"),
  ("Random Feature Attention", O, "2103.02143", "QtTKTdVrFBB"),
  ("Transformer Quality in Linear Time", T, "2202.10447"),
  ("Accessing Higher-level Representations in Sequential Transformers with Feedback Memory", T, "2002.09402"),
 ],
 "226_negative_google_my_maps_kml_neurips_city_guide.kml": [],
}


def rec(t):
    title, ev, tid = t[:3]
    oid = t[3] if len(t) > 3 else None
    if ev == "link-or":
        return {"arxiv_id": None, "openreview_id": oid, "title": title, "evidence": "link", "true_arxiv_id": tid}
    return {"arxiv_id": tid if ev in ("link", "arxiv-text") else None, "openreview_id": None, "title": title,
            "evidence": ev, "true_arxiv_id": tid}


out = {f: [rec(t) for t in recs] for f, recs in data.items()}
with open(os.path.join(os.path.dirname(__file__), "..", "expected.json"), "w", encoding="utf-8") as fh:
    json.dump(out, fh, indent=1, ensure_ascii=False)
    fh.write("\n")
