#!/usr/bin/env python3
"""387: a US patent application's page on Google Patents, selected in the browser and pasted as text: the "<number>
- <title> - Google Patents" line, the metadata column (publication number and its other forms, authority, prior-art
keywords, priority / filing / publication dates, inventors, assignee, events), abstract, classifications, the
description with [0001]-style paragraph numbers, numbered claims, and the tab-separated tables Google Patents shows
at the bottom: Patent Citations, Family Cites Families, Non-Patent Citations (free-text citation strings, "*" =
cited by examiner), Cited By, Similar Documents (patents and, in Google's "Author et al. Year title" form, one
scholarly article), Priority Applications, Legal Events, Concepts. The patent, its number, inventors, assignee and
all patent documents are invented. Papers: in the Non-Patent Citations, "arXiv:ID" (arxiv-text), an arXiv abs URL
and OpenReview URLs after "Retrieved from the Internet" (link), titles with a venue or "arXiv preprint" and no id
(title-only); two of them again in Similar Documents in Google's sentence case. Not papers: two NPL entries that
are software documentation, the patents, and "the Switch Transformer architecture", "the ZeRO approach" and
"Megatron-style tensor parallelism" in the description (names only)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F387, keys

PUB = "US20230244918A1"
TITLE = "Memory-efficient training of sparsely activated neural networks across accelerator devices"
APP = "US18/163,207"

NPL = [  # (examiner?, text)
 (True, f'FEDUS et al., "{T("2101.03961")}", arXiv preprint, Jan. 11, 2021.'),
 (False, f'KATHAROPOULOS et al., "{T("2006.16236")}", Proceedings of the 37th International Conference on Machine Learning, PMLR 119, 2020.'),
 (False, f'KITAEV et al., "{T("2001.04451")}", International Conference on Learning Representations (ICLR), 2020.'),
 (True, f'LEPIKHIN et al., "{T("2006.16668")}", Jun. 30, 2020, Retrieved from the Internet: <URL: https://arxiv.org/abs/2006.16668>.'),
 (False, f'MICIKEVICIUS et al., "{T("1710.03740")}", International Conference on Learning Representations (ICLR), 2018, Retrieved from the Internet: <URL: https://openreview.net/forum?id={OR("1710.03740")}>.'),
 (False, 'NVIDIA Corporation, "Train With Mixed Precision", NVIDIA Deep Learning Performance Documentation, User Guide, 2021.'),
 (False, 'PyTorch Contributors, "FullyShardedDataParallel", PyTorch 1.11 Documentation, torch.distributed.fsdp, 2022.'),
 (True, f'RAJBHANDARI et al., "{T("1910.02054")}", arXiv:1910.02054, Oct. 4, 2019.'),
 (True, f'SHAZEER et al., "{T("1701.06538")}", ICLR 2017, Retrieved from the Internet: <URL: https://openreview.net/pdf?id={OR("1701.06538")}>.'),
 (False, f'SHOEYBI et al., "{T("1909.08053")}", arXiv preprint arXiv:1909.08053, Sep. 17, 2019.'),
 (False, f'ZAHEER et al., "{T("2007.14062")}", Advances in Neural Information Processing Systems 33 (NeurIPS 2020), 2020.'),
]

PAT = [  # publication, priority, publication date, assignee, title, examiner?
 ("US10540588B2", "2015-06-29", "2020-01-21", "Kestrel Microsystems Corp", "Deep neural network processing on hardware accelerators with stacked memory", False),
 ("US11055063B2", "2016-05-02", "2021-07-06", "Northgate Compute LLC", "Systems and methods for deep learning processor", True),
 ("US20200372337A1", "2019-05-21", "2020-11-26", "Lakemont Systems Inc", "Parallelization strategies for training a neural network", False),
 ("US20210019152A1", "2019-07-15", "2021-01-21", "Harrow Data Technologies Inc", "Data parallelism in distributed training of artificial intelligence models", True),
 ("US11520592B2", "2019-07-15", "2022-12-06", "Harrow Data Technologies Inc", "Executing large artificial intelligence models on memory-constrained devices", False),
 ("US20210303988A1", "2020-03-30", "2021-09-30", "Kestrel Microsystems Corp", "Routing tokens to expert subnetworks in a neural network accelerator", True),
]
FAMILY = [
 ("US11694066B2", "2017-10-17", "2023-07-04", "Northgate Compute LLC", "Machine learning runtime library for neural network acceleration", False),
 ("CN113449839A", "2020-03-25", "2021-09-28", "Harrow Data Technologies Inc", "Distributed training method, gradient communication method, apparatus and computing equipment", True),
]
CITED_BY = [
 ("US20240086719A1", "2022-09-13", "2024-03-14", "Kestrel Microsystems Corp", "Sparse expert layers with capacity-aware token dropping"),
 ("WO2024072487A1", "2022-09-28", "2024-04-04", "Harrow Data Technologies Inc", "Offloading optimizer state for large model training"),
 ("US20240176906A1", "2022-11-30", "2024-05-30", "Northgate Compute LLC", "Heterogeneous memory pooling for neural network training"),
]
def gsent(t):
    """Google Patents' form of a scholarly title: sentence case, capital after the colon ("Zero: Memory ...")"""
    a, b = t.split(": ", 1)
    return a[0] + a[1:].lower() + ": " + b[0].upper() + b[1:].lower()


