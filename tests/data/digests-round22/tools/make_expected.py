#!/usr/bin/env python3
"""Writes round22/expected.json from the compact table below (title as written, evidence, true arXiv id, OpenReview
id). L = link (arXiv-form URL), O = link via an OpenReview forum/pdf URL (openreview_id set, arxiv_id null),
X = arxiv-text, T = title-only. Titles are recorded as the digest writes them (unwrapped where the format breaks
them: 242's label line breaks, 243's slide line breaks)."""
import json, os
L, T, O, X = "link", "title-only", "link-or", "arxiv-text"
data = {
 "237_telegram_desktop_html_export_uzbek_llm_history_channel.html": [
  ("Language Models are Unsupervised Multitask Learners", T, None),
  ("Scaling Laws for Neural Language Models", X, "2001.08361"),
  ("Language Models are Few-Shot Learners", L, "2005.14165"),
  ("Training Compute-Optimal Large Language Models", T, "2203.15556"),
  ("PaLM: Scaling Language Modeling with Pathways", L, "2204.02311"),
  ("OPT: Open Pre-trained Transformer Language Models", T, "2205.01068"),
  ("Emergent Abilities of Large Language Models", T, "2206.07682"),
  ("Solving Quantitative Reasoning Problems with Language Models", L, "2206.14858"),
  ("LLaMA: Open and Efficient Foundation Language Models", L, "2302.13971"),
  ("Llama 2: Open Foundation and Fine-Tuned Chat Models", T, "2307.09288"),
  ("Textbooks Are All You Need", X, "2306.11644"),
  ("Universal and Transferable Adversarial Attacks on Aligned Language Models", L, "2307.15043"),
  ("A Survey of Large Language Models", T, "2303.18223"),
  ("Training language models to follow instructions with human feedback", T, "2203.02155"),
 ],
 "238_chatgpt_data_export_conversations_json_bulgarian_peft_reading_list.json": [
  ("Parameter-Efficient Transfer Learning for NLP", T, "1902.00751"),
  ("BitFit: Simple Parameter-efficient Fine-tuning for Transformer-based Masked Language-models", T, "2106.10199"),
  ("Prefix-Tuning: Optimizing Continuous Prompts for Generation", L, "2101.00190"),
  ("The Power of Scale for Parameter-Efficient Prompt Tuning", L, "2104.08691"),
  ("GPT Understands, Too", T, "2103.10385"),
  ("LoRA: Low-Rank Adaptation of Large Language Models", X, "2106.09685"),
  ("AdaLoRA: Adaptive Budget Allocation for Parameter-Efficient Fine-Tuning", T, "2303.10512"),
  ("Towards a Unified View of Parameter-Efficient Transfer Learning", O, "2110.04366", "0RDcd5Axok"),
  ("LLM.int8(): 8-bit Matrix Multiplication for Transformers at Scale", T, "2208.07339"),
  ("GPTQ: Accurate Post-Training Quantization for Generative Pre-trained Transformers", L, "2210.17323"),
  ("QLoRA: Efficient Finetuning of Quantized LLMs", L, "2305.14314"),
  ("DoRA: Weight-Decomposed Low-Rank Adaptation", T, "2402.09353"),
  ("Few-Shot Parameter-Efficient Fine-Tuning is Better and Cheaper than In-Context Learning", X, "2205.05638"),
 ],
 "239_weibo_mobile_api_getindex_json_chinese_paper_digest_account.json": [
  ("3D Gaussian Splatting for Real-Time Radiance Field Rendering", T, "2308.04079"),
  ("Zero-1-to-3: Zero-shot One Image to 3D Object", L, "2303.11328"),
  ("Consistency Models", T, "2303.01469"),
  ("High-Resolution Image Synthesis with Latent Diffusion Models", L, "2112.10752"),
  ("Deep Unsupervised Learning using Nonequilibrium Thermodynamics", T, "1503.03585"),
  ("Denoising Diffusion Probabilistic Models", L, "2006.11239"),
  ("Denoising Diffusion Implicit Models", O, "2010.02502", "St1giarCHLP"),
  ("Classifier-Free Diffusion Guidance", T, "2207.12598"),
  ("Diffusion Models Beat GANs on Image Synthesis", X, "2105.05233"),
  ("Generative Adversarial Networks", T, "1406.2661"),
  ("Score-Based Generative Modeling through Stochastic Differential Equations", T, "2011.13456"),
  ("COTR: Correspondence Transformer for Matching Across Images", X, "2103.14167"),
  ("Few-Shot Human Motion Transfer by Personalized Geometry and Texture Modeling", L, "2103.14338"),
  ("MedSelect: Selective Labeling for Medical Image Classification Combining Meta-Learning with Deep Reinforcement Learning", T, "2103.14339"),
 ],
 "240_canvas_lms_course_export_wiki_page_norwegian_efficient_attention_week.html": [
  ("Generating Long Sequences with Sparse Transformers", X, "1904.10509"),
  ("Reformer: The Efficient Transformer", O, "2001.04451", "rkgNKkHtvB"),
  ("Rethinking Attention with Performers", O, "2009.14794", "Ua6zuk0WRH"),
  ("FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness", L, "2205.14135"),
  ("Linformer: Self-Attention with Linear Complexity", X, "2006.04768"),
  ("Big Bird: Transformers for Longer Sequences", T, "2007.14062"),
  ("Random Feature Attention", O, "2103.02143", "QtTKTdVrFBB"),
  ("Transformer Quality in Linear Time", T, "2202.10447"),
  ("Lite Transformer with Long-Short Range Attention", T, "2004.11886"),
  ("Efficiently Modeling Long Sequences with Structured State Spaces", T, "2111.00396"),
  ("Mamba: Linear-Time Sequence Modeling with Selective State Spaces", L, "2312.00752"),
  ("Transformer-XL: Attentive Language Models beyond a Fixed-Length Context", T, "1901.02860"),
  ("A Practical Survey on Faster and Lighter Transformers", T, "2103.14636"),
  ("Long Range Arena: A Benchmark for Efficient Transformers", T, "2011.04006"),
 ],
 "241_r_package_rd_documentation_rlmtrain_package_references.Rd": [
  ("Outrageously Large Neural Networks: The Sparsely-Gated Mixture-of-Experts Layer", O, "1701.06538", "B1ckMDqlg"),
  ("Mixed Precision Training", T, "1710.03740"),
  ("Megatron-LM: Training Multi-Billion Parameter Language Models Using Model Parallelism", L, "1909.08053"),
  ("ZeRO: Memory Optimizations Toward Training Trillion Parameter Models", T, "1910.02054"),
  ("Exploring the Limits of Transfer Learning with a Unified Text-to-Text Transformer", T, "1910.10683"),
  ("The Curious Case of Neural Text Degeneration", X, "1904.09751"),
  ("HuggingFace's Transformers: State-of-the-art Natural Language Processing", L, "1910.03771"),
  ("GShard: Scaling Giant Models with Conditional Computation and Automatic Sharding", X, "2006.16668"),
  ("Federated Learning Based on Dynamic Regularization", T, "2111.04263"),
  ("Switch Transformers: Scaling to Trillion Parameter Models with Simple and Efficient Sparsity", T, "2101.03961"),
  ("Fast Inference from Transformers via Speculative Decoding", T, "2211.17192"),
  ("Efficient Memory Management for Large Language Model Serving with PagedAttention", T, "2309.06180"),
  ("FlashAttention-2: Faster Attention with Better Parallelism and Work Partitioning", L, "2307.08691"),
 ],
 "242_graphviz_dot_georgian_sequence_models_rl_science_reading_map.gv": [
  ("Mastering the game of Go without human knowledge", T, None),
  ("What Matters In On-Policy Reinforcement Learning? A Large-Scale Empirical Study", T, "2006.05990"),
  ("Evolving Reinforcement Learning Algorithms", T, "2101.03958"),
  ("Decision Transformer: Reinforcement Learning via Sequence Modeling", L, "2106.01345"),
  ("Reinforcement Learning as One Big Sequence Modeling Problem", T, "2106.02039"),
  ("Highly accurate protein structure prediction with AlphaFold", T, None),
  ("Learning Mesh-Based Simulation with Graph Networks", X, "2010.03409"),
  ("Fourier Neural Operator for Parametric Partial Differential Equations", L, "2010.08895"),
  ("Do Transformers Really Perform Bad for Graph Representation?", X, "2106.05234"),
  ("EigenGame: PCA as a Nash Equilibrium", L, "2010.00554"),
  ("Neural Turing Machines", T, "1410.5401"),
  ("Gradient Projection Memory for Continual Learning", L, "2103.09762"),
 ],
 "243_acrobat_xfdf_comments_export_slovak_llm_evaluation_lecture_slides.xfdf": [
  ("Measuring Massive Multitask Language Understanding", T, "2009.03300"),
  ("Beyond the Imitation Game: Quantifying and extrapolating the capabilities of language models", X, "2206.04615"),
  ("Judging LLM-as-a-Judge with MT-Bench and Chatbot Arena", L, "2306.05685"),
  ("Language Models (Mostly) Know What They Know", T, "2207.05221"),
  ("Lost in the Middle: How Language Models Use Long Contexts", T, "2307.03172"),
  ("Chain-of-Thought Prompting Elicits Reasoning in Large Language Models", O, "2201.11903", "_VjQlMeSB_J"),
  ("Self-RAG: Learning to Retrieve, Generate, and Critique through Self-Reflection", X, "2310.11511"),
  ("Attention is Not Only a Weight: Analyzing Transformers with Vector Norms", T, "2004.10102"),
  ("Dodrio: Exploring Transformer Models with Interactive Visualization", L, "2103.14625"),
 ],
 "244_naver_blog_postview_smarteditor_one_korean_vlm_paper_review.html": [
  ("An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale", O, "2010.11929", "YicbFdNTTy"),
  ("Learning Transferable Visual Models From Natural Language Supervision", L, "2103.00020"),
  ("Scaling Up Visual and Vision-Language Representation Learning With Noisy Text Supervision", T, "2102.05918"),
  ("Sigmoid Loss for Language Image Pre-Training", T, "2303.15343"),
  ("Multimodal Few-Shot Learning with Frozen Language Models", T, "2106.13884"),
  ("Flamingo: a Visual Language Model for Few-Shot Learning", L, "2204.14198"),
  ("BLIP-2: Bootstrapping Language-Image Pre-training with Frozen Image Encoders and Large Language Models", X, "2301.12597"),
  ("Visual Instruction Tuning", T, "2304.08485"),
  ("Segment Anything", T, "2304.02643"),
  ("Describing and Localizing Multiple Changes with Transformers", X, "2103.14146"),
 ],
 "245_hayagriva_yaml_typst_bibliography_croatian_speech_thesis.yml": [
  ("A Fast Learning Algorithm for Deep Belief Nets", T, None),
  ("Connectionist Temporal Classification: Labelling Unsegmented Sequence Data with Recurrent Neural Networks", T, None),
  ("Why Do Local Methods Solve Nonconvex Problems?", T, "2103.13462"),
  ("Attention Is All You Need", X, "1706.03762"),
  ("Funnel-Transformer: Filtering out Sequential Redundancy for Efficient Language Processing", X, "2006.03236"),
  ("Pre-Training Transformers as Energy-Based Cloze Models", T, "2012.08561"),
  ("Improving Self-supervised Pre-training via a Fully-Explored Masked Language Model", O, "2010.06040", "cYr2OPNyTz7"),
  ("Sentence-BERT: Sentence Embeddings using Siamese BERT-Networks", T, "1908.10084"),
  ("Glancing Transformer for Non-Autoregressive Neural Machine Translation", O, "2008.07905", "ZaYZfu8pT_N"),
  ("HuBERT: Self-Supervised Speech Representation Learning by Masked Prediction of Hidden Units", L, "2106.07447"),
 ],
 "246_negative_notion_html_export_malay_reading_group_resources_page.html": [],
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
