#!/usr/bin/env python3
"""Builds digests/193_stackexchange_dump_posts_xml_optimisation_nas.xml: rows cut from Posts.xml of the Stack Exchange
data dump of ai.stackexchange.com (someone kept the threads they wanted to cite). As the dump writes it: a UTF-8 byte-
order mark, '<?xml version="1.0" encoding="utf-8"?>', <posts>, one '  <row … />' per post in Id order, CRLF line ends.
Attributes in the dump's order (Id, PostTypeId, AcceptedAnswerId, ParentId, CreationDate, Score, ViewCount, Body,
OwnerUserId, LastEditorUserId, LastEditDate, LastActivityDate, Title, Tags, AnswerCount, CommentCount, ContentLicense),
dates "YYYY-MM-DDTHH:MM:SS.mmm", Tags as "<a><b>", and Body the rendered HTML of the post escaped into the attribute
(&lt; &gt; &amp; &quot;, each newline as &#xA;, the apostrophe literal). Bodies are what Stack Exchange's Markdown
renderer produces: <p>, <a href rel="nofollow noreferrer">, <em>, <strong>, <code>, <blockquote>, <ul><li>, MathJax
spans <span class="math-container">$…$</span>, and a trailing newline. Rows: four questions with their answers and a
tag-wiki excerpt (PostTypeId 4).

Evidence: arXiv abs and pdf links in answers and a question (link), "(arXiv 2010.01412)" and "(arXiv:2111.04263)"
(arxiv-text), titles in bodies and one inside a question's Title attribute (title-only; back-propagation, AlexNet and
the deep-belief-net paper are not on arXiv; AutoHAS under its first arXiv title). Non-papers: the Deep Learning book,
the PyGlove repository, links to other questions. Everything except titles and ids is invented (ids, users, scores,
dates)."""
import os, re

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "193_stackexchange_dump_posts_xml_optimisation_nas.xml")
ORDER = ["Id", "PostTypeId", "AcceptedAnswerId", "ParentId", "CreationDate", "Score", "ViewCount", "Body", "OwnerUserId",
         "LastEditorUserId", "LastEditDate", "LastActivityDate", "Title", "Tags", "AnswerCount", "CommentCount",
         "ContentLicense"]


def a(url, text):
    return f'<a href="{url}" rel="nofollow noreferrer">{text}</a>'


def m(tex):
    return f'<span class="math-container">${tex}$</span>'


