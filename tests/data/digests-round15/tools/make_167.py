#!/usr/bin/env python3
"""Builds digests/167_srt_lecture_captions_efficient_sequence_models.srt: the human-made English captions of a
recorded lecture ("ML 4780, Lecture 14: Beyond quadratic attention"), as a captioning vendor delivers them and as
Subtitle Edit saves them: UTF-8 with a BOM, CRLF, numbered cues, "HH:MM:SS,mmm --> HH:MM:SS,mmm", at most two lines
of at most 42 characters per cue, an empty line after every cue (the last one too), ">> " at a change of speaker,
<i>…</i> around titles the lecturer reads off a slide, [bracketed] sound descriptions. Cue boundaries follow the
speech, so titles are broken over lines and over cues.

Papers are named aloud: by title (mostly), two with their arXiv numbers read out; nicknames (S4, Linformer,
Performer, "the Long Range Arena", "the linear attention paper") and non-papers (a blog post, the course site, a
GitHub repository, a talk) around them. Everything but the titles and ids is invented."""
import os, re

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "167_srt_lecture_captions_efficient_sequence_models.srt")

# (speaker change?, text). "|" forces a cue break inside a sentence where the captioner paused.
SPEECH = [
    (0, "[INDISTINCT CHATTER]"),
    (1, "PROFESSOR: Okay, let's get started. Can the back row hear me? Thumbs up? Great."),
    (0, "So today is lecture 14, beyond quadratic attention. Problem set four is out on the course site, and it's due a week from Friday."),
    (0, "Quick reminder of where we are. Two lectures ago we did the original transformer, the paper everybody cites as <i>Attention Is All You Need</i>, from 2017."),
    (0, "And the one thing I want you to take from that lecture is this: self-attention costs n squared in the sequence length, in time and in memory."),
    (0, "Before transformers, of course, the answer to long sequences was recurrence. Hochreiter and Schmidhuber, 1997, Long Short-Term Memory."),
    (0, "Constant memory per step, but you cannot parallelize over time, and that is the whole tension of today's lecture."),
    (0, "So, first family: make attention sparse. The OpenAI paper here is Generating Long Sequences with Sparse Transformers, by Child and colleagues, 2019."),
    (0, "Strided and fixed patterns, roughly n times root n. They trained it on images, on audio, on raw bytes."),
    (0, "Then the Allen Institute paper, <i>Longformer: The Long-Document Transformer</i>. Sliding window plus a handful of global tokens."),
    (0, "If you've used the Hugging Face implementation you've used that. Second family: hashing."),
    (0, "<i>Reformer: The Efficient Transformer</i>, from Kitaev, Kaiser and Levskaya. Locality-sensitive hashing to bucket the queries and keys, plus reversible layers to save activation memory."),
    (1, ">> STUDENT: Is that the same as Linformer?"),
    (1, ">> PROFESSOR: No, good question. Linformer projects the keys and values down to a fixed length. Low-rank, not hashing. Performer is random features. We'll skip both today; they're in the optional reading."),
    (0, "Third family, and this is the one I care about: kernelize the softmax and you get a recurrence back."),
    (0, "The paper is Transformers are RNNs: Fast Autoregressive|Transformers with Linear Attention, Katharopoulos et al., ICML 2020."),
    (0, "Everyone calls it the linear attention paper. Write phi of q times the sum of phi of k, v transposed, and causal decoding becomes an RNN with a matrix-valued state."),
    (0, "[WRITING ON BOARD]"),
    (0, "If you want a map of all of this, there's a survey I like, A Practical Survey on Faster and Lighter Transformers, by Fournier, Marceau Caron and Aloise."),
    (0, "It's long, but section four has a table of every variant and its complexity. Okay."),
    (0, "Now the other road: state space models. This starts with HiPPO: Recurrent Memory with Optimal Polynomial Projections."),
    (0, "It's 2008.07669 on arXiv, which always confuses people, because it looks like it's from the year 2008. It's from 2020."),
    (0, "The idea is online function approximation: keep the coefficients of a Legendre projection of the whole history, updated by a linear ODE."),
    (0, "S4 builds on that, and I'm not going to go through S4 in detail. Sasha Rush's blog post, The Annotated S4, does it better than I could. Link's on the course site."),
    (0, "What I want to show instead is where this went. First, convolutions: Hyena Hierarchy: Towards Larger Convolutional Language Models, that's arXiv 2302.10866."),
    (0, "Long implicit convolutions, interleaved with gating. At the 2K context they match attention. At 64K they're much faster."),
    (0, "Then Microsoft's paper, Retentive Network: A Successor to Transformer for Large Language Models. They call it RetNet."),
    (0, "Three forms of the same layer: parallel for training, recurrent for decoding, chunkwise in between."),
    (0, "And finally, the one you've all heard of: Mamba: Linear-Time Sequence Modeling|with Selective State Spaces, Gu and Dao, December 2023."),
    (0, "The selection mechanism makes the state space parameters depend on the input, which breaks the convolution trick, so they need a hardware-aware parallel scan."),
    (0, "The code is at github.com/state-spaces/mamba, and honestly the CUDA kernel is half the contribution."),
    (1, ">> STUDENT: How does it do on the Long Range Arena?"),
    (1, ">> PROFESSOR: They mostly don't report it. Which is itself interesting. We'll talk about benchmarks on Thursday. Tri Dao's talk at the Simons Institute covers that, it's on YouTube."),
    (0, "Okay, let's take five minutes. After the break: the hardware side, and why FLOPs are the wrong thing to count."),
    (0, "[BREAK]"),
]

