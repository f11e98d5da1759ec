"""The workspace a build reads from and writes to: templates, assets and the output folder."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from briefings.constants import DEFAULT_OUTPUT_FOLDER, default_template_dir

if TYPE_CHECKING:  # a render worker unpickles workspaces without loading the config models
    from briefings.schema.config import Config


@dataclass(frozen=True)
class Workspace:
    """Where a build finds templates and assets and where it writes.

    Relative paths inside a briefing resolve against the briefing file, not against this.
    """

    root: Path
    output_dir: Path
    template_dirs: tuple[Path, ...] = ()
    asset_dirs: tuple[Path, ...] = ()

    @classmethod
    def at(cls, root: Path | str = ".", output_dir: Path | str | None = None) -> Workspace:
        """A workspace without a configuration file: ``templates/`` and ``assets/`` under root."""
        root = Path(root)
        return cls(root=root,
                   output_dir=Path(output_dir) if output_dir else root / DEFAULT_OUTPUT_FOLDER,
                   template_dirs=(root / "templates",), asset_dirs=(root / "assets",))

    @classmethod
    def from_config(cls, config: Config, output_dir: Path | str | None = None) -> Workspace:
        """The workspace a configuration describes (``output_dir`` overrides its output)."""
        settings = config.settings
        return cls(
            root=config.root,
            output_dir=Path(output_dir) if output_dir else config.resolve(settings.output),
            template_dirs=tuple(config.resolve(d) for d in settings.templates),
            asset_dirs=tuple(config.resolve(d) for d in settings.assets),
        )

    def has_own_templates(self) -> bool:
        """Whether the template folders hold anything besides the packaged templates.

        The build renders a brief's text itself only from the packaged templates (its own code,
        on data whose size the loader bounds); templates of the workspace's own are untrusted
        code, rendered in a worker with time and memory budgets. A copy that is byte for byte
        the packaged file of the same name changes nothing. Folders are searched; anything that
        is not a regular file (a link, to a file or a folder, a pipe) counts as the
        workspace's own.
        """
        packaged = default_template_dir().resolve()
        for folder in self.template_dirs:
            folder = folder.resolve()
            if folder == packaged or not folder.is_dir():
                continue
            if any(_differs(entry, packaged / entry.relative_to(folder))
                   for entry in folder.rglob("*") if entry.is_symlink() or not entry.is_dir()):
                return True
        return False


def _differs(entry: Path, packaged: Path) -> bool:
    """Whether ``entry`` is anything but a regular file with ``packaged``'s bytes."""
    try:
        if entry.is_symlink() or not entry.is_file() or not packaged.is_file():
            return True
        if entry.stat().st_size != packaged.stat().st_size:
            return True
        return entry.read_bytes() != packaged.read_bytes()
    except OSError:
        return True
