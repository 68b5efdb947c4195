#!/usr/bin/env python3
"""Writes round21/expected.json from the compact table below (title as written, evidence, true arXiv id, OpenReview
id). L = link (arXiv-form URL), O = link via an OpenReview forum/pdf URL (openreview_id set, arxiv_id null),
X = arxiv-text, T = title-only."""
import json, os
L, T, O, X = "link", "title-only", "link-or", "arxiv-text"
data = {
 "227_zoom_meeting_saved_chat_romanian_cv_journal_club.txt": [
  ("COTR: Correspondence Transformer for Matching Across Images", L, "2103.14167"),
  ("Delving Deep into Rectifiers: Surpassing Human-Level Performance on ImageNet Classification", T, "1502.01852"),
  ("ImageNet Classification with Deep Convolutional Neural Networks", T, None),
  ("Understanding Robustness of Transformers for Image Classification", T, "2103.14586"),
  ("Describing and Localizing Multiple Changes with Transformers", X, "2103.14146"),
  ("MedSelect: Selective Labeling for Medical Image Classification Combining Meta-Learning with Deep Reinforcement Learning", T, "2103.14339"),
  ("Few-Shot Human Motion Transfer by Personalized Geometry and Texture Modeling", L, "2103.14338"),
  ("Smooth Adversarial Training", T, "2006.14536"),
  ("Rethinking Pre-training and Self-training", X, "2006.06882"),
  ("DINOv2: Learning Robust Visual Features without Supervision", L, "2304.07193"),
  ("3D Gaussian Splatting for Real-Time Radiance Field Rendering", T, "2308.04079"),
  ("Zero-1-to-3: Zero-shot One Image to 3D Object", X, "2303.11328"),
 ],
 "228_hackmd_note_zh_tw_long_context_reading_group.md": [
  ("Retentive Network: A Successor to Transformer for Large Language Models", L, "2307.08621"),
  ("Lite Transformer with Long-Short Range Attention", X, "2004.11886"),
  ("Transformers are RNNs: Fast Autoregressive Transformers with Linear Attention", X, "2006.16236"),
  ("Funnel-Transformer: Filtering out Sequential Redundancy for Efficient Language Processing", T, "2006.03236"),
  ("Synthesizer: Rethinking Self-Attention in Transformer Models", T, "2005.00743"),
  ("Hyena Hierarchy: Towards Larger Convolutional Language Models", L, "2302.10866"),
  ("HiPPO: Recurrent Memory with Optimal Polynomial Projections", T, "2008.07669"),
  ("Memformer: A Memory-Augmented Transformer for Sequence Modeling", O, "2010.06891", "_adSMszz_g9"),
  ("Not All Memories are Created Equal: Learning to Forget by Expiring", O, "2105.06548", "ZVBtN6B_6i7"),
  ("Addressing Some Limitations of Transformers with Feedback Memory", T, "2002.09402"),
  ("Extending Context Window of Large Language Models via Positional Interpolation", L, "2306.15595"),
  ("Longformer: The Long-Document Transformer", T, "2004.05150"),
 ],
 "229_mailchimp_campaign_archive_tamil_image_generation_newsletter.html": [
  ("Adding Conditional Control to Text-to-Image Diffusion Models", L, "2302.05543"),
  ("An Image is Worth One Word: Personalizing Text-to-Image Generation using Textual Inversion", T, "2208.01618"),
  ("DreamBooth: Fine Tuning Text-to-Image Diffusion Models for Subject-Driven Generation", L, "2208.12242"),
  ("InstructPix2Pix: Learning to Follow Image Editing Instructions", X, "2211.09800"),
  ("SDXL: Improving Latent Diffusion Models for High-Resolution Image Synthesis", L, "2307.01952"),
  ("Scaling Rectified Flow Transformers for High-Resolution Image Synthesis", L, "2403.03206"),
  ("Hierarchical Text-Conditional Image Generation with CLIP Latents", T, "2204.06125"),
  ("Generative Modeling by Estimating Gradients of the Data Distribution", T, "1907.05600"),
  ("Score-based Generative Modeling in Latent Space", T, "2106.05931"),
  ("Self-Supervised Variational Auto-Encoders", O, "2010.02014", "zOGdf9K8aC"),
  ("DiffWave: A Versatile Diffusion Model for Audio Synthesis", T, "2009.09761"),
 ],
 "230_google_chat_takeout_messages_json_urdu_llm_agents_space.json": [
  ("ReAct: Synergizing Reasoning and Acting in Language Models", O, "2210.03629", "WE_vluYUL-X"),
  ("Reflexion: an autonomous agent with dynamic memory and self-reflection", L, "2303.11366"),
  ("Toolformer: Language Models Can Teach Themselves to Use Tools", T, "2302.04761"),
  ("MemGPT: Towards LLMs as Operating Systems", X, "2310.08560"),
  ("Voyager: An Open-Ended Embodied Agent with Large Language Models", L, "2305.16291"),
  ("Do As I Can, Not As I Say: Grounding Language in Robotic Affordances", T, "2204.01691"),
  ("RT-2: Vision-Language-Action Models Transfer Web Knowledge to Robotic Control", T, "2307.15818"),
  ("A Generalist Agent", T, "2205.06175"),
  ("AgentBench: Evaluating LLMs as Agents", X, "2308.03688"),
  ("SWE-bench: Can Language Models Resolve Real-world Github Issues?", O, "2310.06770", "VTF8yNQM66"),
  ("Generative Agents: Interactive Simulacra of Human Behavior", T, "2304.03442"),
 ],
 "231_docusaurus_mdx_blog_post_finnish_pretraining_objectives.mdx": [
  ("BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding", T, "1810.04805"),
  ("XLNet: Generalized Autoregressive Pretraining for Language Understanding", T, "1906.08237"),
  ("RoBERTa: A Robustly Optimized BERT Pretraining Approach", X, "1907.11692"),
  ("BART: Denoising Sequence-to-Sequence Pre-training for Natural Language Generation, Translation, and Comprehension", T, "1910.13461"),
  ("ELECTRA: Pre-training Text Encoders as Discriminators Rather Than Generators", X, "2003.10555"),
  ("Pre-Training Transformers as Energy-Based Cloze Models", L, "2012.08561"),
  ("Improving Self-supervised Pre-training via a Fully-Explored Masked Language Model", O, "2010.06040", "cYr2OPNyTz7"),
  ("DeBERTa: Decoding-enhanced BERT with Disentangled Attention", L, "2006.03654"),
  ("REALM: Retrieval-Augmented Language Model Pre-Training", L, "2002.08909"),
  ("Autoregressive Entity Retrieval", T, "2010.00904"),
  ("Complex Query Answering with Neural Link Predictors", T, "2011.03459"),
  ("Dodrio: Exploring Transformer Models with Interactive Visualization", T, "2103.14625"),
 ],
 "232_openreview_forum_review_thread_copied_text_acm_references.txt": [
  ("Sharpness-Aware Minimization for Efficiently Improving Generalization", T, "2010.01412"),
  ("Dataset Condensation with Gradient Matching", T, "2006.05929"),
  ("Federated Learning Based on Dynamic Regularization", L, "2111.04263"),
  ("In Search of Lost Domain Generalization", T, "2007.01434"),
  ("Shortcut Learning in Deep Neural Networks", T, "2004.07780"),
  ("Fixing Weight Decay Regularization in Adam", X, "1711.05101"),
  ("Understanding the difficulty of training deep feedforward neural networks", T, None),
  ("Why Are Convolutional Nets More Sample-Efficient than Fully-Connected Nets?", L, "2010.08515"),
  ("Why Do Local Methods Solve Nonconvex Problems?", X, "2103.13462"),
  ("AutoDropout: Learning Dropout Patterns to Regularize Deep Networks", T, "2101.01761"),
  ("AutoHAS: Efficient Hyperparameter and Architecture Search", T, "2006.03656"),
  ("PyGlove: Symbolic Programming for Automated Machine Learning", T, "2101.08809"),
  ("Rethinking Architecture Selection in Differentiable NAS", L, "2108.04392"),
 ],
 "233_drawio_compressed_diagram_hungarian_ssl_family_tree.drawio": [
  ("Representation Learning with Contrastive Predictive Coding", X, "1807.03748"),
  ("Momentum Contrast for Unsupervised Visual Representation Learning", L, "1911.05722"),
  ("A Simple Framework for Contrastive Learning of Visual Representations", L, "2002.05709"),
  ("Supervised Contrastive Learning", T, "2004.11362"),
  ("Contrastive Learning with Hard Negative Samples", T, "2010.04592"),
  ("Towards Domain-Agnostic Contrastive Learning", T, "2011.04419"),
  ("Self-supervised Learning from a Multi-view Perspective", O, "2006.05576", "-bdp_8Itjwp"),
  ("Bootstrap your own latent: A new approach to self-supervised Learning", T, "2006.07733"),
  ("Exploring Simple Siamese Representation Learning", T, "2011.10566"),
  ("Barlow Twins: Self-Supervised Learning via Redundancy Reduction", L, "2103.03230"),
  ("Emerging Properties in Self-Supervised Vision Transformers", T, "2104.14294"),
  ("Masked Autoencoders Are Scalable Vision Learners", X, "2111.06377"),
  ("Contrast to Divide: Self-Supervised Pre-Training for Learning with Noisy Labels", O, "2103.13646", "uB5x7Y2qsFR"),
  ("Bi-tuning of Pre-trained Representations", T, "2011.06182"),
 ],
 "234_mkdocs_material_lecture_notes_swahili_nlp_foundations.md": [
  ("Learning representations by back-propagating errors", T, None),
  ("Gradient-based learning applied to document recognition", T, None),
  ("Long short-term memory", T, None),
  ("Efficient estimation of word representations in vector space", L, "1301.3781"),
  ("GloVe: Global vectors for word representation", T, None),
  ("Deep contextualized word representations", T, "1802.05365"),
  ("Neural machine translation of rare words with subword units", T, "1508.07909"),
  ("Sequence to sequence learning with neural networks", X, "1409.3215"),
  ("Neural machine translation by jointly learning to align and translate", T, "1409.0473"),
  ("Glancing Transformer for Non-Autoregressive Neural Machine Translation", O, "2008.07905", "ZaYZfu8pT_N"),
  ("Universal Language Model Fine-tuning for Text Classification", X, "1801.06146"),
  ("Improving language understanding by generative pre-training", T, None),
  ("Unsupervised cross-lingual representation learning at scale", L, "1911.02116"),
 ],
 "235_openmmlab_model_index_metafile_yml_vision_backbones.yml": [
  ("Deep Residual Learning for Image Recognition", T, "1512.03385"),
  ("ResNeSt: Split-Attention Networks", L, "2004.08955"),
  ("EfficientNet: Rethinking Model Scaling for Convolutional Neural Networks", L, "1905.11946"),
  ("EfficientNetV2: Smaller Models and Faster Training", T, "2104.00298"),
  ("Big Transfer (BiT): General Visual Representation Learning", T, "1912.11370"),
  ("Swin Transformer: Hierarchical Vision Transformer using Shifted Windows", L, "2103.14030"),
  ("A ConvNet for the 2020s", L, "2201.03545"),
  ("BEiT: BERT Pre-Training of Image Transformers", X, "2106.08254"),
  ("How to train your ViT? Data, Augmentation, and Regularization in Vision Transformers", X, "2106.10270"),
  ("Scaling Vision Transformers", T, "2106.04560"),
  ("Deformable DETR: Deformable Transformers for End-to-End Object Detection", L, "2010.04159"),
  ("Simple Copy-Paste is a Strong Data Augmentation Method for Instance Segmentation", T, "2012.07177"),
 ],
 "236_negative_inkscape_svg_catalan_spring_school_poster.svg": [],
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
