#!/usr/bin/env python3
"""948: the log of a vLLM 0.4.2 OpenAI-compatible server (`nohup python -m vllm.entrypoints.openai.api_server … >
vllm.log 2>&1`) on a Korean NLP lab's GPU box, serving EEVE to the lab's Slack paper bot (논문봇), which asks for
three-line Korean summaries of papers for the lab wiki. vLLM's logging format `LEVEL MM-DD HH:MM:SS file.py:line]
message`; the start-up lines (version, the argparse Namespace, the engine config, NCCL, attention backend, weights,
KV-cache blocks, CUDA-graph capture); uvicorn's own `INFO:     ` lines and access lines; per request `Received request
cmpl-<32 hex>: prompt: <Python repr>, sampling_params: SamplingParams(…), prompt_token_ids: […], lora_request: None.`
(no --max-log-len, so prompts and token ids are logged in full), `Finished request …` / `Aborted request …`, the
5-second metrics lines, a 400 for an over-long prompt, one torch UserWarning on stderr. LF, a final newline. The
Hugging Face model card, the Illustrated BERT blog post and the wiki are not papers."""
import os, sys, random, hashlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys

F = by_num(948)
K = dict(bert="1810.04805", deberta="2006.03654", xlmr="1911.02116", roberta="1907.11692", cloze="2012.08561",
         xlnet="1906.08237", ulmfit="1801.06146", bpe="1508.07909")
MODEL = "yanolja/EEVE-Korean-Instruct-10.8B-v1.0"
SYS = ("A chat between a curious user and an artificial intelligence assistant. The assistant gives helpful, detailed, "
       "and polite answers to the user's questions.\nHuman: ")
rng = random.Random(948)


def rid(n):
    return "cmpl-" + hashlib.md5(f"948-{n}".encode()).hexdigest()


def v(ts, where, msg, level="INFO"):
    return f"{level} 05-14 {ts} {where}] {msg}"


def ids_for(prompt):
    n = 40 + int(len(prompt.encode("utf-8")) * 0.31)
    return [1] + [rng.randrange(3, 40960) for _ in range(n - 1)]


SP = ("SamplingParams(n=1, best_of=1, presence_penalty=0.0, frequency_penalty=0.0, repetition_penalty={rep}, "
      "temperature={temp}, top_p={top_p}, top_k=-1, min_p=0.0, seed=None, use_beam_search=False, length_penalty=1.0, "
      "early_stopping=False, stop={stop}, stop_token_ids=[], include_stop_str_in_output=False, ignore_eos=False, "
      "max_tokens={mt}, min_tokens=0, logprobs=None, prompt_logprobs=None, skip_special_tokens=True, "
      "spaces_between_special_tokens=True, truncate_prompt_tokens=None)")


def received(ts, n, human, mt=512, temp=0.3, stop="['Human:']"):
    prompt = SYS + human + "\nAssistant:\n"
    sp = SP.format(rep=1.05, temp=temp, top_p=0.9, stop=stop, mt=mt)
    return v(ts, "async_llm_engine.py:524",
             f"Received request {rid(n)}: prompt: {prompt!r}, sampling_params: {sp}, "
             f"prompt_token_ids: {ids_for(prompt)}, lora_request: None.")


def metrics(ts, pt, gt, run, kv):
    return v(ts, "metrics.py:229", f"Avg prompt throughput: {pt:.1f} tokens/s, Avg generation throughput: {gt:.1f} "
             f"tokens/s, Running: {run} reqs, Swapped: 0 reqs, Pending: 0 reqs, GPU KV cache usage: {kv:.1f}%, "
             "CPU KV cache usage: 0.0%")


def finished(ts, n):
    return v(ts, "async_llm_engine.py:120", f"Finished request {rid(n)}.")


def access(port, code="200 OK", method="POST", path="/v1/completions"):
    return f'INFO:     10.20.3.41:{port} - "{method} {path} HTTP/1.1" {code}'


