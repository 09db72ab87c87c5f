"""Atomic file writes: write beside the target, then rename over it, with the permissions
the user's umask gives any new file (0644 under the usual 022), or with those a published
file needs (0644, folders 0755) whatever the umask, so that a web server can serve it."""

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from govgraph.errors import ExportError


def _umask() -> int:
    current = os.umask(0o022)
    os.umask(current)
    return current


PUBLISHED_FILE = 0o644
PUBLISHED_FOLDER = 0o755


@contextlib.contextmanager
def atomic_write(path: Path, mode: int | None = None) -> Iterator[IO[bytes]]:
    """A binary file handle whose content replaces ``path`` only if the block succeeds; the
    file gets ``mode``, else the permissions the umask gives a new file."""
    if path.is_dir():
        raise ExportError(f"{path} is a folder; give a file path (such as {path / 'governance.html'})")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed below, renamed on success
            dir=path.parent, prefix=f".{path.name}.", suffix=".tmp", delete=False)
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from exc
    try:
        with handle:
            yield handle
        os.chmod(handle.name, 0o666 & ~_umask() if mode is None else mode)
        os.replace(handle.name, path)
    except OSError as exc:  # a full disk, a quota, a file-size limit: the old file stays as it was
        with contextlib.suppress(OSError):
            os.unlink(handle.name)
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}; free some space or choose another "
                          "folder") from exc
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(handle.name)
        raise


def published_folders(root: Path) -> None:
    """Give ``root`` and every folder below it the permissions a web server needs (0755)."""
    for folder in (root, *(p for p in root.rglob("*") if p.is_dir())):
        os.chmod(folder, PUBLISHED_FOLDER)