POSTS = [
    dict(Id="39514", PostTypeId="1", AcceptedAnswerId="39520", CreationDate="2023-03-02T09:41:17.203", Score="14",
         ViewCount="1873", OwnerUserId="71240", LastEditorUserId="2444", LastEditDate="2023-03-02T12:05:40.118",
         LastActivityDate="2023-06-19T21:33:02.470",
         Title="Why does gradient descent find good minima even though the loss of a neural network is non-convex?",
         Tags="<optimization><deep-learning><gradient-descent><non-convex-optimization>", AnswerCount="2", CommentCount="3",
         Body=["<p>Every course I have taken says that the training loss $L(\\theta)$ of a deep network is highly non-convex, with many saddle points and local minima. Yet in practice plain SGD (or Adam) from a random initialisation reliably reaches a low training loss.</p>",
               "<p>Is there a theoretical explanation for this, or is it just empirical luck? I am looking for something more precise than \"in high dimensions most critical points are saddles\".</p>"]),
    dict(Id="39520", PostTypeId="2", ParentId="39514", CreationDate="2023-03-02T15:08:52.661", Score="21",
         OwnerUserId="2444", LastEditorUserId="2444", LastEditDate="2023-03-04T08:17:09.305",
         LastActivityDate="2023-03-04T08:17:09.305", CommentCount="4",
         Body=["<p>There is no single theorem that covers modern networks, but there is a good body of work on <em>why</em> local methods succeed on specific non-convex problems. The clearest overview I know is Tengyu Ma's chapter:</p>",
               "<p>" + a("https://arxiv.org/abs/2103.13462", "Why Do Local Methods Solve Nonconvex Problems?") + "</p>",
               "<p>The recurring pattern is that for many problems (matrix completion, tensor decomposition, some two-layer networks) <strong>all local minima are global</strong> and every saddle has a direction of strictly negative curvature, so gradient descent with a little noise escapes saddles and ends up at a global minimum. For deep networks this is only partly proven; the over-parameterised (NTK-style) regime is the other main line of results.</p>",
               "<p>Two historical remarks. First, the method itself predates all of this theory: Rumelhart, Hinton and Williams, <em>Learning representations by back-propagating errors</em> (Nature, 1986), already observed that getting stuck in poor local minima was rarer than expected. Second, which minimum you reach matters for generalisation, not for training loss. That is the motivation of Sharpness-Aware Minimization for Efficiently\nImproving Generalization (arXiv 2010.01412), which explicitly seeks minima where $\\max_{\\|\\epsilon\\| \\le \\rho} L(\\theta + \\epsilon)$ is small.</p>",
               "<p>For the textbook view, chapter 8 of Goodfellow, Bengio and Courville's <em>Deep Learning</em> (\"Optimization for Training Deep Models\") is still a good start.</p>"]),
    dict(Id="39533", PostTypeId="2", ParentId="39514", CreationDate="2023-03-03T22:40:05.019", Score="3",
         OwnerUserId="58812", LastActivityDate="2023-06-19T21:33:02.470", CommentCount="0",
         Body=["<blockquote>\n<p>Is there a theoretical explanation for this, or is it just empirical luck?</p>\n</blockquote>",
               "<p>Partly luck in the sense that architectures and initialisations were <em>selected</em> by the community because they train well. Residual connections, normalisation layers and careful initialisation all make the landscape nicer; a plain 50-layer MLP with a bad init will get stuck.</p>",
               "<p>See also " + a("https://ai.stackexchange.com/questions/22014/do-neural-networks-have-bad-local-minima", "this related question") + ".</p>"]),
    dict(Id="40211", PostTypeId="1", AcceptedAnswerId="40219", CreationDate="2023-05-11T18:22:40.905", Score="9",
         ViewCount="966", OwnerUserId="80415", LastActivityDate="2023-05-13T07:02:31.114",
         Title="Question about \"Why Are Convolutional Nets More Sample-Efficient than Fully-Connected Nets?\" - what exactly is the separation?",
         Tags="<convolutional-neural-networks><learning-theory><sample-complexity>", AnswerCount="1", CommentCount="1",
         Body=["<p>The ICLR 2021 paper by Li, Zhang and Arora claims a provable gap between CNNs and fully-connected networks trained with SGD. I understand the intuition (weight sharing and locality), but I don't see what the actual statement is: is it about the architecture's expressivity, or about the training algorithm?</p>",
               "<p>In particular, why does the argument need the FC net to be trained by an <em>equivariant</em> algorithm? Any FC net can represent a convolution, so with $n$ samples it should be able to learn the same function.</p>"]),
    dict(Id="40219", PostTypeId="2", ParentId="40211", CreationDate="2023-05-12T10:51:13.488", Score="11",
         OwnerUserId="2444", LastActivityDate="2023-05-13T07:02:31.114", CommentCount="2",
         Body=["<p>It is about the <strong>algorithm</strong>, not expressivity. The key observation is that SGD on an FC net with an isotropic (e.g. Gaussian) initialisation is equivariant to orthogonal transformations of the input: if you rotate all inputs by the same $R$, the learned function rotates with them. Such an algorithm cannot exploit the fact that pixels have a spatial arrangement, so its sample complexity on a rotated problem is the same as on the original one. They build a distribution where a simple conv net needs $O(1)$ samples and any orthogonally-equivariant algorithm needs $\\Omega(d^2)$.</p>",
               "<p>Historically this matches what happened: the deep nets that worked before 2012 were either unsupervised pre-training tricks (A Fast Learning Algorithm for Deep Belief Nets, 2006) or convnets, and the moment people took off was ImageNet Classification with Deep Convolutional Neural Networks (Krizhevsky, Sutskever, Hinton, NIPS 2012), not an FC net.</p>"]),
    dict(Id="41875", PostTypeId="4", CreationDate="2023-08-02T00:00:00.000", Score="0", OwnerUserId="-1",
         LastEditorUserId="2444", LastEditDate="2023-08-03T09:14:27.711", LastActivityDate="2023-08-03T09:14:27.711",
         CommentCount="0",
         Body=["<p>For questions about continual (lifelong, incremental) learning: learning from a stream of tasks or data without forgetting what was learned before. Use <a href=\"/questions/tagged/catastrophic-forgetting\" class=\"s-tag post-tag\" title=\"show questions tagged &#39;catastrophic-forgetting&#39;\" aria-label=\"show questions tagged &#39;catastrophic-forgetting&#39;\" rel=\"tag\" aria-labelledby=\"tag-catastrophic-forgetting-tooltip-container\" data-tag-menu-origin=\"Unknown\">catastrophic-forgetting</a> for the failure mode itself.</p>"]),
    dict(Id="41877", PostTypeId="1", CreationDate="2023-08-02T13:37:58.240", Score="6", ViewCount="412",
         OwnerUserId="91736", LastActivityDate="2023-08-05T16:28:44.902",
         Title="How does projecting gradients onto the orthogonal complement of old tasks' activations prevent forgetting?",
         Tags="<continual-learning><catastrophic-forgetting><gradient-descent>", AnswerCount="1", CommentCount="0",
         Body=["<p>In \"Gradient Projection Memory for Continual Learning\" (Saha, Garg and Roy, ICLR 2021) the gradient of a new task is projected so that it is orthogonal to the subspace spanned by the representations of old tasks, stored via SVD.</p>",
               "<p>I follow the linear-algebra: if $\\Delta W x = 0$ for all old inputs $x$, the old outputs of that layer don't change. But with nonlinearities and many layers, why does this still hold approximately? And how large does the memory get?</p>"]),
    dict(Id="41890", PostTypeId="2", ParentId="41877", CreationDate="2023-08-05T16:28:44.902", Score="4",
         OwnerUserId="66019", LastActivityDate="2023-08-05T16:28:44.902", CommentCount="1",
         Body=["<p>It holds <em>exactly</em> layer by layer as long as the inputs of each layer for old tasks stay in the stored subspace, and they do, because the layers below are also constrained. The approximation comes only from truncating the SVD (the threshold on the captured energy), which is why accuracy degrades gracefully as the threshold drops.</p>",
               "<p>Memory grows with the number of basis vectors kept per layer, bounded by the layer width, so it saturates. A related idea outside continual learning: in federated learning, Federated Learning Based on Dynamic Regularization (arXiv:2111.04263) adds a per-client linear correction term so that local optima stay consistent with the global objective; different mechanism, same goal of updates not undoing each other.</p>"]),
    dict(Id="43002", PostTypeId="1", AcceptedAnswerId="43015", CreationDate="2023-11-20T08:03:12.617", Score="8",
         ViewCount="538", OwnerUserId="101552", LastEditorUserId="101552", LastEditDate="2023-11-20T08:30:47.009",
         LastActivityDate="2023-11-22T19:45:10.362",
         Title="Is picking the operation with the largest architecture weight in DARTS actually justified?",
         Tags="<neural-architecture-search><darts><automl>", AnswerCount="1", CommentCount="2",
         Body=["<p>DARTS relaxes the choice between candidate operations into a softmax over architecture parameters $\\alpha$ and, at the end, keeps the operation with the largest $\\alpha$ on each edge. This paper argues that the magnitude of $\\alpha$ does not reflect operation strength:</p>",
               "<p>" + a("https://arxiv.org/abs/2108.04392", "https://arxiv.org/abs/2108.04392") + " (Rethinking Architecture Selection in Differentiable NAS, ICLR 2021)</p>",
               "<p>and proposes perturbation-based selection instead. Has this been confirmed by others? Are there NAS methods that avoid the problem altogether?</p>"]),
    dict(Id="43015", PostTypeId="2", ParentId="43002", CreationDate="2023-11-21T11:26:39.840", Score="6",
         OwnerUserId="2444", LastEditorUserId="2444", LastEditDate="2023-11-22T19:45:10.362",
         LastActivityDate="2023-11-22T19:45:10.362", CommentCount="0",
         Body=["<p>Yes, the observation (skip connections dominating, and $\\alpha$ being a poor proxy) has been reproduced many times. Ways around it:</p>",
               "<ul>\n<li>Search hyperparameters and architecture jointly with a different relaxation, e.g. AutoHAS: Differentiable Hyper-parameter and Architecture Search (Dong et al., 2020), which uses a weight-sharing supernet plus REINFORCE instead of reading off softmax weights.</li>\n<li>Treat the search space symbolically so you can swap the search algorithm without rewriting the model: PyGlove: Symbolic Programming for Automated Machine Learning (NeurIPS 2020). The library is open source (" + a("https://github.com/google/pyglove", "google/pyglove") + ").</li>\n<li>Make each candidate evaluation cheap instead of relaxing: train candidates on a condensed synthetic training set, as in " + a("https://arxiv.org/pdf/2006.05929.pdf", "Dataset Condensation with Gradient Matching") + ", whose NAS experiment shows the ranking of architectures is largely preserved.</li>\n</ul>"]),
]


def attr(v):
    return v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;").replace("\n", "&#xA;")


def build():
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<posts>"]
    for p in POSTS:
        p = dict(p)
        p["Body"] = re.sub(r"\$(.+?)\$", lambda x: m(x.group(1)), "\n".join(p["Body"]) + "\n")
        p["ContentLicense"] = "CC BY-SA 4.0"
        assert set(p) <= set(ORDER), set(p) - set(ORDER)
        lines.append("  <row " + " ".join(f'{k}="{attr(p[k])}"' for k in ORDER if k in p) + " />")
    lines.append("</posts>")
    with open(OUT, "w", encoding="utf-8-sig", newline="") as fh:
        fh.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    build()
