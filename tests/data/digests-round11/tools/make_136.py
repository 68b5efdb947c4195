#!/usr/bin/env python3
"""Builds digests/136_negative_teams_meeting_transcript.vtt: a Microsoft Teams meeting transcript downloaded as
.vtt. WEBVTT header, then one cue per utterance: Teams' cue identifier (<meeting GUID>/<n>-<m>, where a long
utterance is split into -0, -1 … cues), HH:MM:SS.mmm timing, and the text inside a <v Speaker Name> voice tag.
Speech-recognition quirks kept (filler words, "um", a misheard term, self-corrections). No paper is referenced."""
import os

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "136_negative_teams_meeting_transcript.vtt")
GUID = "7c0e4d2a-93b1-4f6e-8a27-b5d1e0c94f38"

# (start seconds, duration, speaker, text); consecutive entries with the same speaker and "+" continue a turn
U = [
    (3.1, 4.2, "Johanna Berg", "OK, I think we can start. Is the recording on? Yes. Good."),
    (8.0, 9.6, "Johanna Berg", "So, lab meeting, 14th of May. Agenda is in the chat: cluster, the deadline, "
                               "reviewing, and then Amara's update on the long-context runs."),
    (18.2, 3.0, "Tobias Lindqvist", "Can everyone see my screen?"),
    (21.9, 2.1, "Li Wei", "Yes."),
    (24.5, 12.8, "Tobias Lindqvist", "OK so the cluster. Maintenance is next Tuesday, the 21st, from 7 to about "
                                     "2 PM. All jobs on the A100 partition get killed at 6:45, so please checkpoint."),
    (37.6, 11.3, "Tobias Lindqvist", "After the maintenance we're on driver 550 and CUDA 12.4, and the default "
                                     "module becomes torch 2.3.0. Flash attn 2.5.8 is built against that, so if you "
                                     "pin an older version in your environment you have to rebuild it yourself."),
    (49.4, 6.2, "Johanna Berg", "And the quota?"),
    (56.0, 14.9, "Tobias Lindqvist", "Quota is 1.5k GPU hours per person per month until the deadline, then it "
                                     "goes back to 800. If you need more, ask me before you submit the array, not "
                                     "after. Job 4417203 ran for 3 days on 16 GPUs and nobody told me."),
    (71.4, 2.8, "Ravi Menon (Guest)", "Sorry, that was me. Um, yeah."),
    (74.6, 4.9, "Tobias Lindqvist", "It's fine. Just, you know. Next time."),
    (80.1, 10.2, "Johanna Berg", "OK. Deadline. Abstract deadline is Wednesday the 15th, full paper the 22nd. "
                                 "Amara, Li, you both have a submission."),
    (90.8, 13.5, "Amara Okonkwo", "Yes, ours is basically the long-context thing. The abstract is in Overleaf, "
                                  "title is still, um, \"Small models, long contexts: what actually transfers\", "
                                  "but I'm not attached to it."),
    (104.7, 5.3, "Johanna Berg", "Hmm, it sounds like a talk title. We can fix that later."),
    (110.4, 12.1, "Li Wei", "Ours is the tokenizer paper. We are fine for the abstract. For the full paper we "
                            "still need the multilingual table, that's maybe 300 GPU hours."),
    (123.0, 6.9, "Johanna Berg", "OK, that fits. And please, both of you, run the checklist early. Last year we "
                                 "lost a whole afternoon on it."),
    (130.3, 4.0, "Amara Okonkwo", "Is it still the same checklist as last year?"),
    (134.6, 7.4, "Johanna Berg", "Mostly. There's a new question on compute. Just answer it honestly, it's fine."),
    (142.5, 14.7, "Johanna Berg", "Reviewing. I got assigned six papers as area chair, no, sorry, as reviewer for "
                                  "the workshop, and I'm going to give two of them to Tobias and Li as "
                                  "sub-reviewers. I'll send them after the deadline. Don't share them, don't put "
                                  "them in a chat bot."),
    (157.8, 2.2, "Li Wei", "OK."),
    (160.4, 3.0, "Tobias Lindqvist", "Sure."),
    (164.0, 8.4, "Johanna Berg", "Good. Amara, your update. And keep it to ten minutes, we have the room until "
                                 "eleven."),
    (173.1, 16.6, "Amara Okonkwo", "OK. So, last time I showed the LoRA runs on the 1B model. Since then I did the "
                                   "same at 7B. Short version, the rank doesn't matter much above 16, which is what "
                                   "everyone says, but the learning rate matters a lot more than I thought."),
    (190.2, 12.3, "Amara Okonkwo", "Second thing. I tried to go, um, Chinchilla-optimal for the small model, so "
                                   "roughly 20 tokens per parameter, and then continued pre-training on long "
                                   "documents. And the long-context eval goes from, uh, 0.61 to 0.79."),
    (203.0, 5.6, "Ravi Menon (Guest)", "Is that with the rope scaling or without?"),
    (209.1, 11.0, "Amara Okonkwo", "With. Linear scaling by four, and then 2000 steps at 16k. Without it, it "
                                   "just falls apart after 8k, like everyone's plots."),
    (220.6, 9.9, "Johanna Berg", "And the needle test? Because reviewers will ask for the needle test even though "
                                 "we all know it's not very informative."),
    (231.0, 7.8, "Amara Okonkwo", "I have it. It's green everywhere up to 16k, which, yeah, as you say. I put it "
                                  "in the appendix."),
    (239.3, 12.6, "Li Wei", "Did you compare with the state space models? Because, uh, the Mamba-style models "
                            "people keep saying they are better for this."),
    (252.4, 13.2, "Amara Okonkwo", "Not yet. I have one run with a hybrid, but the kernel from the repo didn't "
                                   "compile on our driver. After Tuesday maybe it works. I don't want to put a half "
                                   "comparison in the paper."),
    (266.1, 8.7, "Johanna Berg", "Agreed. Leave it out, put it in the rebuttal if someone asks. Or in the camera "
                                 "ready."),
    (275.3, 15.4, "Ravi Menon (Guest)", "One more question. The 0.79, is that mean over three seeds? Because the "
                                        "variance on those long-context tasks is, I mean, in our group we saw plus "
                                        "minus five points between seeds."),
    (291.2, 9.5, "Amara Okonkwo", "Three seeds, and the standard deviation is 1.8. I'll add the error bars, you're "
                                  "right, they're not in the slide."),
    (301.4, 11.3, "Johanna Berg", "OK, good. Thanks Amara. That's really nice progress. Anything else? Ravi, you "
                                  "wanted to say something about the reading group."),
    (313.2, 16.9, "Ravi Menon (Guest)", "Yes, just quickly. Next week's reading group is the DPO paper, and the week "
                                        "after we do the, the flash attention kernel, uh, walk-through, Tobias "
                                        "offered to do it on the whiteboard. The list is on the wiki."),
    (330.6, 8.1, "Tobias Lindqvist", "I offered to do it if nobody else does. It's different."),
    (339.2, 6.4, "Johanna Berg", "Ha. OK. Last thing: Li's defence is on June 28th, 2 PM, room 2.031."),
    (346.0, 9.8, "Li Wei", "Yes, the title is \"Subword segmentation for morphologically rich languages: "
                           "tokenizers, transfer and trade-offs\". Everyone is invited, there is cake."),
    (356.4, 4.6, "Johanna Berg", "There is always cake. OK, thanks everyone. Stopping the recording."),
]


def ts(s):
    h, rem = divmod(s, 3600)
    m, sec = divmod(rem, 60)
    return f"{int(h):02d}:{int(m):02d}:{sec:06.3f}"


def split(text, n=110):
    """Teams splits long utterances into several cues of at most ~110 characters, at word boundaries."""
    parts, cur = [], ""
    for w in text.split(" "):
        if cur and len(cur) + 1 + len(w) > n:
            parts.append(cur)
            cur = w
        else:
            cur = (cur + " " + w).strip()
    parts.append(cur)
    return parts


out = ["WEBVTT", ""]
for i, (start, dur, who, text) in enumerate(U):
    pieces = split(text)
    total = sum(len(p) for p in pieces)
    t = start
    for j, p in enumerate(pieces):
        d = dur * len(p) / total
        out += [f"{GUID}/{12 + i}-{j}", f"{ts(t)} --> {ts(t + d)}", f"<v {who}>{p}</v>", ""]
        t += d
open(OUT, "w", encoding="utf-8", newline="").write("\n".join(out))
print(OUT)
