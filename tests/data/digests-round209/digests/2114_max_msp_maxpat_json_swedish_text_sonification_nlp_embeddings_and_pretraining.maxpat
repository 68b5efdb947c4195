{
	"patcher" : {
		"fileversion" : 1,
		"appversion" : {
			"major" : 8,
			"minor" : 5,
			"revision" : 6,
			"architecture" : "x64",
			"modernui" : 1
		},
		"classnamespace" : "box",
		"rect" : [
			85.0,
			104.0,
			900.0,
			720.0
		],
		"bglocked" : 0,
		"openinpresentation" : 0,
		"default_fontsize" : 12.0,
		"default_fontname" : "Arial",
		"gridsize" : [
			15.0,
			15.0
		],
		"boxes" : [
			{
				"box" : {
					"id" : "obj-1",
					"maxclass" : "comment",
					"numinlets" : 1,
					"numoutlets" : 0,
					"patching_rect" : [
						30.0,
						20.0,
						340.0,
						44.0
					],
					"text" : "inbäddning-ljud v2 – Elin Bergqvist <elin.bergqvist@ljudtext.example.se>\nhttps://github.com/ljudtext/inbaddning-ljud",
					"linecount" : 2
				}
			},
			{
				"box" : {
					"id" : "obj-2",
					"maxclass" : "comment",
					"numinlets" : 1,
					"numoutlets" : 0,
					"patching_rect" : [
						30.0,
						65.0,
						340.0,
						66.0
					],
					"text" : "Meningsvektorer från Sentence-BERT: Sentence Embeddings using Siamese BERT-Networks\nhttps://arxiv.org/abs/1908.10084\n(räknas i Python, skickas hit via OSC)",
					"linecount" : 3
				}
			},
			{
				"box" : {
					"id" : "obj-3",
					"maxclass" : "comment",
					"numinlets" : 1,
					"numoutlets" : 0,
					"patching_rect" : [
						30.0,
						110.0,
						340.0,
						44.0
					],
					"text" : "Tokenisering: Neural Machine Translation of Rare Words with Subword Units https://arxiv.org/pdf/1508.07909v1\nbibliotek: HuggingFace's Transformers: State-of-the-art Natural Language Processing http://arxiv.org/abs/1910.03771",
					"linecount" : 2
				}
			},
			{
				"box" : {
					"id" : "obj-4",
					"maxclass" : "comment",
					"numinlets" : 1,
					"numoutlets" : 0,
					"patching_rect" : [
						30.0,
						155.0,
						340.0,
						44.0
					],
					"text" : "Förträning, läs före torsdag: Improving Self-supervised Pre-training via a Fully-Explored Masked Language Model\nhttps://openreview.net/forum?id=cYr2OPNyTz7",
					"linecount" : 2
				}
			},
			{
				"box" : {
					"id" : "obj-5",
					"maxclass" : "comment",
					"numinlets" : 1,
					"numoutlets" : 0,
					"patching_rect" : [
						30.0,
						200.0,
						340.0,
						22.0
					],
					"text" : "Jämför med BART: Denoising Sequence-to-Sequence Pre-training for Natural Language Generation, Translation, and Comprehension (arXiv:1910.13461) och Pre-Training Transformers as Energy-Based Cloze Models",
					"linecount" : 1
				}
			},
			{
				"box" : {
					"id" : "obj-6",
					"maxclass" : "comment",
					"numinlets" : 1,
					"numoutlets" : 0,
					"patching_rect" : [
						30.0,
						245.0,
						340.0,
						22.0
					],
					"text" : "Varför låter uppmärksamheten så? Se Attention is Not Only a Weight: Analyzing Transformers with Vector Norms. Nästa termin: The Power of Scale for Parameter-Efficient Prompt Tuning",
					"linecount" : 1
				}
			},
			{
				"box" : {
					"id" : "obj-7",
					"maxclass" : "comment",
					"numinlets" : 1,
					"numoutlets" : 0,
					"patching_rect" : [
						30.0,
						290.0,
						340.0,
						66.0
					],
					"text" : "Bok: Puckette, The Theory and Technique of Electronic Music\nDokumentation: https://docs.cycling74.com/max8\nFöredrag: https://video.ljudtext.example.se/foredrag/2024-04",
					"linecount" : 3
				}
			},
			{
				"box" : {
					"id" : "obj-8",
					"maxclass" : "newobj",
					"numinlets" : 1,
					"numoutlets" : 1,
					"outlettype" : [
						""
					],
					"patching_rect" : [
						430.0,
						335.0,
						120.0,
						22.0
					],
					"text" : "udpreceive 7400"
				}
			},
			{
				"box" : {
					"id" : "obj-9",
					"maxclass" : "newobj",
					"numinlets" : 1,
					"numoutlets" : 2,
					"outlettype" : [
						"",
						""
					],
					"patching_rect" : [
						430.0,
						380.0,
						120.0,
						22.0
					],
					"text" : "route /vektor"
				}
			},
			{
				"box" : {
					"id" : "obj-10",
					"maxclass" : "newobj",
					"numinlets" : 1,
					"numoutlets" : 3,
					"outlettype" : [
						"float",
						"float",
						"float"
					],
					"patching_rect" : [
						430.0,
						425.0,
						120.0,
						22.0
					],
					"text" : "unpack f f f"
				}
			},
			{
				"box" : {
					"id" : "obj-11",
					"maxclass" : "newobj",
					"numinlets" : 6,
					"numoutlets" : 1,
					"outlettype" : [
						""
					],
					"patching_rect" : [
						430.0,
						470.0,
						120.0,
						22.0
					],
					"text" : "scale 0. 1. 220. 880."
				}
			},
			{
				"box" : {
					"id" : "obj-12",
					"maxclass" : "newobj",
					"numinlets" : 2,
					"numoutlets" : 1,
					"outlettype" : [
						"signal"
					],
					"patching_rect" : [
						430.0,
						515.0,
						120.0,
						22.0
					],
					"text" : "cycle~"
				}
			},
			{
				"box" : {
					"id" : "obj-13",
					"maxclass" : "newobj",
					"numinlets" : 2,
					"numoutlets" : 1,
					"outlettype" : [
						"signal"
					],
					"patching_rect" : [
						430.0,
						560.0,
						120.0,
						22.0
					],
					"text" : "*~ 0.2"
				}
			},
			{
				"box" : {
					"id" : "obj-14",
					"maxclass" : "ezdac~",
					"numinlets" : 2,
					"numoutlets" : 0,
					"patching_rect" : [
						430.0,
						605.0,
						120.0,
						22.0
					]
				}
			}
		],
		"lines" : [
			{
				"patchline" : {
					"destination" : [
						"obj-9",
						0
					],
					"source" : [
						"obj-8",
						0
					]
				}
			},
			{
				"patchline" : {
					"destination" : [
						"obj-10",
						0
					],
					"source" : [
						"obj-9",
						0
					]
				}
			},
			{
				"patchline" : {
					"destination" : [
						"obj-11",
						0
					],
					"source" : [
						"obj-10",
						0
					]
				}
			},
			{
				"patchline" : {
					"destination" : [
						"obj-12",
						0
					],
					"source" : [
						"obj-11",
						0
					]
				}
			},
			{
				"patchline" : {
					"destination" : [
						"obj-13",
						0
					],
					"source" : [
						"obj-12",
						0
					]
				}
			},
			{
				"patchline" : {
					"destination" : [
						"obj-14",
						0
					],
					"source" : [
						"obj-13",
						0
					]
				}
			},
			{
				"patchline" : {
					"destination" : [
						"obj-14",
						1
					],
					"source" : [
						"obj-13",
						0
					]
				}
			}
		],
		"dependency_cache" : [],
		"autosave" : 0
	}
}