SIMILAR = [
 ("US11520592B2", "2022-12-06", "Executing large artificial intelligence models on memory-constrained devices"),
 ("Fedus et al. 2022", "", gsent(T("2101.03961"))),
 ("US20210303988A1", "2021-09-30", "Routing tokens to expert subnetworks in a neural network accelerator"),
 ("Rajbhandari et al. 2020", "", gsent(T("1910.02054"))),
 ("US20200372337A1", "2020-11-26", "Parallelization strategies for training a neural network"),
 ("CN114970798A", "2022-08-30", "Method and system for training a mixture of experts model on a plurality of processors"),
 ("US11763155B1", "2023-09-19", "Method for gradient checkpointing across pipeline stages"),
]

CLAIMS = [
 "A computer-implemented method, comprising: receiving a neural network model comprising a plurality of layers, at least one layer of the plurality of layers being a sparsely activated layer comprising a plurality of expert subnetworks and a gating function; partitioning, across a plurality of accelerator devices, parameters of the expert subnetworks such that each accelerator device stores a respective subset of the expert subnetworks; partitioning, across the plurality of accelerator devices, optimizer state associated with parameters of the model other than the expert subnetworks; and training the model by, for each of a plurality of training steps, routing each token of a batch to one or more expert subnetworks selected by the gating function and exchanging activations between the accelerator devices.",
 "The method of claim 1, wherein the gating function selects exactly one expert subnetwork for each token.",
 "The method of claim 1, wherein each expert subnetwork has a capacity, and wherein tokens routed to an expert subnetwork whose capacity is exhausted are passed to a next layer through a residual connection.",
 "The method of claim 1, further comprising storing a first copy of the parameters in a reduced-precision floating-point format and a second copy of the parameters in a full-precision floating-point format.",
 "The method of claim 4, further comprising scaling a loss value by a scale factor before computing gradients, and reducing the scale factor upon detecting a non-finite gradient value.",
 "The method of claim 1, wherein partitioning the optimizer state comprises assigning, to each accelerator device, first and second moment estimates for a disjoint shard of the parameters.",
 "The method of claim 6, further comprising gathering the shards of the parameters before a forward computation of a layer and releasing the gathered parameters after a backward computation of the layer.",
 "The method of claim 1, wherein at least one layer other than the sparsely activated layer is an attention layer whose computation is split across two or more of the accelerator devices along a hidden dimension.",
 "The method of claim 1, wherein the exchanging of activations comprises an all-to-all communication operation whose message sizes are determined from a histogram of routing decisions of a previous training step.",
 "The method of claim 1, further comprising adding to a training loss an auxiliary loss that penalizes an imbalance between numbers of tokens routed to the expert subnetworks.",
 "A system comprising: a plurality of accelerator devices, each accelerator device comprising a memory; and one or more processors configured to perform operations comprising the method of any one of claims 1 to 10.",
 "One or more non-transitory computer-readable storage media storing instructions that, when executed by one or more processors, cause the one or more processors to perform operations comprising the method of any one of claims 1 to 10.",
]

