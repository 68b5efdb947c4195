#!/usr/bin/env python3
"""Builds digests/187_jats_xml_article_dysarthria_ssl_speech.xml: a research article of an open-access journal as
its publisher deposits it (JATS 1.2 Journal Publishing DTD, the XML a reader downloads from the article page's
"Download XML" link): the declaration and the JATS DOCTYPE, <article> with the mml/xlink/ali namespaces, <front>
(journal-meta, article-meta with DOI, categories, title, contributors with ORCID contrib-ids and aff xrefs, author
notes, pub-date, volume/issue/elocation-id, history, permissions with the ali:license_ref, abstract, keywords,
funding-group, counts), <body> (numbered sections, Vancouver citations as <xref ref-type="bibr"> numbered in order
of first citation, two tables, two figures) and <back> (acknowledgements, ethics and data-availability sections and
the <ref-list> of <mixed-citation>s with tagged parts: person-group, article-title, source, year, volume, fpage,
pub-id, ext-link). Block elements one per line, inline markup inside paragraphs, no indentation.

Evidence: an ext-link to an arXiv abs page and one to an arXiv pdf (link), an ext-link to an OpenReview forum (link),
<pub-id pub-id-type="arxiv">, a 10.48550 DOI pub-id and "arXiv:ID" in a preprint citation (arxiv-text), journal and
conference citations without arXiv traces (title-only; LSTM and CTC are not on arXiv). Non-papers: a WHO fact sheet,
a textbook, a Zenodo dataset, a thesis, the fairseq examples and Praat as software. The journal, article, authors,
DOI, ORCIDs, grant and ethics numbers, table values and URLs other than the papers' are invented."""
import os, re, sys
sys.path.insert(0, os.path.dirname(__file__))
from catalogue import authors, split_name, initials

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "187_jats_xml_article_dysarthria_ssl_speech.xml")


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def pg(key=None, names=None, etal_after=6):
    """Vancouver person-group: up to six authors, then "et al." as text (mixed-citation keeps its punctuation)"""
    names = names or [split_name(a) for a in authors(key)]
    out = []
    for fam, giv in names[:etal_after]:
        out.append(f"<name><surname>{esc(fam)}</surname> <given-names>{initials(giv)}</given-names></name>")
    s = ", ".join(out)
    if len(names) > etal_after:
        s += ", et al."
    return f'<person-group person-group-type="author">{s}</person-group>'


def link(url):
    return f'<ext-link ext-link-type="uri" xlink:href="{esc(url)}">{esc(url)}</ext-link>'


