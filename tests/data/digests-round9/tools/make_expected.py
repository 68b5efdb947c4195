#!/usr/bin/env python3
"""Writes round9/expected.json from the compact table below (title as written, evidence, true arXiv id, OpenReview id)."""
import json, os
L, T, O, X = "link", "title-only", "link-or", "arxiv-text"
data = {
 "105_it_jekyll_transformer_efficienti.md": [
  ("Generating Long Sequences with Sparse Transformers", X, "1904.10509"),
  ("Longformer: The Long-Document Transformer", T, "2004.05150"),
  ("Linformer: Self-Attention with Linear Complexity", L, "2006.04768"),
  ("Synthesizer: Rethinking Self-Attention in Transformer Models", L, "2005.00743"),
  ("Rethinking Attention with Performers", O, "2009.14794", "Ua6zuk0WRH"),
  ("Reformer: The Efficient Transformer", O, "2001.04451", "rkgNKkHtvB"),
  ("Funnel-Transformer: Filtering out Sequential Redundancy for Efficient Language Processing", X, "2006.03236"),
  ("Lite Transformer with Long-Short Range Attention", T, "2004.11886"),
  ("A Practical Survey on Faster and Lighter Transformers", L, "2103.14636"),
  ("Long Short-Term Memory", T, None),
 ],
 "106_telegram_llm_chat_result.json": [
  ("LLaMA: Open and Efficient Foundation Language Models", L, "2302.13971"),
  ("Llama 2: Open Foundation and Fine-Tuned Chat Models", X, "2307.09288"),
  ("Universal and Transferable Adversarial Attacks on Aligned Language Models", L, "2307.15043"),
  ("A Survey of Large Language Models", X, "2303.18223"),
  ("The Curious Case of Neural Text Degeneration", L, "1904.09751"),
  ("Language Models are Unsupervised Multitask Learners", T, None),
  ("OPT: Open Pre-trained Transformer Language Models", T, "2205.01068"),
  ("Visual Instruction Tuning", T, "2304.08485"),
  ("BLIP-2: Bootstrapping Language-Image Pre-training with Frozen Image Encoders and Large Language Models", L, "2301.12597"),
  ("Training Compute-Optimal Large Language Models", T, "2203.15556"),
 ],
 "107_discord_diffusion_papers.html": [
  ("Deep Unsupervised Learning using Nonequilibrium Thermodynamics", X, "1503.03585"),
  ("Denoising Diffusion Probabilistic Models", L, "2006.11239"),
  ("Denoising Diffusion Implicit Models", O, "2010.02502", "St1giarCHLP"),
  ("Score-Based Generative Modeling through Stochastic Differential Equations", T, "2011.13456"),
  ("DiffWave: A Versatile Diffusion Model for Audio Synthesis", L, "2009.09761"),
  ("Classifier-Free Diffusion Guidance", L, "2207.12598"),
  ("High-Resolution Image Synthesis with Latent Diffusion Models", T, "2112.10752"),
  ("Zero-1-to-3: Zero-shot One Image to 3D Object", L, "2303.11328"),
  ("Adding Conditional Control to Text-to-Image Diffusion Models", T, "2302.05543"),
 ],
 "108_org_export_related_work_draft.tex": [
  ("A simple framework for contrastive learning of visual representations", T, "2002.05709"),
  ("Self-supervised variational auto-encoders", O, "2010.02014", "zOGdf9K8aC"),
  ("HuBERT: Self-supervised speech representation learning by masked prediction of hidden units", L, "2106.07447"),
  ("Supervised contrastive learning", X, "2004.11362"),
  ("Contrastive learning with hard negative samples", T, "2010.04592"),
  ("Self-supervised learning from a multi-view perspective", O, "2006.05576", "-bdp_8Itjwp"),
  ("Towards domain-agnostic contrastive learning", T, "2011.04419"),
  ("Contrast to divide: Self-supervised pre-training for learning with noisy labels", O, "2103.13646", "uB5x7Y2qsFR"),
  ("Improving self-supervised pre-training via a fully-explored masked language model", X, "2010.06040"),
  ("Bi-tuning of pre-trained representations", L, "2011.06182"),
 ],
 "109_google_scholar_my_library.html": [
  ("Deep contextualized word representations", L, "1802.05365"),
  ("Xlnet: Generalized autoregressive pretraining for language understanding", T, "1906.08237"),
  ("Transformer-xl: Attentive language models beyond a fixed-length context", L, "1901.02860"),
  ("Exploring the limits of transfer learning with a unified text-to-text transformer", T, "1910.10683"),
  ("Bart: Denoising sequence-to-sequence pre-training for natural language generation, translation, and comprehension", T, "1910.13461"),
  ("Electra: Pre-training text encoders as discriminators rather than generators", L, "2003.10555"),
  ("Deberta: Decoding-enhanced bert with disentangled attention", X, "2006.03654"),
  ("Unsupervised cross-lingual representation learning at scale", L, "1911.02116"),
  ("Neural machine translation of rare words with subword units", T, "1508.07909"),
  ("Pre-training transformers as energy-based cloze models", X, "2012.08561"),
  ("Improving language understanding by generative pre-training", T, None),
 ],
 "110_feishu_agent_reading_zh.md": [
  ("ReAct: Synergizing Reasoning and Acting in Language Models", O, "2210.03629", "WE_vluYUL-X"),
  ("Reflexion: Language Agents with Verbal Reinforcement Learning", X, "2303.11366"),
  ("Toolformer: Language Models Can Teach Themselves to Use Tools", L, "2302.04761"),
  ("Generative Agents: Interactive Simulacra of Human Behavior", T, "2304.03442"),
  ("REALM: Retrieval-Augmented Language Model Pre-Training", T, "2002.08909"),
  ("Autoregressive Entity Retrieval", X, "2010.00904"),
  ("Self-RAG: Learning to Retrieve, Generate, and Critique through Self-Reflection", L, "2310.11511"),
  ("AgentBench: Evaluating LLMs as Agents", L, "2308.03688"),
  ("SWE-bench: Can Language Models Resolve Real-World GitHub Issues?", X, "2310.06770"),
  ("MemGPT: Towards LLMs as Operating Systems", T, "2310.08560"),
 ],
 "111_google_groups_digest_tdl.txt": [
  ("Why Do Local Methods Solve Nonconvex Problems?", L, "2103.13462"),
  ("Why Are Convolutional Nets More Sample-Efficient than Fully-Connected Nets?", T, "2010.08515"),
  ("EigenGame: PCA as a Nash Equilibrium", L, "2010.00554"),
  ("Sharpness-Aware Minimization for Efficiently Improving Generalization", X, "2010.01412"),
  ("In Search of Lost Domain Generalization", L, "2007.01434"),
  ("Shortcut Learning in Deep Neural Networks", T, "2004.07780"),
  ("Gradient Projection Memory for Continual Learning", X, "2103.09762"),
  ("Federated Learning Based on Dynamic Regularization", T, "2111.04263"),
  ("Dataset Condensation with Gradient Matching", T, "2006.05929"),
  ("Learning representations by back-propagating errors", T, None),
 ],
 "112_hf_collection_efficient_llm_serving.txt": [
  ("Efficient Memory Management for Large Language Model Serving with PagedAttention", X, "2309.06180"),
  ("FlashAttention-2: Faster Attention with Better Parallelism and Work Partitioning", X, "2307.08691"),
  ("Fast Inference from Transformers via Speculative Decoding", X, "2211.17192"),
  ("LLM.int8(): 8-bit Matrix Multiplication for Transformers at Scale", X, "2208.07339"),
  ("GPTQ: Accurate Post-Training Quantization for Generative Pre-trained Transformers", X, "2210.17323"),
  ("QLoRA: Efficient Finetuning of Quantized LLMs", T, "2305.14314"),
  ("Extending Context Window of Large Language Models via Positional Interpolation", X, "2306.15595"),
  ("Mamba: Linear-Time Sequence Modeling with Selective State Spaces", X, "2312.00752"),
  ("GShard: Scaling Giant Models with Conditional Computation and Automatic Sharding", T, "2006.16668"),
  ("Switch Transformers: Scaling to Trillion Parameter Models with Simple and Efficient Sparsity", L, "2101.03961"),
 ],
 "113_typst_lecture_memory_seq_models.typ": [
  ("Long Short-Term Memory", T, None),
  ("Connectionist Temporal Classification: Labelling Unsegmented Sequence Data with Recurrent Neural Networks", T, None),
  ("Sequence to Sequence Learning with Neural Networks", L, "1409.3215"),
  ("Neural Machine Translation by Jointly Learning to Align and Translate", X, "1409.0473"),
  ("Glancing Transformer for Non-Autoregressive Neural Machine Translation", X, "2008.07905"),
  ("Neural Turing Machines", L, "1410.5401"),
  ("Addressing Some Limitations of Transformers with Feedback Memory", O, "2002.09402", "OCm0rwa1lx1"),
  ("Not All Memories are Created Equal: Learning to Forget by Expiring", T, "2105.06548"),
  ("Memformer: A Memory-Augmented Transformer for Sequence Modeling", O, "2010.06891", "_adSMszz_g9"),
 ],
 "114_linkedin_post_automl_efficient_vision.txt": [
  ("EfficientNet: Rethinking Model Scaling for Convolutional Neural Networks", T, "1905.11946"),
  ("EfficientNetV2: Smaller Models and Faster Training", L, "2104.00298"),
  ("Rethinking Pre-training and Self-training", T, "2006.06882"),
  ("Scaling Up Visual and Vision-Language Representation Learning With Noisy Text Supervision", L, "2102.05918"),
  ("AutoDropout: Learning Dropout Patterns to Regularize Deep Networks", X, "2101.01761"),
  ("PyGlove: Symbolic Programming for Automated Machine Learning", T, "2101.08809"),
  ("Evolving Reinforcement Learning Algorithms", X, "2101.03958"),
  ("Smooth Adversarial Training", T, "2006.14536"),
  ("AutoHAS: Efficient Hyperparameter and Architecture Search", L, "2006.03656"),
  ("ImageNet Classification with Deep Convolutional Neural Networks", T, None),
 ],
 "115_semantic_scholar_export_graphs.tsv": [
  ("Do Transformers Really Perform Bad for Graph Representation?", X, "2106.05234"),
  ("Learning Mesh-Based Simulation with Graph Networks", L, "2010.03409"),
  ("Fourier Neural Operator for Parametric Partial Differential Equations", T, "2010.08895"),
  ("Complex Query Answering with Neural Link Predictors", X, "2011.03459"),
  ("Attention is Not Only a Weight: Analyzing Transformers with Vector Norms", T, "2004.10102"),
  ("Dodrio: Exploring Transformer Models with Interactive Visualization", X, "2103.14625"),
  ("HuggingFace's Transformers: State-of-the-art Natural Language Processing", X, "1910.03771"),
  ("MedSelect: Selective Labeling for Medical Image Classification Combining Meta-Learning with Deep Reinforcement Learning", L, "2103.14339"),
  ("Few-Shot Human Motion Transfer by Personalized Geometry and Texture Modeling", T, "2103.14338"),
  ("Gradient-Based Learning Applied to Document Recognition", T, None),
  ("Rethinking Architecture Selection in Differentiable NAS", L, "2108.04392"),
 ],
 "116_negative_meetup_event_page.md": [],
}
out = {}
for f, recs in data.items():
    rows = []
    for r in recs:
        title, ev, tid = r[0], r[1], r[2]
        if ev == "link-or":
            rows.append(dict(arxiv_id=None, openreview_id=r[3], title=title, evidence="link", true_arxiv_id=tid))
        elif ev == "title-only":
            rows.append(dict(arxiv_id=None, openreview_id=None, title=title, evidence=ev, true_arxiv_id=tid))
        else:
            rows.append(dict(arxiv_id=tid, openreview_id=None, title=title, evidence=ev, true_arxiv_id=tid))
    out[f] = rows
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
with open(os.path.join(root, "expected.json"), "w") as fh:
    json.dump(out, fh, indent=1, ensure_ascii=False)
    fh.write("\n")
