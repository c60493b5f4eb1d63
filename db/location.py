"""Where the library lives: ``--db PATH`` > ``$BRIEFING_DB`` > the user's data folder.

Also whether that place is a network share. SQLite's locking is what keeps two programs
writing one library from damaging it, and on SMB/NFS shares (a mapped drive, a UNC path,
an NFS home folder, an sshfs mount) the file locks are emulated, cached or missing — the
SQLite documentation warns against it, and WAL mode, which needs shared memory between
the programs, does not work there at all. Offices will try it to share one library, so a
library on a network share is opened read-only (``db.library``) and the message says why.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path, PureWindowsPath

import platformdirs

APP_NAME = "BriefingComposer"
LIBRARY_FILE = "library.sqlite"
ENV_VAR = "BRIEFING_DB"

# Linux's table of mounts (tests point this at a file of their own).
MOUNTINFO = Path("/proc/self/mountinfo")

# File system types (as /proc/self/mountinfo names them) whose locking SQLite cannot rely on:
# network file systems, and FUSE file systems that reach another machine.
NETWORK_FILE_SYSTEMS = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb3", "smbfs", "ncpfs", "afs", "coda", "9p", "ceph", "glusterfs", "lustre",
    "gpfs", "davfs", "fuse.sshfs", "fuse.rclone", "fuse.s3fs", "fuse.davfs2", "fuse.gvfsd-fuse", "fuse.smbnetfs",
    "fuse.afpfs", "fuse.glusterfs", "fuse.cephfs", "fuse.juicefs", "fuse.curlftpfs",
})
DRIVE_REMOTE = 4  # GetDriveTypeW's answer for a mapped network drive


def default_library_path() -> Path:
    """The platform's per-user data folder (``%APPDATA%``, ``~/.local/share``, …)."""
    return platformdirs.user_data_path(APP_NAME, appauthor=False) / LIBRARY_FILE


def cache_folder() -> Path:
    """The platform's per-user cache folder: what may be lost without losing anything."""
    return platformdirs.user_cache_path(APP_NAME, appauthor=False)


def resolve_library_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser()
    from_env = os.environ.get(ENV_VAR)
    if from_env:
        return Path(from_env).expanduser()
    return default_library_path()


# -- network shares ------------------------------------------------------------------------


def network_share(path: Path) -> str | None:
    """What kind of network share ``path`` is on (``nfs``, ``cifs``, ``UNC``, ``mapped drive``
    …), or None for a local disk — and None when it cannot be told (macOS, a missing
    mount table): refusing a local library by mistake would be worse than the warning
    in docs/data-safety.md."""
    if sys.platform == "win32":
        return windows_share(str(path), _drive_type) or windows_share(str(_resolved(path)), _drive_type)
    try:
        table = MOUNTINFO.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    return linux_share(_resolved(path), table)


def _resolved(path: Path) -> Path:
    try:
        return Path(path).resolve()
    except OSError:
        return Path(os.path.abspath(path))


def linux_share(path: Path, mountinfo: str) -> str | None:
    """The network file system type of the mount holding ``path`` (absolute, resolved),
    read from the text of ``/proc/self/mountinfo``; None when it is local."""
    mount_point, kind = _mount_of(path, mountinfo)
    if mount_point is None:
        return None
    return kind if kind in NETWORK_FILE_SYSTEMS else None


def _mount_of(path: Path, mountinfo: str) -> tuple[str | None, str]:
    """(mount point, file system type) of the deepest mount that holds ``path``; a later
    line wins a tie (a mount stacked over another)."""
    best: str | None = None
    kind = ""
    for line in mountinfo.splitlines():
        fields, _, tail = line.partition(" - ")
        parts, after = fields.split(), tail.split()
        if len(parts) < 5 or not after:
            continue
        point = _unescape(parts[4])
        if _holds(point, path) and (best is None or len(point) >= len(best)):
            best, kind = point, after[0]
    return best, kind


def _unescape(field: str) -> str:
    """mountinfo writes spaces, tabs, newlines and backslashes in octal (``\\040``)."""
    for code in ("\\040", "\\011", "\\012", "\\134"):
        field = field.replace(code, chr(int(code[1:], 8)))
    return field


def _holds(mount_point: str, path: Path) -> bool:
    return mount_point == "/" or path == Path(mount_point) or Path(mount_point) in path.parents


def windows_share(path: str, drive_type: Callable[[str], int]) -> str | None:
    """``UNC`` for ``\\\\server\\share\\…`` (also ``\\\\?\\UNC\\…`` and forward slashes),
    ``mapped drive`` for a drive letter ``drive_type`` reports as DRIVE_REMOTE; None for
    local paths. ``drive_type`` is GetDriveTypeW on Windows, a stand-in in tests."""
    text = path.replace("/", "\\")
    if text.upper().startswith("\\\\?\\UNC\\"):
        return "UNC"
    if text.startswith("\\\\?\\") or text.startswith("\\\\.\\"):
        text = text[4:]  # a long-path or device prefix before a drive letter
    elif text.startswith("\\\\"):
        return "UNC"
    drive = PureWindowsPath(text).drive
    if len(drive) == 2 and drive[1] == ":" and drive_type(drive + "\\") == DRIVE_REMOTE:
        return "mapped drive"
    return None


def _drive_type(root: str) -> int:
    """GetDriveTypeW of a drive root such as ``Z:\\`` (0, unknown, elsewhere than Windows)."""
    if sys.platform == "win32":
        import ctypes

        return int(ctypes.WinDLL("kernel32").GetDriveTypeW(ctypes.c_wchar_p(root)))
    return 0