LSTM = "Long Short-Term Memory"
CTC = "Connectionist Temporal Classification: Labelling Unsegmented Sequence Data with Recurrent Neural Networks"
REFS = {
    "who": ("webpage", '<collab>World Health Organization</collab>. <source>Parkinson disease: fact sheet</source> '
            '[Internet]. <publisher-loc>Geneva</publisher-loc>: <publisher-name>WHO</publisher-name>; <year>2023</year> '
            '[cited 2023 Oct 30]. Available from: ' + link("https://www.who.int/news-room/fact-sheets/detail/parkinson-disease")),
    "duffy": ("book", pg(names=[("Duffy", "Joseph R.")]) + '. <source>Motor speech disorders: substrates, differential '
              'diagnosis, and management</source>. <edition>4th ed</edition>. <publisher-loc>St. Louis (MO)</publisher-loc>: '
              '<publisher-name>Elsevier</publisher-name>; <year>2019</year>.'),
    "lstm": ("journal", pg(LSTM) + '. <article-title>Long short-term memory</article-title>. <source>Neural Comput</source>. '
             '<year>1997</year>;<volume>9</volume>(<issue>8</issue>):<fpage>1735</fpage>&#x2013;<lpage>80</lpage>.'),
    "ctc": ("confproc", pg(CTC) + '. <article-title>Connectionist temporal classification: labelling unsegmented sequence '
            'data with recurrent neural networks</article-title>. In: <conf-name>Proceedings of the 23rd International '
            'Conference on Machine Learning (ICML &#x2019;06)</conf-name>; <conf-date>2006 Jun 25&#x2013;29</conf-date>; '
            '<conf-loc>Pittsburgh, PA</conf-loc>. <publisher-loc>New York</publisher-loc>: <publisher-name>ACM</publisher-name>; '
            '<year>2006</year>. p. <fpage>369</fpage>&#x2013;<lpage>76</lpage>.'),
    "hubert": ("journal", pg("2106.07447") + '. <article-title>HuBERT: self-supervised speech representation learning by '
               'masked prediction of hidden units</article-title>. <source>IEEE/ACM Trans Audio Speech Lang Process</source>. '
               '<year>2021</year>;<volume>29</volume>:<fpage>3451</fpage>&#x2013;<lpage>60</lpage>. '
               '<pub-id pub-id-type="arxiv">2106.07447</pub-id>'),
    "shortcut": ("journal", pg("2004.07780") + '. <article-title>Shortcut learning in deep neural networks</article-title>. '
                 '<source>Nat Mach Intell</source>. <year>2020</year>;<volume>2</volume>(<issue>11</issue>):<fpage>665</fpage>'
                 '&#x2013;<lpage>73</lpage>.'),
    "lostdg": ("confproc", pg("2007.01434") + '. <article-title>In search of lost domain generalization</article-title>. '
               'In: <conf-name>9th International Conference on Learning Representations (ICLR 2021)</conf-name>; '
               '<conf-date>2021 May 3&#x2013;7</conf-date>; <conf-loc>virtual</conf-loc>. <year>2021</year>.'),
    "corpus": ("data", pg(names=[("Oberholzer", "Maren"), ("Seabra", "Tiago"), ("Kranenburg", "Ilse")]) +
               '. <data-title>DysCorpus-MC: multi-centre read and spontaneous speech of speakers with and without '
               'dysarthria</data-title> [dataset]. <source>Zenodo</source>; <year>2023</year>. Version 1.2. '
               '<pub-id pub-id-type="doi">10.5281/zenodo.8123457</pub-id>'),
    "thesis": ("thesis", pg(names=[("Kranenburg", "Ilse")]) + '. <source>Acoustic markers of hypokinetic dysarthria in '
               'connected speech</source> [dissertation]. <publisher-loc>Utrecht</publisher-loc>: <publisher-name>Utrecht '
               'University</publisher-name>; <year>2020</year>.'),
    "fairseq": ("software", '<collab>Meta AI Research</collab>. <source>fairseq: HuBERT pre-trained and fine-tuned models'
                '</source> [software]. <year>2021</year> [cited 2023 Nov 8]. Available from: '
                + link("https://github.com/facebookresearch/fairseq/tree/main/examples/hubert")),
    "praat": ("software", pg(names=[("Boersma", "Paul"), ("Weenink", "David")]) + '. <source>Praat: doing phonetics by '
              'computer</source> [software]. Version 6.3.10. <year>2023</year> [cited 2023 May 2]. Available from: '
              + link("https://www.fon.hum.uva.nl/praat/")),
    "delving": ("confproc", pg("1502.01852") + '. <article-title>Delving deep into rectifiers: surpassing human-level '
                'performance on ImageNet classification</article-title>. In: <conf-name>2015 IEEE International Conference '
                'on Computer Vision (ICCV)</conf-name>; <conf-date>2015 Dec 7&#x2013;13</conf-date>; <conf-loc>Santiago, '
                'Chile</conf-loc>. <year>2015</year>. p. <fpage>1026</fpage>&#x2013;<lpage>34</lpage>.'),
    "adamw": ("confproc", pg("1711.05101") + '. <article-title>Decoupled weight decay regularization</article-title>. In: '
              '<conf-name>7th International Conference on Learning Representations (ICLR 2019)</conf-name>; '
              '<conf-date>2019 May 6&#x2013;9</conf-date>; <conf-loc>New Orleans, LA</conf-loc>. <year>2019</year>.'),
    "mixedprec": ("confproc", pg("1710.03740") + '. <article-title>Mixed precision training</article-title>. In: '
                  '<conf-name>6th International Conference on Learning Representations (ICLR 2018)</conf-name>; '
                  '<conf-date>2018 Apr 30&#x2013;May 3</conf-date>; <conf-loc>Vancouver, BC</conf-loc>. <year>2018</year>. '
                  'Available from: ' + link("https://openreview.net/forum?id=r1gs9JgRZ")),
    "supcon": ("confproc", pg("2004.11362") + '. <article-title>Supervised contrastive learning</article-title>. In: '
               '<source>Advances in Neural Information Processing Systems 33 (NeurIPS 2020)</source>. <year>2020</year>. '
               'p. <fpage>18661</fpage>&#x2013;<lpage>73</lpage>. <pub-id pub-id-type="doi">10.48550/arXiv.2004.11362</pub-id>'),
    "simclr": ("confproc", pg("2002.05709") + '. <article-title>A simple framework for contrastive learning of visual '
               'representations</article-title>. In: <conf-name>Proceedings of the 37th International Conference on '
               'Machine Learning</conf-name>. <source>PMLR</source>; <year>2020</year>;<volume>119</volume>:<fpage>1597</fpage>'
               '&#x2013;<lpage>607</lpage>. Available from: ' + link("https://proceedings.mlr.press/v119/chen20j.html")),
    "diffwave": ("confproc", pg("2009.09761") + '. <article-title>DiffWave: a versatile diffusion model for audio '
                 'synthesis</article-title>. In: <conf-name>9th International Conference on Learning Representations '
                 '(ICLR 2021)</conf-name>; <year>2021</year>. Available from: ' + link("https://arxiv.org/abs/2009.09761")),
    "smooth": ("preprint", pg("2006.14536") + '. <article-title>Smooth adversarial training</article-title> [Preprint]. '
               '<source>arXiv</source>; <year>2020</year> [cited 2023 Dec 1]. arXiv:2006.14536 [cs.LG].'),
    "medselect": ("preprint", pg("2103.14339") + '. <article-title>MedSelect: selective labeling for medical image '
                  'classification combining meta-learning with deep reinforcement learning</article-title> [Preprint]. '
                  '<source>arXiv</source>; <year>2021</year>. Available from: ' + link("https://arxiv.org/pdf/2103.14339.pdf")),
}

