#!/usr/bin/env python3
"""Writes round18/expected.json from the compact table below (title as written, evidence, true arXiv id, OpenReview id)."""
import json, os
L, T, O, X = "link", "title-only", "link-or", "arxiv-text"
data = {
 "197_citation_cff_references_peft_library.cff": [
  ("Parameter-Efficient Transfer Learning for NLP", T, "1902.00751"),
  ("Prefix-Tuning: Optimizing Continuous Prompts for Generation", X, "2101.00190"),
  ("The Power of Scale for Parameter-Efficient Prompt Tuning", T, "2104.08691"),
  ("GPT Understands, Too", T, "2103.10385"),
  ("BitFit: Simple Parameter-efficient Fine-tuning for Transformer-based Masked Language-models", L, "2106.10199"),
  ("Towards a Unified View of Parameter-Efficient Transfer Learning", O, "2110.04366", "0RDcd5Axok"),
  ("Few-Shot Parameter-Efficient Fine-Tuning is Better and Cheaper than In-Context Learning", X, "2205.05638"),
  ("AdaLoRA: Adaptive Budget Allocation for Parameter-Efficient Fine-Tuning", T, "2303.10512"),
  ("DoRA: Weight-Decomposed Low-Rank Adaptation", X, "2402.09353"),
 ],
 "198_xmind_mind_map_diffusion_reading_map.xmind": [
  ("Deep Unsupervised Learning using Nonequilibrium Thermodynamics", T, "1503.03585"),
  ("Generative Modeling by Estimating Gradients of the Data Distribution", X, "1907.05600"),
  ("Denoising Diffusion Probabilistic Models", L, "2006.11239"),
  ("Denoising Diffusion Implicit Models", O, "2010.02502", "St1giarCHLP"),
  ("Diffusion Models Beat GANs on Image Synthesis", T, "2105.05233"),
  ("Hierarchical Text-Conditional Image Generation with CLIP Latents", T, "2204.06125"),
  ("Scaling Rectified Flow Transformers for High-Resolution Image Synthesis", L, "2403.03206"),
  ("An Image is Worth One Word: Personalizing Text-to-Image Generation using Textual Inversion", L, "2208.01618"),
  ("DreamBooth: Fine Tuning Text-to-Image Diffusion Models for Subject-Driven Generation", T, "2208.12242"),
  ("InstructPix2Pix: Learning to Follow Image Editing Instructions", X, "2211.09800"),
  ("Adding Conditional Control to Text-to-Image Diffusion Models", T, "2302.05543"),
 ],
 "199_zulip_api_messages_json_llm_scaling_topic.json": [
  ("Outrageously Large Neural Networks: The Sparsely-Gated Mixture-of-Experts Layer", O, "1701.06538", "B1ckMDqlg"),
  ("GShard: Scaling Giant Models with Conditional Computation and Automatic Sharding", T, "2006.16668"),
  ("Switch Transformers: Scaling to Trillion Parameter Models with Simple and Efficient Sparsity", L, "2101.03961"),
  ("Exploring the Limits of Transfer Learning with a Unified Text-to-Text Transformer", T, "1910.10683"),
  ("Megatron-LM: Training Multi-Billion Parameter Language Models Using Model Parallelism", X, "1909.08053"),
  ("OPT: Open Pre-trained Transformer Language Models", L, "2205.01068"),
  ("Emergent Abilities of Large Language Models", T, "2206.07682"),
  ("Beyond the Imitation Game: Quantifying and extrapolating the capabilities of language models", X, "2206.04615"),
  ("Language Models (Mostly) Know What They Know", T, "2207.05221"),
  ("PaLM: Scaling Language Modeling with Pathways", T, "2204.02311"),
  ("LLaMA: Open and Efficient Foundation Language Models", T, "2302.13971"),
  ("Llama 2: Open Foundation and Fine-Tuned Chat Models", L, "2307.09288"),
  ("Judging LLM-as-a-Judge with MT-Bench and Chatbot Arena", X, "2306.05685"),
 ],
 "200_line_chat_export_japanese_ssl_vision_reading.txt": [
  ("Momentum Contrast for Unsupervised Visual Representation Learning", T, "1911.05722"),
  ("Representation learning with contrastive predictive coding", T, "1807.03748"),
  ("Bootstrap your own latent: A new approach to self-supervised Learning", L, "2006.07733"),
  ("Exploring Simple Siamese Representation Learning", T, "2011.10566"),
  ("Barlow Twins: Self-Supervised Learning via Redundancy Reduction", X, "2103.03230"),
  ("Masked Autoencoders Are Scalable Vision Learners", L, "2111.06377"),
  ("BEiT: BERT Pre-Training of Image Transformers", T, "2106.08254"),
  ("DINOv2: Learning Robust Visual Features without Supervision", T, "2304.07193"),
  ("Contrast to Divide: Self-Supervised Pre-Training for Learning with Noisy Labels", O, "2103.13646", "uB5x7Y2qsFR"),
  ("EfficientNet: Rethinking Model Scaling for Convolutional Neural Networks", X, "1905.11946"),
  ("EfficientNetV2: Smaller Models and Faster Training", T, "2104.00298"),
 ],
 "201_json_feed_microblog_agents_memory_notes.json": [
  ("MemGPT: Towards LLMs as Operating Systems", X, "2310.08560"),
  ("Self-RAG: Learning to Retrieve, Generate, and Critique through Self-Reflection", T, "2310.11511"),
  ("Neural Turing Machines", X, "1410.5401"),
  ("Addressing Some Limitations of Transformers with Feedback Memory", O, "2002.09402", "OCm0rwa1lx1"),
  ("Memformer: The Memory-Augmented Transformer", O, "2010.06891", "_adSMszz_g9"),
  ("Not All Memories are Created Equal: Learning to Forget by Expiring", T, "2105.06548"),
  ("Voyager: An Open-Ended Embodied Agent with Large Language Models", L, "2305.16291"),
  ("AgentBench: Evaluating LLMs as Agents", T, "2308.03688"),
  ("A Generalist Agent", L, "2205.06175"),
  ("Do As I Can, Not As I Say: Grounding Language in Robotic Affordances", T, "2204.01691"),
  ("RT-2: Vision-Language-Action Models Transfer Web Knowledge to Robotic Control", T, "2307.15818"),
  ("Decision Transformer: Reinforcement Learning via Sequence Modeling", L, "2106.01345"),
  ("Reinforcement Learning as One Big Sequence Modeling Problem", T, "2106.02039"),
 ],
 "202_crossref_api_work_json_efficient_attention_clinical.json": [
  ("Transformer-XL: attentive language models beyond a fixed-length context", T, "1901.02860"),
  ("Synthesizer: rethinking self-attention in transformer models", T, "2005.00743"),
  ("Linformer: self-attention with linear complexity", X, "2006.04768"),
  ("Big bird: transformers for longer sequences", T, "2007.14062"),
  ("Rethinking attention with performers", O, "2009.14794", "Ua6zuk0WRH"),
  ("Random feature attention", T, "2103.02143"),
  ("Long range arena: a benchmark for efficient transformers", O, "2011.04006", "qVyeW-grC2k"),
  ("Efficiently modeling long sequences with structured state spaces", O, "2111.00396", "uYLFoz1vlAC"),
  ("Transformer quality in linear time", L, "2202.10447"),
  ("FlashAttention: fast and memory-efficient exact attention with IO-awareness", X, "2205.14135"),
 ],
 "203_hindi_medium_export_html_word_embeddings_history.html": [
  ("Efficient Estimation of Word Representations in Vector Space", L, "1301.3781"),
  ("GloVe: Global Vectors for Word Representation", T, None),
  ("Deep contextualized word representations", T, "1802.05365"),
  ("Universal Language Model Fine-tuning for Text Classification", T, "1801.06146"),
  ("Sequence to Sequence Learning with Neural Networks", T, "1409.3215"),
  ("Neural Machine Translation by Jointly Learning to Align and Translate", X, "1409.0473"),
  ("Neural Machine Translation of Rare Words with Subword Units", L, "1508.07909"),
  ("Understanding the difficulty of training deep feedforward neural networks", T, None),
  ("Sentence-BERT: Sentence Embeddings using Siamese BERT-Networks", L, "1908.10084"),
 ],
 "204_fictionbook_fb2_russian_popsci_ai_for_science.fb2": [
  ("Gradient-Based Learning Applied to Document Recognition", T, None),
  ("Deep Residual Learning for Image Recognition", X, "1512.03385"),
  ("Generative Adversarial Networks", L, "1406.2661"),
  ("Mastering the game of Go without human knowledge", T, None),
  ("What Matters In On-Policy Reinforcement Learning? A Large-Scale Empirical Study", T, "2006.05990"),
  ("Evolving Reinforcement Learning Algorithms", T, "2101.03958"),
  ("EigenGame: PCA as a Nash Equilibrium", L, "2010.00554"),
  ("Highly accurate protein structure prediction with AlphaFold", T, None),
  ("Fourier Neural Operator for Parametric Partial Differential Equations", L, "2010.08895"),
  ("Learning Mesh-Based Simulation with Graph Networks", T, "2010.03409"),
  ("Do Transformers Really Perform Bad for Graph Representation?", T, "2106.05234"),
  ("Complex Query Answering with Neural Link Predictors", X, "2011.03459"),
 ],
 "205_google_docs_html_export_vlm_reading_group_plan.html": [
  ("Learning Transferable Visual Models From Natural Language Supervision", L, "2103.00020"),
  ("Scaling Up Visual and Vision-Language Representation Learning With Noisy Text Supervision", T, "2102.05918"),
  ("Sigmoid Loss for Language Image Pre-Training", L, "2303.15343"),
  ("Multimodal Few-Shot Learning with Frozen Language Models", T, "2106.13884"),
  ("Flamingo: a Visual Language Model for Few-Shot Learning", X, "2204.14198"),
  ("BLIP-2: Bootstrapping Language-Image Pre-training with Frozen Image Encoders and Large Language Models", L, "2301.12597"),
  ("Visual Instruction Tuning", T, "2304.08485"),
  ("Swin Transformer: Hierarchical Vision Transformer using Shifted Windows", X, "2103.14030"),
  ("A ConvNet for the 2020s", T, "2201.03545"),
  ("How to train your ViT? Data, Augmentation, and Regularization in Vision Transformers", L, "2106.10270"),
  ("Scaling Vision Transformers", T, "2106.04560"),
  ("Large Scale Learning of General Visual Representations for Transfer", T, "1912.11370"),
  ("Deformable DETR: Deformable Transformers for End-to-End Object Detection", T, "2010.04159"),
 ],
 "206_negative_man_page_troff_reading_group_tool.1": [],
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
