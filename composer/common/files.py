"""Writing a file the user chose (an export, a theme list): next to it first, then renamed
over it, so that a crash or a locked target never leaves half a file; every way it can
fail is a BriefingError that names the file (a read-only folder, a name too long, a
folder that is gone, Word holding the file). Never over a database."""

from __future__ import annotations

import contextlib
import errno
import glob
import os
import stat
import tempfile
from pathlib import Path

from composer.common.messages import BriefingError


def _described(error: Exception) -> str:
    detail = str(error).splitlines()[0] if str(error) else ""
    return f"{type(error).__name__}: {detail[:200]}" if detail else type(error).__name__


def resolved_output(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError) as error:  # a symlink loop
        raise BriefingError("output_unwritable", path=str(path), reason=_described(error)) from error


# -- writing ------------------------------------------------------------------------------------

NAME_MAX = 255  # bytes (UTF-16 units on Windows) of one file name
SQLITE_HEADERS = (b"SQLite format 3\x00", b"\x37\x7f\x06\x82", b"\x37\x7f\x06\x83")  # database, its -wal


def write_atomically(output: Path, data: bytes) -> None:
    """Write next to ``output`` and rename over it: a crash or a locked target never
    leaves half a document, and the previous file stays intact on failure. The file
    keeps the mode (and group) of the one it replaces; a new one gets 0666 less the
    umask, as any program's new file would. A symlink stays and points to the new file."""
    target = _checked_target(output)
    folder = target.parent
    prefix = _temporary_prefix(target.name)
    _remove_stale_temporaries(folder, prefix)
    try:
        handle, temporary = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=folder)
    except OSError as error:
        raise _write_error(error, output, folder) from error
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        _give_permissions(temporary, target)
        os.replace(temporary, target)
    except PermissionError as error:
        raise BriefingError("output_locked", path=str(output)) from error
    except OSError as error:
        raise _write_error(error, output, folder) from error
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


def _checked_target(output: Path) -> Path:
    target = resolved_output(output)
    size = _name_size(target.name)
    if size > NAME_MAX:
        raise BriefingError("output_name_too_long", path=str(output), size=size, limit=NAME_MAX)
    try:
        if not target.parent.is_dir():
            raise BriefingError("output_folder_missing", path=str(target.parent))
        if target.is_dir():
            raise BriefingError("output_is_folder", path=str(output))
    except OSError as error:  # a folder name too long, no permission to look
        raise _write_error(error, output, target.parent) from error
    if _is_database(target):
        raise BriefingError("output_is_database", path=str(output))
    return target


def _is_database(path: Path) -> bool:
    """An SQLite database or write-ahead log, whatever its name (another library, a backup
    copied elsewhere)."""
    with contextlib.suppress(OSError):
        if stat.S_ISREG(os.stat(path).st_mode):  # never open a pipe or a device to look
            with open(path, "rb") as existing:
                return existing.read(16).startswith(SQLITE_HEADERS)
    return False


def _name_size(name: str) -> int:
    return len(name.encode("utf-16-le")) // 2 if os.name == "nt" else len(os.fsencode(name))


def _temporary_prefix(name: str) -> str:
    """``.简报.docx.`` — short enough that the temporary name (prefix, 8 random
    characters, ``.tmp``) stays within NAME_MAX however long ``name`` is."""
    prefix = f".{name}."
    while _name_size(prefix) > NAME_MAX - 40:
        prefix = prefix[:-2] + "."
    return prefix


def _write_error(error: OSError, output: Path, folder: Path) -> BriefingError:
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return BriefingError("output_folder_read_only", path=str(folder))
    if error.errno == errno.ENAMETOOLONG:
        return BriefingError("output_name_too_long", path=str(output), size=_name_size(output.name), limit=NAME_MAX)
    return BriefingError("output_unwritable", path=str(output), reason=error.strerror or str(error))


def _give_permissions(temporary: str, target: Path) -> None:
    """mkstemp makes 0600 files: colleagues on a shared folder could not open the export."""
    if os.name == "nt":  # permissions there are ACLs the folder passes on
        return
    try:
        previous = os.stat(target)
    except FileNotFoundError:
        os.chmod(temporary, 0o666 & ~_umask())
        return
    with contextlib.suppress(OSError):  # another group than ours: only its owner or root may
        if os.stat(temporary).st_gid != previous.st_gid:
            os.chown(temporary, -1, previous.st_gid)
    os.chmod(temporary, stat.S_IMODE(previous.st_mode))


def _umask() -> int:
    """The process's umask, read without changing it where the system says it (Linux)."""
    with contextlib.suppress(OSError, ValueError), open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


STALE_SECONDS = 600


def _remove_stale_temporaries(folder: Path, prefix: str) -> None:
    """Temporary files an earlier, killed export left behind (not one running now)."""
    import time

    for leftover in folder.glob(f"{glob.escape(prefix)}*.tmp"):
        with contextlib.suppress(OSError):
            if time.time() - leftover.stat().st_mtime > STALE_SECONDS:
                leftover.unlink()
