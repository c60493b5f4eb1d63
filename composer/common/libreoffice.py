"""Running LibreOffice headless, offline and bounded: one place for the two stages that use
it — reading legacy .doc files (``composer/ingest/doc_reader.py``) and laying exported
briefings out to learn their page numbers (``composer/briefings/render_pages.py``).

Each run gets a fresh profile in a temporary folder (no clash with a LibreOffice the user
has open) whose settings keep it offline: LibreOffice has no "offline" switch, so its proxy
is a closed port on this machine, linked content of untrusted documents is blocked
(BlockUntrustedRefererLinks) and links are never updated (Writer's Update/Link 0 = never).
Measured with LibreOffice 7.4 on a .doc with a linked picture: a fresh profile fetched it
twice, the two blocking settings alone still once, the proxy none
(tests/test_pasted_and_markup.py serves the picture and counts the requests).

A run is bounded by a timeout after which its whole process group is killed (soffice.bin
too, not only its launcher); ``between`` is called in the meantime, so a file's time
budget or the user's cancel can stop it as well.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from composer.common.messages import Message

# Where installers put LibreOffice when it is not on PATH (usual on Windows and macOS).
SOFFICE_PLACES = {
    "win32": (
        r"C:\Program Files\LibreOffice\program\soffice.exe",
        r"C:\Program Files (x86)\LibreOffice\program\soffice.exe",
    ),
    "darwin": ("/Applications/LibreOffice.app/Contents/MacOS/soffice",),
}
POLL_SECONDS = 0.5  # how often ``between`` is called while LibreOffice runs

_CLOSED_PORT = "9"  # "discard": nothing listens there; a connection is refused at once
_NOWHERE_PROXY = "http://127.0.0.1:" + _CLOSED_PORT
_OFFLINE_SETTINGS = (
    ("/org.openoffice.Office.Common/Security/Scripting", "BlockUntrustedRefererLinks", "true"),
    ("/org.openoffice.Office.Writer/Content/Update", "Link", "0"),
    ("/org.openoffice.Inet/Settings", "ooInetProxyType", "2"),  # manual
    ("/org.openoffice.Inet/Settings", "ooInetNoProxy", ""),
    *(
        ("/org.openoffice.Inet/Settings", f"ooInet{scheme}Proxy{name}", value)
        for scheme in ("HTTP", "HTTPS", "FTP")
        for name, value in (("Name", "127.0.0.1"), ("Port", _CLOSED_PORT))
    ),
)


class LibreOfficeFailed(Exception):
    """LibreOffice could not be started, failed or took too long; ``reason`` says which."""

    def __init__(self, reason: Message | str) -> None:
        super().__init__(str(reason))
        self.reason = reason


def soffice() -> str | None:
    """The LibreOffice program, or None when it is not installed."""
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found:
        return found
    return next((place for place in SOFFICE_PLACES.get(sys.platform, ()) if os.path.isfile(place)), None)


def convert(program: str, sources: Sequence[Path], target: str, work: Path, timeout: float,
            between: Callable[[], None] | None = None) -> None:  # fmt: skip
    """Convert ``sources`` (plain names in ``work``: LibreOffice derives each output's name
    from its input's) to ``target`` ("docx", "pdf") in ``work``, with an offline profile;
    LibreOffice's own temporary files go to ``work`` too, and away with it."""
    profile = work / "lo_profile"
    offline_profile(profile)
    command = [
        program,
        f"-env:UserInstallation={profile.as_uri()}",
        "--headless", "--norestore", "--nolockcheck", "--nologo", "--nodefault",
        "--convert-to", target, "--outdir", str(work),
        *map(str, sources),
    ]  # fmt: skip
    try:
        run(command, timeout, offline_environment(work), between)
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def offline_profile(profile: Path) -> None:
    """A LibreOffice user profile whose settings keep it offline (see the module's docstring)."""
    items = "\n".join(
        f'<item oor:path="{path}"><prop oor:name="{name}" oor:op="fuse"><value>{value}</value></prop></item>'
        for path, name, value in _OFFLINE_SETTINGS
    )
    (profile / "user").mkdir(parents=True, exist_ok=True)
    (profile / "user" / "registrymodifications.xcu").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" '
        'xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
        f"{items}\n</oor:items>\n",
        encoding="utf-8",
    )


def offline_environment(work: Path) -> dict[str, str]:
    """Every proxy at a closed port, and LibreOffice's temporary files in ``work``."""
    proxies = {name: _NOWHERE_PROXY for name in ("http_proxy", "https_proxy", "ftp_proxy", "all_proxy")}
    proxies |= {name.upper(): value for name, value in proxies.items()} | {"no_proxy": "", "NO_PROXY": ""}
    return {**os.environ, **proxies, "TMPDIR": str(work), "TMP": str(work), "TEMP": str(work)}


def run(command: list[str], timeout: float, env: dict[str, str], between: Callable[[], None] | None = None) -> None:
    """Run LibreOffice; raise :class:`LibreOfficeFailed` when it cannot start, fails or
    overruns ``timeout``. Whatever ``between`` raises stops it too (killed first)."""
    posix = os.name == "posix"
    pipe = subprocess.PIPE
    try:  # a session of its own, so that a timeout kills soffice.bin too, not only its launcher
        process = subprocess.Popen(
            command, stdin=subprocess.DEVNULL, stdout=pipe, stderr=pipe, env=env, start_new_session=posix
        )
    except OSError as error:
        raise LibreOfficeFailed(f"{type(error).__name__}: {error}") from error
    deadline = time.monotonic() + timeout
    while True:  # in short steps, so that ``between`` is heard
        try:
            _, errors = process.communicate(timeout=POLL_SECONDS)
            break
        except subprocess.TimeoutExpired:  # retrying communicate() loses no output
            try:
                if between is not None:
                    between()
            except BaseException:
                _kill(process, posix)
                raise
            if time.monotonic() > deadline:
                _kill(process, posix)
                raise LibreOfficeFailed(Message("reason_timed_out", seconds=timeout)) from None
    if process.returncode != 0:
        raise LibreOfficeFailed(errors.decode("utf-8", "replace").strip()[-200:] or f"exit {process.returncode}")


def _kill(process: subprocess.Popen[bytes], posix: bool) -> None:
    try:
        if posix:
            os.killpg(process.pid, signal.SIGKILL)
        else:
            process.kill()
    except OSError:  # it ended in the meantime
        pass
    process.communicate()
