"""The one place where command modules are plugged in."""

from typer.core import TyperCommand

from parallax.cli import app, cluster_cmd, compare_cmd, run_cmd, stage_cmds  # noqa: F401
from parallax.cli.help_labels import NaturalCommand
from parallax.web import cli as web_cli  # noqa: F401  (parallax serve)

for _info in app.registered_commands:  # every command's help labels read naturally (cli/help_labels.py)
    if _info.cls in (None, TyperCommand):
        _info.cls = NaturalCommand
