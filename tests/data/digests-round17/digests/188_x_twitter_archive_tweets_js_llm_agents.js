window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1768384634856469294"
          ],
          "editableUntil" : "2024-03-14T22:12:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/pNgHRAn91A",
            "expanded_url" : "https://docs.google.com/document/d/1qKx7Rz0dWm3TfGvA8bN2yLc5uE4oPiS/edit",
            "display_url" : "docs.google.com/document/d…",
            "indices" : [
              "172",
              "195"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "195"
      ],
      "favorite_count" : "9",
      "id_str" : "1768384634856469294",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1768384634856469294",
      "possibly_sensitive" : false,
      "created_at" : "Thu Mar 14 21:12:06 +0000 2024",
      "favorited" : false,
      "full_text" : "reading list for our agents guild, nicknames only because I'm lazy: ReAct, Reflexion, Toolformer, Voyager, the Generative Agents town, SWE-agent. Titles + links in the doc https://t.co/pNgHRAn91A",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1763120370915709674"
          ],
          "editableUntil" : "2024-02-29T09:33:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "24",
      "id_str" : "1763120370915709674",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1763120370915709674",
      "created_at" : "Thu Feb 29 08:33:48 +0000 2024",
      "favorited" : false,
      "full_text" : "evals &amp; agents office hours move to Thursdays 17:00 WET from next week. Bring traces, not vibes",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1754832423701674576"
          ],
          "editableUntil" : "2024-02-06T12:40:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "agents",
            "indices" : [
              "127",
              "134"
            ]
          },
          {
            "text" : "opensource",
            "indices" : [
              "135",
              "146"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "agentkit",
            "screen_name" : "agentkit_dev",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "1620417762200838145",
            "id" : "1620417762200838145"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/eUiE7QvpKI",
            "expanded_url" : "https://github.com/agentkit-dev/agentkit/releases/tag/v0.9.0",
            "display_url" : "github.com/agentkit-dev/ag…",
            "indices" : [
              "147",
              "170"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "170"
      ],
      "favorite_count" : "0",
      "id_str" : "1754832423701674576",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1754832423701674576",
      "possibly_sensitive" : false,
      "created_at" : "Tue Feb 06 11:40:27 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @agentkit_dev: agentkit 0.9 is out: tool schemas from type hints, retries with backoff, OpenTelemetry traces for every step #agents #opensource https://t.co/eUiE7QvpKI",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1748405267869664918"
          ],
          "editableUntil" : "2024-01-19T19:01:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/dUZzOZbalc",
            "expanded_url" : "https://speakerdeck.com/miraokafor/agents-that-can-say-i-dont-know",
            "display_url" : "speakerdeck.com/miraokafor…",
            "indices" : [
              "122",
              "145"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "145"
      ],
      "favorite_count" : "26",
      "id_str" : "1748405267869664918",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1748405267869664918",
      "possibly_sensitive" : false,
      "created_at" : "Fri Jan 19 18:01:14 +0000 2024",
      "favorited" : false,
      "full_text" : "slides from my talk \"Agents that can say I don't know\" at the Lisbon LLM meetup, with the eval harness we use internally: https://t.co/dUZzOZbalc",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1731770325882401571"
          ],
          "editableUntil" : "2023-12-04T21:19:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Kevin Oduya",
            "screen_name" : "kev_ml",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "2790316044",
            "id" : "2790316044"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "8",
        "156"
      ],
      "favorite_count" : "49",
      "in_reply_to_status_id_str" : "1731764814416000575",
      "id_str" : "1731770325882401571",
      "in_reply_to_user_id" : "2790316044",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1731770325882401571",
      "in_reply_to_status_id" : "1731764814416000575",
      "created_at" : "Mon Dec 04 20:19:55 +0000 2023",
      "favorited" : false,
      "full_text" : "@kev_ml the in-context learning part of Language Models are Few-Shot Learners still holds up honestly. Section 3 + the contamination appendix, skip the rest",
      "lang" : "en",
      "in_reply_to_screen_name" : "kev_ml",
      "in_reply_to_user_id_str" : "2790316044"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1712122506701287439"
          ],
          "editableUntil" : "2023-10-11T16:06:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/SMaDUvEUBb",
            "expanded_url" : "https://www.swebench.com",
            "display_url" : "swebench.com",
            "indices" : [
              "211",
              "234"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "234"
      ],
      "favorite_count" : "36",
      "id_str" : "1712122506701287439",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1712122506701287439",
      "possibly_sensitive" : false,
      "created_at" : "Wed Oct 11 15:06:29 +0000 2023",
      "favorited" : false,
      "full_text" : "SWE-bench: Can Language Models Resolve Real-World GitHub Issues? 2,294 issues from 12 Python repos, fix must pass the repo's own tests, best model solves ~2%. Finally an agent benchmark that hurts. leaderboard: https://t.co/SMaDUvEUBb",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1701573876390194387"
          ],
          "editableUntil" : "2023-09-12T13:30:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "212"
      ],
      "favorite_count" : "21",
      "id_str" : "1701573876390194387",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1701573876390194387",
      "created_at" : "Tue Sep 12 12:30:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Unpopular opinion: Measuring Massive Multitask Language Understanding (arXiv 2009.03300) was a great benchmark in 2020 and is a leaderboard meme in 2023. Please stop putting it in the first column of every table.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1684983350462510860"
          ],
          "editableUntil" : "2023-07-28T18:45:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/j2RfvtTfCs",
            "expanded_url" : "https://twitter.com/cmu_llm_sec/status/1684976281004777473",
            "display_url" : "twitter.com/cmu_llm_sec/st…",
            "indices" : [
              "183",
              "206"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "206"
      ],
      "favorite_count" : "18",
      "id_str" : "1684983350462510860",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1684983350462510860",
      "possibly_sensitive" : false,
      "created_at" : "Fri Jul 28 17:45:10 +0000 2023",
      "favorited" : false,
      "full_text" : "Universal and Transferable Adversarial Attacks on Aligned Language Models: a gibberish suffix optimised on open models also jailbreaks the closed ones. Red-teaming just got automated https://t.co/j2RfvtTfCs",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1671443492708463900"
          ],
          "editableUntil" : "2023-06-21T10:02:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/1g5rnl1KIn",
            "expanded_url" : "https://arxiv.org/pdf/2306.11644",
            "display_url" : "arxiv.org/pdf/2306.11644",
            "indices" : [
              "181",
              "204"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "204"
      ],
      "favorite_count" : "73",
      "id_str" : "1671443492708463900",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1671443492708463900",
      "possibly_sensitive" : false,
      "created_at" : "Wed Jun 21 09:02:37 +0000 2023",
      "favorited" : false,
      "full_text" : "Textbooks Are All You Need. 1.3B params, ~7B tokens of \"textbook quality\" code + synthetic exercises, and it beats much bigger models on HumanEval. Data quality beats scale, again. https://t.co/1g5rnl1KIn",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1644692622898048494"
          ],
          "editableUntil" : "2023-04-08T14:24:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Mira Okafor",
            "screen_name" : "mira_evals",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1187203395126304768",
            "id" : "1187203395126304768"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/kTEpc6iilK",
            "expanded_url" : "https://reverie-replay.example.dev/town/3",
            "display_url" : "reverie-replay.example.dev…",
            "indices" : [
              "133",
              "156"
            ]
          }
        ]
      },
      "display_text_range" : [
        "12",
        "156"
      ],
      "favorite_count" : "14",
      "in_reply_to_status_id_str" : "1644691752307273077",
      "id_str" : "1644692622898048494",
      "in_reply_to_user_id" : "1187203395126304768",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1644692622898048494",
      "in_reply_to_status_id" : "1644691752307273077",
      "possibly_sensitive" : false,
      "created_at" : "Sat Apr 08 13:24:12 +0000 2023",
      "favorited" : false,
      "full_text" : "@mira_evals the retrieval score (recency + importance + relevance) is the part I'm stealing for our support bot. replay of the town: https://t.co/kTEpc6iilK",
      "lang" : "en",
      "in_reply_to_screen_name" : "mira_evals",
      "in_reply_to_user_id_str" : "1187203395126304768"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1644691752307273077"
          ],
          "editableUntil" : "2023-04-08T14:20:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "199"
      ],
      "favorite_count" : "25",
      "id_str" : "1644691752307273077",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1644691752307273077",
      "created_at" : "Sat Apr 08 13:20:45 +0000 2023",
      "favorited" : false,
      "full_text" : "Generative Agents: Interactive Simulacra of Human Behavior. 25 agents in a Sims-like town with a memory stream, reflection and planning, and one of them organises a Valentine's Day party on her own 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1642436210916615687"
          ],
          "editableUntil" : "2023-04-02T08:58:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "NLP paper digest 🤖",
            "screen_name" : "nlp_digest_bot",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "1409877312554106881",
            "id" : "1409877312554106881"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "218"
      ],
      "favorite_count" : "0",
      "id_str" : "1642436210916615687",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1642436210916615687",
      "created_at" : "Sun Apr 02 07:58:02 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @nlp_digest_bot: A Survey of Large Language Models (Zhao et al.) is now the best single map of the field: pre-training, adaptation, utilization, capacity evaluation, 50+ pages of refs. New version adds a section on…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1638302382647552838"
          ],
          "editableUntil" : "2023-03-21T23:11:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "233"
      ],
      "favorite_count" : "49",
      "id_str" : "1638302382647552838",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1638302382647552838",
      "created_at" : "Tue Mar 21 22:11:40 +0000 2023",
      "favorited" : false,
      "full_text" : "Reflexion: an autonomous agent with dynamic memory and self-reflection (arXiv:2303.11366). The agent writes a short post-mortem after each failed episode and reads it on the next try. Cheap trick, big HumanEval jump?? reading tonight",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1623991996151081702"
          ],
          "editableUntil" : "2023-02-10T11:27:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/gACyF3kPUe",
            "expanded_url" : "https://arxiv.org/abs/2302.04761",
            "display_url" : "arxiv.org/abs/2302.04761",
            "indices" : [
              "194",
              "217"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "217"
      ],
      "favorite_count" : "56",
      "id_str" : "1623991996151081702",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1623991996151081702",
      "possibly_sensitive" : false,
      "created_at" : "Fri Feb 10 10:27:18 +0000 2023",
      "favorited" : false,
      "full_text" : "Toolformer: Language Models Can Teach Themselves to Use Tools. The model annotates its own training data with API calls and keeps the ones that lower the loss. Calculator, search, calendar, MT. https://t.co/gACyF3kPUe",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1578461118650626547"
          ],
          "editableUntil" : "2022-10-07T20:03:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/O6TngYS0mG",
            "expanded_url" : "https://openreview.net/forum?id=WE_vluYUL-X",
            "display_url" : "openreview.net/forum?id=WE…",
            "indices" : [
              "183",
              "206"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "206"
      ],
      "favorite_count" : "24",
      "id_str" : "1578461118650626547",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1578461118650626547",
      "possibly_sensitive" : false,
      "created_at" : "Fri Oct 07 19:03:51 +0000 2022",
      "favorited" : false,
      "full_text" : "ReAct: Synergizing Reasoning and Acting in Language Models. Interleave thoughts and tool calls in one trace, and the failure cases become readable. The ICLR reviews are worth it too: https://t.co/O6TngYS0mG",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1542783957783462809"
          ],
          "editableUntil" : "2022-07-01T09:15:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "216"
      ],
      "favorite_count" : "41",
      "id_str" : "1542783957783462809",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1542783957783462809",
      "created_at" : "Fri Jul 01 08:15:33 +0000 2022",
      "favorited" : false,
      "full_text" : "Solving Quantitative Reasoning Problems with Language Models (Lewkowycz et al.) is the first time I've seen an LM do undergrad physics with no calculator. Majority voting over 64 samples does a lot of the work though",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1488190877340878531"
          ],
          "editableUntil" : "2022-01-31T17:42:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/AEl4sYu9gW",
            "expanded_url" : "https://arxiv.org/abs/2201.11903v1",
            "display_url" : "arxiv.org/abs/2201.11903v1",
            "indices" : [
              "204",
              "227"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "227"
      ],
      "favorite_count" : "74",
      "id_str" : "1488190877340878531",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1488190877340878531",
      "possibly_sensitive" : false,
      "created_at" : "Mon Jan 31 16:42:09 +0000 2022",
      "favorited" : false,
      "full_text" : "Chain of Thought Prompting Elicits Reasoning in Large Language Models: write the reasoning out in the few-shot examples and the big model suddenly does GSM8K. Prompting is a research area now, apparently https://t.co/AEl4sYu9gW",
      "lang" : "en"
    }
  }
]