ARGS = ("Namespace(host='0.0.0.0', port=8000, uvicorn_log_level='info', allow_credentials=False, allowed_origins=['*'], "
        "allowed_methods=['*'], allowed_headers=['*'], api_key=None, served_model_name=['eeve'], lora_modules=None, "
        "chat_template=None, response_role='assistant', ssl_keyfile=None, ssl_certfile=None, ssl_ca_certs=None, "
        "ssl_cert_reqs=0, root_path=None, middleware=[], model='" + MODEL + "', tokenizer=None, "
        "skip_tokenizer_init=False, revision=None, code_revision=None, tokenizer_revision=None, tokenizer_mode='auto', "
        "trust_remote_code=False, download_dir='/data/hf-cache', load_format='auto', dtype='auto', kv_cache_dtype='auto', "
        "quantization_param_path=None, max_model_len=4096, guided_decoding_backend='outlines', worker_use_ray=False, "
        "pipeline_parallel_size=1, tensor_parallel_size=1, max_parallel_loading_workers=None, "
        "ray_workers_use_nsight=False, block_size=16, enable_prefix_caching=False, use_v2_block_manager=False, "
        "num_lookahead_slots=0, seed=0, swap_space=4, gpu_memory_utilization=0.9, num_gpu_blocks_override=None, "
        "max_num_batched_tokens=None, max_num_seqs=256, max_logprobs=5, disable_log_stats=False, quantization=None, "
        "enforce_eager=False, max_context_len_to_capture=None, max_seq_len_to_capture=8192, "
        "disable_custom_all_reduce=False, tokenizer_pool_size=0, tokenizer_pool_type='ray', "
        "tokenizer_pool_extra_config=None, enable_lora=False, max_loras=1, max_lora_rank=16, lora_extra_vocab_size=256, "
        "lora_dtype='auto', max_cpu_loras=None, fully_sharded_loras=False, device='auto', image_input_type=None, "
        "image_token_id=None, image_input_shape=None, image_feature_size=None, scheduler_delay_factor=0.0, "
        "enable_chunked_prefill=False, speculative_model=None, num_speculative_tokens=None, "
        "speculative_max_model_len=None, speculative_disable_by_batch_size=None, ngram_prompt_lookup_max=None, "
        "ngram_prompt_lookup_min=None, model_loader_extra_config=None, served_model_name_alias=None, "
        "engine_use_ray=False, disable_log_requests=False, max_log_len=None)")
ENGINE = ("Initializing an LLM engine (v0.4.2) with config: model='" + MODEL + "', speculative_config=None, "
          "tokenizer='" + MODEL + "', skip_tokenizer_init=False, tokenizer_mode=auto, revision=None, "
          "tokenizer_revision=None, trust_remote_code=False, dtype=torch.bfloat16, max_seq_len=4096, "
          "download_dir='/data/hf-cache', load_format=LoadFormat.AUTO, tensor_parallel_size=1, "
          "disable_custom_all_reduce=False, quantization=None, enforce_eager=False, kv_cache_dtype=auto, "
          "quantization_param_path=None, device_config=cuda, decoding_config=DecodingConfig(guided_decoding_backend='outlines'), "
          "seed=0, served_model_name=eeve)")
ARGS = ARGS.replace("served_model_name_alias=None, ", "")

