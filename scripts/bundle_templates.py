"""The files of an offline bundle besides its wheels (scripts/bundle_build.py writes them).

Windows: install.ps1 (UTF-8 with a byte-order mark, so that PowerShell 5 reads the Chinese),
install.bat and start.bat (ASCII: cmd.exe reads .bat files in the console's code page).
"""

from __future__ import annotations

LINUX_INSTALL = r"""#!/usr/bin/env bash
# 简报编排器 Briefing Composer: offline installation (Linux x86_64, Python 3.11-3.13).
#   ./install.sh [FOLDER]     (default: ~/.local/opt/BriefingComposer)
# Makes a virtual environment in FOLDER/venv and installs from ./wheels without the network.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
target="${1:-${BRIEFING_HOME:-$HOME/.local/opt/BriefingComposer}}"
say() { if [ "${BRIEFING_LANG:-zh}" = en ]; then echo "$2"; else echo "$1"; fi; }
version_of() { "$1" -c 'import sys; print(*sys.version_info[:2])' 2>/dev/null || true; }
new_enough() { set -- $1; [ "${1:-0}" -gt 3 ] || { [ "${1:-0}" -eq 3 ] && [ "${2:-0}" -ge 11 ]; }; }
python="${PYTHON:-}"
if [ -z "$python" ]; then
  for candidate in python3 python3.13 python3.12 python3.11; do
    if command -v "$candidate" >/dev/null 2>&1 && new_enough "$(version_of "$candidate")"; then
      python="$candidate"; break
    fi
  done
fi
if [ -z "$python" ] || ! new_enough "$(version_of "$python")"; then
  say "错误：需要 Python 3.11 或更新版本（本包支持 {pythons}）。请安装 python3 与 python3-venv 后重试。" \
      "error: Python 3.11 or newer is needed (this bundle supports {pythons})." \
      "Install python3 and python3-venv, then try again." >&2
  exit 1
fi
started=$(date +%s)
made=""
if [ ! -x "$target/venv/bin/python" ]; then
  made=yes
  cleanup() {
    if [ -n "$made" ]; then
      rm -rf "$target/venv"
      say "安装未完成，已删除不完整的 $target/venv。" "the installation did not finish; $target/venv was removed." >&2
    fi
  }
  trap cleanup EXIT
  say "[1/3] 用 $python 创建虚拟环境 $target/venv …" "[1/3] making the virtual environment $target/venv with $python …"
  mkdir -p "$target"
  "$python" -m venv "$target/venv" || {
    say "错误：无法创建虚拟环境。请安装：sudo apt-get install python3-venv" \
        "error: cannot make the virtual environment. Install: sudo apt-get install python3-venv" >&2
    exit 1
  }
fi
say "[2/3] 从 $here/wheels 离线安装（不访问网络）…" "[2/3] installing offline from $here/wheels (no network) …"
"$target/venv/bin/python" -m pip install --disable-pip-version-check --no-index --find-links "$here/wheels" \
  --upgrade briefing-composer
made=""
trap - EXIT
say "[3/3] 创建菜单项 …" "[3/3] adding a menu entry …"
applications="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
mkdir -p "$applications"
cat > "$applications/briefing-composer.desktop" <<EOF
[Desktop Entry]
Type=Application
Name=简报编排器
Name[en]=Briefing Composer
Exec="$target/venv/bin/briefing"
Terminal=false
Categories=Office;
EOF
seconds=$(( $(date +%s) - started ))
say "安装完成（用时 $seconds 秒）。启动：$target/venv/bin/briefing（或 ./start.sh）。" \
    "installed in $seconds s. Start: $target/venv/bin/briefing (or ./start.sh)."
say "资料库：~/.local/share/BriefingComposer/library.sqlite" "library: ~/.local/share/BriefingComposer/library.sqlite"
"""

LINUX_START = r"""#!/usr/bin/env bash
# Start 简报编排器 (installing it from this bundle first if needed). Arguments go to `briefing`.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
target="${BRIEFING_HOME:-$HOME/.local/opt/BriefingComposer}"
[ -x "$target/venv/bin/briefing" ] || "$here/install.sh" "$target"
exec "$target/venv/bin/briefing" "$@"
"""

