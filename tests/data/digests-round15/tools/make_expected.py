#!/usr/bin/env python3
"""Writes round15/expected.json from the compact table below (title as written, evidence, true arXiv id, OpenReview id)."""
import json, os
L, T, O, X = "link", "title-only", "link-or", "arxiv-text"
data = {
 "167_srt_lecture_captions_efficient_sequence_models.srt": [
  ("Attention Is All You Need", T, "1706.03762"),
  ("Long Short-Term Memory", T, None),
  ("Generating Long Sequences with Sparse Transformers", T, "1904.10509"),
  ("Longformer: The Long-Document Transformer", T, "2004.05150"),
  ("Reformer: The Efficient Transformer", T, "2001.04451"),
  ("Transformers are RNNs: Fast Autoregressive Transformers with Linear Attention", T, "2006.16236"),
  ("A Practical Survey on Faster and Lighter Transformers", T, "2103.14636"),
  ("HiPPO: Recurrent Memory with Optimal Polynomial Projections", X, "2008.07669"),
  ("Hyena Hierarchy: Towards Larger Convolutional Language Models", X, "2302.10866"),
  ("Retentive Network: A Successor to Transformer for Large Language Models", T, "2307.08621"),
  ("Mamba: Linear-Time Sequence Modeling with Selective State Spaces", T, "2312.00752"),
 ],
 "168_epub_newsletter_issues_41_44_llm_systems.epub": [
  ("Training Compute-Optimal Large Language Models", T, "2203.15556"),
  ("ZeRO: Memory Optimizations Toward Training Trillion Parameter Models", T, "1910.02054"),
  ("Mixed Precision Training", O, "1710.03740", "r1gs9JgRZ"),
  ("LLM.int8(): 8-bit Matrix Multiplication for Transformers at Scale", L, "2208.07339"),
  ("GPTQ: Accurate Post-Training Quantization for Generative Pre-trained Transformers", L, "2210.17323"),
  ("QLoRA: Efficient Finetuning of Quantized LLMs", X, "2305.14314"),
  ("Efficient Memory Management for Large Language Model Serving with PagedAttention", L, "2309.06180"),
  ("FlashAttention-2: Faster Attention with Better Parallelism and Work Partitioning", T, "2307.08691"),
  ("Fast Inference from Transformers via Speculative Decoding", L, "2211.17192"),
  ("Extending Context Window of Large Language Models via Positional Interpolation", X, "2306.15595"),
  ("Lost in the Middle: How Language Models Use Long Contexts", L, "2307.03172"),
 ],
 "169_openalex_api_works_select_ssl_reading_list.json": [
  ("A Simple Framework for Contrastive Learning of Visual Representations", L, "2002.05709"),
  ("Supervised Contrastive Learning", L, "2004.11362"),
  ("Contrastive Learning with Hard Negative Samples", X, "2010.04592"),
  ("Towards Domain-Agnostic Contrastive Learning", X, "2011.04419"),
  ("Self-supervised Learning from a Multi-view Perspective", T, "2006.05576"),
  ("Bi-tuning of Pre-trained Representations", L, "2011.06182"),
  ("Emerging Properties in Self-Supervised Vision Transformers", T, "2104.14294"),
  ("Rethinking Pre-training and Self-training", T, "2006.06882"),
  ("Simple Copy-Paste Is a Strong Data Augmentation Method for Instance Segmentation", T, "2012.07177"),
  ("ResNeSt: Split-Attention Networks", T, "2004.08955"),
  ("An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale", L, "2010.11929"),
 ],
 "170_evernote_enex_automl_optimisation_notebook.enex": [
  ("PyGlove: Symbolic Programming for Automated Machine Learning", L, "2101.08809"),
  ("AutoDropout: Learning Dropout Patterns to Regularize Deep Networks", X, "2101.01761"),
  ("AutoHAS: Efficient Hyperparameter and Architecture Search", T, "2006.03656"),
  ("Rethinking Architecture Selection in Differentiable NAS", T, "2108.04392"),
  ("Delving Deep into Rectifiers: Surpassing Human-Level Performance on ImageNet Classification", T, "1502.01852"),
  ("Smooth Adversarial Training", L, "2006.14536"),
  ("Sharpness-Aware Minimization for Efficiently Improving Generalization", L, "2010.01412"),
  ("Decoupled Weight Decay Regularization", T, "1711.05101"),
  ("Why Do Local Methods Solve Nonconvex Problems?", T, "2103.13462"),
  ("Why Are Convolutional Nets More Sample-Efficient than Fully-Connected Nets?", X, "2010.08515"),
 ],
 "171_freemind_mm_generative_models_map.mm": [
  ("Score-Based Generative Modeling through Stochastic Differential Equations", O, "2011.13456", "PxTIG12RRHS"),
  ("Score-based Generative Modeling in Latent Space", X, "2106.05931"),
  ("High-Resolution Image Synthesis with Latent Diffusion Models", L, "2112.10752"),
  ("SDXL: Improving Latent Diffusion Models for High-Resolution Image Synthesis", T, "2307.01952"),
  ("Classifier-Free Diffusion Guidance", T, "2207.12598"),
  ("Consistency Models", L, "2303.01469"),
  ("DiffWave: A Versatile Diffusion Model for Audio Synthesis", T, "2009.09761"),
  ("3D Gaussian Splatting for Real-Time Radiance Field Rendering", L, "2308.04079"),
  ("Zero-1-to-3: Zero-shot One Image to 3D Object", X, "2303.11328"),
  ("COTR: Correspondence Transformer for Matching Across Images", T, "2103.14167"),
  ("Few-Shot Human Motion Transfer by Personalized Geometry and Texture Modeling", T, "2103.14338"),
  ("A Fast Learning Algorithm for Deep Belief Nets", T, None),
 ],
 "172_nature_style_references_pasted_nmi_perspective.txt": [
  ("Shortcut learning in deep neural networks", T, "2004.07780"),
  ("In search of lost domain generalization", T, "2007.01434"),
  ("Understanding robustness of transformers for image classification", T, "2103.14586"),
  ("ImageNet classification with deep convolutional neural networks", T, None),
  ("Learning representations by back-propagating errors", T, None),
  ("MedSelect: selective labeling for medical image classification combining meta-learning with deep reinforcement learning", L, "2103.14339"),
  ("Segment anything", L, "2304.02643"),
  ("Dataset condensation with gradient matching", L, "2006.05929"),
  ("Gradient projection memory for continual learning", X, "2103.09762"),
  ("Federated learning based on dynamic regularization", T, "2111.04263"),
  ("Describing and localizing multiple changes with transformers", T, "2103.14146"),
 ],
 "173_matrix_element_json_export_agents_reading_room.json": [
  ("ReAct: Synergizing Reasoning and Acting in Language Models", O, "2210.03629", "WE_vluYUL-X"),
  ("Toolformer: Language Models Can Teach Themselves to Use Tools", L, "2302.04761"),
  ("Reflexion: Language Agents with Verbal Reinforcement Learning", X, "2303.11366"),
  ("Generative Agents: Interactive Simulacra of Human Behavior", T, "2304.03442"),
  ("Chain-of-Thought Prompting Elicits Reasoning in Large Language Models", T, "2201.11903"),
  ("training language models to follow instructions with human feedback", T, "2203.02155"),
  ("SWE-bench: Can Language Models Resolve Real-World GitHub Issues?", L, "2310.06770"),
  ("Measuring Massive Multitask Language Understanding", T, "2009.03300"),
  ("Solving Quantitative Reasoning Problems with Language Models", X, "2206.14858"),
  ("Universal and Transferable Adversarial Attacks on Aligned Language Models", L, "2307.15043"),
  ("Textbooks Are All You Need", T, "2306.11644"),
 ],
 "174_mhtml_polish_wordpress_blog_encoder_models.mhtml": [
  ("Improving Language Understanding by Generative Pre-Training", T, None),
  ("Language Models are Unsupervised Multitask Learners", T, None),
  ("BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding", L, "1810.04805"),
  ("XLNet: Generalized Autoregressive Pretraining for Language Understanding", T, "1906.08237"),
  ("RoBERTa: A Robustly Optimized BERT Pretraining Approach", L, "1907.11692"),
  ("ELECTRA: Pre-training Text Encoders as Discriminators Rather Than Generators", L, "2003.10555"),
  ("Pre-Training Transformers as Energy-Based Cloze Models", X, "2012.08561"),
  ("Improving Self-supervised Pre-training via a Fully-Explored Masked Language Model", O, "2010.06040", "cYr2OPNyTz7"),
  ("DeBERTa: Decoding-enhanced BERT with Disentangled Attention", T, "2006.03654"),
  ("Funnel-Transformer: Filtering out Sequential Redundancy for Efficient Language Processing", T, "2006.03236"),
  ("Unsupervised Cross-lingual Representation Learning at Scale", X, "1911.02116"),
  ("BART: Denoising Sequence-to-Sequence Pre-training for Natural Language Generation, Translation, and Comprehension", T, "1910.13461"),
 ],
 "175_taskwarrior_export_phd_reading_tasks.json": [
  ("REALM: Retrieval-Augmented Language Model Pre-Training", L, "2002.08909"),
  ("Autoregressive Entity Retrieval", T, "2010.00904"),
  ("The Curious Case of Neural Text Degeneration", T, "1904.09751"),
  ("HuggingFace's Transformers: State-of-the-art Natural Language Processing", T, "1910.03771"),
  ("Lite Transformer with Long-Short Range Attention", L, "2004.11886"),
  ("Glancing Transformer for Non-Autoregressive Neural Machine Translation", O, "2008.07905", "ZaYZfu8pT_N"),
  ("Attention is Not Only a Weight: Analyzing Transformers with Vector Norms", T, "2004.10102"),
  ("Dodrio: Exploring Transformer Models with Interactive Visualization", X, "2103.14625"),
  ("HuBERT: Self-Supervised Speech Representation Learning by Masked Prediction of Hidden Units", T, "2106.07447"),
  ("Connectionist Temporal Classification: Labelling Unsegmented Sequence Data with Recurrent Neural Networks", T, None),
  ("A Survey of Large Language Models", L, "2303.18223"),
  ("Language Models are Few-Shot Learners", X, "2005.14165"),
 ],
 "176_negative_ytdlp_flat_playlist_seminar_recordings.json": [],
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