# the article: paragraphs with [@key,key] citations, resolved to numbered xrefs in order of first citation
HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE article PUBLIC "-//NLM//DTD JATS (Z39.96) Journal Publishing DTD v1.2 20190208//EN" "JATS-journalpublishing1.dtd">
<article xmlns:mml="http://www.w3.org/1998/Math/MathML" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:ali="http://www.niso.org/schemas/ali/1.0/" article-type="research-article" dtd-version="1.2" xml:lang="en">
<front>
<journal-meta>
<journal-id journal-id-type="publisher-id">jcsh</journal-id>
<journal-id journal-id-type="nlm-ta">J Comput Speech Health</journal-id>
<journal-title-group>
<journal-title>Journal of Computational Speech and Health</journal-title>
<abbrev-journal-title abbrev-type="publisher">J Comput Speech Health</abbrev-journal-title>
</journal-title-group>
<issn pub-type="epub">2750-4312</issn>
<publisher>
<publisher-name>Nordlicht Open Science</publisher-name>
<publisher-loc>Tromsø, Norway</publisher-loc>
</publisher>
</journal-meta>
<article-meta>
<article-id pub-id-type="publisher-id">JCSH-2023-0412</article-id>
<article-id pub-id-type="doi">10.59217/jcsh.2024.0117</article-id>
<article-categories>
<subj-group subj-group-type="heading">
<subject>Research Article</subject>
</subj-group>
<subj-group subj-group-type="discipline">
<subject>Speech and language pathology</subject>
<subject>Machine learning</subject>
</subj-group>
</article-categories>
<title-group>
<article-title>Self-supervised speech representations for dysarthria screening across recording sites: a retrospective multi-centre evaluation</article-title>
<alt-title alt-title-type="running-head">SSL speech features for dysarthria screening</alt-title>
</title-group>
<contrib-group>
<contrib contrib-type="author" corresp="yes">
<contrib-id contrib-id-type="orcid" authenticated="true">https://orcid.org/0000-0002-4417-2093</contrib-id>
<name><surname>Oberholzer</surname><given-names>Maren</given-names></name>
<xref ref-type="aff" rid="aff1"><sup>1</sup></xref>
<xref ref-type="corresp" rid="cor1">*</xref>
</contrib>
<contrib contrib-type="author">
<contrib-id contrib-id-type="orcid" authenticated="true">https://orcid.org/0000-0001-8830-5517</contrib-id>
<name><surname>Seabra</surname><given-names>Tiago</given-names></name>
<xref ref-type="aff" rid="aff2"><sup>2</sup></xref>
</contrib>
<contrib contrib-type="author">
<name><surname>Kranenburg</surname><given-names>Ilse</given-names></name>
<xref ref-type="aff" rid="aff3"><sup>3</sup></xref>
</contrib>
<contrib contrib-type="author">
<contrib-id contrib-id-type="orcid" authenticated="true">https://orcid.org/0000-0003-1962-740X</contrib-id>
<name><surname>Haldorsen</surname><given-names>Sigurd</given-names></name>
<xref ref-type="aff" rid="aff1"><sup>1</sup></xref>
</contrib>
</contrib-group>
<aff id="aff1"><label>1</label><institution>Department of Clinical Speech Science, Arctic University Hospital</institution>, <addr-line>Tromsø</addr-line>, <country country="NO">Norway</country></aff>
<aff id="aff2"><label>2</label><institution>Speech Technology Lab, Instituto de Engenharia de Sistemas do Porto</institution>, <addr-line>Porto</addr-line>, <country country="PT">Portugal</country></aff>
<aff id="aff3"><label>3</label><institution>Centre for Neurorehabilitation, De Hoogstraat</institution>, <addr-line>Utrecht</addr-line>, <country country="NL">Netherlands</country></aff>
<author-notes>
<corresp id="cor1">* <email>maren.oberholzer@auh-tromso.example.no</email></corresp>
<fn fn-type="COI-statement"><p>The authors have declared that no competing interests exist.</p></fn>
</author-notes>
<pub-date pub-type="epub"><day>12</day><month>03</month><year>2024</year></pub-date>
<pub-date pub-type="collection"><year>2024</year></pub-date>
<volume>6</volume>
<issue>2</issue>
<elocation-id>e0117</elocation-id>
<history>
<date date-type="received"><day>14</day><month>11</month><year>2023</year></date>
<date date-type="accepted"><day>19</day><month>02</month><year>2024</year></date>
</history>
<permissions>
<copyright-statement>© 2024 Oberholzer et al.</copyright-statement>
<copyright-year>2024</copyright-year>
<copyright-holder>Oberholzer et al.</copyright-holder>
<license license-type="open-access" xlink:href="https://creativecommons.org/licenses/by/4.0/">
<ali:license_ref>https://creativecommons.org/licenses/by/4.0/</ali:license_ref>
<license-p>This is an open access article distributed under the terms of the <ext-link ext-link-type="uri" xlink:href="https://creativecommons.org/licenses/by/4.0/">Creative Commons Attribution License</ext-link>, which permits unrestricted use, distribution, and reproduction in any medium, provided the original author and source are credited.</license-p>
</license>
</permissions>
<self-uri content-type="pdf" xlink:href="jcsh.2024.0117.pdf"/>
<abstract>
<sec><title>Background</title>
<p>Automatic screening for dysarthria is attractive for follow-up in neurodegenerative disease, but classifiers trained on recordings from one clinic often fail at the next one.</p>
</sec>
<sec><title>Methods</title>
<p>We pooled 1,214 recordings of 306 speakers from three centres and compared classical acoustic features with frame-level representations of a self-supervised speech model, each with a small recurrent classifier, under leave-one-site-out evaluation.</p>
</sec>
<sec><title>Results</title>
<p>Self-supervised representations reduced the cross-site drop in balanced accuracy from 17.9 to 6.3 percentage points; a supervised contrastive term and site-balanced sampling accounted for most of the remaining gain.</p>
</sec>
<sec><title>Conclusions</title>
<p>Cross-site validation should be the default for speech-based screening tools; within-site accuracy overstates clinical usefulness.</p>
</sec>
</abstract>
<kwd-group kwd-group-type="author">
<kwd>dysarthria</kwd>
<kwd>self-supervised learning</kwd>
<kwd>speech representations</kwd>
<kwd>domain shift</kwd>
<kwd>Parkinson&#x2019;s disease</kwd>
</kwd-group>
<funding-group>
<award-group id="award1">
<funding-source><institution-wrap><institution>Research Council of Norway</institution></institution-wrap></funding-source>
<award-id>NFR 331877</award-id>
<principal-award-recipient><name><surname>Oberholzer</surname><given-names>Maren</given-names></name></principal-award-recipient>
</award-group>
<award-group id="award2">
<funding-source><institution-wrap><institution>Fundação para a Ciência e a Tecnologia</institution></institution-wrap></funding-source>
<award-id>2021.07391.BD</award-id>
<principal-award-recipient><name><surname>Seabra</surname><given-names>Tiago</given-names></name></principal-award-recipient>
</award-group>
<funding-statement>The funders had no role in study design, data collection and analysis, decision to publish, or preparation of the manuscript.</funding-statement>
</funding-group>
<counts>
<fig-count count="2"/>
<table-count count="2"/>
<ref-count count="{NREFS}"/>
<page-count count="14"/>
</counts>
</article-meta>
</front>
<body>
"""

BODY = """<sec id="sec001" sec-type="intro">
<title>1. Introduction</title>
<p>Parkinson&#x2019;s disease and related conditions affect more than eight million people worldwide [@who], and hypokinetic dysarthria is among their earliest and most persistent signs. Clinical assessment relies on perceptual rating by trained speech-language pathologists [@duffy], which is slow to repeat and hard to standardise across clinics.</p>
<p>Early automatic systems modelled the acoustic signal with recurrent networks, typically long short-term memory layers trained with connectionist temporal classification on healthy speech and used as feature extractors for the clinical task [@lstm,ctc]. Self-supervised speech models such as HuBERT [@hubert] are now the usual starting point: they are pre-trained on thousands of hours of unlabelled audio and can be probed with very little labelled data.</p>
<p>Small clinical datasets invite a particular failure. A classifier can separate patients from controls by cues that have nothing to do with speech &#x2013; the microphone, the room, the prompt list used at one site &#x2013; the &#x201C;shortcut learning&#x201D; described by Geirhos and colleagues [@shortcut]. Such models look excellent under random cross-validation and degrade when a new site is added, which mirrors the observation that most domain-generalisation methods do not beat a well-tuned baseline under a fair protocol [@lostdg].</p>
<p>Here we ask how much of the reported accuracy of speech-based screening survives a leave-one-site-out evaluation, and whether self-supervised representations narrow the gap.</p>
</sec>
<sec id="sec002" sec-type="materials|methods">
<title>2. Materials and methods</title>
<sec id="sec003">
<title>2.1 Participants and recordings</title>
<p>We used the three-centre DysCorpus-MC collection [@corpus] (Tromsø, Porto, Utrecht; 306 speakers, 1,214 recordings of read text, diadochokinesis and a picture description). The Utrecht recordings follow the protocol of an earlier thesis on hypokinetic dysarthria [@thesis]. Demographics are given in <xref ref-type="table" rid="T1">Table 1</xref>.</p>
</sec>
<sec id="sec004">
<title>2.2 Features</title>
<p>Frame-level representations were taken from layer 9 of the HuBERT Base checkpoint distributed with fairseq [@fairseq] and mean-pooled over voiced frames. The classical baseline used 88 eGeMAPS-style descriptors and jitter, shimmer and harmonics-to-noise ratio computed with Praat [@praat].</p>
</sec>
<sec id="sec005">
<title>2.3 Classifier and training</title>
<p>Both feature sets fed the same head: a two-layer bidirectional recurrent network (hidden size 128) and a linear output layer, initialised as proposed by He et al. [@delving]. We trained with AdamW [@adamw] (learning rate 3&#x00D7;10<sup>&#x2212;4</sup>, weight decay 0.05) for 40 epochs in half precision with loss scaling [@mixedprec].</p>
<p>In the full model, a supervised contrastive term [@supcon] was added to the cross-entropy loss, with the two-layer projection head and temperature of the SimCLR recipe [@simclr]. Speaker-disjoint batches were sampled with equal numbers of recordings per site.</p>
</sec>
<sec id="sec006">
<title>2.4 Augmentation and robustness checks</title>
<p>To balance the control group at the smallest site we added 150 synthetic control utterances generated with a DiffWave vocoder [@diffwave] conditioned on mel-spectrograms of held-out healthy speakers. As a robustness check, heads were also trained adversarially following the smooth-activation recipe of Xie et al. [@smooth], with perturbations of the input features rather than of the waveform.</p>
</sec>
<sec id="sec007">
<title>2.5 Choosing recordings for re-rating</title>
<p>Every recording had been rated once at its own site. A second, blinded rating was affordable for only 200 recordings; we chose them with a selection policy trained as in MedSelect [@medselect], using the model&#x2019;s embeddings as the state.</p>
</sec>
<sec id="sec008">
<title>2.6 Evaluation</title>
<p>We report balanced accuracy under (i) speaker-disjoint 5-fold cross-validation within the pooled data and (ii) leave-one-site-out evaluation, with 95% confidence intervals from 2,000 speaker-level bootstrap resamples.</p>
</sec>
</sec>
<sec id="sec009" sec-type="results">
<title>3. Results</title>
<p>Within-site results were high for both feature sets (<xref ref-type="table" rid="T2">Table 2</xref>). Under leave-one-site-out evaluation the classical features lost 17.9 points on average, the self-supervised features 6.3 points (<xref ref-type="fig" rid="F1">Fig 1</xref>). Removing the contrastive term or the site-balanced sampler each cost between two and three points; adversarial training changed the results by less than one point.</p>
<table-wrap id="T1" position="float">
<label>Table 1</label>
<caption><title>Speakers and recordings per site.</title></caption>
<table frame="hsides" rules="groups">
<thead>
<tr><th align="left">Site</th><th align="center">Patients</th><th align="center">Controls</th><th align="center">Recordings</th><th align="center">Microphone</th></tr>
</thead>
<tbody>
<tr><td align="left">Tromsø</td><td align="center">71</td><td align="center">52</td><td align="center">488</td><td align="center">headset, 48 kHz</td></tr>
<tr><td align="left">Porto</td><td align="center">64</td><td align="center">41</td><td align="center">419</td><td align="center">table-top, 44.1 kHz</td></tr>
<tr><td align="left">Utrecht</td><td align="center">49</td><td align="center">29</td><td align="center">307</td><td align="center">headset, 16 kHz</td></tr>
</tbody>
</table>
</table-wrap>
<table-wrap id="T2" position="float">
<label>Table 2</label>
<caption><title>Balanced accuracy (%) with 95% confidence intervals.</title></caption>
<table frame="hsides" rules="groups">
<thead>
<tr><th align="left">Features</th><th align="center">Within-site CV</th><th align="center">Leave-one-site-out</th></tr>
</thead>
<tbody>
<tr><td align="left">Acoustic (Praat)</td><td align="center">86.4 (83.1&#x2013;89.2)</td><td align="center">68.5 (63.0&#x2013;73.7)</td></tr>
<tr><td align="left">HuBERT, CE only</td><td align="center">89.0 (86.2&#x2013;91.5)</td><td align="center">80.1 (75.9&#x2013;84.0)</td></tr>
<tr><td align="left">HuBERT, CE + SupCon + balanced sampling</td><td align="center">89.7 (87.0&#x2013;92.1)</td><td align="center">83.4 (79.6&#x2013;86.9)</td></tr>
</tbody>
</table>
<table-wrap-foot><fn><p>CE, cross-entropy; SupCon, supervised contrastive term.</p></fn></table-wrap-foot>
</table-wrap>
<fig id="F1" position="float">
<label>Fig 1</label>
<caption><title>Drop from within-site to leave-one-site-out balanced accuracy, per held-out site.</title></caption>
<graphic xlink:href="jcsh.2024.0117.g001.tif"/>
</fig>
<fig id="F2" position="float">
<label>Fig 2</label>
<caption><title>t-SNE of pooled HuBERT embeddings coloured by site (left) and by diagnosis (right).</title></caption>
<graphic xlink:href="jcsh.2024.0117.g002.tif"/>
</fig>
</sec>
<sec id="sec010" sec-type="discussion">
<title>4. Discussion</title>
<p>The embeddings of the self-supervised model still cluster by site (<xref ref-type="fig" rid="F2">Fig 2</xref>), so the smaller cross-site drop is not evidence that site information is gone, only that the classifier relies on it less. This is the pattern one would expect if the acoustic baseline had latched onto recording conditions [@shortcut], and it argues against reporting within-site figures alone. Like others [@lostdg], we found no benefit from more elaborate domain-alignment losses once sampling was balanced.</p>
<p>Limitations: all three sites recorded Dutch, Norwegian or Portuguese speakers reading prepared texts; HuBERT was pre-trained on English audiobooks [@hubert], and we did not test multilingual checkpoints.</p>
</sec>
</body>
<back>
<ack>
<p>We thank the speech-language pathologists at the three sites for the second ratings, and the participants for their time.</p>
</ack>
<sec id="sec011" sec-type="ethics-statement">
<title>Ethics statement</title>
<p>The study was approved by the Regional Committee for Medical and Health Research Ethics (REK nord, ref. 1904.1177) and by the local committees in Porto and Utrecht. All participants gave written informed consent.</p>
</sec>
<sec id="sec012" sec-type="data-availability">
<title>Data availability</title>
<p>Features, splits and trained heads are available at <ext-link ext-link-type="uri" xlink:href="https://doi.org/10.5281/zenodo.10611322">https://doi.org/10.5281/zenodo.10611322</ext-link>; the code at <ext-link ext-link-type="uri" xlink:href="https://github.com/auh-speech/dys-xsite">https://github.com/auh-speech/dys-xsite</ext-link>. Audio cannot be shared under the consent given.</p>
</sec>
<ref-list>
<title>References</title>
{REFS}
</ref-list>
</back>
</article>
"""


def build():
    order = []
    for m in re.finditer(r"\[@([\w,]+)\]", BODY):
        for k in m.group(1).split(","):
            if k not in order:
                order.append(k)
    assert sorted(order) == sorted(REFS), set(REFS) ^ set(order)
    num = {k: i + 1 for i, k in enumerate(order)}

    def cite(m):
        ks = [num[k] for k in m.group(1).split(",")]
        return "[" + ",".join(f'<xref ref-type="bibr" rid="B{n}">{n}</xref>' for n in ks) + "]"

    body = re.sub(r"\[@([\w,]+)\]", cite, BODY)
    refs = []
    for k in order:
        typ, inner = REFS[k]
        n = num[k]
        refs.append(f'<ref id="B{n}"><label>{n}</label><mixed-citation publication-type="{typ}">{inner}</mixed-citation></ref>')
    out = HEAD.replace("{NREFS}", str(len(order))) + body.replace("{REFS}", "\n".join(refs))
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(out)


if __name__ == "__main__":
    build()
