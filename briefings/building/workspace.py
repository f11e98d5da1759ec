"""The workspace a build reads from and writes to: templates, assets and the output folder."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from briefings.constants import DEFAULT_OUTPUT_FOLDER

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
