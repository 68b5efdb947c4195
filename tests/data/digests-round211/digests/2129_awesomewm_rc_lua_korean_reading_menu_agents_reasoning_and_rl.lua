-- If LuaRocks is installed, make sure that packages installed through it are
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
    { "ReAct: Synergizing Reasoning and Acting in Language Models", open("https://openreview.net/forum?id=WE_vluYUL-X") },
    { "Decision Transformer: Reinforcement Learning via Sequence Modeling", open("https://arxiv.org/abs/2106.01345") },
    { "Do As I Can, Not As I Say: Grounding Language in Robotic Affordances", open("https://arxiv.org/pdf/2204.01691v1") },
    { "Generative Agents: Interactive Simulacra of Human Behavior", open("http://arxiv.org/abs/2304.03442") },
    { "awesome 문서", open("https://awesomewm.org/apidoc/") },
}})

-- 로봇 쪽은 다음 달: RT-2 (arXiv:2307.15818), 제목 전체는
-- "RT-2: Vision-Language-Action Models Transfer Web Knowledge to Robotic Control"

local function remind()
    naughty.notify({
        title = "읽기 모임 (목 19:00)",
        text = "준비: Mastering the game of Go without human knowledge\n"
            .. "선택: Evolving Reinforcement Learning Algorithms\n"
            .. "선택: Offline Reinforcement Learning as One Big Sequence Modeling Problem",
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
