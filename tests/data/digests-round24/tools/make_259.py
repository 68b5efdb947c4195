#!/usr/bin/env python3
"""259: a Piazza class post (question, students' answer, instructors' answer, followups) selected in the browser and
pasted as text, English."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write

txt = f"""piazza
CS 4790/7790 Deep Learning (Spring 2024)
Q & A
Resources
Statistics
Manage Class
hw1
hw2
hw3
project
lecture
exam
logistics
other
office_hours
question @1187
1187 views
Project proposal: reading list for "training tricks & robustness" topic?
Our group (Team 23) is doing the project on why some training tricks make CNNs/ViTs more robust. The proposal is due Feb 16 and asks for 8-10 related papers. Could someone check whether this list makes sense? We have:

1. Kaiming init paper: https://arxiv.org/abs/1502.01852
2. "{T("1912.11370")}" arXiv:1912.11370
3. {T("2004.08955")}
4. {T("2006.06882")}
5. the SAM paper (sharpness-aware minimization), https://arxiv.org/pdf/2010.01412v3
6. something about data augmentation? we were thinking Copy-Paste

Also is it ok to cite blog posts (e.g. distill.pub) as related work?
project
Edit good question 14
Updated 6 days ago by Anonymous Helix and Kavya Raman

the students' answer, where students collectively construct a single answer
For data augmentation: {T("2012.07177")} (https://huggingface.co/papers/2012.07177). It's instance segmentation but the "simple aug works" message fits your topic.

For robustness, "{T("2004.07780")}" is basically required reading, and {T("2006.14536")} if you want adversarial robustness specifically.

Distill articles are fine as background but the proposal rubric says "peer-reviewed or arXiv", so keep them out of the 8-10 count.
Updated 5 days ago by Marcus Oyelaran and Anonymous Quill
helpful! 9

the instructors' answer, where instructors collectively construct a single answer
Good list. A few comments from the TA team:

- For the Kaiming paper use its full title in the proposal ("{T("1502.01852")}"), not "Kaiming init". Same for SAM: "{T("2010.01412")}". Full titles, authors, venue for all of them.
- If you go the domain-generalization route, read {T("2007.01434")} first (https://www.alphaxiv.org/abs/2007.01434) -- it will save you from comparing against weak baselines.
- Historical background is optional, but if you mention backprop cite {T("Learning representations by back-propagating errors")} (Nature 1986), not a blog post.
- Regularization angle: {T("2101.01761")}.
- Theory angle (optional, harder): "{T("2010.08515")}"
- Small-compute angle: {T("2006.05929")} (arXiv 2006.05929) is a neat project if you have only Colab.

Please do NOT use the course's ResNet-50 checkpoint from hw2 for the final results; use torchvision's weights and report the exact version (0.17.1).
~ An instructor (Helena Voss) endorsed this answer ~
Updated 4 days ago by Tomasz Brandt and Sara Whitlock
helpful! 21

followup discussions for lingering questions and comments
Resolved Unresolved
Anonymous Gear 5 days ago
Is the BiT paper the same as the "big transfer" checkpoints on TF Hub? The TF Hub page doesn't list a paper title.
helpful! 0
Kavya Raman 5 days ago Yes, same thing. The checkpoints are at https://tfhub.dev/google/collections/bit/1 and the paper is the one above.
Reply to this followup discussion

Resolved Unresolved
Anonymous Helix 4 days ago
Can we count the Deep Learning book (Goodfellow et al.) chapter 7 as one of the 8-10? And the CS231n notes on transfer learning?
helpful! 2
Sara Whitlock 4 days ago No to both for the count (they're fine as background). Lecture 11 slides also cover this.
Anonymous Quill 3 days ago the d2l.ai chapter on fine-tuning is also good background
Reply to this followup discussion

Resolved Unresolved
Marcus Oyelaran 2 days ago
FYI the ImageNet-C / ImageNet-R benchmarks are on the course cluster under /datasets/imagenet-c (2024-01-15 snapshot, 19 corruptions x 5 severities). Also saw people referring to "the He et al. 2015 paper" in office hours -- that's the Kaiming one.
helpful! 4
Reply to this followup discussion

Start a new followup discussion
Compose a new followup discussion
Average Response Time:
14 min
Special Mentions:
Tomasz Brandt answered Office hours moved (Feb 13) in 9 min. 1 day ago
Online Now | This Week:
61 | 1204
Copyright © 2024 Piazza Technologies, Inc. All Rights Reserved. Privacy Policy Copyright Policy Terms of Use Blog Report Bug!
"""
write("259_piazza_class_post_copied_text_deep_learning_project_reading_list.txt", txt)