LINE, MAXC = 42, 84


def wrap(text):
    words, lines, cur = text.split(), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > LINE:
            lines.append(cur); cur = w
        else:
            cur = (cur + " " + w) if cur else w
    if cur: lines.append(cur)
    return lines


def chunks(sentence):
    """split an utterance into cue texts of at most two lines of 42 characters, at sentence ends where possible"""
    out = []
    for part in sentence.split("|"):
        sents = re.split(r"(?<=[.?!,;:])\s+", part.strip())
        cur = ""
        for s in sents:
            cand = (cur + " " + s) if cur else s
            if len(wrap(re.sub(r"</?i>", "", cand))) <= 2:
                cur = cand
            else:
                if cur: out.append(cur)
                # a sentence longer than one cue: break it by words
                if len(wrap(re.sub(r"</?i>", "", s))) > 2:
                    words, cur = s.split(), ""
                    for w in words:
                        c2 = (cur + " " + w) if cur else w
                        if len(wrap(re.sub(r"</?i>", "", c2))) > 2:
                            out.append(cur); cur = w
                        else:
                            cur = c2
                else:
                    cur = s
        if cur: out.append(cur)
    return out


def cue_lines(text):
    """wrap the visible text, then put the <i> tags back around the same characters"""
    plain = re.sub(r"</?i>", "", text)
    lines = wrap(plain)
    if "<i>" not in text:
        return lines
    # map italic spans onto the wrapped lines
    spans, pos, out = [], 0, []
    for m in re.finditer(r"<i>(.*?)</i>", text):
        start = len(re.sub(r"</?i>", "", text[:m.start()]))
        spans.append((start, start + len(m.group(1))))
    for ln in lines:
        s, e = pos, pos + len(ln)
        buf = ""
        for i, ch in enumerate(ln, s):
            if any(i == a for a, b in spans) or (i == s and any(a < s < b for a, b in spans)):
                buf += "<i>"
            buf += ch
            if any(i + 1 == b for a, b in spans) or (i + 1 == e and any(a < e < b for a, b in spans)):
                buf += "</i>"
        out.append(buf)
        pos = e + 1
    return out


def ts(ms):
    h, ms = divmod(ms, 3600000)
    m, ms = divmod(ms, 60000)
    s, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{s:02d},{ms:03d}"


def build():
    cues, t = [], 4210
    for change, utt in SPEECH:
        for c in chunks(utt):
            plain = re.sub(r"</?i>", "", c)
            dur = 900 + 58 * len(plain) + (len(plain) * 7) % 230
            if plain.startswith("["):
                dur = 1800 + (len(plain) * 37) % 900
            cues.append((t, t + dur, cue_lines(c)))
            t += dur + 80 + (len(plain) * 13) % 170
        t += 400
    out = []
    for i, (a, b, lines) in enumerate(cues, 1):
        out.append(f"{i}\r\n{ts(a)} --> {ts(b)}\r\n" + "\r\n".join(lines) + "\r\n\r\n")
    data = "\ufeff" + "".join(out)
    with open(OUT, "w", encoding="utf-8", newline="") as fh:
        fh.write(data)


if __name__ == "__main__":
    build()
