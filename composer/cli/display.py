"""Before the desktop app starts: is there a screen to show it on, and can Qt use it?

Without a display Qt aborts the whole process (SIGABRT, exit 134) with a message in
English about platform plugins; missing shared libraries of its X11 plugin do the same.
Both are told here in the user's language, with the Debian packages to install (the
ones scripts/test installs for the tests). Nothing here imports Qt.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

from composer.common import messages

# Qt's platforms that need no screen of the user's (tests, remote sessions)
HEADLESS_PLATFORMS = ("offscreen", "minimal", "vnc", "eglfs", "linuxfb", "minimalegl", "vkkhrdisplay")

# What Qt needs on a bare Debian/Ubuntu (the list scripts/test installs) ...
QT_DEBIAN_PACKAGES = (
    "libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0 libxkbcommon0"
)
# ... and, for a real window under X11, the libraries of its xcb plugin (soname → package).
XCB_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libX11-xcb.so.1": "libx11-xcb1",
}


def display_problem(environ: dict[str, str] | None = None, platform: str = sys.platform) -> messages.Message | None:
    """Why the app cannot open a window here, or None. Linux only: Windows and macOS
    always have their screen."""
    env = os.environ if environ is None else environ
    if not platform.startswith("linux"):
        return None
    chosen = env.get("QT_QPA_PLATFORM", "").split(":")[0].strip().lower()
    if chosen in HEADLESS_PLATFORMS:
        return None
    wayland = bool(env.get("WAYLAND_DISPLAY")) and chosen in ("", "wayland")
    if not env.get("DISPLAY") and not wayland:
        return messages.Message("cli_no_display", packages=QT_DEBIAN_PACKAGES)
    if wayland or chosen not in ("", "xcb"):
        return None
    missing = missing_xcb_packages()
    return messages.Message("cli_qt_libraries_missing", packages=" ".join(missing)) if missing else None


def missing_xcb_packages() -> list[str]:
    """The Debian packages whose libraries Qt's X11 plugin lacks here (``ldd`` says "not found")."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or spec.origin is None:
        return []
    qt = Path(spec.origin).parent / "Qt"
    missing: list[str] = []
    for library in (qt / "plugins" / "platforms" / "libqxcb.so", *sorted((qt / "lib").glob("libQt6XcbQpa.so*"))[:1]):
        if not library.exists():
            continue
        try:
            found = subprocess.run(["ldd", str(library)], capture_output=True, text=True, timeout=10).stdout
        except (OSError, subprocess.SubprocessError):
            return []  # no ldd: let Qt try
        for line in found.splitlines():
            name = line.strip().split(" ")[0]
            if "not found" in line and name in XCB_PACKAGES and XCB_PACKAGES[name] not in missing:
                missing.append(XCB_PACKAGES[name])
    return missing


def library_packages(error: BaseException) -> str | None:
    """For an ImportError of Qt about a missing shared library (``libEGL.so.1: cannot open
    shared object file``), the Debian packages to install; None for any other error."""
    text = str(error)
    return QT_DEBIAN_PACKAGES if ".so" in text and sys.platform.startswith("linux") else None