DESC = [
 ("CROSS-REFERENCE TO RELATED APPLICATION", "This application claims the benefit of U.S. Provisional Application No. 63/306,114, filed Feb. 3, 2022, the entire contents of which are incorporated herein by reference."),
 ("TECHNICAL FIELD", "This specification relates to training neural networks on multiple hardware accelerators, and in particular to reducing the memory required per accelerator when training models that contain sparsely activated layers."),
 ("BACKGROUND", "Neural networks with billions of parameters do not fit in the memory of a single accelerator device. Data-parallel training replicates the parameters, gradients and optimizer state on every device, so the memory per device does not shrink as devices are added."),
 (None, "Model-parallel approaches split individual layers across devices, for example Megatron-style tensor parallelism for attention and feed-forward layers, or pipeline the layers across devices. The ZeRO approach instead partitions optimizer state, gradients and parameters across data-parallel workers."),
 (None, "Sparsely activated models, such as mixture-of-experts models and the Switch Transformer architecture, route each token to a small subset of expert subnetworks, so that the number of parameters grows without a proportional growth in computation per token. Their expert parameters dominate the memory footprint, while the routing makes the per-device load uneven."),
 ("SUMMARY", "This specification describes a system, implemented as computer programs on one or more computers in one or more locations, that partitions expert parameters and non-expert optimizer state across accelerator devices in a coordinated manner, so that both kinds of memory shrink as devices are added."),
 (None, "Particular embodiments of the subject matter described in this specification can be implemented so as to realize one or more of the following advantages. The memory per device can be reduced by a factor that grows with the number of devices. The all-to-all exchange of activations can be sized from routing statistics of previous steps, which reduces padding."),
 ("BRIEF DESCRIPTION OF THE DRAWINGS", "FIG. 1 shows an example training system. FIG. 2 shows an example sparsely activated layer. FIG. 3 is a flow diagram of an example process for a training step. FIGS. 4A and 4B show example partitions of optimizer state. FIG. 5 shows example all-to-all message sizes. FIG. 6 shows measured memory per device."),
 ("DETAILED DESCRIPTION", "FIG. 1 shows an example training system 100. The system 100 includes accelerator devices 110a-110n, each having a device memory 112, connected by an interconnect 120."),
 (None, "In some implementations, the parameters are held in a 16-bit floating-point format for the forward and backward computation, and a 32-bit master copy is kept with the optimizer state. A loss scale factor is applied before the backward computation and is reduced when a gradient value is not finite."),
 (None, "In some implementations, the gating function computes a softmax over expert logits and selects the top-k experts for each token, where k is 1 or 2. Each expert has a capacity equal to a capacity factor multiplied by the number of tokens divided by the number of experts."),
 (None, "The approaches described herein are complementary to attention variants that reduce the cost of long sequences, e.g., locality-sensitive hashing attention, kernelized linear attention, or block-sparse attention patterns, which may be used in the non-expert layers."),
 (None, "FIG. 6 shows the measured memory per device for a model having 64 experts per sparsely activated layer, trained on 8, 16, 32 and 64 devices. The memory per device decreases from 61.2 GB to 9.8 GB as the number of devices grows from 8 to 64."),
 (None, "Embodiments of the subject matter and the functional operations described in this specification can be implemented in digital electronic circuitry, in tangibly-embodied computer software or firmware, in computer hardware, or in combinations of one or more of them."),
]


def row(cells):
    return "\t".join(cells)


out = [f"{PUB} - {TITLE} - Google Patents", "", TITLE, "",
       "Download PDF", "Find Prior Art", "Similar", "",
       "Publication number", PUB, "",
       f"{PUB} {APP} US202318163207A US2023244918A1 US 20230244918 A1 US20230244918 A1 US 20230244918A1", "",
       "Authority", "US", "United States", "",
       "Prior art keywords", "expert", "device", "optimizer state", "token", "memory", "",
       "Prior art date", "2022-02-03", "",
       "Legal status (The legal status is an assumption and is not a legal conclusion. Google has not performed a legal analysis and makes no representation as to the accuracy of the status listed.)",
       "Pending", "",
       "Application number", APP, "",
       "Inventor", "Marguerite Okafor", "Tomasz Wielgosz", "Hye-jin Bae", "Ravindra Kulkarni", "",
       "Current Assignee (The listed assignees may be inaccurate. Google has not performed a legal analysis and makes no representation or warranty as to the accuracy of the list.)",
       "Lakemont Systems Inc", "",
       "Original Assignee", "Lakemont Systems Inc", "",
       "Priority date (The priority date is an assumption and is not a legal conclusion. Google has not performed a legal analysis and makes no representation as to the accuracy of the date listed.)",
       "2022-02-03", "",
       "Filing date", "2023-02-01", "",
       "Publication date", "2023-08-03", "",
       "2022-02-03 Priority to US202263306114P",
       "2023-02-01 Application filed by Lakemont Systems Inc",
       "2023-03-09 Assigned to LAKEMONT SYSTEMS INC",
       f"2023-08-03 Publication of {PUB}",
       "Status Pending", "",
       "Info", f"Patent citations ({len(PAT)})", f"Non-patent citations ({len(NPL)})", f"Cited by ({len(CITED_BY)})",
       "Legal events", "Similar documents", "Priority and Related Applications", "",
       "External links", "USPTO", "USPTO PatentCenter", "USPTO Assignment", "Espacenet", "Global Dossier", "Discuss", "",
       "Abstract", "",
       "Methods, systems, and apparatus, including computer programs encoded on computer storage media, for training a "
       "neural network that includes sparsely activated layers on a plurality of accelerator devices. One of the methods "
       "includes partitioning parameters of expert subnetworks across the devices, partitioning optimizer state of the "
       "remaining parameters across the same devices, and, at each training step, routing tokens to selected expert "
       "subnetworks and exchanging activations between the devices using message sizes determined from previous "
       "routing decisions.", "",
       "Images (8)", "",
       "Classifications", "",
       "G06N3/098 Distributed learning, e.g. federated learning",
       "G06N3/045 Combinations of networks",
       "G06N3/063 Physical realisation, i.e. hardware implementation of neural networks, neurons or parts of neurons using electronic means",
       "G06F9/5016 Allocation of resources, e.g. of the central processing unit [CPU] to service a request, the resource being the memory",
       "View 4 more classifications", "",
       "Landscapes", "Engineering & Computer Science (AREA)", "Physics & Mathematics (AREA)", "Theoretical Computer Science (AREA)", "",
       "Description", ""]
