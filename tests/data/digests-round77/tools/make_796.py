#!/usr/bin/env python3
"""796 (negative): a Zellij 0.39 layout file (KDL 1.0): `//` line comments, `/* … */` block comment and `/-` slashdash
(a node commented out), `layout { … }` with `default_tab_template` (tab-bar / status-bar plugins, `children`),
`pane_template` and `tab_template` definitions, `tab name=… focus=true`, `pane` nodes with `split_direction`, `size`,
`command`, `args`, `cwd`, `start_suspended`, `close_on_exit`, `borderless`, `swap_tiled_layout` with `tab
max_panes=…`. Korean comments; a speech-recognition group's training-monitor workspace, no paper in it."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import by_num

F = by_num(796)
text = r'''// ~/.config/zellij/layouts/asr-train.kdl
// 음성인식(ASR) 팀 학습 모니터링용 레이아웃
// 사용법:  zellij --layout asr-train            (새 세션)
//          zellij action new-tab --layout asr-train   (기존 세션에 탭 추가)
// 관리: 인프라 담당 한지수 (jisu.han@example.kr) — 수정하면 #infra 채널에 알려 주세요.
// 마지막 수정: 2024-03-05, GPU 서버 교체(gpu-a100-03 → gpu-h100-01) 반영

layout {
    // 모든 탭에 공통으로 붙는 틀: 위에 탭 바, 아래에 상태 바
    default_tab_template {
        pane size=1 borderless=true {
            plugin location="zellij:tab-bar"
        }
        children
        pane size=2 borderless=true {
            plugin location="zellij:status-bar"
        }
    }

    // 가상환경을 켠 뒤 명령을 실행하는 패널 템플릿
    pane_template name="venv" {
        command "bash"
        cwd "~/work/asr-ko"
    }

    // GPU 사용량 확인용. nvtop 이 없는 서버에서는 nvidia-smi 로 대체
    pane_template name="gpu" {
        command "nvtop"
        close_on_exit false
    }

    /*
       예전에 쓰던 htop 탭. 서버 관리자가 top 만 허용하던 시절의 설정이라 지금은 사용하지 않음.
       tab name="시스템" {
           pane command="htop"
       }
    */

    tab name="학습" focus=true {
        pane split_direction="vertical" {
            // 왼쪽: 학습 스크립트. 실수로 두 번 돌리지 않도록 start_suspended 로 둠 (Enter 를 눌러야 시작)
            venv name="train" size="60%" start_suspended=true {
                args "-c" "source .venv/bin/activate && python -m asr.train --config configs/ctc_small_bpe5k.yaml --devices 0,1,2,3 --precision bf16"
            }
            pane split_direction="horizontal" {
                gpu name="GPU"
                pane name="디스크" command="watch" {
                    // 체크포인트가 /scratch 를 가득 채운 적이 있어서 5분마다 확인
                    args "-n" "300" "df -h /scratch /data"
                }
            }
        }
    }

    tab name="로그" {
        pane split_direction="horizontal" {
            pane name="train.log" command="tail" {
                args "-F" "logs/train.log"
                cwd "~/work/asr-ko"
            }
            pane name="오류만" command="bash" size="30%" {
                args "-c" "tail -F logs/train.log | grep --line-buffered -E 'ERROR|Traceback|nan'"
                cwd "~/work/asr-ko"
            }
        }
    }

    tab name="평가" {
        // 검증 세트 WER 계산. KsponSpeech eval_clean / eval_other 두 세트를 차례로 돌림
        venv name="eval" start_suspended=true {
            args "-c" "source .venv/bin/activate && bash scripts/eval_all.sh checkpoints/last.ckpt"
        }
    }

    tab name="대시보드" {
        pane split_direction="vertical" {
            // TensorBoard 는 6006 포트. 외부에서는 ssh -L 6006:localhost:6006 으로 접속
            venv name="tensorboard" {
                args "-c" "source .venv/bin/activate && tensorboard --logdir runs --port 6006 --bind_all"
            }
            // W&B 동기화가 끊기면 여기서 수동으로 다시 올림
            venv name="wandb sync" start_suspended=true {
                args "-c" "source .venv/bin/activate && wandb sync --sync-all runs/wandb"
            }
        }
    }

    tab name="데이터" {
        pane split_direction="vertical" {
            // 데이터 동기화: NAS → 로컬 SSD. 대역폭 제한을 꼭 지킬 것 (다른 팀도 NAS 를 씀)
            pane name="rsync" command="rsync" start_suspended=true {
                args "-avh" "--progress" "--bwlimit=80M" "nas.example.kr:/volume1/speech/ksponspeech/" "/data/ksponspeech/"
            }
            pane name="전처리" command="bash" start_suspended=true {
                args "-c" "source ~/work/asr-ko/.venv/bin/activate && python -m asr.prep --src /data/ksponspeech --dst /data/features --workers 16"
                cwd "~/work/asr-ko"
            }
        }
    }

    /-tab name="실험 노트" {
        // 노트는 이제 팀 위키에서 관리하므로 비활성화 (slashdash 로 주석 처리)
        pane command="nvim" {
            args "notes/experiments.md"
        }
    }

    // 원격 서버 두 대에 동시에 접속 (학습 서버 / 평가 서버).
    // 평가 서버는 야간(01:00–07:00)에 백업이 돌아서 느릴 수 있음.
    tab name="서버" {
        pane split_direction="vertical" {
            pane name="gpu-h100-01" command="ssh" {
                args "-t" "gpu-h100-01.example.kr" "tmux attach -t train || bash"
            }
            pane name="eval-01" command="ssh" {
                args "-t" "eval-01.example.kr"
            }
        }
    }

    tab name="셸" {
        pane cwd="~/work/asr-ko"
    }

    // 패널 수에 따라 자동으로 바뀌는 배치 (Alt + [ / ] 로 전환)
    swap_tiled_layout name="세로" {
        tab max_panes=5 {
            pane split_direction="vertical" {
                pane
                pane { children; }
            }
        }
    }
    swap_tiled_layout name="가로" {
        tab max_panes=5 {
            pane split_direction="horizontal" {
                pane
                pane { children; }
            }
        }
    }
}
'''
write(F, text, negative=True)