WIKI = "다음 논문을 연구실 위키용으로 세 줄 요약해 줘. 모델 이름과 전문용어는 영어 그대로 두고, 마지막 줄에 우리 과제(한국어 법률 문서 분류)와의 관련성을 한 문장으로 적어 줘.\n\n"
lines = [
    v("09:58:41", "api_server.py:151", "vLLM API server version 0.4.2"),
    v("09:58:41", "api_server.py:152", "args: " + ARGS),
    v("09:58:43", "llm_engine.py:100", ENGINE),
    v("09:58:44", "utils.py:660", "Found nccl from library /home/hajun/.config/vllm/nccl/cu12/libnccl.so.2.18.1"),
    v("09:58:46", "selector.py:27", "Using FlashAttention-2 backend."),
    v("09:58:48", "weight_utils.py:199", "Using model weights format ['*.safetensors']"),
    v("09:59:21", "model_runner.py:175", "Loading model weights took 20.2251 GB"),
    v("09:59:24", "gpu_executor.py:114", "# GPU blocks: 3907, # CPU blocks: 1365"),
    v("09:59:27", "model_runner.py:937", "Capturing the model for CUDA graphs. This may lead to unexpected consequences if the "
      "model is not static. To run the model in eager mode, set 'enforce_eager=True' or use '--enforce-eager' in the CLI."),
    v("09:59:27", "model_runner.py:941", "CUDA graphs can take additional 1~3 GiB memory per GPU. If you are running out of "
      "memory, consider decreasing `gpu_memory_utilization` or enforcing eager mode. You can also reduce the "
      "`max_num_seqs` as needed to decrease memory usage."),
    v("09:59:35", "model_runner.py:1017", "Graph capturing finished in 8 secs."),
    "INFO:     Started server process [2841097]",
    "INFO:     Waiting for application startup.",
    "INFO:     Application startup complete.",
    "INFO:     Uvicorn running on http://0.0.0.0:8000 (Press CTRL+C to quit)",
    access(50412, method="GET", path="/v1/models"),
    access(50413, method="GET", path="/health"),
    # 1: BERT, a link
    received("10:02:11", 1, WIKI + f"제목: {T(K['bert'])}\n링크: https://arxiv.org/abs/1810.04805\n요청: 김하준 (#paper-wiki)"),
    metrics("10:02:16", 388.6, 27.4, 1, 1.3),
    finished("10:02:19", 1),
    access(50418),
    metrics("10:02:26", 0.0, 11.2, 0, 0.0),
    # 2: RoBERTa, the id as text
    received("10:14:52", 2, WIKI + f"제목: {T(K['roberta'])}\narXiv: 1907.11692\n요청: 이서연 (#paper-wiki)\n"
             "메모: BERT 요약이랑 비교 가능하게, 무엇을 바꿨는지(NSP 제거, dynamic masking, 배치 크기) 위주로"),
    metrics("10:14:57", 412.0, 26.9, 1, 1.4),
    finished("10:15:02", 2),
    access(50433),
    # 3: the seminar candidates, titles only
    received("10:31:40", 3, "이번 주 목요일 세미나 발표 후보야. 석사 1학기생이 발표하기에 가장 좋은 논문 하나를 고르고 이유를 두 문장으로 써 줘.\n"
             f"1. {T(K['xlnet'])}\n2. {T(K['ulmfit'])}\n3. {T(K['bpe'])}\n"
             "참고: 3번은 토크나이저 실습(sentencepiece)과 같이 하면 좋겠다는 의견이 있었음.", mt=256),
    metrics("10:31:45", 201.7, 29.8, 1, 0.9),
    finished("10:31:48", 3),
    access(50440),
    metrics("10:31:55", 0.0, 6.1, 0, 0.0),
    # 4: DeBERTa, a link; a streamed request (uvicorn logs it when the headers go out), the client hangs up, then retries
    received("11:05:03", 4, WIKI + f"제목: {T(K['deberta'])}\n링크: https://arxiv.org/abs/2006.03654\n요청: 박민재 (#paper-wiki)"),
    access(50467),
    v("11:05:06", "async_llm_engine.py:154", f"Aborted request {rid(4)}."),
    received("11:05:21", 5, WIKI + f"제목: {T(K['deberta'])}\n링크: https://arxiv.org/abs/2006.03654\n요청: 박민재 (#paper-wiki)"),
    metrics("11:05:26", 395.2, 28.3, 1, 1.3),
    finished("11:05:29", 5),
    access(50471),
    # 5: a blog post, not a paper
    received("13:20:37", 6, "아래 블로그 글을 신입생 온보딩 자료로 쓸 수 있게 다섯 줄로 정리해 줘. 논문이 아니라 해설 글이야.\n"
             "글: The Illustrated BERT, ELMo, and co. (Jay Alammar)\nhttps://jalammar.github.io/illustrated-bert/", mt=384),
    metrics("13:20:42", 176.4, 30.1, 1, 0.8),
    finished("13:20:46", 6),
    access(50502),
    "/home/hajun/miniconda3/envs/vllm/lib/python3.10/site-packages/torch/nn/modules/module.py:1511: UserWarning: "
    "TypedStorage is deprecated. It will be removed in the future and UntypedStorage will be the only storage class. "
    "This should only matter to you if you are using storages directly.  To access UntypedStorage directly, use "
    "tensor.untyped_storage() instead of tensor.storage()",
    "  return self._call_impl(*args, **kwargs)",
    # 6: XLM-R, a pdf link
    received("14:47:15", 7, WIKI + f"제목: {T(K['xlmr'])}\n링크: https://arxiv.org/pdf/1911.02116\n요청: 최유진 (#paper-wiki)\n"
             "메모: CC-100, 다국어에서 저자원 언어 성능이 왜 떨어지는지(curse of multilinguality) 꼭 넣어 줘"),
    metrics("14:47:20", 455.9, 27.0, 1, 1.5),
    finished("14:47:24", 7),
    access(50544),
    # 7: the whole PDF text pasted: too long, a 400 before the engine sees it
    access(50561, code="400 Bad Request"),
    # 8: the Energy-Based Cloze paper, the id as text
    received("15:12:09", 8, WIKI + f"제목: {T(K['cloze'])}\narXiv 2012.08561 (EMNLP 2020)\n요청: 이서연 (#paper-wiki)\n"
             "메모: ELECTRA 후속. '전체 본문 넣었더니 400 나와서 제목만 보냄'"),
    metrics("15:12:14", 402.3, 26.5, 1, 1.4),
    finished("15:12:18", 8),
    access(50566),
    metrics("15:12:25", 0.0, 8.7, 0, 0.0),
]
write_only(F, "\n".join(lines) + "\n", keys(F),
           forms=[eval(l.split(": prompt: ", 1)[1].split(", sampling_params: ")[0]) for l in lines if "Received request" in l])
