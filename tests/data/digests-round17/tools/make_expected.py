#!/usr/bin/env python3
"""Writes round17/expected.json from the compact table below (title as written, evidence, true arXiv id, OpenReview id)."""
import json, os
L, T, O, X = "link", "title-only", "link-or", "arxiv-text"
data = {
 "187_jats_xml_article_dysarthria_ssl_speech.xml": [
  ("Long short-term memory", T, None),
  ("Connectionist temporal classification: labelling unsegmented sequence data with recurrent neural networks", T, None),
  ("HuBERT: self-supervised speech representation learning by masked prediction of hidden units", X, "2106.07447"),
  ("Shortcut learning in deep neural networks", T, "2004.07780"),
  ("In search of lost domain generalization", T, "2007.01434"),
  ("Delving deep into rectifiers: surpassing human-level performance on ImageNet classification", T, "1502.01852"),
  ("Decoupled weight decay regularization", T, "1711.05101"),
  ("Mixed precision training", O, "1710.03740", "r1gs9JgRZ"),
  ("Supervised contrastive learning", X, "2004.11362"),
  ("A simple framework for contrastive learning of visual representations", T, "2002.05709"),
  ("DiffWave: a versatile diffusion model for audio synthesis", L, "2009.09761"),
  ("Smooth adversarial training", X, "2006.14536"),
  ("MedSelect: selective labeling for medical image classification combining meta-learning with deep reinforcement learning", L, "2103.14339"),
 ],
 "188_x_twitter_archive_tweets_js_llm_agents.js": [
  ("Chain of Thought Prompting Elicits Reasoning in Large Language Models", L, "2201.11903"),
  ("Solving Quantitative Reasoning Problems with Language Models", T, "2206.14858"),
  ("ReAct: Synergizing Reasoning and Acting in Language Models", O, "2210.03629", "WE_vluYUL-X"),
  ("Toolformer: Language Models Can Teach Themselves to Use Tools", L, "2302.04761"),
  ("Reflexion: an autonomous agent with dynamic memory and self-reflection", X, "2303.11366"),
  ("A Survey of Large Language Models", T, "2303.18223"),
  ("Generative Agents: Interactive Simulacra of Human Behavior", T, "2304.03442"),
  ("Textbooks Are All You Need", L, "2306.11644"),
  ("Universal and Transferable Adversarial Attacks on Aligned Language Models", T, "2307.15043"),
  ("Measuring Massive Multitask Language Understanding", X, "2009.03300"),
  ("SWE-bench: Can Language Models Resolve Real-World GitHub Issues?", T, "2310.06770"),
  ("Language Models are Few-Shot Learners", T, "2005.14165"),
 ],
 "189_gemini_gemtext_capsule_subquadratic_attention.gmi": [
  ("Generating Long Sequences with Sparse Transformers", L, "1904.10509"),
  ("Reformer: The Efficient Transformer", O, "2001.04451", "rkgNKkHtvB"),
  ("Longformer: The Long-Document Transformer", T, "2004.05150"),
  ("Transformers are RNNs: Fast Autoregressive Transformers with Linear Attention", T, "2006.16236"),
  ("HiPPO: Recurrent Memory with Optimal Polynomial Projections", T, "2008.07669"),
  ("Hyena Hierarchy: Towards Larger Convolutional Language Models", X, "2302.10866"),
  ("Retentive Network: A Successor to Transformer for Large Language Models", L, "2307.08621"),
  ("Mamba: Linear-Time Sequence Modeling with Selective State Spaces", L, "2312.00752"),
  ("A Practical Survey on Faster and Lighter Transformers", T, "2103.14636"),
  ("FlashAttention-2: Faster Attention with Better Parallelism and Work Partitioning", T, "2307.08691"),
  ("Extending Context Window of Large Language Models via Positional Interpolation", X, "2306.15595"),
  ("Lost in the Middle: How Language Models Use Long Contexts", T, "2307.03172"),
 ],
 "190_libreoffice_calc_ods_vision_pretraining_tracker.ods": [
  ("Self-supervised Learning from a Multi-view Perspective", O, "2006.05576", "-bdp_8Itjwp"),
  ("Self-Supervised Variational Auto-Encoders", O, "2010.02014", "zOGdf9K8aC"),
  ("Contrastive Learning with Hard Negative Samples", L, "2010.04592"),
  ("Towards Domain-Agnostic Contrastive Learning", X, "2011.04419"),
  ("Bi-tuning of Pre-trained Representations", T, "2011.06182"),
  ("Rethinking Pre-training and Self-training", T, "2006.06882"),
  ("Emerging Properties in Self-Supervised Vision Transformers", T, "2104.14294"),
  ("An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale", X, "2010.11929"),
  ("Simple Copy-Paste is a Strong Data Augmentation Method for Instance Segmentation", T, "2012.07177"),
  ("ResNeSt: Split-Attention Networks", L, "2004.08955"),
  ("AutoDropout: Learning Dropout Patterns to Regularize Deep Networks", T, "2101.01761"),
 ],
 "191_chrome_bookmarks_json_generative_3d_vision.json": [
  ("High-Resolution Image Synthesis with Latent Diffusion Models", L, "2112.10752"),
  ("Score-Based Generative Modeling through Stochastic Differential Equations", O, "2011.13456", "PxTIG12RRHS"),
  ("Score-based Generative Modeling in Latent Space", T, "2106.05931"),
  ("Classifier-Free Diffusion Guidance", T, "2207.12598"),
  ("SDXL: Improving Latent Diffusion Models for High-Resolution Image Synthesis", L, "2307.01952"),
  ("Consistency Models", L, "2303.01469"),
  ("Zero-1-to-3: Zero-shot One Image to 3D Object", T, "2303.11328"),
  ("3D Gaussian Splatting for Real-Time Radiance Field Rendering", T, "2308.04079"),
  ("Segment Anything", L, "2304.02643"),
  ("COTR: Correspondence Transformer for Matching Across Images", T, "2103.14167"),
  ("Few-Shot Human Motion Transfer by Personalized Geometry and Texture Modeling", L, "2103.14338"),
  ("Describing and Localizing Multiple Changes with Transformers", X, "2103.14146"),
 ],
 "192_kakaotalk_pc_chat_export_llm_compression_study.txt": [
  ("LoRA: Low-Rank Adaptation of Large Language Models", X, "2106.09685"),
  ("QLoRA: Efficient Finetuning of Quantized LLMs", L, "2305.14314"),
  ("LLM.int8(): 8-bit Matrix Multiplication for Transformers at Scale", T, "2208.07339"),
  ("GPTQ: Accurate Post-Training Quantization for Generative Pre-trained Transformers", L, "2210.17323"),
  ("ZeRO: Memory Optimizations Toward Training Trillion Parameter Models", T, "1910.02054"),
  ("Fast Inference from Transformers via Speculative Decoding", T, "2211.17192"),
  ("Efficient Memory Management for Large Language Model Serving with PagedAttention", L, "2309.06180"),
  ("Scaling Laws for Neural Language Models", X, "2001.08361"),
  ("Training Compute-Optimal Large Language Models", T, "2203.15556"),
  ("Training language models to follow instructions with human feedback", T, "2203.02155"),
  ("The Curious Case of Neural Text Degeneration", T, "1904.09751"),
 ],
 "193_stackexchange_dump_posts_xml_optimisation_nas.xml": [
  ("Why Do Local Methods Solve Nonconvex Problems?", L, "2103.13462"),
  ("Learning representations by back-propagating errors", T, None),
  ("Sharpness-Aware Minimization for Efficiently Improving Generalization", X, "2010.01412"),
  ("Why Are Convolutional Nets More Sample-Efficient than Fully-Connected Nets?", T, "2010.08515"),
  ("A Fast Learning Algorithm for Deep Belief Nets", T, None),
  ("ImageNet Classification with Deep Convolutional Neural Networks", T, None),
  ("Gradient Projection Memory for Continual Learning", T, "2103.09762"),
  ("Federated Learning Based on Dynamic Regularization", X, "2111.04263"),
  ("Rethinking Architecture Selection in Differentiable NAS", L, "2108.04392"),
  ("AutoHAS: Differentiable Hyper-parameter and Architecture Search", T, "2006.03656"),
  ("PyGlove: Symbolic Programming for Automated Machine Learning", T, "2101.08809"),
  ("Dataset Condensation with Gradient Matching", L, "2006.05929"),
 ],
 "194_indonesian_ghost_blog_post_pretraining_objectives.html": [
  ("Improving Language Understanding by Generative Pre-Training", T, None),
  ("BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding", T, "1810.04805"),
  ("RoBERTa: A Robustly Optimized BERT Pretraining Approach", T, "1907.11692"),
  ("XLNet: Generalized Autoregressive Pretraining for Language Understanding", T, "1906.08237"),
  ("ELECTRA: Pre-training Text Encoders as Discriminators Rather Than Generators", L, "2003.10555"),
  ("Pre-Training Transformers as Energy-Based Cloze Models", T, "2012.08561"),
  ("Improving Self-supervised Pre-training via a Fully-Explored Masked Language Model", O, "2010.06040", "cYr2OPNyTz7"),
  ("BART: Denoising Sequence-to-Sequence Pre-training for Natural Language Generation, Translation, and Comprehension", T, "1910.13461"),
  ("Unsupervised Cross-lingual Representation Learning at Scale", T, "1911.02116"),
  ("DeBERTa: Decoding-enhanced BERT with Disentangled Attention", X, "2006.03654"),
  ("Funnel-Transformer: Filtering out Sequential Redundancy for Efficient Language Processing", T, "2006.03236"),
  ("REALM: Retrieval-Augmented Language Model Pre-Training", L, "2002.08909"),
  ("Autoregressive Entity Retrieval", T, "2010.00904"),
 ],
 "195_redmine_textile_wiki_page_mt_interpretability.txt": [
  ("Glancing Transformer for Non-Autoregressive Neural Machine Translation", O, "2008.07905", "ZaYZfu8pT_N"),
  ("Attention Module is Not Only a Weight: Analyzing Transformers with Vector Norms", T, "2004.10102"),
  ("Dodrio: Exploring Transformer Models with Interactive Visualization", L, "2103.14625"),
  ("Lite Transformer with Long-Short Range Attention", L, "2004.11886"),
  ("Understanding Robustness of Transformers for Image Classification", T, "2103.14586"),
  ("Attention Is All You Need", T, "1706.03762"),
  ("Language Models are Unsupervised Multitask Learners", T, None),
  ("HuggingFace's Transformers: State-of-the-art Natural Language Processing", X, "1910.03771"),
 ],
 "196_negative_todoist_csv_export_reading_group_logistics.csv": [],
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