n = 0
for head, para in DESC:
    if head: out += [head, ""]
    n += 1
    out += [f"[{n:04d}] {para}", ""]
out += [f"Claims ({len(CLAIMS)})", "Hide Dependent", ""]
for i, c in enumerate(CLAIMS, 1):
    out += [f"{i}. {c}", ""]
out += [f"Patent Citations ({len(PAT)})", row(["Publication number", "Priority date", "Publication date", "Assignee", "Title"])]
out += [row([p + (" *" if ex else ""), pr, pd, a, t]) for p, pr, pd, a, t, ex in PAT]
out += ["* Cited by examiner, † Cited by third party", "", f"Family Cites Families ({len(FAMILY)})", row(["Publication number", "Priority date", "Publication date", "Assignee", "Title"])]
out += [row([p + (" *" if ex else ""), pr, pd, a, t]) for p, pr, pd, a, t, ex in FAMILY]
out += ["* Cited by examiner, † Cited by third party", "",
        f"Non-Patent Citations ({len(NPL)})", "Title"]
out += [("* " if ex else "") + t for ex, t in NPL]
out += ["* Cited by examiner, † Cited by third party", "",
        f"Cited By ({len(CITED_BY)})", row(["Publication number", "Priority date", "Publication date", "Assignee", "Title"])]
out += [row(list(r)) for r in CITED_BY]
out += ["", "Similar Documents", row(["Publication", "Publication Date", "Title"])]
out += [row(list(r)) for r in SIMILAR]
out += ["", "Priority And Related Applications", "",
        "Priority Applications (1)", row(["Application", "Priority date", "Filing date", "Title"]),
        row(["US202263306114P", "2022-02-03", "2022-02-03", ""]), "",
        "Applications Claiming Priority (2)", row(["Application", "Filing date", "Title"]),
        row(["US202263306114P", "2022-02-03", ""]), row([APP, "2023-02-01", ""]), "",
        "Legal Events", row(["Date", "Code", "Title", "Description"]),
        row(["2023-03-09", "AS", "Assignment", "Owner name: LAKEMONT SYSTEMS INC, OREGON; Free format text: ASSIGNMENT OF ASSIGNORS INTEREST; ASSIGNORS: OKAFOR, MARGUERITE; WIELGOSZ, TOMASZ; BAE, HYE-JIN; AND OTHERS; SIGNING DATES FROM 20230203 TO 20230221; REEL/FRAME: 062915/0447"]),
        row(["2023-08-03", "STPP", "Information on status: patent application and granting procedure in general", "Free format text: DOCKETED NEW CASE - READY FOR EXAMINATION"]), "",
        "Concepts", "machine-extracted", "Download Filter table", row(["Name", "Image", "Sections", "Count", "Query match"]),
        row(["expert", "", "claims,abstract,description", "46", "0.000"]),
        row(["memory", "", "claims,description", "31", "0.000"]),
        row(["optimizer state", "", "claims,abstract,description", "17", "0.000"]),
        row(["accelerator", "", "claims,abstract,description", "15", "0.000"]),
        row(["mixed precision", "", "description", "3", "0.000"]),
        "Show all concepts from the description section", "",
        "About", "Send Feedback", "Public Datasets", "Terms", "Privacy Policy", "Help", ""]
text = "\n".join(out)
write_only(F387, text, keys(F387))