WINDOWS_INSTALL = r"""# 简报编排器 Briefing Composer：离线安装（Windows x64，Python 3.11-3.13）
#   install.bat  或  powershell -ExecutionPolicy Bypass -File install.ps1 [-Target 文件夹]
# 在“文件夹\venv”中创建虚拟环境，从本包的 wheels 文件夹安装，不访问网络。
param([string]$Target = (Join-Path $env:LOCALAPPDATA "Programs\BriefingComposer"))
$ErrorActionPreference = "Stop"
$Here = Split-Path -Parent $MyInvocation.MyCommand.Path
$Started = Get-Date

function Find-Python {
    foreach ($version in "3.13", "3.12", "3.11") {
        try {
            $exe = & py "-$version" -c "import sys; print(sys.executable)" 2>$null
            if ($LASTEXITCODE -eq 0 -and $exe) { return $exe.Trim() }
        } catch { }
    }
    foreach ($name in "python", "python3") {
        $command = Get-Command $name -ErrorAction SilentlyContinue
        if ($command) {
            $ok = & $command.Source -c "import sys; print(sys.version_info >= (3, 11))" 2>$null
            if ($ok -eq "True") { return $command.Source }
        }
    }
    return $null
}

$Python = Find-Python
if (-not $Python) {
    Write-Host "未找到 Python 3.11 或更新版本（本包支持 {pythons}）。" -ForegroundColor Red
    Write-Host "请先安装 Python（python.org 的 Windows installer (64-bit)，或单位软件中心提供的版本），"
    Write-Host "安装时勾选“Add python.exe to PATH”，然后重新运行 install.bat。"
    exit 1
}
$Venv = Join-Path $Target "venv"
$Made = -not (Test-Path (Join-Path $Venv "Scripts\python.exe"))
try {
    if ($Made) {
        Write-Host "[1/3] 用 $Python 创建虚拟环境：$Venv …"
        New-Item -ItemType Directory -Force -Path $Target | Out-Null
        & $Python -m venv $Venv
        if ($LASTEXITCODE -ne 0) { throw "无法创建虚拟环境（python -m venv）" }
    }
    Write-Host "[2/3] 从 $Here\wheels 离线安装（不访问网络，约 1 分钟）…"
    & (Join-Path $Venv "Scripts\python.exe") -m pip install --disable-pip-version-check --no-index `
        --find-links (Join-Path $Here "wheels") --upgrade briefing-composer
    if ($LASTEXITCODE -ne 0) { throw "pip 安装失败" }
} catch {
    if ($Made) { Remove-Item -Recurse -Force $Venv -ErrorAction SilentlyContinue }
    Write-Host "安装未完成：$_。已删除不完整的虚拟环境，问题解决后重新运行 install.bat 即可。" -ForegroundColor Red
    exit 1
}

Write-Host "[3/3] 创建桌面和开始菜单快捷方式 …"
$Shell = New-Object -ComObject WScript.Shell
foreach ($folder in [Environment]::GetFolderPath("Desktop"), [Environment]::GetFolderPath("Programs")) {
    $link = $Shell.CreateShortcut((Join-Path $folder "简报编排器.lnk"))
    $link.TargetPath = Join-Path $Venv "Scripts\pythonw.exe"
    $link.Arguments = "-m composer.cli"
    $link.WorkingDirectory = $env:USERPROFILE
    $link.Description = "简报编排器 Briefing Composer"
    $link.Save()
}
$Seconds = [int]((Get-Date) - $Started).TotalSeconds
Write-Host "安装完成（用时 $Seconds 秒）。双击桌面上的“简报编排器”启动。" -ForegroundColor Green
Write-Host "资料库：$env:LOCALAPPDATA\BriefingComposer\library.sqlite，备份在同一文件夹的 backups 中。"
Write-Host "命令行：$Venv\Scripts\briefing.exe --help"
"""

WINDOWS_INSTALL_BAT = r"""@echo off
rem Briefing Composer: offline installation. Runs install.ps1 next to this file.
powershell -NoProfile -ExecutionPolicy Bypass -File "%~dp0install.ps1" %*
if "%BRIEFING_NO_PAUSE%"=="" pause
"""

WINDOWS_START = r"""@echo off
rem Start Briefing Composer (installing it from this bundle first if needed).
set "TARGET=%LOCALAPPDATA%\Programs\BriefingComposer"
if not exist "%TARGET%\venv\Scripts\pythonw.exe" (
  set BRIEFING_NO_PAUSE=1
  call "%~dp0install.bat"
)
start "" "%TARGET%\venv\Scripts\pythonw.exe" -m composer.cli %*
"""

README = """简报编排器 Briefing Composer — 离线安装包（{platform}）

本文件夹包含运行简报编排器所需的全部 Python 软件包（wheels 文件夹，支持 Python {pythons}），
安装时不访问网络。需要预先装好 Python 3.11 或更新版本。

{steps}

资料（文章库）与程序分开存放，重装或升级程序不影响资料：
  资料库：{library}
  备份：  同一文件夹下的 backups（“文件 → 立即备份”、定时自动备份，或命令 briefing backup）
换电脑：在旧电脑上“文件 → 立即备份”（或 briefing backup），把备份文件拷到新电脑，安装本程序后运行
  briefing restore 备份文件
（或在程序关闭时把备份文件改名为 library.sqlite，放进新电脑上面的资料库文件夹）。

Offline bundle: install Python 3.11+ first, then run the installer above; nothing is downloaded.
"""

LINUX_STEPS = """安装：  ./install.sh          （安装到 ~/.local/opt/BriefingComposer，并添加菜单项“简报编排器”）
启动：  ./start.sh            （或菜单中的“简报编排器”；命令行：~/.local/opt/BriefingComposer/venv/bin/briefing）
缺少 Python 时：sudo apt-get install python3 python3-venv
中文显示为方框时：sudo apt-get install fonts-noto-cjk"""

WINDOWS_STEPS = """安装：  双击 install.bat
        （安装到 %LOCALAPPDATA%\\Programs\\BriefingComposer，并在桌面和开始菜单创建“简报编排器”）
启动：  双击桌面上的“简报编排器”，或 start.bat
缺少 Python 时：从 python.org 下载 “Windows installer (64-bit)”（3.11、3.12 或 3.13），在能上网的电脑上下载后
拷贝过来安装，安装时勾选 “Add python.exe to PATH”；或使用单位软件中心提供的 Python。"""

LINUX = {
    "install.sh": LINUX_INSTALL,
    "start.sh": LINUX_START,
    "README.txt": README.format(platform="Linux x86_64", pythons="{pythons}", steps=LINUX_STEPS,
                                library="~/.local/share/BriefingComposer/library.sqlite"),
}
WINDOWS = {
    "install.ps1": WINDOWS_INSTALL,
    "install.bat": WINDOWS_INSTALL_BAT,
    "start.bat": WINDOWS_START,
    "README.txt": README.format(platform="Windows x64", pythons="{pythons}", steps=WINDOWS_STEPS,
                                library="%LOCALAPPDATA%\\BriefingComposer\\library.sqlite"),
}
