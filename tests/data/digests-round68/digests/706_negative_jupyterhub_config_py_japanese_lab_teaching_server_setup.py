# Configuration file for jupyterhub.
#
# 研究室 JupyterHub（輪講・演習用）設定ファイル
# 管理者: 計算機係（情報理工学研究科 知能システム講座）
# 変更したら必ず `sudo systemctl restart jupyterhub` し、#hub-admin チャンネルに一言書くこと。
# 最終更新: 2024-04-08 / 担当: 森下

c = get_config()  #noqa

#------------------------------------------------------------------------------
# Application(SingletonConfigurable) configuration
#------------------------------------------------------------------------------
## This is an application.

## The date format used by logging formatters for %(asctime)s
#  Default: '%Y-%m-%d %H:%M:%S'
# c.Application.log_datefmt = '%Y-%m-%d %H:%M:%S'

## Set the log level by value or name.
#  Choices: any of [0, 10, 20, 30, 40, 50, 'DEBUG', 'INFO', 'WARN', 'ERROR', 'CRITICAL']
#  Default: 30
c.Application.log_level = 'INFO'

#------------------------------------------------------------------------------
# JupyterHub(Application) configuration
#------------------------------------------------------------------------------
## An Application for starting a Multi-User Jupyter Notebook server.

## The public facing URL of the whole JupyterHub application.
#  Default: ''
c.JupyterHub.bind_url = 'http://:8000/hub-rinko/'

## Class for authenticating users.
#  Default: 'jupyterhub.auth.PAMAuthenticator'
# 学外からも使うため GitHub OAuth に変更（2023年度後期から）
c.JupyterHub.authenticator_class = 'oauthenticator.GitHubOAuthenticator'

## The class to use for spawning single-user servers.
#  Default: 'jupyterhub.spawner.LocalProcessSpawner'
c.JupyterHub.spawner_class = 'dockerspawner.DockerSpawner'

## The ip address for the Hub process to *bind* to.
#  Default: '127.0.0.1'
c.JupyterHub.hub_ip = '0.0.0.0'

## Maximum number of concurrent servers that can be active at a time.
#  Default: 0
# GPU が 4 枚しかないので同時起動は 24 人まで（演習の日は足りなくなるので注意）
c.JupyterHub.active_server_limit = 24

## File in which to store the cookie secret.
#  Default: 'jupyterhub_cookie_secret'
c.JupyterHub.cookie_secret_file = '/srv/jupyterhub/jupyterhub_cookie_secret'

## url for the database. e.g. `sqlite:///jupyterhub.sqlite`
#  Default: 'sqlite:///jupyterhub.sqlite'
c.JupyterHub.db_url = 'sqlite:////srv/jupyterhub/jupyterhub.sqlite'

## Dict of 'group': ['usernames'] to load at startup.
#  Default: {}
c.JupyterHub.load_groups = {
    'rinko-2024': ['tanaka-h', 'suzuki-a', 'watanabe-k', 'ito-m', 'yamamoto-r'],
    'ta': ['morishita-y', 'kobayashi-s'],
}

## List of service specification dictionaries.
#  Default: []
# 2 時間操作がないサーバは止める（夜通し放置されて GPU が埋まる事件が続いたため）
c.JupyterHub.services = [
    {
        'name': 'idle-culler',
        'command': [
            'python3', '-m', 'jupyterhub_idle_culler',
            '--timeout=7200',
            '--cull-every=600',
            '--max-age=86400',
        ],
    },
]

## Role definitions for the idle culler service.
c.JupyterHub.load_roles = [
    {
        'name': 'idle-culler',
        'scopes': ['list:users', 'read:users:activity', 'read:servers', 'delete:servers'],
        'services': ['idle-culler'],
    },
]

#------------------------------------------------------------------------------
# Spawner(LoggingConfigurable) configuration
#------------------------------------------------------------------------------
## Base class for spawning single-user notebook servers.

## Maximum number of cpu-cores a single-user notebook server is allowed to use.
#  Default: None
c.Spawner.cpu_limit = 4.0

## Maximum number of bytes a single-user notebook server is allowed to use.
#  Default: None
c.Spawner.mem_limit = '24G'

## The URL the single-user server should start in.
#  Default: ''
c.Spawner.default_url = '/lab'

