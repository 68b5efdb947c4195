#!/usr/bin/env python3
"""2129: an awesome window manager configuration (`~/.config/awesome/rc.lua`, awesome 4.3: `pcall(require,
"luarocks.loader")`, the usual requires, `--` and `--[[ ]]` comments, a `myreadingmenu` built with awful.menu whose
entries open URLs with xdg-open, a naughty notification and a global key) of an invented Korean agents reading group:
an OpenReview forum link and arXiv links (`/abs/`, `/pdf/…v1`, `http://`) in menu entries, one `arXiv:NNNN.NNNNN` in a
comment, titles alone in a notification text and comments; non-papers (a book, awesome's docs, the repository, a
talk). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import keys, by_num

F = by_num(2129)
TXT = fill(r'''-- If LuaRocks is installed, make sure that packages installed through it are
-- found (e.g. lgi). If LuaRocks is not installed, do nothing.
pcall(require, "luarocks.loader")

-- Standard awesome library
local gears = require("gears")
local awful = require("awful")
require("awful.autofocus")
local wibox = require("wibox")
local beautiful = require("beautiful")
local naughty = require("naughty")

--[[ 에이전트 읽기 모임 메뉴 (2024년 봄 학기)
     관리: 한서윤 <seoyun.han@agent-lab.example.kr>
     저장소: https://github.com/agent-lab/dotfiles-awesome
     awesome 문서: https://awesomewm.org/apidoc/
     책: Sutton & Barto, "Reinforcement Learning: An Introduction" (2판)
     발표 영상: https://video.agent-lab.example.kr/talks/2024-04
]]

beautiful.init(gears.filesystem.get_themes_dir() .. "default/theme.lua")
local terminal = "alacritty"
local browser = "xdg-open "
local modkey = "Mod4"

local function open(url)
    return function() awful.spawn(browser .. url) end
end

-- 이번 주 논문: 클릭하면 브라우저로 열림
myreadingmenu = awful.menu({ items = {
    { "[[T:2210.03629]]", open("https://openreview.net/forum?id=[[ID:OR]]") },
    { "[[T:2106.01345]]", open("https://arxiv.org/abs/2106.01345") },
    { "[[T:2204.01691]]", open("https://arxiv.org/pdf/2204.01691v1") },
    { "[[T:2304.03442]]", open("http://arxiv.org/abs/2304.03442") },
    { "awesome 문서", open("https://awesomewm.org/apidoc/") },
}})

-- 로봇 쪽은 다음 달: RT-2 (arXiv:2307.15818), 제목 전체는
-- "[[T:2307.15818]]"

local function remind()
    naughty.notify({
        title = "읽기 모임 (목 19:00)",
        text = "준비: [[T:AGZ]]\n"
            .. "선택: [[T:2101.03958]]\n"
            .. "선택: [[T:2106.02039]]",
        timeout = 15,
    })
end

globalkeys = gears.table.join(
    awful.key({ modkey }, "r", function() myreadingmenu:toggle() end,
              {description = "읽기 모임 메뉴", group = "launcher"}),
    awful.key({ modkey, "Shift" }, "r", remind,
              {description = "읽기 모임 알림", group = "launcher"})
)

root.keys(globalkeys)
''', {"OR": "WE_vluYUL-X", "AGZ": "Mastering the game of Go without human knowledge"})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