## Extra environment variables to set for the single-user server's process.
#  Default: {}
# HF のキャッシュは共有ディスクに置く（各自のホームに数十 GB 落とさないこと）
c.Spawner.environment = {
    'HF_HOME': '/mnt/shared/hf-cache',
    'TORCH_HOME': '/mnt/shared/torch-cache',
    'TZ': 'Asia/Tokyo',
    'LANG': 'ja_JP.UTF-8',
}

## Timeout (in seconds) before giving up on starting of single-user server.
#  Default: 60
c.Spawner.start_timeout = 180

#------------------------------------------------------------------------------
# DockerSpawner configuration
#------------------------------------------------------------------------------
# イメージは研究室の GitLab レジストリでビルドしたもの（CUDA 12.1 + PyTorch 2.2 + transformers 4.39）
c.DockerSpawner.image = 'registry.lab.example.jp/rinko/notebook-gpu:2024.04'
c.DockerSpawner.allowed_images = {
    'GPU（標準）': 'registry.lab.example.jp/rinko/notebook-gpu:2024.04',
    'CPU のみ（軽量）': 'registry.lab.example.jp/rinko/notebook-cpu:2024.04',
    '旧イメージ（2023年度）': 'registry.lab.example.jp/rinko/notebook-gpu:2023.10',
}
c.DockerSpawner.network_name = 'jupyterhub-net'
c.DockerSpawner.remove = True
c.DockerSpawner.notebook_dir = '/home/jovyan/work'

# ホームは永続化、データセットは読み取り専用でマウント
# （ImageNet / COCO / 青空文庫コーパス / 研究室の議事録音声は改変禁止）
c.DockerSpawner.volumes = {
    'jupyterhub-user-{username}': '/home/jovyan/work',
    '/mnt/datasets': {'bind': '/home/jovyan/datasets', 'mode': 'ro'},
    '/mnt/shared/hf-cache': '/mnt/shared/hf-cache',
    '/mnt/shared/rinko-slides': {'bind': '/home/jovyan/slides', 'mode': 'rw'},
}

# GPU の割り当て（全コンテナから全 GPU が見える。必要なら CUDA_VISIBLE_DEVICES で絞る）
c.DockerSpawner.extra_host_config = {
    'device_requests': [
        {'Driver': 'nvidia', 'Count': -1, 'Capabilities': [['gpu']]},
    ],
    'shm_size': '8g',
}

#------------------------------------------------------------------------------
# Authenticator(LoggingConfigurable) configuration
#------------------------------------------------------------------------------
## Base class for implementing an authentication provider for JupyterHub

## Set of users that will have admin rights on this JupyterHub.
#  Default: set()
c.Authenticator.admin_users = {'morishita-y', 'kobayashi-s'}

## Set of usernames that are allowed to log in.
#  Default: set()
# 輪講メンバー + TA。追加は森下まで（学籍番号と GitHub ID をセットで）
c.Authenticator.allowed_users = {
    'tanaka-h', 'suzuki-a', 'watanabe-k', 'ito-m', 'yamamoto-r',
    'nakamura-t', 'kato-e', 'yoshida-n',
}

#------------------------------------------------------------------------------
# GitHubOAuthenticator configuration
#------------------------------------------------------------------------------
c.GitHubOAuthenticator.oauth_callback_url = 'https://hub.lab.example.jp/hub-rinko/hub/oauth_callback'
# client_id / client_secret は環境変数 GITHUB_CLIENT_ID / GITHUB_CLIENT_SECRET から読む（ここには書かない）
c.GitHubOAuthenticator.allowed_organizations = {'rinko-lab-example'}
c.GitHubOAuthenticator.scope = ['read:org']

#------------------------------------------------------------------------------
# メモ（設定ではない）
#------------------------------------------------------------------------------
# - 輪講の資料は /home/jovyan/slides に置く。発表者は前日 18 時までにアップロード。
# - 演習ノートブックは研究室の GitLab（rinko/exercises）から各自 clone する。
# - 公開データセットの利用規約は datasets/README.md を参照（商用利用不可のものあり）。
# - Hugging Face の大きなモデルを落とす前に、共有キャッシュに既にないか確認すること。
# - 不具合報告は GitLab の issue へ。ログは `journalctl -u jupyterhub --since today` で見られる。
